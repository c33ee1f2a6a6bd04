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
        return {
            name,
            environment: result.config.environment,
            clusters: [...result.config.clusters].sort((a, b) => a.dr.priority - b.dr.priority).map((c) => ({ name: c.name, region: c.region })),
            writers: result.config.services.some((service) => service.database)
                ? [...result.config.clusters]
                      .sort((a, b) => a.dr.priority - b.dr.priority)
                      .map((cluster) => ({ region: cluster.region, vpcCidr: cluster.network.vpcCidr }))
                : [],
        };
    });
}
