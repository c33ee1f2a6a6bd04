import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PlanResult } from "../../tools/offline-plan/plan";
import { plan } from "../../tools/offline-plan/plan";
import { PROJECT_PLAN_OPTIONS } from "./cli";
import type { EnvironmentPlan } from "./environment";
import { planEnvironment } from "./environment";

/** Frozen prod- and staging-shaped stack files (test/fixtures/stacks, clusters under projects/): what tests plan. */
export const FIXTURE_STACKS = path.resolve(__dirname, "..", "fixtures", "stacks");
export const FIXTURE_SUB_PROJECTS = path.join(FIXTURE_STACKS, "projects");

const cache = new Map<string, Promise<EnvironmentPlan>>();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-plan-"));

/** Every stack of a fixture environment, planned in rollout order once per test process and shared by every test file. */
export function planOf(environment: "prod" | "staging"): Promise<EnvironmentPlan> {
    let result = cache.get(environment);
    if (!result) {
        result = planEnvironment({
            ...PROJECT_PLAN_OPTIONS,
            projectDir: FIXTURE_STACKS,
            subProjectsDir: FIXTURE_SUB_PROJECTS,
            reportModule: undefined,
            policyPack: undefined,
            environment,
            outDir,
        });
        cache.set(environment, result);
    }
    return result;
}

const realOutDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-real-plan-"));
const realCache = new Map<string, Promise<EnvironmentPlan>>();

/**
 * Every stack of a real environment, as `npm run plan -- --env <environment>` makes them (reports
 * and policies), converged: planned twice, as a fresh build is applied twice (the secondaries'
 * database members join the primary's global clusters on the second rollout). For the smoke tests only.
 */
export function realPlanOf(environment: "staging" | "prod"): Promise<EnvironmentPlan> {
    let result = realCache.get(environment);
    if (!result) {
        const options = { ...PROJECT_PLAN_OPTIONS, environment, outDir: realOutDir };
        result = planEnvironment(options).then(() => planEnvironment(options));
        realCache.set(environment, result);
    }
    return result;
}

/** The real drill stack's plan, after the real prod environment's (it reads their plans). */
export async function realDrillPlan(): Promise<PlanResult> {
    await realPlanOf("prod");
    return plan({ ...PROJECT_PLAN_OPTIONS, stack: "prod-drill", outDir: realOutDir });
}
