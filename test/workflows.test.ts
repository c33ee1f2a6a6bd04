import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { rollout } from "../tools/rollout";
import { REPO_ROOT } from "./helpers/cli";
import { platformOf } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";
import { toPlainValue } from "../tools/offline-plan/plan-file";

interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, string>;
}
interface Job {
    needs?: string[];
    environment?: string;
    "runs-on": string[] | string;
    steps: Step[];
}
const workflow = (file: string) => parse(fs.readFileSync(path.join(REPO_ROOT, ".github", "workflows", file), "utf8")) as { jobs: Record<string, Job> };

/** Jobs in the order `needs:` lets them run: one chain, each needing the one before. */
function chain(jobs: Record<string, Job>): string[] {
    const order: string[] = [];
    let next = Object.keys(jobs).filter((name) => !jobs[name].needs);
    while (next.length === 1) {
        order.push(next[0]);
        const done = next[0];
        next = Object.keys(jobs).filter((name) => jobs[name].needs?.length === 1 && jobs[name].needs?.[0] === done);
    }
    assert.equal(next.length, 0, `jobs run in parallel: ${next.join(", ")}`);
    return order;
}

/** The apply workflows are the rollout, for a person who cannot run `npm run plan`. */
describe("apply workflows", () => {
    for (const [file, environment] of [
        ["apply-staging.yml", "staging"],
        ["apply-prod.yml", "prod"],
    ] as const) {
        describe(file, () => {
            const { jobs } = workflow(file);
            const up = (name: string) => jobs[name].steps.find((step) => step.uses?.startsWith("pulumi/actions@"));

            it("applies the stacks in rollout order, one job per stack, each needing the one before", () => {
                assert.deepEqual(chain(jobs), rollout(environment, { projectDir: REPO_ROOT, subProjectsDir: path.join(REPO_ROOT, "stacks") }).flat());
            });

            it("runs pulumi up of the job's own stack, from its project, with its policy config, on the deploy network, then the wave check", () => {
                for (const [name, job] of Object.entries(jobs)) {
                    const step = up(name);
                    assert.equal(step?.uses, "pulumi/actions@v7");
                    assert.equal(step?.with?.command, "up");
                    const project = name === environment ? "payments-platform" : "payments-cluster";
                    assert.equal(step?.with?.["stack-name"], `\${{ vars.PULUMI_ORG }}/${project}/${name}`);
                    assert.equal(step?.with?.["work-dir"], name === environment ? "." : "stacks/cluster");
                    const config = path.join(REPO_ROOT, step?.with?.["work-dir"] ?? "", step?.with?.policyPackConfigs ?? "");
                    assert.ok(fs.existsSync(config), `${name}: ${config}`);
                    assert.deepEqual(job["runs-on"], ["self-hosted", "linux", `payments-deploy-${environment}`], `${name}: ${environment}'s own runners`);
                    const check = job.steps[job.steps.length - 1].run ?? "";
                    assert.equal(
                        check,
                        `tools/rollout-checks/wave-check.sh ${name === environment ? "environment" : "cluster"} \${{ vars.PULUMI_ORG }}/${project}/${name}`,
                    );
                }
            });

            it("signs in through the STS of the stack's own region, so a lost region blocks no other", () => {
                const platform = platformOf(environment);
                for (const cluster of platform.clusters) {
                    const credentials = jobs[cluster.name].steps.find((step) => step.uses?.startsWith("aws-actions/configure-aws-credentials@"));
                    assert.equal(credentials?.with?.["aws-region"], cluster.region, cluster.name);
                }
            });
        });
    }

    it("keeps each environment's identity to itself: every job in its own GitHub environment, and prod's approval before its primary only", () => {
        const environments = (file: string) => Object.fromEntries(Object.entries(workflow(file).jobs).map(([name, job]) => [name, job.environment]));
        assert.deepEqual(environments("apply-staging.yml"), { staging: "staging", "stg-usw2": "staging", "stg-use2": "staging" });
        assert.deepEqual(environments("apply-prod.yml"), { prod: "prod", "prod-use2": "prod", "prod-usw2": "prod", "prod-use1": "prod-primary" });
        for (const file of ["apply-staging.yml", "apply-prod.yml", "pull-request.yml"]) {
            const text = fs.readFileSync(path.join(REPO_ROOT, ".github", "workflows", file), "utf8");
            assert.doesNotMatch(text, /secrets\.AWS_|payments-deploy[\],]/, `${file}: no role or runner pool shared by the environments`);
        }
    });

    it("previews on the environment's preview runners and preview environment, never on a pool that applies", () => {
        const preview = workflow("pull-request.yml").jobs.preview as Job & { strategy: { matrix: { include: Array<{ stack: string; env: string }> } } };
        assert.deepEqual(preview["runs-on"], ["self-hosted", "linux", "payments-preview-${{ matrix.env }}"]);
        assert.equal(preview.environment, "preview-${{ matrix.env }}");
        for (const entry of preview.strategy.matrix.include) {
            const owner = (["staging", "prod"] as const).find((env) => env === entry.stack || platformOf(env).clusters.some((c) => c.name === entry.stack));
            assert.equal(entry.env, owner, `${entry.stack} previews as ${owner}`);
        }
    });

    it("previews every stack of both environments on pull requests", () => {
        const { jobs } = workflow("pull-request.yml");
        const matrix = (jobs.preview as Job & { strategy: { matrix: { include: Array<{ stack: string }> } } }).strategy.matrix.include;
        assert.deepEqual(
            matrix.map((entry) => entry.stack).sort(),
            ["staging", "prod", ...platformOf("staging").clusters.map((c) => c.name), ...platformOf("prod").clusters.map((c) => c.name)].sort(),
        );
    });
});

describe("the wave check's calls", () => {
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
