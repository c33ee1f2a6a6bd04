import * as fs from "fs";
import { strict as assert } from "assert";
import * as path from "path";
import type { EnvironmentPlanView } from "../tools/scenarios/engine";
import { describeDependency, pagingRegions, regionLossScenarios, scenarioReport, zoneLossScenarios } from "../tools/scenarios/engine";
import { REPO_ROOT, runPlanCli } from "./helpers/cli";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";

const ecr = (region: string) => `111111111111.dkr.ecr.${region}.amazonaws.com/payments/ledger:1.2.3`;
const key = (region: string) => `arn:aws:kms:${region}:111111111111:key/k`;
const deployment = (image: string) => ({
    name: "ledger",
    type: "kubernetes:apps/v1:Deployment",
    inputs: { spec: { template: { spec: { containers: [{ name: "app", image }] } } } },
});

/** A hand-built environment: a primary in us-east-1 and a standby in us-west-2. */
const environment = (standbyImage: string) => [
    {
        stack: "a",
        region: "us-east-1",
        resources: [
            deployment(ecr("us-east-1")),
            // The primary copies its backups into the standby's region: losing it stops the copies only.
            {
                name: "backup-replication",
                type: "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
                inputs: { rules: [{ destination: { encryptionConfiguration: { replicaKmsKeyId: key("us-west-2") } } }] },
            },
        ],
    },
    {
        stack: "b",
        region: "us-west-2",
        resources: [
            deployment(standbyImage),
            // IAM names ARNs anywhere: a grant, not a dependency.
            { name: "role-policy", type: "aws:iam/rolePolicy:RolePolicy", inputs: { policy: JSON.stringify({ Resource: key("us-east-1") }) } },
        ],
    },
];

describe("failure scenarios over the plans", () => {
    it("finds the survivor that pulls its image from the lost region, with the chain from the stack to the input", () => {
        const [lossOfEast, lossOfWest] = regionLossScenarios(environment(ecr("us-east-1")));
        assert.equal(lossOfEast?.lost, "us-east-1");
        assert.deepEqual(lossOfEast?.survivors, ["b"]);
        assert.deepEqual(lossOfEast?.broken.map(describeDependency), [
            `b → ledger (kubernetes:apps/v1:Deployment) spec.template.spec.containers[0].image pulls images from us-east-1: ${ecr("us-east-1")}`,
        ]);
        assert.deepEqual(lossOfWest?.broken, [], "the primary only copies into us-west-2");
        assert.deepEqual(
            lossOfWest?.degraded.map((d) => [d.stack, d.resource, d.kind]),
            [["a", "backup-replication", "replicates into"]],
        );
    });

    it("passes an environment whose survivors need nothing from the lost region, and says so per scenario", () => {
        const scenarios = regionLossScenarios(environment(ecr("us-west-2")));
        assert.deepEqual(
            scenarios.map((s) => s.broken.length),
            [0, 0],
        );
        assert.deepEqual(scenarioReport(scenarios), [
            "loss of us-east-1 (a): survivors b",
            "  broken: nothing (no survivor needs anything from this region)",
            "loss of us-west-2 (b): survivors a",
            "  broken: nothing (no survivor needs anything from this region)",
            "  degraded: a → backup-replication stops copying into us-west-2",
        ]);
    });

    it("counts a key, a topic or an endpoint in another region that a survivor's resource uses", () => {
        const [lossOfEast] = regionLossScenarios([
            { stack: "a", region: "us-east-1", resources: [] },
            {
                stack: "b",
                region: "us-west-2",
                resources: [
                    { name: "alarm", type: "aws:cloudwatch/metricAlarm:MetricAlarm", inputs: { alarmActions: ["arn:aws:sns:us-east-1:111111111111:page"] } },
                ],
            },
        ]);
        assert.deepEqual(
            lossOfEast?.broken.map((d) => [d.resource, d.path, d.kind]),
            [["alarm", "alarmActions[0]", "uses"]],
        );
    });

    it("prints the scenarios of a planned environment with --scenarios: none broken", function () {
        this.timeout(180_000);
        const projectDir = writeFixtureProject("scenarios", fixtureConfig());
        const { status, stdout, stderr } = runPlanCli([
            "--env",
            "scenarios",
            "--dir",
            projectDir,
            "--sub-projects",
            path.join(projectDir, "stacks"),
            "--quiet",
            "--scenarios",
        ]);
        assert.equal(status, 0, stderr);
        assert.match(
            stdout,
            /Failure scenarios of scenarios \(the loss of each region, over the plans\):\nloss of us-east-1 \(t-use1\): survivors t-usw2\n {2}broken: nothing \(no survivor needs anything from this region\)\n/,
        );
    });

    it("fails the plan, with the chain, when a survivor would pull an image from the lost region", function () {
        this.timeout(180_000);
        const projectDir = writeFixtureProject("scenariofail", fixtureConfig());
        // The real checks, over plans in which the standby's ledger still pulls from the primary's region.
        const module = path.join(projectDir, "east-image.ts");
        fs.writeFileSync(
            module,
            `import * as fs from "fs";\nimport * as path from "path";\nimport { checkEnvironment as real } from ${JSON.stringify(path.join(REPO_ROOT, "tools", "rollout"))};\n` +
                `export { rollout, checkWave } from ${JSON.stringify(path.join(REPO_ROOT, "tools", "rollout"))};\n` +
                `export const checkEnvironment: typeof real = (env, waves, context) => {\n` +
                `    const file = path.join(context.outDir, "t-usw2", "plan.json");\n` +
                `    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split(".dkr.ecr.us-west-2.amazonaws.com/payments/").join(".dkr.ecr.us-east-1.amazonaws.com/payments/"));\n` +
                `    return real(env, waves, context);\n};\n`,
        );
        const { status, stderr } = runPlanCli([
            "--env",
            "scenariofail",
            "--dir",
            projectDir,
            "--sub-projects",
            path.join(projectDir, "stacks"),
            "--quiet",
            "--rollout",
            module,
        ]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: scenariofail does not survive the loss of a region: a survivor depends on it\n {2}loss of us-east-1: survivor t-usw2 → payments-t-usw2-payments-\S+ \(kubernetes:apps\/v1:Deployment\) spec\.template\.spec\.containers\[0\]\.image pulls images from us-east-1: \d{12}\.dkr\.ecr\.us-east-1\.amazonaws\.com\//,
        );
    });
});

describe("who pages when a region is lost", () => {
    const provider = (region: string) => ({ urn: `urn:provider:${region}`, name: region, type: "pulumi:providers:aws", inputs: { region }, provider: null });
    const topic = (region: string) => `arn:aws:sns:${region}:111111111111:payments-prod-alarms`;
    const probe = (region: string, targets: string[], alarmTo: string | undefined) => [
        {
            urn: `urn:canary:${region}`,
            name: `probe-${region}`,
            type: "aws:synthetics/canary:Canary",
            inputs: {
                name: `probe-${region}`,
                runConfig: { environmentVariables: { TARGETS: JSON.stringify(targets.map((name) => ({ name, host: "h", path: "/" }))) } },
            },
            provider: `urn:provider:${region}`,
        },
        ...(alarmTo
            ? [
                  {
                      urn: `urn:alarm:${region}`,
                      name: `alarm-${region}`,
                      type: "aws:cloudwatch/metricAlarm:MetricAlarm",
                      inputs: { dimensions: { CanaryName: `probe-${region}` }, alarmActions: [topic(alarmTo)] },
                      provider: `urn:provider:${region}`,
                  },
              ]
            : []),
    ];
    const envPlan = (...resources: EnvironmentPlanView["resources"][number][][]): EnvironmentPlanView => ({
        resources: [
            provider("us-east-1"),
            provider("us-west-2"),
            { urn: "urn:topic", name: "topic", type: "aws:sns/topic:Topic", inputs: {}, provider: "urn:provider:us-west-2" },
            ...resources.flat(),
        ],
    });
    const lostEast = { region: "us-east-1", clusters: ["a"] };

    it("pages from a surviving region whose probe checks the lost cluster and alarms to a surviving topic", () => {
        assert.deepEqual(pagingRegions(envPlan(probe("us-west-2", ["cluster-a", "api"], "us-west-2")), lostEast), ["us-west-2"]);
        const [lossOfEast] = regionLossScenarios(environment(ecr("us-west-2")), envPlan(probe("us-west-2", ["cluster-a", "api"], "us-west-2")));
        assert.deepEqual(lossOfEast?.pagedFrom, ["us-west-2"]);
        assert.equal(scenarioReport([lossOfEast!])[1], "  paged from: us-west-2 (probes of a, alarmed to a surviving topic)");
    });

    it("finds no page from a probe in the lost region, one that does not check the lost cluster, or one alarmed into the lost region", () => {
        assert.deepEqual(pagingRegions(envPlan(probe("us-east-1", ["cluster-b"], "us-east-1")), lostEast), []);
        assert.deepEqual(pagingRegions(envPlan(probe("us-west-2", ["api"], "us-west-2")), lostEast), []);
        assert.deepEqual(pagingRegions(envPlan(probe("us-west-2", ["cluster-a"], "us-east-1")), lostEast), []);
        assert.deepEqual(pagingRegions(envPlan(probe("us-west-2", ["cluster-a"], undefined)), lostEast), []);
        const [lossOfEast] = regionLossScenarios(environment(ecr("us-west-2")), envPlan());
        assert.equal(scenarioReport([lossOfEast!])[1], "  broken: nothing pages: no probe in a surviving region checks a with an alarm to a surviving topic");
    });

    it("asks no page of an environment that pages no one by CloudWatch (no alarm topics)", () => {
        const [lossOfEast] = regionLossScenarios(environment(ecr("us-west-2")), { resources: [provider("us-east-1")] });
        assert.equal(lossOfEast?.pagedFrom, undefined);
    });
});

describe("the loss of an availability zone", () => {
    /** A VPC in two zones: a private subnet per zone, NAT gateways as given, a pool on the given subnets. */
    const cluster = (nats: Array<"a" | "b">, routes: { a: "a" | "b"; b: "a" | "b" }, poolZones: Array<"a" | "b">) => {
        const urn = (name: string) => `urn:${name}`;
        const node = (name: string, type: string, inputs: Record<string, unknown>, dependsOn: string[] = []) => ({
            urn: urn(name),
            name,
            type,
            inputs,
            dependsOn,
        });
        return {
            stack: "c1",
            region: "us-east-1",
            resources: [
                node("private-a", "aws:ec2/subnet:Subnet", { availabilityZoneId: "use1-az1" }),
                node("private-b", "aws:ec2/subnet:Subnet", { availabilityZoneId: "use1-az2" }),
                node("public-a", "aws:ec2/subnet:Subnet", { availabilityZoneId: "use1-az1" }),
                node("public-b", "aws:ec2/subnet:Subnet", { availabilityZoneId: "use1-az2" }),
                ...nats.map((zone) => node(`nat-${zone}`, "aws:ec2/natGateway:NatGateway", {}, [urn(`public-${zone}`)])),
                ...(["a", "b"] as const).flatMap((zone) => [
                    node(`table-${zone}`, "aws:ec2/routeTable:RouteTable", {}),
                    node(`default-${zone}`, "aws:ec2/route:Route", { destinationCidrBlock: "0.0.0.0/0" }, [urn(`table-${zone}`), urn(`nat-${routes[zone]}`)]),
                    node(`association-${zone}`, "aws:ec2/routeTableAssociation:RouteTableAssociation", {}, [urn(`private-${zone}`), urn(`table-${zone}`)]),
                ]),
                node(
                    "pool",
                    "aws:eks/nodeGroup:NodeGroup",
                    {},
                    poolZones.map((zone) => urn(`private-${zone}`)),
                ),
            ],
        };
    };

    it("loses nothing in the other zones with a NAT gateway per zone and a pool in every zone", () => {
        assert.deepEqual(
            zoneLossScenarios([cluster(["a", "b"], { a: "a", b: "b" }, ["a", "b"])]).map((s) => [s.zone, s.broken, s.degraded]),
            [
                ["use1-az1", [], []],
                ["use1-az2", [], []],
            ],
        );
    });

    it("breaks on a route wired to another zone's NAT gateway, and on a pool confined to the zone", () => {
        const [lossOfA] = zoneLossScenarios([cluster(["a", "b"], { a: "a", b: "a" }, ["a"])]);
        assert.deepEqual(lossOfA?.broken, ["private-b (use1-az2) leaves through a NAT gateway in use1-az1", "node pool pool has subnets in use1-az1 only"]);
    });

    it("breaks on state kept on one replica's zonal volume, in every zone (the scheduler picks which), and not on two replicas", () => {
        const base = cluster(["a", "b"], { a: "a", b: "b" }, ["a", "b"]);
        const ledgerStore = (replicas: number, volumeClaimTemplates: unknown[]) => ({
            name: "ledger-store",
            type: "kubernetes:apps/v1:StatefulSet",
            inputs: { spec: { replicas, volumeClaimTemplates } },
        });
        const volume = [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"] } }];
        const broken = (resources: Array<Record<string, unknown>>) =>
            zoneLossScenarios([{ ...base, resources: [...base.resources, ...resources] } as typeof base]).map((scenario) => scenario.broken);
        const line = (zone: string) =>
            `ledger-store (kubernetes:apps/v1:StatefulSet) keeps its state on one zonal EBS volume (one replica): down until ${zone} returns, if it holds it`;
        assert.deepEqual(broken([ledgerStore(1, volume)]), [[line("use1-az1")], [line("use1-az2")]]);
        assert.deepEqual(broken([ledgerStore(2, volume)]), [[], []], "two replicas");
        assert.deepEqual(broken([ledgerStore(1, [])]), [[], []], "no volume");
        assert.deepEqual(
            broken([
                { name: "prometheus", type: "kubernetes:monitoring.coreos.com/v1:Prometheus", inputs: { spec: { storage: { volumeClaimTemplate: {} } } } },
            ])[0],
            [
                "prometheus (kubernetes:monitoring.coreos.com/v1:Prometheus) keeps its state on one zonal EBS volume (one replica): down until use1-az1 returns, if it holds it",
            ],
            "one replica by default",
        );
    });

    it("calls a single NAT gateway by config degraded, not broken", () => {
        const [lossOfA] = zoneLossScenarios([cluster(["a"], { a: "a", b: "a" }, ["a", "b"])]);
        assert.deepEqual(lossOfA?.broken, []);
        assert.deepEqual(lossOfA?.degraded, ["private-b (use1-az2) leaves through a NAT gateway in use1-az1 (one NAT gateway: natGatewayMode single)"]);
    });
});
