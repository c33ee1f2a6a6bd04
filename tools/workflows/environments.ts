/**
 * The environments of a project, read from its stack files: what the workflows and the policy
 * configs are generated for (tools/workflows/generate.ts).
 */
import * as path from "path";
import { formatIssues, readProjectConfig } from "../../components/config/load";
import { validatePlatformConfig } from "../../components/config/validate";
import { knownStacks, loadStackConfig, PlanInputError } from "../offline-plan/stack-config";

const SUB_PROJECTS = "stacks";

/** The environments (the root project's stacks) and, for each, its clusters and their regions. */
export function environmentsOf(projectDir: string): Array<{
    name: string;
    environment: "prod" | "staging";
    clusters: Array<{ name: string; region: string }>;
    /** Every database region's VPC, when the environment has databases: where each writer can be. */
    writers: Array<{ region: string; vpcCidr: string }>;
}> {
    return knownStacks(projectDir).map((name) => {
        const config = loadStackConfig(projectDir, name, path.join(projectDir, SUB_PROJECTS));
        const result = validatePlatformConfig(readProjectConfig(config.values, config.project));
        if (!result.ok) throw new PlanInputError(formatIssues(result.issues, name));
        // The expanded topology lists the clusters in failover order, the primary first.
        const clusters = result.spec.clusters;
        return {
            name,
            environment: result.spec.environment,
            clusters: clusters.map((cluster) => ({ name: cluster.name, region: cluster.region })),
            writers: result.spec.services.some((service) => service.database)
                ? clusters.map((cluster) => ({ region: cluster.region, vpcCidr: cluster.vpcCidr }))
                : [],
        };
    });
}
