import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import { availableZones, Network } from "../components/network/network";
import { mocks } from "../tools/mocks";
import type { PlanResult } from "../tools/offline-plan/plan";
import { plan } from "../tools/offline-plan/plan";
import * as path from "path";
import { runPlanCli } from "./helpers/cli";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";

/**
 * One component under the mocks, on its own (the pattern of pulumi-eks's nodegroup tests): the
 * Network in us-east-1, where choosing zones by name could land on use1-az3.
 */
async function planNetwork(natGatewayMode: "perAz" | "single"): Promise<PlanResult> {
    const projectDir = writeFixtureProject("network", fixtureConfig());
    return plan({
        stack: "network",
        projectDir,
        mocks,
        program: async () => {
            const provider = new aws.Provider("aws-us-east-1", { region: "us-east-1" });
            const zones = await availableZones(provider, "us-east-1", 3);
            const network = new Network(
                "net",
                {
                    clusterName: "c1",
                    vpcCidr: "10.40.0.0/16",
                    zones,
                    natGatewayMode,
                    permissionsBoundary: "arn:aws:iam::123456789012:policy/payments-test-boundary",
                    accountId: "123456789012",
                    tags: { team: "t" },
                },
                { providers: [provider] },
            );
            return { zones: network.zones };
        },
    });
}

describe("Network component", () => {
    let perAz: PlanResult;
    before(async () => {
        perAz = await planNetwork("perAz");
    });
    const ofType = (result: PlanResult, type: string) => result.plan.resources.filter((r) => r.type === type);
    const inputs = (r: { inputs: unknown }) => r.inputs as Record<string, unknown>;

    it("puts a public and a private subnet in each of three zones chosen by ID, never use1-az3", () => {
        const zones = perAz.plan.outputs.zones as Array<{ name: string; id: string }>;
        assert.equal(zones.length, 3);
        assert.deepEqual(
            zones.map((zone) => zone.id),
            [...zones.map((zone) => zone.id)].sort(),
        );
        assert.ok(!zones.some((zone) => zone.id === "use1-az3"));
        const subnets = ofType(perAz, "aws:ec2/subnet:Subnet");
        assert.equal(subnets.length, 6);
        for (const subnet of subnets)
            assert.ok(
                zones.some((zone) => zone.id === inputs(subnet).availabilityZoneId),
                subnet.name,
            );
    });

    it("routes each private subnet through its own zone's NAT gateway with perAz, through one with single", async () => {
        assert.equal(ofType(perAz, "aws:ec2/natGateway:NatGateway").length, 3);
        const single = await planNetwork("single");
        assert.equal(ofType(single, "aws:ec2/natGateway:NatGateway").length, 1);
        const routes = ofType(single, "aws:ec2/routeTable:RouteTable").filter((r) => r.name.includes("private"));
        assert.equal(new Set(routes.map((r) => JSON.stringify(inputs(r).routes))).size, 1, "every private route table uses the one NAT gateway");
    });

    it("creates everything through the regional provider it was given", () => {
        const provider = perAz.plan.resources.find((r) => r.type === "pulumi:providers:aws");
        for (const resource of perAz.plan.resources.filter((r) => r.custom && r.type.startsWith("aws:")))
            assert.equal(resource.provider, provider?.urn, resource.name);
    });

    it("fails a cluster stack in a region with too few zones before it declares anything, naming the config to change", function () {
        this.timeout(120_000);
        const projectDir = writeFixtureProject(
            "fewzones",
            fixtureConfig((config) => {
                const clusters = config.clusters as Array<{ region: string }>;
                if (clusters[1]) clusters[1].region = "us-west-1";
                const gateways = ((config.deploy as { transitGateways?: Record<string, string> } | undefined) ?? {}).transitGateways;
                if (gateways?.["us-west-2"]) gateways["us-west-1"] = gateways["us-west-2"];
            }),
        );
        const { status, stderr } = runPlanCli(["--env", "fewzones", "--dir", projectDir, "--sub-projects", path.join(projectDir, "stacks"), "--quiet"]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: stack t-usw2: payments-platform:clusters\[1\]\.topology\.variables\.availabilityZoneCount \(or its class's, in organization\/payments-platform\/fewzones's config\): us-west-1 has 1 usable zones \(usw1-az1\) once usw1-az2 \(no EKS control plane\) is left out; availabilityZoneCount 2 needs more, lower it\n/,
        );
        assert.doesNotMatch(stderr, /error serializing property/);
    });
});
