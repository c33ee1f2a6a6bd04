import { planDate } from "../upgrades/calendar";
import * as pulumi from "@pulumi/pulumi";
import type { PlatformSpec } from "../topology/spec";
import type { ConfigIssue } from "./validate";
import { validatePlatformConfig } from "./validate";

/**
 * A config problem reported to the user without a stack trace: `pulumi.RunError` is what the
 * Pulumi CLI prints as a plain message, and the offline runner does the same.
 */
export class ConfigValidationError extends pulumi.RunError {
    constructor(
        readonly issues: readonly ConfigIssue[],
        stack: string,
    ) {
        super(formatIssues(issues, stack));
        this.name = "ConfigValidationError";
    }
}

export function formatIssues(issues: readonly ConfigIssue[], stack: string): string {
    const lines = issues.map((issue) => `  - ${issue.path}: ${issue.message}`);
    return [`invalid stack config (${issues.length} problem${issues.length === 1 ? "" : "s"}) in Pulumi.${stack}.yaml:`, ...lines].join("\n");
}

/**
 * This project's keys from the config map as values: `project:key` → `key`, with structured
 * values JSON-decoded (the CLI hands every value over as a string).
 */
export function readProjectConfig(all: Record<string, string>, project: string): Record<string, unknown> {
    const prefix = `${project}:`;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(prefix)) continue;
        result[key.slice(prefix.length)] = /^\s*[[{]/.test(value) ? JSON.parse(value) : value;
    }
    return result;
}

/** Reads, validates and expands the stack's topology; throws ConfigValidationError listing every problem. */
export function loadPlatformSpec(): PlatformSpec {
    const raw = readProjectConfig(pulumi.runtime.allConfig(), pulumi.getProject());
    const result = validatePlatformConfig(raw, { today: planDate(), project: pulumi.getProject() });
    if (!result.ok) throw new ConfigValidationError(result.issues, pulumi.getStack());
    for (const warning of result.warnings) void pulumi.log.warn(`${pulumi.getProject()}:${warning.path}: ${warning.message}`);
    return result.spec;
}
