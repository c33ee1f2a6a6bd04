import { parentsFirst } from "../offline-plan/order";
import type { PlanFile, PlanResource } from "../offline-plan/plan-file";

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
/** Provider resources that are not Kubernetes objects themselves (releases, and manifests read from files). */
const NOT_OBJECTS = new Set([
    "kubernetes:helm.sh/v3:Release",
    "kubernetes:helm.sh/v4:Chart",
    "kubernetes:yaml/v2:ConfigFile",
    "kubernetes:yaml/v2:ConfigGroup",
]);

/** `core/v1` → `v1`, `apps/v1` → `apps/v1`. */
export function apiVersionOf(groupVersion: string): string {
    return groupVersion.startsWith("core/") ? groupVersion.slice("core/".length) : groupVersion;
}

/**
 * Turns resources into manifests as they arrive, in registration order (a parent always
 * registers before its children), remembering each resource's cluster for its descendants.
 */
export class ManifestCollector {
    private readonly clusters = new Map<string, string>();

    constructor(
        private readonly groupType: string,
        private readonly stack: string,
    ) {}

    /** The cluster of a resource added before (its own or its nearest ancestor's), else the stack's. */
    clusterOf(urn: string): string {
        return this.clusters.get(urn) ?? this.stack;
    }

    /** The resource's manifest, if it is a Kubernetes object. */
    add(resource: PlanResource): Manifest | undefined {
        const cluster =
            resource.type === this.groupType
                ? resource.name.replace(/^payments-/, "")
                : ((resource.parent ? this.clusters.get(resource.parent) : undefined) ?? this.stack);
        this.clusters.set(resource.urn, cluster);
        const match = KUBERNETES_TYPE.exec(resource.type);
        if (!match || NOT_OBJECTS.has(resource.type)) return undefined;
        const inputs = resource.inputs as Record<string, unknown>;
        const metadata = (inputs.metadata ?? {}) as { name?: string; namespace?: string };
        const apiVersion = apiVersionOf(match[1]);
        // A server-side-apply patch (`<Kind>Patch`) is a partial object of its kind.
        const kind = typeof inputs.kind === "string" && match[2] === `${inputs.kind}Patch` ? inputs.kind : match[2];
        const object = { ...inputs, apiVersion, kind };
        return { cluster, apiVersion, kind, name: metadata.name ?? resource.name, namespace: metadata.namespace, object, urn: resource.urn };
    }
}

/** The cluster each resource of a finished plan belongs to, by URN. */
export function clustersOf(plan: PlanFile, groupType: string): (urn: string) => string {
    const collector = new ManifestCollector(groupType, plan.stack);
    for (const resource of parentsFirst(plan.resources)) collector.add(resource);
    return (urn) => collector.clusterOf(urn);
}

/** Every Kubernetes object of a finished plan, grouped by the cluster component it sits under. */
export function manifestsOf(plan: PlanFile, groupType: string): Manifest[] {
    const collector = new ManifestCollector(groupType, plan.stack);
    // Plan files list resources by URN; the collector needs parents first.
    const manifests = parentsFirst(plan.resources)
        .map((resource) => collector.add(resource))
        .filter((manifest): manifest is Manifest => manifest !== undefined);
    // In plan order, as before: URN order.
    const order = new Map(plan.resources.map((resource, index) => [resource.urn, index]));
    return manifests.sort((a, b) => (order.get(a.urn) ?? 0) - (order.get(b.urn) ?? 0));
}

/** `<cluster>/<kind>-<namespace>-<name>.yaml`, with `_cluster` for cluster-scoped objects. */
export function manifestPath(manifest: Manifest): string {
    return `${manifest.cluster}/${manifest.kind.toLowerCase()}-${manifest.namespace ?? "_cluster"}-${manifest.name}.yaml`;
}
