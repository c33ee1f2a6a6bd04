/**
 * The project's rollout module for the offline plan (`--env <environment> --rollout tools/rollout.ts`):
 * reads the environment stack's topology and returns its stacks in rollout order (see
 * components/platform/rollout.ts).
 */
import { formatIssues, readProjectConfig } from "../components/config/load";
import { validatePlatformConfig } from "../components/config/validate";
import { rolloutWaves } from "../components/platform/rollout";
import { allStacks, loadStackConfig, PlanInputError } from "./offline-plan/stack-config";

export function rollout(environment: string, context: { projectDir: string; subProjectsDir?: string }): string[][] {
    const config = loadStackConfig(context.projectDir, environment, context.subProjectsDir);
    if (config.projectDir !== context.projectDir)
        throw new PlanInputError(`--env ${environment}: ${environment} is a stack of ${config.project}, not an environment of the root project`);
    const result = validatePlatformConfig(readProjectConfig(config.values, config.project));
    if (!result.ok) throw new PlanInputError(formatIssues(result.issues, environment));
    const known = allStacks(context.projectDir, context.subProjectsDir);
    const missing = result.config.clusters.map((cluster) => cluster.name).filter((name) => !known.includes(name));
    if (missing.length > 0)
        throw new PlanInputError(
            `--env ${environment}: no stack for cluster ${missing.join(", ")}; add stacks/cluster/Pulumi.<cluster>.yaml with payments-cluster:environmentStack and payments-cluster:cluster`,
        );
    const clusters = [...result.config.clusters]
        .sort((a, b) => a.dr.priority - b.dr.priority)
        .map((cluster) => ({ name: cluster.name, drRole: cluster.dr.role }));
    return rolloutWaves(environment, clusters).map((wave) => wave.stacks);
}
