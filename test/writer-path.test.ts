import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { validatePlatformConfig } from "../components/config/validate";
import { writerReachableFromEveryRegion } from "../policy/rules/data";
import * as path from "path";
import { fixtureConfig, fixtureService, servicesWithLedgerDatabase, writeFixtureProject } from "./fixtures/platform";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { planEnvironment } from "./helpers/environment";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
const EAST = { region: "us-east-1", vpcCidr: "10.10.0.0/16" };
const WEST = { region: "us-west-2", vpcCidr: "10.20.0.0/16" };
const CONFIG = { "writer-reachable-from-every-region": { writers: [EAST, WEST] } };

/** A standby cluster stack in us-west-2 whose ledger writes to its database: each piece of the way to a writer in either region. */
function standby(reach: { policy?: string[]; entry?: string[]; routes?: string[]; securityGroup?: string[]; connectRegions?: string[] } = {}) {
    const all = [EAST.vpcCidr, WEST.vpcCidr];
    return [
        res("aws:ec2/vpc:Vpc", "vpc", { cidrBlock: WEST.vpcCidr }),
        res("kubernetes:networking.k8s.io/v1:NetworkPolicy", "ledger-egress", {
            spec: { egress: [{ to: (reach.policy ?? all).map((cidr) => ({ ipBlock: { cidr } })), ports: [{ protocol: "TCP", port: 5432 }] }] },
        }),
        res("kubernetes:networking.istio.io/v1:ServiceEntry", "ledger-database", {
            spec: { addresses: reach.entry ?? all, ports: [{ number: 5432, name: "tcp-postgres", protocol: "TCP" }] },
        }),
        ...(reach.routes ?? [EAST.vpcCidr]).map((cidr, i) =>
            res("aws:ec2/route:Route", `peer-${i}`, { routeTableId: "rtb-1", destinationCidrBlock: cidr, transitGatewayId: "tgw-1" }),
        ),
        ...(reach.securityGroup ?? [EAST.vpcCidr]).map((cidr, i) =>
            res("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", `db-ingress-${i}`, {
                securityGroupId: "sg-db",
                fromPort: 5432,
                toPort: 5432,
                cidrIpv4: cidr,
            }),
        ),
        res("aws:iam/rolePolicy:RolePolicy", "ledger-connect", {
            policy: JSON.stringify({
                Statement: [
                    {
                        Effect: "Allow",
                        Action: "rds-db:connect",
                        Resource: (reach.connectRegions ?? ["us-west-2", "us-east-1"]).map((region) => `arn:aws:rds-db:${region}:111111111111:dbuser:*/ledger`),
                    },
                ],
            }),
        }),
    ];
}

describe("a writer every region can reach", () => {
    it("passes a cluster whose pods, mesh, routes, database security group and IAM reach every database region", async () => {
        assert.deepEqual(await messages(writerReachableFromEveryRegion(M), standby(), CONFIG), []);
        assert.deepEqual(
            await messages(writerReachableFromEveryRegion(M), standby({ policy: [WEST.vpcCidr], entry: [WEST.vpcCidr], routes: [], securityGroup: [] })),
            [],
            "no config (one region, or no databases): nothing to check",
        );
    });

    it("refuses each missing piece, naming the region the writer would be out of reach in", async () => {
        const refused = async (reach: Parameters<typeof standby>[0]) => messages(writerReachableFromEveryRegion(M), standby(reach), CONFIG);
        assert.deepEqual(await refused({ policy: [WEST.vpcCidr] }), [
            "ledger-egress lets pods out on 5432 but not to 10.10.0.0/16: when the writer is there, they cannot write.",
        ]);
        assert.deepEqual(await refused({ entry: [WEST.vpcCidr] }), [
            "ledger-database admits 5432 through the mesh but not to 10.10.0.0/16: when the writer is there, the sidecar drops the connection.",
        ]);
        assert.deepEqual(await refused({ routes: [] }), [
            "no private route reaches 10.10.0.0/16 (through a transit gateway): the writer there is out of reach after a switch.",
        ]);
        assert.deepEqual(await refused({ securityGroup: ["10.250.0.0/22"] }), [
            "the security group of db-ingress-0 admits 5432 but not from 10.10.0.0/16: when this region holds the writer, those clusters cannot write.",
        ]);
        assert.deepEqual(await refused({ connectRegions: ["us-west-2"] }), [
            "ledger-connect grants rds-db:connect but not in us-east-1: when the writer is there, IAM refuses the pods' tokens.",
        ]);
    });

    it("refuses a config with databases in several regions and no transit gateways to reach the writer through", () => {
        const config = fixtureConfig((edit) => {
            edit.services = [fixtureService("gateway", { public: true }), fixtureService("ledger", { database: { instanceClass: "db.r7g.large" } })];
            delete edit.deploy;
            for (const cls of Object.values(edit.clusterClasses as Record<string, { controlPlane: Record<string, unknown> }>))
                cls.controlPlane.endpointPublicAccess = true;
        });
        const result = validatePlatformConfig(config);
        assert.equal(result.ok, false);
        assert.deepEqual(result.ok ? [] : result.issues.filter((issue) => issue.path === "deploy"), [
            {
                path: "deploy",
                message:
                    "ledger's writer moves between regions, and each cluster reaches the other regions' VPCs through its region's transit gateway (peered across regions); set deploy: { roleArn, cidrs, transitGateways } (README, \"The deploy path\")",
            },
        ]);
    });

    it("in a plan with a database: each cluster routes to, admits from and may connect to every other database region", async function () {
        this.timeout(180_000);
        const config = fixtureConfig((edit) => {
            edit.services = servicesWithLedgerDatabase();
        });
        const projectDir = writeFixtureProject("writers", config);
        const result = await planEnvironment({
            ...PROJECT_PLAN_OPTIONS,
            projectDir,
            subProjectsDir: path.join(projectDir, "stacks"),
            reportModule: undefined,
            crdDir: undefined,
            environment: "writers",
        });
        const clusters = Object.entries(result.clusters);
        assert.ok(clusters.length >= 2);
        const cidrOf = (cluster: string) =>
            (result.clusters[cluster]?.plan.resources.find((r) => r.type === "aws:ec2/vpc:Vpc")?.inputs as { cidrBlock: string }).cidrBlock;
        for (const [cluster, plan] of clusters) {
            const resources = plan.plan.resources;
            const peers = clusters.map(([name]) => name).filter((name) => name !== cluster);
            const peerCidrs = peers.map(cidrOf).sort();
            const routed = resources
                .filter((r) => r.name.includes("-network-private-peer-"))
                .map((r) => (r.inputs as { destinationCidrBlock: string }).destinationCidrBlock);
            assert.deepEqual([...new Set(routed)].sort(), peerCidrs, `${cluster}: routes`);
            const admitted = resources.filter((r) => r.name.includes("-db-ledger-ingress-peer-")).map((r) => (r.inputs as { cidrIpv4: string }).cidrIpv4);
            assert.deepEqual(admitted.sort(), peerCidrs, `${cluster}: the database's security group`);
            const entry = resources.find((r) => r.name.endsWith("-ledger-egress-database"))?.inputs as { spec: { addresses: string[] } };
            assert.deepEqual(entry.spec.addresses, [cidrOf(cluster), ...peers.map(cidrOf)], `${cluster}: the mesh`);
        }
    });
});
