import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readsAhead } from "../tools/offline-plan/cli";
import { checkWave } from "../tools/rollout";
import { REPO_ROOT, runPlanCli } from "./helpers/cli";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";

/** A plan file as the offline plan writes it, with only what a wave check reads. */
function writePlan(outDir: string, stack: string, outputs: Record<string, unknown>, resources: Array<{ type: string; inputs: unknown }> = []): void {
    fs.mkdirSync(path.join(outDir, stack), { recursive: true });
    const plan = {
        project: stack === "env" ? "payments-platform" : "payments-cluster",
        stack,
        config: {},
        outputs,
        resources: resources.map((r, i) => ({ urn: `urn:${i}`, name: `r${i}`, parent: null, provider: null, dependsOn: [], custom: true, ...r })),
    };
    fs.writeFileSync(path.join(outDir, stack, "plan.json"), JSON.stringify(plan));
}

const SPEC = {
    clusters: [
        { name: "a", region: "us-east-1" },
        { name: "b", region: "us-west-2" },
    ],
    services: [{ name: "ledger", public: true, healthPath: "/v1/health/deep", database: { instances: 2 } }],
};

describe("the rollout walk's wave checks, against the plans so far", () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "walk-"));
    const arn = "arn:aws:route53-recovery-control::1:controlpanel/p/routingcontrol/a";
    const switchOn = {
        type: "command:local:Command",
        inputs: { create: "aws route53-recovery-cluster update-routing-control-state --routing-control-state On", environment: { ROUTING_CONTROL_ARN: arn } },
    };
    const environmentWave = {
        name: "environment",
        stacks: ["env"],
        checks: [
            { kind: "secrets-replicated" as const, stack: "env" },
            { kind: "routing-controls-on" as const, stack: "env" },
        ],
    };
    const clusterWave = { name: "canary", stacks: ["b"], checks: [{ kind: "endpoint-healthy" as const, stack: "b" }] };
    const envOutputs = { spec: SPEC, secrets: { partner: { replicaRegions: ["us-west-2"] } }, routingControls: { a: arn } };
    const healthy = {
        failover: { endpointHealthCheckId: "hc-1", endpointHealthCheck: { type: "HTTPS", resourcePath: "/v1/health/deep", inverted: false } },
        ingress: { dnsName: "lb", zoneId: "Z" },
        databases: { ledger: { writerEndpoint: "w" } },
    };

    it("passes an environment whose secrets replicate everywhere and whose routing controls a recorded step switches On", () => {
        writePlan(outDir, "env", envOutputs, [switchOn]);
        assert.deepEqual(checkWave("env", environmentWave, { outDir }), []);
    });

    it("stops at routing controls nothing switches On (ARC creates them Off), naming the wave, the stack and the call", () => {
        writePlan(outDir, "env", envOutputs);
        assert.deepEqual(checkWave("env", environmentWave, { outDir }), [
            `wave environment, stack env: route53-recovery-cluster:GetRoutingControlState (through one of the ARC cluster's endpoints) cannot pass (every routing control the environment exports is On): routing control ${arn} (a) is created Off and no recorded step of env switches it On`,
        ]);
    });

    it("stops at a secret without a replica in a cluster's region", () => {
        writePlan(outDir, "env", { ...envOutputs, secrets: { partner: { replicaRegions: [] } } }, [switchOn]);
        assert.deepEqual(checkWave("env", environmentWave, { outDir }), [
            "wave environment, stack env: secretsmanager:DescribeSecret (ReplicationStatus) cannot pass (every replica region of every platform secret reports InSync): secret partner has no replica in us-west-2, so DescribeSecret never reports it there",
        ]);
    });

    it("passes a cluster whose endpoint check is an HTTPS check and whose deep health path has its database", () => {
        writePlan(outDir, "env", envOutputs, [switchOn]);
        writePlan(outDir, "b", healthy);
        assert.deepEqual(checkWave("env", clusterWave, { outDir }), []);
    });

    it("stops at a wave check on a calculated check, an inverted one, or a deep path whose database is not there yet", () => {
        writePlan(outDir, "b", {
            ...healthy,
            failover: { endpointHealthCheckId: "hc-1", endpointHealthCheck: { type: "CALCULATED", resourcePath: "/v1/health/deep", inverted: true } },
            databases: {},
        });
        const call =
            "wave canary, stack b: route53:GetHealthCheckStatus (failover.endpointHealthCheckId) cannot pass (every checker region reports Success for the cluster's own HTTPS check): ";
        assert.deepEqual(checkWave("env", clusterWave, { outDir }), [
            `${call}failover.endpointHealthCheckId is a CALCULATED check, for which Route 53 reports no status`,
            `${call}its check is inverted (a drill is in progress: drillFailCluster), so a healthy cluster reports unhealthy`,
            `${call}/v1/health/deep needs ledger's database, which b leaves out (its global cluster's writer, the primary's stack, is not applied before this wave)`,
        ]);
    });

    it("finds the stacks a plan reads that are not applied before its wave", () => {
        const reference = (name: string) => ({ type: "pulumi:pulumi:StackReference", inputs: { name: `org/payments-cluster/${name}` } });
        writePlan(outDir, "b", {}, [reference("env"), reference("b"), reference("a"), reference("c")]);
        assert.deepEqual(readsAhead(path.join(outDir, "b", "plan.json"), "b", new Set(["env", "a"])), ["c"]);
    });
});

/** `npm run plan -- --env <stack> --from-empty` on a fixture project, with any further arguments. */
const walk = (stack: string, projectDir: string, ...extra: string[]) =>
    runPlanCli(["--env", stack, "--dir", projectDir, "--sub-projects", path.join(projectDir, "stacks"), "--quiet", "--from-empty", ...extra]);

describe("npm run plan -- --env <environment> --from-empty", () => {
    it("walks a first rollout from nothing: every wave planned in the workflow's order, every wave check passing against the plans so far", function () {
        this.timeout(180_000);
        const projectDir = writeFixtureProject("walk", fixtureConfig());
        // A plan of an earlier run says the primary exists: from empty, nothing reads it, and it is replaced.
        const stale = path.join(projectDir, "out", "t-use1", "plan.json");
        writePlan(path.join(projectDir, "out"), "t-use1", { cluster: { name: "t-use1" }, stale: true });
        const { status, stdout, stderr } = walk("walk", projectDir);
        assert.equal(status, 0, stderr);
        assert.equal((JSON.parse(fs.readFileSync(stale, "utf8")) as { outputs: { stale?: boolean } }).outputs.stale, undefined);
        assert.match(stdout, /^Rollout of walk from an empty account: wave 1 \(environment\): walk; wave 2 \(primary\): t-use1; wave 3 \(canary\): t-usw2\n/);
        assert.equal(stdout.match(/its checks pass against the plans so far/g)?.length, 3);
    });

    it("stops at the wave whose check cannot pass, naming the wave, the stack and the call (a drill left in the config inverts a check)", function () {
        this.timeout(180_000);
        const projectDir = writeFixtureProject(
            "walkdrill",
            fixtureConfig((config) => (config.drillFailCluster = "t-use1")),
        );
        const { status, stderr } = walk("walkdrill", projectDir);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: rollout of walkdrill stopped after wave 2 \(primary\): its checks could not pass\n {2}wave primary, stack t-use1: route53:GetHealthCheckStatus \(failover\.endpointHealthCheckId\) cannot pass \(every checker region reports Success for the cluster's own HTTPS check\): its check is inverted/,
        );
    });

    it("stops a rollout that applies the primary last from nothing: its secondaries would read a primary with no outputs yet", function () {
        this.timeout(180_000);
        const projectDir = writeFixtureProject("walkorder", fixtureConfig());
        // Every later rollout's order, from nothing: the deadlock of a first rollout that applies the primary last.
        const module = path.join(projectDir, "primary-last.ts");
        fs.writeFileSync(
            module,
            `import { checkWave, rollout as real } from ${JSON.stringify(path.join(REPO_ROOT, "tools", "rollout"))};\n` +
                `export { checkWave };\nexport const rollout = (env: string, context: Parameters<typeof real>[1]) => real(env, { ...context, primaryDeployed: true });\n`,
        );
        const { status, stderr } = walk("walkorder", projectDir, "--rollout", module);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: rollout of walkorder stopped after wave 2 \(canary\): its checks could not pass\n {2}stack t-usw2 reads stack t-use1, which is not applied before wave 2: from nothing it has no outputs yet\n/,
        );
    });
});
