import type { Manifest } from "../manifests/manifests";
import type { CapturedResource } from "../offline-plan/run-program";
import type { RenderedRelease } from "./render";

/**
 * A rendered release's objects as they land in the cluster, and as plan objects: Helm sets the
 * release's namespace on namespaced objects that name none, and marks every object it installs
 * with the release (`meta.helm.sh/release-name`/`-namespace` annotations, the
 * `app.kubernetes.io/managed-by: Helm` label), which is how a reader of `manifests/` or a policy
 * tells a chart's object from the program's.
 */

export const RELEASE_NAME_ANNOTATION = "meta.helm.sh/release-name";
export const RELEASE_NAMESPACE_ANNOTATION = "meta.helm.sh/release-namespace";

/** Built-in kinds that are not namespaced (the API server's discovery says so; Helm asks it). */
const CLUSTER_SCOPED_BUILT_INS = new Set([
    "APIService",
    "CertificateSigningRequest",
    "ClusterRole",
    "ClusterRoleBinding",
    "ComponentStatus",
    "CSIDriver",
    "CSINode",
    "CustomResourceDefinition",
    "FlowSchema",
    "IngressClass",
    "MutatingAdmissionPolicy",
    "MutatingAdmissionPolicyBinding",
    "MutatingWebhookConfiguration",
    "Namespace",
    "Node",
    "PersistentVolume",
    "PriorityClass",
    "PriorityLevelConfiguration",
    "RuntimeClass",
    "StorageClass",
    "ValidatingAdmissionPolicy",
    "ValidatingAdmissionPolicyBinding",
    "ValidatingWebhookConfiguration",
    "VolumeAttachment",
]);

/** `apiVersion kind` of every custom kind whose CRD (among `objects`) says `scope: Cluster`. */
export function clusterScopedCustomKinds(objects: Iterable<Record<string, unknown>>): Set<string> {
    const kinds = new Set<string>();
    for (const object of objects) {
        if (object.kind !== "CustomResourceDefinition") continue;
        const spec = (object.spec ?? {}) as { group?: string; scope?: string; names?: { kind?: string }; versions?: Array<{ name?: string }> };
        if (spec.scope !== "Cluster") continue;
        for (const version of spec.versions ?? []) kinds.add(`${spec.group}/${version.name} ${spec.names?.kind}`);
    }
    return kinds;
}

/** The Pulumi type token of a Kubernetes object: `kubernetes:apps/v1:Deployment`, `kubernetes:core/v1:Service`. */
export function typeToken(apiVersion: string, kind: string): string {
    return `kubernetes:${apiVersion.includes("/") ? apiVersion : `core/${apiVersion}`}:${kind}`;
}

/**
 * One rendered object, placed and marked as Helm installs it: a manifest but for its cluster,
 * and its `urn` a child of the release's, named as helm.v4.Chart names its children.
 */
export interface ReleaseObject extends Omit<Manifest, "cluster"> {
    release: RenderedRelease;
}

/** Every object of every render, with its namespace and Helm's marks; `clusterScoped` lists custom kinds without a namespace. */
export function releaseObjects(renders: readonly RenderedRelease[], clusterScoped: ReadonlySet<string>): ReleaseObject[] {
    return renders.flatMap((release) =>
        release.objects.map((rendered) => {
            const apiVersion = String(rendered.apiVersion);
            const kind = String(rendered.kind);
            const metadata = (rendered.metadata ?? {}) as {
                name?: string;
                namespace?: string;
                annotations?: Record<string, string>;
                labels?: Record<string, string>;
            };
            const namespaced = !CLUSTER_SCOPED_BUILT_INS.has(kind) && !clusterScoped.has(`${apiVersion} ${kind}`);
            const namespace = namespaced ? (metadata.namespace ?? release.namespace) : undefined;
            const name = String(metadata.name);
            const object = {
                ...rendered,
                metadata: {
                    ...metadata,
                    ...(namespace ? { namespace } : {}),
                    labels: { ...metadata.labels, "app.kubernetes.io/managed-by": "Helm" },
                    annotations: { ...metadata.annotations, [RELEASE_NAME_ANNOTATION]: release.releaseName, [RELEASE_NAMESPACE_ANNOTATION]: release.namespace },
                },
            };
            const at = release.resource.urn.lastIndexOf("::");
            const [head, tail] = [release.resource.urn.slice(0, at), release.resource.urn.slice(at + 2)];
            const urn = `${head}$${typeToken(apiVersion, kind)}::${tail}:${namespace ? `${namespace}/` : ""}${name}`;
            return { release, apiVersion, kind, name, namespace, object, urn };
        }),
    );
}

/** The objects as manifests of the release's cluster. */
export function asManifests(objects: readonly ReleaseObject[], clusterOf: (urn: string) => string): Manifest[] {
    return objects.map(({ release, ...manifest }) => ({ ...manifest, cluster: clusterOf(release.resource.urn) }));
}

/** The objects as resources the policy pack judges: children of their release, through its provider. */
export function asPolicyResources(objects: readonly ReleaseObject[]): CapturedResource[] {
    return objects.map((object) => ({
        urn: object.urn,
        type: typeToken(object.apiVersion, object.kind),
        name: object.urn.slice(object.urn.lastIndexOf("::") + 2),
        parent: object.release.resource.urn,
        provider: object.release.resource.provider ?? undefined,
        // Helm applies them when the release installs: after everything the release waits for.
        dependsOn: [object.release.resource.urn, ...object.release.resource.dependsOn],
        custom: true,
        remote: false,
        inputs: object.object,
        ignoreChanges: [],
    }));
}
