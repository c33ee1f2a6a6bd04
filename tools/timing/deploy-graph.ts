import type { PlanFile } from "../offline-plan/plan-file";
import type { CriticalPath, TimedNode } from "./critical-path";
import { criticalPath } from "./critical-path";
import { DURATIONS, durationOf } from "./durations";

type Resource = PlanFile["resources"][number];

/** A component (remote ones with a known duration, like the EKS cluster, are timed as one resource). */
const isComponent = (resource: Resource) => !resource.custom && !(resource.type in DURATIONS);
/** Providers, stack references and the stack itself take no time of their own. */
const isPulumiInternal = (resource: Resource) => resource.type.startsWith("pulumi:");

/**
 * The plan as Pulumi executes it: every resource waits for its dependencies and its provider;
 * waiting for a component is waiting for everything under it. Components take no time; every
 * other resource its typical duration (`durations.ts`), or none when `changed` is given and it is
 * not in it (an update that touches only those resources).
 */
export function deployGraph(plan: PlanFile, changed?: ReadonlySet<string>): { nodes: TimedNode[]; unknownTypes: string[] } {
    const children = new Map<string, string[]>();
    for (const resource of plan.resources) if (resource.parent) children.set(resource.parent, [...(children.get(resource.parent) ?? []), resource.urn]);
    const components = new Set(plan.resources.filter(isComponent).map((resource) => resource.urn));
    const descendants = (urn: string): string[] => (children.get(urn) ?? []).flatMap((child) => [child, ...descendants(child)]);
    const known = new Set(plan.resources.map((resource) => resource.urn));
    const unknownTypes = new Set<string>();
    const nodes = plan.resources.map((resource): TimedNode => {
        const waits = new Set<string>();
        for (const dependency of [...resource.dependsOn, ...(resource.provider ? [resource.provider] : [])]) {
            if (!known.has(dependency)) continue;
            waits.add(dependency);
            if (components.has(dependency)) for (const inner of descendants(dependency)) waits.add(inner);
        }
        waits.delete(resource.urn);
        let seconds = 0;
        if (!components.has(resource.urn) && !isPulumiInternal(resource)) {
            const duration = durationOf(resource.type, resource.inputs as Record<string, unknown>);
            if (!duration.known) unknownTypes.add(resource.type);
            seconds = changed && !changed.has(resource.urn) ? 0 : changed ? (duration.updateSeconds ?? duration.createSeconds) : duration.createSeconds;
        }
        return { id: resource.urn, seconds, dependsOn: [...waits] };
    });
    return { nodes, unknownTypes: [...unknownTypes].sort() };
}

/** The estimate from empty (or of an update of `changed`), its critical path, and the types the table lacks. */
export function estimate(plan: PlanFile, changed?: ReadonlySet<string>): CriticalPath & { unknownTypes: string[] } {
    const { nodes, unknownTypes } = deployGraph(plan, changed);
    return { ...criticalPath(nodes), unknownTypes };
}
