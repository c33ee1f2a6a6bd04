import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asRecord, podSpecOf, resourcesOfType } from "./util";

const RELEASE = "kubernetes:helm.sh/v3:Release";

/** What in a cluster names an Istio revision it depends on, and the revision it names. */
function revisionUsers(resource: PolicyResource): Array<{ what: string; revision: string }> {
    const metadata = asRecord(resource.props.metadata);
    if (resource.type === "kubernetes:core/v1:Namespace") {
        const revision = asRecord(metadata.labels)["istio.io/rev"];
        return typeof revision === "string" ? [{ what: `namespace ${String(metadata.name)}`, revision }] : [];
    }
    if (podSpecOf(resource.type, resource.props) && resource.parent?.type !== RELEASE) {
        const labels = asRecord(asRecord(asRecord(asRecord(resource.props.spec).template).metadata).labels);
        const revision = labels["istio.io/rev"];
        return typeof revision === "string"
            ? [{ what: `${resource.type.split(":").pop()} ${String(metadata.namespace)}/${String(metadata.name)}`, revision }]
            : [];
    }
    if (resource.type === RELEASE) {
        const values = asRecord(resource.props.values);
        if (resource.props.chart === "gateway" && typeof values.revision === "string")
            return [{ what: `gateway release ${resource.name}`, revision: values.revision }];
        if (resource.props.chart === "base" && typeof values.defaultRevision === "string")
            return [{ what: `istio-base release ${resource.name} (defaultRevision)`, revision: values.defaultRevision }];
    }
    return [];
}

/**
 * Every Istio revision a cluster's namespaces, pods, gateways or default revision name has its
 * control plane (an istiod release of that revision) in the same cluster. A sidecar whose
 * revision's istiod is gone gets no configuration and no certificate renewal, and pods of a
 * namespace labelled with it are not injected: this refuses removing a revision still in use
 * (the mesh upgrade removes one only in the `up` after the workloads moved off it).
 */
export function istioRevisionsServed(level: Level): StackValidationPolicy {
    return {
        name: "istio-revisions-served",
        description: "Every Istio revision a namespace, pod, gateway or default names has its istiod in the same cluster.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const served = new Map<string | undefined, Set<string>>();
            for (const release of resourcesOfType(args, RELEASE)) {
                const revision = asRecord(release.props.values).revision;
                if (release.props.chart !== "istiod" || typeof revision !== "string") continue;
                const revisions = served.get(release.provider?.urn) ?? new Set<string>();
                served.set(release.provider?.urn, revisions.add(revision));
            }
            for (const resource of args.resources)
                for (const { what, revision } of revisionUsers(resource)) {
                    const running = served.get(resource.provider?.urn);
                    if (!running?.has(revision))
                        report(
                            `${what} uses Istio revision ${revision}, but its cluster runs no istiod of that revision (running: ${[...(running ?? [])].join(", ") || "none"}); keep that control plane until its workloads have moved to another (components/upgrades/mesh.ts).`,
                            resource.urn,
                        );
                }
        },
    };
}
