import { spawnSync } from "child_process";
import * as path from "path";
import type { PlanOptions } from "../../tools/offline-plan/plan";
import { mocks } from "../../tools/mocks";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** What `npm run plan` passes besides the stack (package.json), as plan() options. */
export const PROJECT_PLAN_OPTIONS = {
    mocks,
    projectDir: REPO_ROOT,
    subProjectsDir: "stacks",
    reportModule: path.join(REPO_ROOT, "tools", "report.ts"),
    policyPack: path.join(REPO_ROOT, "policy"),
    crdDir: path.resolve(REPO_ROOT, "..", "shared", "crds"),
    chartsDir: path.resolve(REPO_ROOT, "..", "shared", "charts"),
} satisfies Omit<PlanOptions, "stack">;

/** Runs `npm run plan -- <args>` as a user would, in a child process, and returns what they would see. */
export function runPlanCli(args: string[], cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync("npm", ["run", "--silent", "plan", "--", ...args], { cwd, encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
