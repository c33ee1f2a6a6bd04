import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { resolveTraffic } from "../components/dns/failover";
import { SPEC_VERSION } from "../components/platform/outputs";
import { rolloutWaves } from "../components/platform/rollout";
import { mocks } from "../tools/mocks";
import { plan } from "../tools/offline-plan/plan";
import { PROJECT_PLAN_OPTIONS, runPlanCli } from "./helpers/cli";
import { planEnvironment } from "./helpers/environment";
import { FIXTURE_STACKS, FIXTURE_SUB_PROJECTS, planOf } from "./helpers/plans";
import { routingOf } from "./helpers/routing";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";

const API = "api.payments.example.com";
const PROD = [
    { name: "prod-use1", drRole: "primary" },
    { name: "prod-usw2", drRole: "secondary" },
    { name: "prod-use2", drRole: "secondary" },
] as const;

describe("rollout order", () => {
    it("applies the environment, then the clusters from the last in failover order to the primary, one per wave", () => {
        assert.deepEqual(
            rolloutWaves("prod", PROD).map((wave) => wave.stacks),
            [["prod"], ["prod-use2"], ["prod-usw2"], ["prod-use1"]],
        );
    });

    it("says what to check before each next wave", () => {
        const waves = rolloutWaves("staging", [
            { name: "stg-use2", drRole: "primary" },
            { name: "stg-usw2", drRole: "secondary" },
        ]);
        assert.deepEqual(
            waves.map((wave) => wave.checks),
            [
                [
                    "staging: its secrets have replicated to every cluster's region (ReplicationStatus InSync)",
                    "staging: every ARC routing control it exports is On",
                ],
                ["stg-usw2: its Route 53 health check is healthy (it can take traffic) before the next cluster changes"],
                ["stg-use2: its Route 53 health check is healthy and the API answers through it"],
            ],
        );
    });

    it("refuses an environment without clusters", () => {
        assert.throws(() => rolloutWaves("prod", []), { message: "a rollout needs at least one cluster" });
    });
});

describe("an environment with a cluster stack never applied", () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "missing-secondary-"));
    const options = { ...PROJECT_PLAN_OPTIONS, projectDir: FIXTURE_STACKS, subProjectsDir: FIXTURE_SUB_PROJECTS, reportModule: undefined, outDir };

    it("still plans the others: the primary fails over to the next cluster that exists, and replicates backups only there", async () => {
        const result = await planEnvironment({ ...options, environment: "prod", skip: ["prod-usw2"] });
        assert.deepEqual(result.order, ["prod", "prod-use2", "prod-use1"]);
        const primary = result.clusters["prod-use1"];
        assert.ok(primary);
        assert.deepEqual(primary.violations, []);
        assert.ok(
            primary.notes.some((note) =>
                /^StackReference organization\/payments-cluster\/prod-usw2: no offline plan at .*, so it reads as a stack never updated/.test(note),
            ),
            primary.notes.join("\n"),
        );
        const routing = routingOf(result, API);
        assert.deepEqual(
            routing.records.map((record) => [record.name, record.setIdentifier, record.target.kind === "cluster" ? record.target.cluster : record.target.name]),
            [
                [API, "prod-use1-primary", "prod-use1"],
                [API, "prod-use2-secondary", "prod-use2"],
            ],
        );
        assert.equal(resolveTraffic(routing, new Set(["prod-use1"])), "prod-use2");
        const replication = primary.plan.resources.find((r) => r.type === "aws:s3/bucketReplicationConfig:BucketReplicationConfig");
        assert.deepEqual(
            (replication?.inputs as { rules: Array<{ id: string }> }).rules.map((rule) => rule.id),
            ["to-prod-use2"],
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
            { roleArn: "arn:aws:iam::111111111111:role/payments-dns-delegation", sessionName: "payments-platform-dns-delegation" },
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

    it("refuses an environment applied by a program with another topology version", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "old-env-"));
        await plan({ stack: "wrongname", projectDir, subProjectsDir, mocks, outDir });
        const file = path.join(outDir, "wrongname", "plan.json");
        const planned = JSON.parse(fs.readFileSync(file, "utf8")) as { outputs: Record<string, unknown> };
        planned.outputs.specVersion = 1;
        fs.writeFileSync(file, JSON.stringify(planned));
        await assert.rejects(plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir }), {
            message: `organization/payments-platform/wrongname was applied by a program whose topology is version 1, this one reads version ${SPEC_VERSION}; apply organization/payments-platform/wrongname with this program first (it comes first in the rollout)`,
        });
    });

    it("refuses to plan before its environment has been applied, naming the stack to apply first", async () => {
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-env-"));
        await assert.rejects(plan({ stack: "t-usw2", projectDir, subProjectsDir, mocks, outDir: empty }), {
            message:
                "stack organization/payments-platform/wrongname has no output specVersion, spec, dns, secrets, secretsKeyArns, clusterStacks, routingControls; apply it first (pulumi up -s organization/payments-platform/wrongname), it comes before this one in the rollout",
        });
    });
});

describe("npm run plan -- --env", () => {
    it("plans every stack of the environment in rollout order, and prints the pulumi up commands", function () {
        this.timeout(120_000);
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "env-cli-"));
        const { status, stdout, stderr } = runPlanCli([
            "--env",
            "staging",
            "--dir",
            FIXTURE_STACKS,
            "--sub-projects",
            FIXTURE_SUB_PROJECTS,
            "--out",
            out,
            "--quiet",
        ]);
        assert.equal(status, 0, stderr);
        assert.match(stdout, /^Rollout of staging: wave 1: staging; wave 2: stg-usw2; wave 3: stg-use2\n/);
        assert.match(
            stdout,
            /Planned 3 stacks of staging in [\d.]+s; to apply them, in this order:\n {2}pulumi up -s staging\n {2}pulumi up -s stg-usw2\n {2}pulumi up -s stg-use2\n/,
        );
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
