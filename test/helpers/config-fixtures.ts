import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { validatePlatformConfig } from "../../components/config/validate";
import type { PlatformSpec } from "../../components/topology/spec";

const FIXTURE_STACKS_DIR = path.join(__dirname, "..", "fixtures", "stacks");
/** The repository's own stack files: what the workflows and the rollout are generated from. */
const REAL_STACKS_DIR = path.join(__dirname, "..", "..");

/**
 * The project-namespaced config of a stack file, as the validator receives it (secure values as a
 * placeholder): a frozen fixture (test/fixtures/stacks) by default, or the repository's own.
 */
export function stackConfig(stack: "prod" | "staging", dir: string = FIXTURE_STACKS_DIR): Record<string, unknown> {
    const doc = parse(fs.readFileSync(path.join(dir, `Pulumi.${stack}.yaml`), "utf8")) as { config: Record<string, unknown> };
    return Object.fromEntries(
        Object.entries(doc.config)
            .filter(([key]) => key.startsWith("payments-platform:"))
            .map(([key, value]) => [key.slice("payments-platform:".length), withoutCiphertext(value)]),
    );
}

function withoutCiphertext(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(withoutCiphertext);
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && typeof record.secure === "string") return "placeholder-secret";
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutCiphertext(v)]));
}

/** A deep copy of the prod config, changed by `edit`: each rejection test starts from valid input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into untyped raw config on purpose
export function prodWith(edit: (config: any) => void): Record<string, unknown> {
    const config = structuredClone(stackConfig("prod"));
    edit(config);
    return config;
}

/** The expanded topology of a fixture stack, as the program sees it. */
export function platformOf(stack: "prod" | "staging", dir: string = FIXTURE_STACKS_DIR): PlatformSpec {
    const result = validatePlatformConfig(stackConfig(stack, dir));
    if (!result.ok) throw new Error(`Pulumi.${stack}.yaml is invalid: ${JSON.stringify(result.issues)}`);
    return result.spec;
}

/** The expanded topology of the repository's own stack file: for what is generated from it (workflows, policy configs). */
export function realPlatformOf(stack: "prod" | "staging"): PlatformSpec {
    return platformOf(stack, REAL_STACKS_DIR);
}
