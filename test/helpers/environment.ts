import * as path from "path";
import type { PlanOptions, PlanResult } from "../../tools/offline-plan/plan";
import { plan } from "../../tools/offline-plan/plan";
import type { PlanFile } from "../../tools/offline-plan/plan-file";
import type { CapturedResource, InlineProgram } from "../../tools/offline-plan/run-program";
import type { Violation } from "../../tools/offline-plan/policy";
import { rollout } from "../../tools/rollout";

/** Every stack of an environment, planned in rollout order, each reading the plans before it. */
export interface EnvironmentPlan {
    /** The environment stack's plan. */
    environment: PlanResult;
    /** Each cluster stack's plan, by cluster (stack) name. */
    clusters: Record<string, PlanResult>;
    /** Every stack's plan-file resources, environment first, then the clusters in rollout order. */
    plan: { resources: PlanFile["resources"]; outputs: PlanFile["outputs"] };
    /** Every stack's captured resources, in the same order. */
    resources: CapturedResource[];
    /** Every stack's policy violations (each stack evaluated with its own config), if a pack was given. */
    violations: Violation[];
    /** Stack names in the order they were planned. */
    order: string[];
}

export interface EnvironmentPlanOptions extends Omit<PlanOptions, "stack" | "program"> {
    environment: string;
    /** Run these instead of the projects' entry points (e.g. with extra add-ons). */
    programs?: { environment?: InlineProgram; cluster?: InlineProgram };
    /** Stacks to leave out, as if never applied (their plans are not written). */
    skip?: readonly string[];
}

/** Plans an environment as `npm run plan -- --env <environment>` does. */
export async function planEnvironment(options: EnvironmentPlanOptions): Promise<EnvironmentPlan> {
    const { environment, programs, skip = [], ...base } = options;
    const projectDir = base.projectDir ?? process.cwd();
    const outDir = path.resolve(projectDir, base.outDir ?? "out");
    const waves = rollout(environment, { projectDir, subProjectsDir: base.subProjectsDir, outDir });
    const order = waves.flatMap((wave) => wave.stacks).filter((stack) => !skip.includes(stack));
    const results: PlanResult[] = [];
    for (const stack of order) {
        const program = stack === environment ? programs?.environment : programs?.cluster;
        results.push(await plan({ ...base, stack, program }));
    }
    const [env, ...clusters] = results;
    return {
        environment: env,
        clusters: Object.fromEntries(clusters.map((result) => [result.plan.stack, result])),
        plan: { resources: results.flatMap((result) => result.plan.resources), outputs: env.plan.outputs },
        resources: results.flatMap((result) => result.resources),
        violations: results.flatMap((result) => result.violations),
        order,
    };
}

/** The URN of a cluster stack's one AWS provider (every cluster stack names it `payments-aws-<region>`). */
export function clusterProviderUrn(result: EnvironmentPlan, cluster: string): string {
    const provider = result.clusters[cluster]?.plan.resources.find((r) => r.type === "pulumi:providers:aws");
    if (!provider) throw new Error(`no AWS provider in ${cluster}'s plan`);
    return provider.urn;
}
