import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { plan, PlanResult } from "../../tools/offline-plan/plan";
import { PROJECT_PLAN_OPTIONS } from "./cli";

/** Frozen prod- and staging-shaped stack files (test/fixtures/stacks): what tests plan. */
export const FIXTURE_STACKS = path.resolve(__dirname, "..", "fixtures", "stacks");

const cache = new Map<string, PlanResult>();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-plan-"));

/** The offline plan of a fixture stack, run once per test process and shared by every test file. */
export async function planOf(stack: "prod" | "staging"): Promise<PlanResult> {
    const cached = cache.get(stack);
    if (cached) return cached;
    const result = await plan({
        ...PROJECT_PLAN_OPTIONS,
        projectDir: FIXTURE_STACKS,
        subProjectsDir: undefined,
        reportModule: undefined,
        policyPack: undefined,
        stack,
        outDir,
    });
    cache.set(stack, result);
    return result;
}

const realOutDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-real-plan-"));
const realCache = new Map<string, Promise<PlanResult>>();

/** The plan of a real stack file, as `npm run plan` makes it (reports and policies): for the smoke tests only. */
export function realPlanOf(stack: "staging" | "prod" | "prod-drill"): Promise<PlanResult> {
    let result = realCache.get(stack);
    if (!result) {
        // The drill reads the prod plan through its StackReference.
        const prerequisite = stack === "prod-drill" ? realPlanOf("prod") : Promise.resolve(undefined);
        result = prerequisite.then(() => plan({ ...PROJECT_PLAN_OPTIONS, stack, outDir: realOutDir }));
        realCache.set(stack, result);
    }
    return result;
}
