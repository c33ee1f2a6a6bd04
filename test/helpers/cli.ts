import { spawnSync } from "child_process";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** Runs the plan CLI as a user would, in a child process, and returns what they would see. */
export function runPlanCli(args: string[], cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(
        process.execPath,
        ["--require", path.join(REPO_ROOT, "tools", "register.cjs"), path.join(REPO_ROOT, "tools", "plan.ts"), ...args],
        {
            cwd,
            encoding: "utf8",
            env: { ...process.env, NODE_PATH: path.join(REPO_ROOT, "node_modules") },
        },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
