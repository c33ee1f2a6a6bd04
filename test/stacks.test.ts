import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { resolveTraffic } from "../components/dns/failover";
import { rolloutWaves, WAVE_CHECK_CALLS } from "../components/platform/rollout";
import { wallClock } from "../tools/offline-plan/cli";
import { mocks } from "../tools/mocks";
import { plan } from "../tools/offline-plan/plan";
import { PROJECT_PLAN_OPTIONS, REPO_ROOT, runPlanCli } from "./helpers/cli";
import { planEnvironment } from "./helpers/environment";
import { FIXTURE_STACKS, FIXTURE_SUB_PROJECTS, planOf } from "./helpers/plans";
import { routingOf } from "./helpers/routing";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";

/** The repository's policy configs, which judge the frozen stack files too. */
const REPO_POLICY_CONFIG = path.join(REPO_ROOT, "policy", "config");

const API = "api.payments.example.com";
const PROD = [
    { name: "prod-use1", drRole: "primary" },
    { name: "prod-usw2", drRole: "secondary" },
    { name: "prod-use2", drRole: "secondary" },
] as const;

describe("rollout order", () => {
    const waves = (primaryDeployed: boolean, clusters: ReadonlyArray<{ name: string; drRole: "primary" | "secondary" }> = PROD, maxParallel = 5) =>
        rolloutWaves("prod", clusters, { environment: "prod", maxParallel, primaryDeployed }).map((wave) => [
            wave.name,
            wave.stacks,
            wave.maxParallel,
            wave.approval,
        ]);

    it("applies the environment, a canary (the last standby), the other secondaries side by side, then the primary after an approval", () => {
        assert.deepEqual(waves(true), [
            ["environment", ["prod"], 1, false],
            ["canary", ["prod-use2"], 1, false],
            ["secondaries", ["prod-usw2"], 1, false],
            ["primary", ["prod-use1"], 1, true],
        ]);
    });

    it("applies the primary right after the environment on the first rollout: Aurora adds secondary regions only to a global cluster with a writer", () => {
        assert.deepEqual(waves(false), [
            ["environment", ["prod"], 1, false],
            ["primary", ["prod-use1"], 1, true],
            ["canary", ["prod-use2"], 1, false],
            ["secondaries", ["prod-usw2"], 1, false],
        ]);
    });

    it("grows with the failover roles, not the cluster count: many standbys share one wave, maxParallel at a time", () => {
        const many = [
            { name: "c0", drRole: "primary" as const },
            ...Array.from({ length: 23 }, (_, i) => ({ name: `c${i + 1}`, drRole: "secondary" as const })),
        ];
        const result = waves(true, many, 4);
        assert.equal(result.length, 4);
        assert.deepEqual(result[1], ["canary", ["c23"], 1, false]);
        assert.deepEqual(
            result[2]?.[1],
            Array.from({ length: 22 }, (_, i) => `c${22 - i}`),
        );
        assert.equal(result[2]?.[2], 4);
    });

    it("checks each wave the way wave-check.sh does, through calls that answer", () => {
        const checks = rolloutWaves(
            "staging",
            [
                { name: "stg-use2", drRole: "primary" },
                { name: "stg-usw2", drRole: "secondary" },
            ],
            { environment: "prod", maxParallel: 5, primaryDeployed: true },
        ).map((wave) => wave.checks.map((check) => `${check.kind} ${check.stack}`));
        assert.deepEqual(checks, [["secrets-replicated staging", "routing-controls-on staging"], ["endpoint-healthy stg-usw2"], ["endpoint-healthy stg-use2"]]);
        assert.match(WAVE_CHECK_CALLS["endpoint-healthy"].call, /^route53:GetHealthCheckStatus/);
    });

    it("refuses an environment without clusters, or without exactly one primary", () => {
        assert.throws(() => rolloutWaves("prod", [], { environment: "prod", maxParallel: 5, primaryDeployed: true }), {
            message: "a rollout needs at least one cluster",
        });
        assert.throws(() => rolloutWaves("prod", [{ name: "a", drRole: "secondary" }], { environment: "prod", maxParallel: 5, primaryDeployed: true }), {
            message: "a rollout needs exactly one primary cluster, got 0",
        });
    });

    it("runs a wave's stacks maxParallel at a time, each starting when a slot frees", () => {
        assert.deepEqual([wallClock([30, 30, 30], 3), wallClock([30, 30, 30], 2), wallClock([40, 10, 20, 30], 2), wallClock([], 2)], [30, 60, 50, 0]);
    });
});

describe("an environment with a cluster stack never applied", () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "missing-secondary-"));
    const options = {
        ...PROJECT_PLAN_OPTIONS,
        projectDir: FIXTURE_STACKS,
        subProjectsDir: FIXTURE_SUB_PROJECTS,
        policyConfigDir: REPO_POLICY_CONFIG,
        reportModule: undefined,
        outDir,
    };

    it("still plans the others, which need nothing of it: backups still replicate into its region; the tier it owns a half of waits for it", async () => {
        const result = await planEnvironment({ ...options, environment: "prod", skip: ["prod-usw2"] });
        assert.deepEqual(result.order, ["prod", "prod-use1", "prod-use2"]);
        const primary = result.clusters["prod-use1"];
        assert.ok(primary);
        assert.deepEqual(primary.violations, []);
        assert.deepEqual(
            primary.plan.resources.filter((r) => r.type === "pulumi:pulumi:StackReference").map((r) => r.name),
            ["environment", "self"],
            "the primary reads no other cluster on a first rollout",
        );
        const routing = routingOf(result, API);
        assert.deepEqual(
            routing.records.map((record) => [record.name, record.setIdentifier, record.target.kind === "cluster" ? record.target.cluster : record.target.name]),
            [
                [API, "prod-use1-primary", "prod-use1"],
                [`standby-1.${API}`, "prod-use2-secondary", "prod-use2"],
            ],
        );
        // prod-usw2 owns the API host's SECONDARY: until its stack is applied, the API host does not fail over.
        assert.equal(resolveTraffic(routing, new Set(["prod-use1"])), "prod-use1");
        const replication = primary.plan.resources.find((r) => r.type === "aws:s3/bucketReplicationConfig:BucketReplicationConfig");
        assert.deepEqual(
            (replication?.inputs as { rules: Array<{ id: string }> }).rules.map((rule) => rule.id),
            ["to-prod-usw2", "to-prod-use2"],
        );
    });

    it("plans the environment stack without any cluster stack: it reads none", async () => {
        const environment = await plan({ ...options, stack: "staging", outDir: fs.mkdtempSync(path.join(os.tmpdir(), "env-only-")) });
        assert.equal(environment.resources.filter((r) => r.type === "pulumi:pulumi:StackReference").length, 0);
        assert.deepEqual(environment.violations, []);
    });
});

describe("the environment's zone", () => {
    it("delegates a new zone from its parent, through a provider in the parent zone's account", async () => {
        const { environment } = await planOf("staging");
        const byName = (name: string) => environment.plan.resources.find((r) => r.name === name);
        const record = byName("payments-zone-delegation");
        const zone = byName("payments-zone");
        assert.ok(record && zone);
        assert.deepEqual(record.inputs, {
            name: "staging.payments.example.com",
            records: ["ns-1.awsdns-1.net", "ns-2.awsdns-2.net", "ns-3.awsdns-3.net", "ns-4.awsdns-4.net"],
            ttl: 172800,
            type: "NS",
            zoneId: "Z0PAYMENTSEXAMPLE0PROD",
        });
        assert.ok(record.dependsOn.includes(zone.urn));
        const provider = environment.plan.resources.find((r) => r.urn === record.provider);
        assert.deepEqual(JSON.parse(String((provider?.inputs as Record<string, unknown>).assumeRoles)), [
            { roleArn: "arn:aws:iam::111111111111:role/payments-dns-delegation-staging", sessionName: "payments-platform-dns-delegation" },
        ]);
    });
});

describe("a cluster stack's own config", () => {
    const projectDir = writeFixtureProject("wrongname", fixtureConfig());
    const subProjectsDir = path.join(projectDir, "stacks");
    const clusterDir = path.join(subProjectsDir, "cluster");
    before(async () => {
        await plan({ stack: "wrongname", projectDir, subProjectsDir, mocks });
    });

    it("refuses a cluster its environment does not have, naming the config key and the clusters it has", async () => {
        fs.writeFileSync(
            path.join(clusterDir, "Pulumi.t-euw1.yaml"),
            "config:\n  payments-cluster:environmentStack: organization/payments-platform/wrongname\n  payments-cluster:cluster: t-euw1\n",
        );
        await assert.rejects(plan({ stack: "t-euw1", projectDir, subProjectsDir, mocks }), {
            message: 'payments-cluster:cluster: "t-euw1" is not a cluster of organization/payments-platform/wrongname (its clusters: t-use1, t-usw2)',
        });
    });

    it("refuses a stack named other than its cluster", async () => {
        fs.writeFileSync(
            path.join(clusterDir, "Pulumi.other.yaml"),
            "config:\n  payments-cluster:environmentStack: organization/payments-platform/wrongname\n  payments-cluster:cluster: t-use1\n",
        );
        await assert.rejects(plan({ stack: "other", projectDir, subProjectsDir, mocks }), {
            message: 'payments-cluster:cluster: "t-use1" differs from the stack\'s name "other"; a cluster\'s stack is named after its cluster',
        });
    });

    it("refuses an environment whose outputs are of another shape than its contract, naming what differs and the stack to apply first", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "old-env-"));
        await plan({ stack: "wrongname", projectDir, subProjectsDir, mocks, outDir });
        const file = path.join(outDir, "wrongname", "plan.json");
        const planned = JSON.parse(fs.readFileSync(file, "utf8")) as { outputs: { spec: { objectives?: unknown; clusters: Array<Record<string, unknown>> } } };
        // As an older program would have left it: no objectives yet, and a Kubernetes version this one no longer runs.
        delete planned.outputs.spec.objectives;
        planned.outputs.spec.clusters[1].kubernetesVersion = "1.31";
        fs.writeFileSync(file, JSON.stringify(planned));
        await assert.rejects(plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir }), {
            message:
                'stack organization/payments-platform/wrongname exports another shape than this program reads (spec.objectives: Invalid input: expected object, received undefined; spec.clusters[1].kubernetesVersion: Invalid option: expected one of "1.32"|"1.33"|"1.34"): it was applied by another version of this program; apply organization/payments-platform/wrongname with this one first (pulumi up -s organization/payments-platform/wrongname), it comes before this one in the rollout',
        });
    });

    it("reads an environment that exports more than its contract (a newer program's additions)", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "new-env-"));
        await plan({ stack: "wrongname", projectDir, subProjectsDir, mocks, outDir });
        const file = path.join(outDir, "wrongname", "plan.json");
        const planned = JSON.parse(fs.readFileSync(file, "utf8")) as { outputs: { spec: Record<string, unknown> } };
        planned.outputs.spec.futureField = { added: true };
        fs.writeFileSync(file, JSON.stringify(planned));
        const result = await plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir });
        assert.deepEqual(
            result.plan.resources.filter((r) => r.type === "eks:index:Cluster").map((r) => r.name),
            ["payments-t-usw2-cluster-eks"],
            "the cluster is planned from the spec it read",
        );
    });

    it("plans a secondary whose own last outputs and whose primary's come from an older program: it requires only what it reads of them", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "older-clusters-"));
        for (const stack of ["wrongname", "t-use1", "t-usw2"]) await plan({ stack, projectDir, subProjectsDir, mocks, outDir });
        // The primary comes last in a rollout: while its secondaries take the new program, it still
        // holds the old one's outputs, as does each secondary's own state until its first up.
        for (const stack of ["t-use1", "t-usw2"]) {
            const file = path.join(outDir, stack, "plan.json");
            const planned = JSON.parse(fs.readFileSync(file, "utf8")) as {
                outputs: { cluster: Record<string, unknown>; failover: Record<string, unknown>; upgrade: Record<string, unknown> };
            };
            delete planned.outputs.cluster.apiHosts;
            delete planned.outputs.cluster.backupSchedule;
            delete planned.outputs.failover.endpointHealthCheck;
            delete planned.outputs.upgrade.mesh;
            fs.writeFileSync(file, JSON.stringify(planned));
        }
        const secondary = await plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir });
        assert.deepEqual((secondary.plan.outputs.cluster as { apiHosts: string[] }).apiHosts.length > 0, true, "it exports the whole contract again");
    });

    it("refuses to plan before its environment has been applied, naming the stack to apply first", async () => {
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-env-"));
        await assert.rejects(plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir: empty }), {
            message:
                "stack organization/payments-platform/wrongname has no output spec, dns, secrets, secretsKeyArns, meshIntermediates, clusterStacks, routingControls, backupReplicas; apply it first (pulumi up -s organization/payments-platform/wrongname), it comes before this one in the rollout",
        });
    });
});

describe("npm run plan -- --env", () => {
    it("plans every stack of the environment in rollout order, and prints the pulumi up commands", function () {
        this.timeout(120_000);
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "env-cli-"));
        // The frozen stack files are judged with the repository's policy configs.
        const args = [
            "--env",
            "staging",
            "--dir",
            FIXTURE_STACKS,
            "--sub-projects",
            FIXTURE_SUB_PROJECTS,
            "--policy-config",
            REPO_POLICY_CONFIG,
            "--out",
            out,
            "--quiet",
        ];
        const { status, stdout, stderr } = runPlanCli(args);
        assert.equal(status, 0, stderr);
        // Nothing planned yet: the first rollout's order, the primary right after the environment.
        assert.match(stdout, /^Rollout of staging: wave 1 \(environment\): staging; wave 2 \(primary\): stg-use2; wave 3 \(canary\): stg-usw2\n/);
        assert.match(
            stdout,
            /Planned 3 stacks of staging in [\d.]+s; to apply them, wave by wave:\n {2}wave 1 \(environment\): pulumi up -s staging\n {2}wave 2 \(primary\): pulumi up -s stg-use2\n {2}wave 3 \(canary\): pulumi up -s stg-usw2\n/,
        );
        for (const wave of ["environment", "primary", "canary"]) assert.match(stdout, new RegExp(`\\(${wave}\\): its checks pass against the plans so far`));
        // Planned again, over those plans: every later rollout's order, the primary last.
        const again = runPlanCli(args);
        assert.equal(again.status, 0, again.stderr);
        assert.match(again.stdout, /^Rollout of staging: wave 1 \(environment\): staging; wave 2 \(canary\): stg-usw2; wave 3 \(primary\): stg-use2\n/);
        // Each stack's estimate, and the rollout's: the waves one after another.
        assert.match(stdout, /estimated time to converge from empty: [\d.]+ min \(typical durations/);
        assert.match(stdout, /\nRollout estimated minutes to converge: [\d.]+ \(waves in sequence: [\d.]+ \+ [\d.]+ \+ [\d.]+\)\n$/);
        for (const stack of ["staging", "stg-usw2", "stg-use2"]) assert.ok(fs.existsSync(path.join(out, stack, "plan.json")), stack);
    });

    it("names the missing cluster stack file of an environment", () => {
        const projectDir = writeFixtureProject("nostack", fixtureConfig());
        fs.rmSync(path.join(projectDir, "stacks", "cluster", "Pulumi.t-usw2.yaml"));
        const { status, stderr } = runPlanCli(["--env", "nostack", "--dir", projectDir, "--sub-projects", path.join(projectDir, "stacks")]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: --env nostack: no stack for cluster t-usw2; add stacks\/cluster\/Pulumi.<cluster>.yaml with payments-cluster:environmentStack and payments-cluster:cluster\n/,
        );
    });
});
