import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { plan, PlanResult } from "../../tools/plan";
import { REPO_ROOT } from "./cli";

const cache = new Map<string, PlanResult>();
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-plan-"));

/** The offline plan of a real stack, run once per test process and shared by every test file. */
export async function planOf(stack: "prod" | "staging"): Promise<PlanResult> {
    const cached = cache.get(stack);
    if (cached) return cached;
    const result = await plan({ stack, projectDir: REPO_ROOT, outDir });
    cache.set(stack, result);
    return result;
}
