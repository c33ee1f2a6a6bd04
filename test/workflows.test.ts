import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { rollout } from "../tools/rollout";
import { environmentsOf, generatedPolicyConfigs, generatedWorkflows, previewMatrix } from "../tools/workflows/generate";
import { knownStacks } from "../tools/offline-plan/stack-config";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";
import { REPO_ROOT } from "./helpers/cli";
import { realPlatformOf } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";
import { toPlainValue } from "../tools/offline-plan/plan-file";

interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, string | boolean>;
}
interface WaveJob {
    needs?: string[];
    if?: string;
    uses: string;
    strategy: { "max-parallel": number; matrix: { include: Array<{ stack: string; region: string }> } };
    with: Record<string, string>;
    secrets: string;
}
const WORKFLOW_DIR = path.join(REPO_ROOT, ".github", "workflows");
const text = (file: string) => fs.readFileSync(path.join(WORKFLOW_DIR, file), "utf8");
const workflow = <T>(file: string) => parse(text(file)) as { jobs: Record<string, T> };

describe("generated workflows and policy configs", () => {
    it("are current: the files are what `npm run workflows` writes from the rollout and the stacks", async () => {
        for (const [file, generated] of generatedWorkflows(REPO_ROOT)) assert.equal(text(file), generated, `${file} is stale: run npm run workflows`);
        for (const [file, generated] of await generatedPolicyConfigs(REPO_ROOT))
            assert.equal(fs.readFileSync(path.join(REPO_ROOT, file), "utf8"), generated, `${file} is stale: run npm run workflows`);
    });

    it("gives every stack a policy config of its own: the environments', each cluster's (generated), the drills'", () => {
        const stacks = [
            ...environmentsOf(REPO_ROOT).flatMap((env) => [env.name, ...env.clusters.map((cluster) => cluster.name)]),
            ...knownStacks(path.join(REPO_ROOT, "stacks", "dr-drill")),
        ];
        const missing = stacks.filter((stack) => !fs.existsSync(path.join(REPO_ROOT, "policy", "config", `${stack}.json`)));
        assert.deepEqual(missing, [], "a stack without a policy config would run the pack with its defaults");
    });

    it("merges a cluster's overrides over its environment's cluster config, rule by rule; refuses an environment without one", async () => {
        const projectDir = writeFixtureProject("pc", fixtureConfig());
        await assert.rejects(generatedPolicyConfigs(projectDir), {
            message: "policy/clusters/pc.json: no policy config for pc's cluster stacks; write it (every stack's pack runs with its own config)",
        });
        fs.mkdirSync(path.join(projectDir, "policy", "clusters"), { recursive: true });
        const write = (name: string, config: unknown) => fs.writeFileSync(path.join(projectDir, "policy", "clusters", `${name}.json`), JSON.stringify(config));
        write("pc", { "backups-within-rpo": { rpoMinutes: 15 }, "backup-replicas-immutable": { mode: "COMPLIANCE", minDays: 7 } });
        write("t-usw2", { "backup-replicas-immutable": { minDays: 30 } });
        const configs = await generatedPolicyConfigs(projectDir);
        const parsed = (file: string) => JSON.parse(configs.get(file) ?? "null") as unknown;
        assert.deepEqual(parsed(path.join("policy", "config", "t-use1.json")), {
            "backups-within-rpo": { rpoMinutes: 15 },
            "backup-replicas-immutable": { mode: "COMPLIANCE", minDays: 7 },
        });
        assert.deepEqual(parsed(path.join("policy", "config", "t-usw2.json")), {
            "backups-within-rpo": { rpoMinutes: 15 },
            "backup-replicas-immutable": { mode: "COMPLIANCE", minDays: 30 },
        });
    });

    it("follow a 4th region by themselves: a fixture topology with another standby gets its jobs and preview", () => {
        const envs = environmentsOf(REPO_ROOT);
        const prod = envs.find((env) => env.name === "prod");
        assert.ok(prod);
        const fourth = { ...prod, clusters: [...prod.clusters, { name: "prod-euw1", region: "eu-west-1" }] };
        const matrix = previewMatrix([fourth]).map((entry) => entry.stack);
        assert.deepEqual(matrix, ["prod", ...prod.clusters.map((c) => c.name), "prod-euw1"]);
    });
});

/** The apply workflows are the rollout, for a person who cannot run `npm run plan`. */
describe("apply workflows", () => {
    for (const [file, environment] of [
        ["apply-staging.yml", "staging"],
        ["apply-prod.yml", "prod"],
    ] as const) {
        describe(file, () => {
            const { jobs } = workflow<WaveJob>(file);
            const waves = (primaryDeployed: boolean) =>
                rollout(environment, { projectDir: REPO_ROOT, subProjectsDir: path.join(REPO_ROOT, "stacks"), primaryDeployed }).map((wave) => wave.stacks);
            /** The jobs that run, in `needs` order, given what the environment's job reports. */
            const run = (primaryDeployed: boolean): string[][] => {
                const ran: string[] = [];
                const order: string[][] = [];
                for (;;) {
                    const ready = Object.entries(jobs).filter(([name, job]) => !ran.includes(name) && (job.needs ?? []).every((need) => ran.includes(need)));
                    if (ready.length === 0) break;
                    for (const [name, job] of ready) {
                        ran.push(name);
                        // The conditions the generator writes: the first rollout's primary, or every later one's.
                        const skipped = (job.if ?? "").includes("primary-deployed != 'true'")
                            ? primaryDeployed
                            : (job.if ?? "").includes("primary-deployed == 'true'")
                              ? !primaryDeployed
                              : false;
                        if (!skipped) order.push(job.strategy.matrix.include.map((entry) => entry.stack));
                    }
                }
                return order;
            };

            it("runs the rollout's waves in order, on a first rollout and on every later one", () => {
                assert.deepEqual(run(false), waves(false));
                assert.deepEqual(run(true), waves(true));
            });

            it("applies each stack through apply-stack.yml, from its project, with its own policy config, on the environment's deploy runners", () => {
                const platform = realPlatformOf(environment);
                for (const [name, job] of Object.entries(jobs)) {
                    assert.equal(job.uses, "./.github/workflows/apply-stack.yml");
                    assert.equal(job.secrets, "inherit");
                    const isEnvironment = name === "environment";
                    assert.equal(job.with.project, isEnvironment ? "payments-platform" : "payments-cluster");
                    assert.equal(job.with.check, isEnvironment ? "environment" : "cluster");
                    assert.equal(job.with.runner, `payments-deploy-${environment}`, `${name}: ${environment}'s own runners`);
                    for (const { stack, region } of job.strategy.matrix.include) {
                        const config = path.join(REPO_ROOT, job.with["work-dir"], job.with["policy-config"].replace("${{ matrix.stack }}", stack));
                        assert.ok(fs.existsSync(config), `${stack}: ${config}`);
                        // Each cluster signs in through the STS of its own region, so a lost region blocks no other.
                        if (!isEnvironment) assert.equal(region, platform.clusters.find((c) => c.name === stack)?.region, stack);
                    }
                }
            });
        });
    }

    it("runs the stack's up with a refresh, then the wave check, in the stack's own GitHub environment", () => {
        const { jobs } = workflow<{ steps: Step[]; environment: string; "runs-on": string[] }>("apply-stack.yml");
        const steps = jobs.up.steps;
        const up = steps.find((step) => step.uses === "pulumi/actions@v7" && step.with?.command === "up");
        assert.equal(up?.with?.refresh, true);
        assert.equal(
            steps[steps.length - 1].run,
            'tools/rollout-checks/wave-check.sh "${{ inputs.check }}" "${{ vars.PULUMI_ORG }}/${{ inputs.project }}/${{ inputs.stack }}"',
        );
        assert.equal(jobs.up.environment, "${{ inputs.github-environment }}");
        assert.deepEqual(jobs.up["runs-on"], ["self-hosted", "linux", "${{ inputs.runner }}"]);
    });

    it("keeps each environment's identity to itself: every job in its own GitHub environment, and prod's approval before its primary only", () => {
        const environments = (file: string) =>
            Object.fromEntries(Object.entries(workflow<WaveJob>(file).jobs).map(([name, job]) => [name, job.with["github-environment"]]));
        assert.deepEqual(environments("apply-staging.yml"), { environment: "staging", "primary-first": "staging", canary: "staging", primary: "staging" });
        assert.deepEqual(environments("apply-prod.yml"), {
            environment: "prod",
            "primary-first": "prod-primary",
            canary: "prod",
            secondaries: "prod",
            primary: "prod-primary",
        });
        for (const file of ["apply-staging.yml", "apply-prod.yml", "apply-stack.yml", "pull-request.yml"])
            assert.doesNotMatch(text(file), /secrets\.AWS_|payments-deploy[\],]/, `${file}: no role or runner pool shared by the environments`);
    });

    it("previews on the environment's preview runners and preview environment, never on a pool that applies", () => {
        const preview = workflow<{ "runs-on": string[]; environment: string; strategy: { matrix: { include: Array<{ stack: string; env: string }> } } }>(
            "pull-request.yml",
        ).jobs.preview;
        assert.deepEqual(preview["runs-on"], ["self-hosted", "linux", "payments-preview-${{ matrix.env }}"]);
        assert.equal(preview.environment, "preview-${{ matrix.env }}");
        // No refresh: it would read every secret's value, which the preview role may not.
        const step = (workflow<{ steps: Step[] }>("pull-request.yml").jobs.preview as { steps: Step[] }).steps.find((s) => s.uses === "pulumi/actions@v7");
        assert.equal(step?.with?.refresh, false);
        // Its own token's name: a preview environment without it gets nothing, never a deploy token.
        assert.match(text("pull-request.yml"), /PULUMI_ACCESS_TOKEN: \$\{\{ secrets\.PULUMI_PREVIEW_TOKEN \}\}/);
        assert.doesNotMatch(text("pull-request.yml"), /secrets\.PULUMI_ACCESS_TOKEN/);
        for (const file of ["apply-staging.yml", "apply-prod.yml", "apply-stack.yml"]) assert.doesNotMatch(text(file), /PULUMI_PREVIEW_TOKEN/, file);
        for (const entry of preview.strategy.matrix.include) {
            const owner = (["staging", "prod"] as const).find((env) => env === entry.stack || realPlatformOf(env).clusters.some((c) => c.name === entry.stack));
            assert.equal(entry.env, owner, `${entry.stack} previews as ${owner}`);
        }
    });

    it("previews every stack of both environments on pull requests", () => {
        const matrix = workflow<{ strategy: { matrix: { include: Array<{ stack: string }> } } }>("pull-request.yml").jobs.preview.strategy.matrix.include;
        assert.deepEqual(
            matrix.map((entry) => entry.stack).sort(),
            ["staging", "prod", ...realPlatformOf("staging").clusters.map((c) => c.name), ...realPlatformOf("prod").clusters.map((c) => c.name)].sort(),
        );
    });
});

describe("the wave check's calls", () => {
    /** wave-check.sh run against stand-in pulumi and aws commands: routing controls of prod-use1 (Off) and prod-usw2 (On). */
    const environmentCheck = (controlsOff: string) => {
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "wave-check-"));
        const stub = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
        stub("pulumi", `case "$*" in *"output secrets"*) echo '{}' ;; *"output routingControls"*) echo '{"prod-use1":"arn:c1","prod-usw2":"arn:c2"}' ;; esac`);
        stub(
            "aws",
            `case "$*" in *get-routing-control-state*arn:c1*) echo Off ;; *get-routing-control-state*) echo On ;; *describe-cluster*) printf 'https://e us-west-2\\n' ;; *) echo x ;; esac`,
        );
        return spawnSync("bash", [path.join(REPO_ROOT, "tools", "rollout-checks", "wave-check.sh"), "environment", "org/payments-platform/prod"], {
            encoding: "utf8",
            env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}`, WAVE_CHECK_TIMEOUT: "0", CONTROLS_OFF: controlsOff },
        });
    };

    it("lets the environment's wave pass with a routing control Off on purpose (a failover in progress), and only then", () => {
        const refused = environmentCheck("");
        assert.equal(refused.status, 1);
        assert.match(refused.stderr, /routing control arn:c1 \(prod-use1\) is Off; switch it On \(README, Route 53 ARC\), or name prod-use1 in CONTROLS_OFF/);
        const accepted = environmentCheck("prod-use1");
        assert.equal(accepted.status, 0, accepted.stderr);
        assert.match(accepted.stdout, /routing control of prod-use1 is left as it is \(CONTROLS_OFF\)/);
    });

    it("signs the environment's job in through a standby's region by default, never the primary's, and passes the controls left Off", () => {
        const { jobs } = workflow<WaveJob>("apply-prod.yml");
        const primaryRegion = realPlatformOf("prod").clusters[0]?.region ?? "";
        const region = jobs.environment?.strategy.matrix.include[0]?.region ?? "";
        assert.match(region, /^\$\{\{ inputs\.sign-in-region \|\| '[a-z]+-[a-z]+-\d' \}\}$/);
        assert.ok(!region.includes(primaryRegion), region);
        assert.equal(jobs.environment?.with["controls-off"], "${{ inputs.controls-off }}");
    });

    it("reads each cluster's endpoint check, the one Route 53 reports a status for, through the output the stack publishes", async () => {
        const script = fs.readFileSync(path.join(REPO_ROOT, "tools", "rollout-checks", "wave-check.sh"), "utf8");
        assert.match(script, /aws route53 get-health-check-status --health-check-id "\$id"/);
        assert.match(script, /id=\$\(pulumi stack output failover --json --stack "\$stack" \| jq -r '\.endpointHealthCheckId'\)/);
        const { clusters } = await planOf("prod");
        for (const [name, result] of Object.entries(clusters)) {
            const published = (result.plan.outputs.failover as { endpointHealthCheckId: string }).endpointHealthCheckId;
            const checks = result.resources.filter((resource) => resource.type === "aws:route53/healthCheck:HealthCheck");
            const read = checks.find((resource) => resource.id === published);
            assert.equal(read?.inputs.type, "HTTPS", `${name}: the wave check reads an endpoint check`);
            const traffic = result.resources.find((resource) => resource.type === "payments:dns:ClusterTraffic");
            assert.equal(toPlainValue(traffic?.outputs?.waveCheckHealthCheckUrn), read?.urn, `${name}: the rule judges the check the script reads`);
        }
    });
});

describe("the upgrade-insights check before a cluster's up", () => {
    /** upgrade-insights.sh against stand-in pulumi and aws commands: EKS runs `running`, the topology says `target`. */
    const check = (opts: { applied?: boolean; running?: string; target: string; failing?: string; describeError?: string }) => {
        const bin = fs.mkdtempSync(path.join(os.tmpdir(), "insights-"));
        const stub = (name: string, body: string) => fs.writeFileSync(path.join(bin, name), `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 });
        const calls = path.join(bin, "calls");
        stub(
            "pulumi",
            `case "$*" in *"output cluster"*) echo '${opts.applied === false ? "{}" : '{"name":"prod-usw2","region":"us-west-2"}'}' ;; *"output spec"*) echo '{"clusters":[{"name":"prod-usw2","kubernetesVersion":"${opts.target}"}]}' ;; esac`,
        );
        stub(
            "aws",
            `echo "$*" >> ${calls}; case "$*" in *describe-cluster*) ${opts.running ? `echo ${opts.running}` : `echo "An error occurred (${opts.describeError ?? "ResourceNotFoundException"}) when calling the DescribeCluster operation" >&2; exit 254`} ;; *list-insights*) printf '${opts.failing ?? ""}' ;; esac`,
        );
        const result = spawnSync(
            "bash",
            [path.join(REPO_ROOT, "tools", "rollout-checks", "upgrade-insights.sh"), "org/payments-cluster/prod-usw2", "org/payments-platform/prod"],
            { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ""}` } },
        );
        return { ...result, calls: fs.existsSync(calls) ? fs.readFileSync(calls, "utf8") : "" };
    };

    it("holds a control-plane step while an insight for the next minor reports ERROR, naming it", () => {
        const held = check({ running: "1.34", target: "1.35", failing: "abc-1\\tDeprecated APIs removed in Kubernetes v1.35\\n" });
        assert.equal(held.status, 1);
        assert.match(held.stderr, /prod-usw2's control-plane step 1\.34 → 1\.35 is held; EKS reports for 1\.35:/);
        assert.match(
            held.stderr,
            /ERROR Deprecated APIs removed in Kubernetes v1\.35 \(aws eks describe-insight --cluster-name prod-usw2 --region us-west-2 --id abc-1\)/,
        );
        assert.match(
            held.calls,
            /list-insights --region us-west-2 --cluster-name prod-usw2 --filter \{"categories":\["UPGRADE_READINESS"\],"kubernetesVersions":\["1\.35"\],"statuses":\["ERROR"\]\}/,
        );
    });

    it("lets the up go when no insight fails, when there is no control-plane step, and on a cluster not built yet; stops when it cannot read the cluster", () => {
        const clear = check({ running: "1.34", target: "1.35" });
        assert.equal(clear.status, 0, clear.stderr);
        assert.match(clear.stdout, /none failing for prod-usw2's step 1\.34 → 1\.35/);
        const steady = check({ running: "1.34", target: "1.34", failing: "x\\ty\\n" });
        assert.equal(steady.status, 0, steady.stderr);
        assert.doesNotMatch(steady.calls, /list-insights/);
        assert.equal(check({ applied: false, target: "1.35" }).status, 0);
        const gone = check({ target: "1.35" });
        assert.equal(gone.status, 0, gone.stderr);
        assert.match(gone.stdout, /EKS has no cluster prod-usw2 in us-west-2/);
        // Any other failure to read the cluster is no reason to let a control-plane step through.
        const denied = check({ target: "1.35", describeError: "AccessDeniedException" });
        assert.equal(denied.status, 1);
        assert.match(denied.stderr, /cannot read prod-usw2 in us-west-2:\n.*AccessDeniedException/);
    });

    it("runs before every cluster stack's up in the apply workflows, with the environment whose topology it reads", () => {
        const stackWorkflow = fs.readFileSync(path.join(REPO_ROOT, ".github", "workflows", "apply-stack.yml"), "utf8");
        assert.ok(stackWorkflow.indexOf("tools/rollout-checks/upgrade-insights.sh") < stackWorkflow.indexOf("command: up"));
        const { jobs } = workflow<WaveJob>("apply-prod.yml");
        for (const [name, job] of Object.entries(jobs))
            if (name !== "environment") assert.equal((job.with as Record<string, string>)["environment-stack"], "payments-platform/prod", name);
    });
});
