import { EnforcementLevel, PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";

/** Props as policies see them: plain JSON-like values. */
export type Props = Record<string, unknown>;
export type Level = EnforcementLevel;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** Kubernetes kinds whose pod template policies inspect, and where the pod spec is. */
const WORKLOAD_POD_SPECS: Record<string, (props: Props) => unknown> = {
    "kubernetes:apps/v1:Deployment": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:apps/v1:StatefulSet": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:apps/v1:DaemonSet": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:batch/v1:Job": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:core/v1:Pod": (p) => asRecord(p.spec),
};

/** The pod spec of a workload resource, or undefined for anything else. */
export function podSpecOf(type: string, props: Props): Record<string, unknown> | undefined {
    const extract = WORKLOAD_POD_SPECS[type];
    return extract ? asRecord(extract(props)) : undefined;
}

export function containersOf(podSpec: Record<string, unknown>): Array<Record<string, unknown>> {
    return [...asArray(podSpec.initContainers), ...asArray(podSpec.containers)].map(asRecord);
}

/** `name (type)` for messages. */
export const describe = (args: Pick<ResourceValidationArgs, "name" | "type">) => `${args.name} (${args.type})`;

/** The nearest ancestor (or the resource itself) of a type, through `parent`. */
export function ancestorOfType(resource: PolicyResource, type: string): PolicyResource | undefined {
    let cursor: PolicyResource | undefined = resource;
    while (cursor && cursor.type !== type) cursor = cursor.parent;
    return cursor;
}

export type StackArgs = StackValidationArgs;
