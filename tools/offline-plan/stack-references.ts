import * as fs from "fs";
import * as path from "path";
import type { ReferencedStack } from "./mock-cloud";
import { REDACTED } from "./plan-file";
import { PlanInputError } from "./stack-config";

/** A StackReference the offline plans cannot satisfy: which stack, and how to fix it. */
export class StackReferenceError extends PlanInputError {}

function containsSecret(value: unknown): boolean {
    if (value === REDACTED) return true;
    if (Array.isArray(value)) return value.some(containsSecret);
    if (typeof value === "object" && value !== null) return Object.values(value).some(containsSecret);
    return false;
}

/**
 * Resolves `org/project/stack` from `<outDir>/<stack>/plan.json`, as the service would from the
 * stack's last update. Outputs that were secret stay secret (their values are redacted there). A
 * stack of `knownStacks` with no plan yet reads as a stack that exists but was never updated (no
 * outputs), as `pulumi stack init` leaves it; `note` is told (not for `self`, the stack being
 * planned reading its own last outputs). Any other stack is an error.
 */
export function planFileStackReferences(
    outDir: string,
    knownStacks: readonly string[] = [],
    note: (message: string) => void = () => undefined,
    self?: string,
): (name: string) => ReferencedStack {
    return (name) => {
        const parts = name.split("/");
        const stack = parts[parts.length - 1];
        const project = parts.length >= 2 ? parts[parts.length - 2] : undefined;
        const file = path.join(outDir, stack, "plan.json");
        const shown = path.relative(process.cwd(), file) || file;
        if (!fs.existsSync(file)) {
            // A stack reading its own last outputs on its first update: nothing to note.
            if (stack === self) return { outputs: {}, secretOutputNames: [] };
            if (knownStacks.includes(stack)) {
                note(`StackReference ${name}: no offline plan at ${shown}, so it reads as a stack never updated (no outputs)`);
                return { outputs: {}, secretOutputNames: [] };
            }
            throw new StackReferenceError(`StackReference ${name}: no offline plan at ${shown}; run "npm run plan -- --stack ${stack}" first`);
        }
        const plan = JSON.parse(fs.readFileSync(file, "utf8")) as { project?: string; outputs?: Record<string, unknown> };
        if (project !== undefined && plan.project !== project) {
            throw new StackReferenceError(
                `StackReference ${name}: ${shown} is a plan of project ${JSON.stringify(plan.project)}, not ${JSON.stringify(project)}`,
            );
        }
        const outputs = plan.outputs ?? {};
        return { outputs, secretOutputNames: Object.keys(outputs).filter((key) => containsSecret(outputs[key])) };
    };
}
