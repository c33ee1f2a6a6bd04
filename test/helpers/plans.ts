import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { plan, PlanResult } from "../../tools/offline-plan/plan";
import { PROJECT_PLAN_OPTIONS } from "./cli";

const cache = new Map<string, PlanResult>();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-plan-"));

/** The offline plan of a real stack, run once per test process and shared by every test file. */
export async function planOf(stack: "prod" | "staging"): Promise<PlanResult> {
    const cached = cache.get(stack);
    if (cached) return cached;
    const result = await plan({ ...PROJECT_PLAN_OPTIONS, reportModule: undefined, policyPack: undefined, stack, outDir });
    cache.set(stack, result);
    return result;
}
