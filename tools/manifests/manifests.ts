import type { PlanFile, PlanResource } from "../runner/plan-file";

/** A Kubernetes object as it would be applied, and where it belongs. */
export interface Manifest {
    /** The cluster (nearest ancestor of the group type), or the stack's name for flat stacks. */
    cluster: string;
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
    object: Record<string, unknown>;
    urn: string;
}

const KUBERNETES_TYPE = /^kubernetes:([^:]+):([A-Za-z]+)$/;
/** Pulumi resources of the kubernetes package that are not objects in the cluster. */
const NOT_OBJECTS = new Set(["kubernetes:helm.sh/v3:Release", "kubernetes:helm.sh/v4:Chart"]);

/** `core/v1` → `v1`, `apps/v1` → `apps/v1`. */
export function apiVersionOf(groupVersion: string): string {
    return groupVersion.startsWith("core/") ? groupVersion.slice("core/".length) : groupVersion;
}

/** Every Kubernetes object of the plan, grouped by the cluster component it sits under. */
export function manifestsOf(plan: PlanFile, groupType: string): Manifest[] {
    const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
    const clusterOf = (resource: PlanResource): string => {
        let cursor: PlanResource | undefined = resource;
        while (cursor && cursor.type !== groupType) cursor = cursor.parent ? byUrn.get(cursor.parent) : undefined;
        return cursor ? cursor.name.replace(/^payments-/, "") : plan.stack;
    };
    const manifests: Manifest[] = [];
    for (const resource of plan.resources) {
        const match = KUBERNETES_TYPE.exec(resource.type);
        if (!match || NOT_OBJECTS.has(resource.type)) continue;
        const inputs = resource.inputs as Record<string, unknown>;
        const metadata = (inputs.metadata ?? {}) as { name?: string; namespace?: string };
        const apiVersion = apiVersionOf(match[1]);
        const object = { ...inputs, apiVersion, kind: match[2] };
        manifests.push({ cluster: clusterOf(resource), apiVersion, kind: match[2], name: metadata.name ?? resource.name, namespace: metadata.namespace, object, urn: resource.urn });
    }
    return manifests;
}

/** `<cluster>/<kind>-<namespace>-<name>.yaml`, with `_cluster` for cluster-scoped objects. */
export function manifestPath(manifest: Manifest): string {
    return `${manifest.cluster}/${manifest.kind.toLowerCase()}-${manifest.namespace ?? "_cluster"}-${manifest.name}.yaml`;
}
