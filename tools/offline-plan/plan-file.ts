import * as pulumi from "@pulumi/pulumi";
import { compare } from "./order";
import type { CapturedResource, ProgramRun } from "./run-program";
import type { StackConfig } from "./stack-config";

/** What every secret value becomes in plan files and printed output. */
export const REDACTED = "[secret]";
/** What a value the engine would only know after `pulumi up` becomes. */
export const UNKNOWN = "[unknown]";

export interface PlanResource {
    urn: string;
    type: string;
    name: string;
    parent: string | null;
    provider: string | null;
    dependsOn: string[];
    custom: boolean;
    inputs: unknown;
}

export interface PlanFile {
    project: string;
    stack: string;
    config: Record<string, unknown>;
    outputs: Record<string, unknown>;
    resources: PlanResource[];
}

/**
 * The plan as data: resources in URN order, keys sorted, every secret replaced by
 * `[secret]`, so the same program and config always give the same bytes.
 */
export function buildPlanFile(run: ProgramRun, config: StackConfig, stack: string): PlanFile {
    const secretKeys = new Set(config.secretKeys);
    const configView: Record<string, unknown> = {};
    for (const key of Object.keys(config.values).sort(compare)) {
        const value = config.values[key];
        configView[key] = secretKeys.has(key) ? REDACTED : /^\s*[[{]/.test(value) ? toPlainValue(JSON.parse(value)) : value;
    }
    return {
        project: config.project,
        stack,
        config: configView,
        outputs: toPlainValue(run.stackOutputs) as Record<string, unknown>,
        resources: run.resources.map(planResourceOf),
    };
}

const planResources = new WeakMap<CapturedResource, PlanResource>();

/** A resource as plan files show it; made once per resource (streaming reports ask first). */
export function planResourceOf(resource: CapturedResource): PlanResource {
    let planResource = planResources.get(resource);
    if (!planResource) {
        planResource = {
            urn: resource.urn,
            type: resource.type,
            name: resource.name,
            parent: resource.parent ?? null,
            provider: resource.provider ?? null,
            dependsOn: resource.dependsOn,
            custom: resource.custom,
            inputs: toPlainValue(resource.inputs),
        };
        planResources.set(resource, planResource);
    }
    return planResource;
}

/**
 * Wire values (with Pulumi's signature objects) to plain JSON: secrets redacted, resource
 * references as their URN, unknowns marked, object keys sorted.
 */
export function toPlainValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(toPlainValue);
    if (value === pulumi.runtime.unknownValue) return UNKNOWN;
    if (typeof value !== "object" || value === null) return value;
    const record = value as Record<string, unknown>;
    switch (record[pulumi.runtime.specialSigKey]) {
        case pulumi.runtime.specialSecretSig:
            return REDACTED;
        case pulumi.runtime.specialResourceSig:
            return { resource: record.urn };
        case pulumi.runtime.specialAssetSig:
        case pulumi.runtime.specialArchiveSig:
            return { asset: record.path ?? record.uri ?? (typeof record.text === "string" ? `text (${record.text.length} characters)` : "archive") };
        default: {
            // The default sort is code-point order, as `compare` is, and faster.
            const plain: Record<string, unknown> = {};
            for (const key of Object.keys(record).sort()) {
                const item = toPlainValue(record[key]);
                // Assigning "__proto__" would set the prototype instead of a key.
                if (key === "__proto__") Object.defineProperty(plain, key, { value: item, enumerable: true, writable: true, configurable: true });
                else plain[key] = item;
            }
            return plain;
        }
    }
}

/** Stable, pretty JSON for files that people diff. */
export function stableJson(value: unknown): string {
    return JSON.stringify(value, null, 2) + "\n";
}

/** Renders resources as a `pulumi preview`-style tree, children under their parents. */
export function renderTree(resources: CapturedResource[]): string {
    const children = new Map<string | undefined, CapturedResource[]>();
    const urns = new Set(resources.map((resource) => resource.urn));
    for (const resource of resources) {
        const parent = resource.parent && urns.has(resource.parent) ? resource.parent : undefined;
        const siblings = children.get(parent);
        if (siblings) siblings.push(resource);
        else children.set(parent, [resource]);
    }
    const rows: Array<[string, string]> = [];
    const walk = (parent: string | undefined, prefix: string) => {
        const kids = (children.get(parent) ?? []).sort((a, b) => compare(a.name, b.name) || compare(a.type, b.type));
        kids.forEach((kid, i) => {
            const last = i === kids.length - 1;
            const branch = parent === undefined ? "" : last ? "└─ " : "├─ ";
            rows.push([`${prefix}${branch}${kid.type}`, kid.name]);
            walk(kid.urn, parent === undefined ? "" : prefix + (last ? "   " : "│  "));
        });
    };
    walk(undefined, "");
    const width = Math.max(4, ...rows.map(([type]) => type.length)) + 2;
    const header = `     ${"Type".padEnd(width)}Name`;
    return [header, ...rows.map(([type, name]) => ` +   ${type.padEnd(width)}${name}`)].join("\n");
}

/**
 * Counts per type, and per group: a group is the nearest ancestor of type `groupType` (e.g. a
 * cluster component), so the runner can summarise without knowing the program.
 */
export function summarise(resources: CapturedResource[], groupType?: string): { byType: Array<[string, number]>; byGroup: Array<[string, number]> } {
    const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    const byType = new Map<string, number>();
    const byGroup = new Map<string, number>();
    for (const resource of resources) {
        byType.set(resource.type, (byType.get(resource.type) ?? 0) + 1);
        if (!groupType) continue;
        let cursor: CapturedResource | undefined = resource;
        while (cursor && cursor.type !== groupType) cursor = cursor.parent ? byUrn.get(cursor.parent) : undefined;
        const group = cursor ? cursor.name : "(outside any group)";
        byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
    }
    const ordered = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
    return { byType: ordered(byType), byGroup: ordered(byGroup) };
}
