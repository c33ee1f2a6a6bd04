import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { isBuiltInApiGroup } from "../../components/addons";
import type { Level } from "./util";
import { asArray, asRecord, containersOf, describe, podSpecOf, resourcesOfType, waitsFor } from "./util";

export function noPrivilegedPods(level: Level): ResourceValidationPolicy {
    return {
        name: "k8s-no-privileged-pods",
        description: "No privileged containers, hostPath volumes, hostNetwork or hostPID.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const pod = podSpecOf(args.type, args.props);
            if (!pod) return;
            if (pod.hostNetwork === true) report(`${describe(args)} uses hostNetwork; remove it.`);
            if (pod.hostPID === true) report(`${describe(args)} uses hostPID; remove it.`);
            for (const volume of asArray(pod.volumes).map(asRecord))
                if (volume.hostPath) report(`${describe(args)} mounts hostPath volume ${String(volume.name)}; use an emptyDir or a PVC.`);
            for (const container of containersOf(pod)) {
                const security = asRecord(container.securityContext);
                if (security.privileged === true) report(`${describe(args)} runs container ${String(container.name)} privileged; remove privileged: true.`);
                if (security.allowPrivilegeEscalation !== false)
                    report(`${describe(args)} lets container ${String(container.name)} escalate privileges; set allowPrivilegeEscalation: false.`);
            }
        },
    };
}

export function nonRootReadOnly(level: Level): ResourceValidationPolicy {
    return {
        name: "k8s-non-root-read-only",
        description: "Containers run as non-root with a read-only root filesystem.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const pod = podSpecOf(args.type, args.props);
            if (!pod) return;
            const podNonRoot = asRecord(pod.securityContext).runAsNonRoot === true;
            for (const container of containersOf(pod)) {
                const security = asRecord(container.securityContext);
                if (!podNonRoot && security.runAsNonRoot !== true)
                    report(`${describe(args)} may run container ${String(container.name)} as root; set runAsNonRoot: true.`);
                if (security.readOnlyRootFilesystem !== true)
                    report(
                        `${describe(args)} lets container ${String(container.name)} write its root filesystem; set readOnlyRootFilesystem: true and mount an emptyDir for scratch.`,
                    );
            }
        },
    };
}

/** The capabilities Pod Security "restricted" lets a container add back after dropping ALL. */
const RESTRICTED_ADDABLE = ["NET_BIND_SERVICE"];

/**
 * The rest of Pod Security "restricted": every container drops ALL capabilities (adding back at
 * most NET_BIND_SERVICE) and runs under a RuntimeDefault or Localhost seccomp profile (its own, or
 * the pod's). The payment namespaces enforce it at admission; this holds the platform's own pods,
 * charts' included, to the same standard at plan time.
 */
export function restrictedProfile(level: Level): ResourceValidationPolicy {
    return {
        name: "k8s-restricted-profile",
        description: "Containers drop ALL capabilities and run under a RuntimeDefault (or Localhost) seccomp profile.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const pod = podSpecOf(args.type, args.props);
            if (!pod) return;
            const confined = (profile: unknown) => ["RuntimeDefault", "Localhost"].includes(String(asRecord(profile).type));
            const podConfined = confined(asRecord(pod.securityContext).seccompProfile);
            for (const container of containersOf(pod)) {
                const security = asRecord(container.securityContext);
                const capabilities = asRecord(security.capabilities);
                if (!asArray(capabilities.drop).includes("ALL"))
                    report(`${describe(args)}: container ${String(container.name)} keeps Linux capabilities; set securityContext.capabilities.drop: [ALL].`);
                const added = asArray(capabilities.add).filter((capability) => !RESTRICTED_ADDABLE.includes(String(capability)));
                if (added.length > 0)
                    report(
                        `${describe(args)}: container ${String(container.name)} adds capabilities ${added.join(", ")}; restricted allows only NET_BIND_SERVICE.`,
                    );
                if (!podConfined && !confined(security.seccompProfile))
                    report(
                        `${describe(args)}: container ${String(container.name)} runs without a seccomp profile; set seccompProfile.type: RuntimeDefault (pod or container).`,
                    );
            }
        },
    };
}

export function resourcesAndProbes(level: Level): ResourceValidationPolicy {
    return {
        name: "k8s-resources-and-probes",
        description: "Containers set CPU and memory requests and a memory limit; long-running ones have liveness and readiness probes.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const pod = podSpecOf(args.type, args.props);
            if (!pod) return;
            const longRunning = args.type !== "kubernetes:batch/v1:Job";
            for (const container of asArray(pod.containers).map(asRecord)) {
                const resources = asRecord(container.resources);
                const requests = asRecord(resources.requests);
                if (!requests.cpu || !requests.memory)
                    report(`${describe(args)}: container ${String(container.name)} has no CPU or memory request; set resources.requests.`);
                if (!asRecord(resources.limits).memory)
                    report(`${describe(args)}: container ${String(container.name)} has no memory limit; set resources.limits.memory.`);
                if (longRunning && (!container.livenessProbe || !container.readinessProbe)) {
                    report(`${describe(args)}: container ${String(container.name)} lacks a liveness or readiness probe; add both.`);
                }
            }
        },
    };
}

/** `latest`, or no tag and no digest. */
export function isFloatingImage(image: string): boolean {
    if (/@sha256:[0-9a-f]{64}$/.test(image)) return false;
    const lastSegment = image.slice(image.lastIndexOf("/") + 1);
    const tag = lastSegment.includes(":") ? lastSegment.slice(lastSegment.indexOf(":") + 1) : undefined;
    return tag === undefined || tag === "latest";
}

export function pinnedImages(level: Level): ResourceValidationPolicy {
    return {
        name: "k8s-pinned-images",
        description: "Images are pinned by version tag or digest, never latest or untagged.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const pod = podSpecOf(args.type, args.props);
            if (!pod) return;
            for (const container of containersOf(pod)) {
                const image = String(container.image ?? "");
                if (isFloatingImage(image))
                    report(`${describe(args)}: container ${String(container.name)} uses floating image "${image}"; pin a version tag or a digest.`);
            }
        },
    };
}

export function helmReleasesPinned(level: Level): ResourceValidationPolicy {
    return {
        name: "helm-releases-pinned",
        description: "Every Helm release names an exact chart version and a repository.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "kubernetes:helm.sh/v3:Release") return;
            const version = String(args.props.version ?? "");
            if (!/^v?\d+\.\d+\.\d+([-+][\w.-]+)?$/.test(version))
                report(
                    `${describe(args)} does not pin its chart version ("${version}"); set an exact version in the chart pin of its add-on (components/addons/<add-on>.ts).`,
                );
            if (!asRecord(args.props.repositoryOpts).repo) report(`${describe(args)} names no chart repository; set repositoryOpts.repo.`);
        },
    };
}

export function meshMtlsStrict(level: Level): ResourceValidationPolicy {
    return {
        name: "mesh-mtls-strict",
        description: "PeerAuthentication never relaxes mutual TLS below STRICT.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "kubernetes:security.istio.io/v1:PeerAuthentication") return;
            const mode = asRecord(asRecord(args.props.spec).mtls).mode;
            if (mode !== "STRICT") report(`${describe(args)} sets mTLS mode ${String(mode)}; use STRICT.`);
        },
    };
}

/** Every payments namespace is PSA restricted and denies by default; every mesh has a STRICT default. */
export function paymentsNamespacesLockedDown(level: Level): StackValidationPolicy {
    return {
        name: "payments-namespaces-locked-down",
        description:
            "Every payments-* namespace enforces PSA restricted and has a default-deny NetworkPolicy; every istiod has a mesh-wide STRICT PeerAuthentication.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const namespaces = resourcesOfType(args, "kubernetes:core/v1:Namespace").filter((r) =>
                String(asRecord(r.props.metadata).name).startsWith("payments-"),
            );
            for (const namespace of namespaces) {
                const name = String(asRecord(namespace.props.metadata).name);
                const labels = asRecord(asRecord(namespace.props.metadata).labels);
                if (labels["pod-security.kubernetes.io/enforce"] !== "restricted")
                    report(
                        `namespace ${name} does not enforce Pod Security "restricted"; label it pod-security.kubernetes.io/enforce=restricted.`,
                        namespace.urn,
                    );
                const denies = resourcesOfType(args, "kubernetes:networking.k8s.io/v1:NetworkPolicy").some(
                    (r) =>
                        r.provider?.urn === namespace.provider?.urn &&
                        asRecord(r.props.metadata).namespace === name &&
                        Object.keys(asRecord(asRecord(r.props.spec).podSelector)).length === 0 &&
                        ["Ingress", "Egress"].every((t) => asArray(asRecord(r.props.spec).policyTypes).includes(t)) &&
                        asArray(asRecord(r.props.spec).ingress).length === 0 &&
                        asArray(asRecord(r.props.spec).egress).length === 0,
                );
                if (!denies)
                    report(`namespace ${name} has no default-deny NetworkPolicy (podSelector {}, both policy types, no rules); add one.`, namespace.urn);
            }
            const istiods = resourcesOfType(args, "kubernetes:helm.sh/v3:Release").filter((r) => r.props.chart === "istiod");
            for (const istiod of istiods) {
                const strict = resourcesOfType(args, "kubernetes:security.istio.io/v1:PeerAuthentication").some(
                    (r) =>
                        r.provider?.urn === istiod.provider?.urn &&
                        asRecord(r.props.metadata).namespace === "istio-system" &&
                        asRecord(asRecord(r.props.spec).mtls).mode === "STRICT",
                );
                if (!strict) report(`the mesh of ${istiod.name} has no mesh-wide STRICT PeerAuthentication in istio-system; add one.`, istiod.urn);
            }
        },
    };
}

/**
 * The API server refuses a custom resource until its CRD exists, and a Helm release installs
 * the CRD: every custom resource must wait for a release, on the same cluster, of a chart that
 * brings its kind. `crdCharts` maps `"<apiVersion> <Kind>"` to those charts (from the add-ons'
 * declarations); a kind no add-on declares is refused too. A cluster this stack installs no
 * chart into (the DR drill's: the platform stack it reads installed them) is not checked here:
 * its stack reference already orders the two stacks.
 */
export function customResourcesAfterTheirCrds(level: Level, crdCharts: ReadonlyMap<string, readonly string[]>): StackValidationPolicy {
    return {
        name: "custom-resources-after-their-crds",
        description: "Every custom resource waits for the Helm release, on its own cluster, of the chart that installs its CRD.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const installsCharts = new Set(resourcesOfType(args, "kubernetes:helm.sh/v3:Release").map((release) => release.provider?.urn));
            for (const resource of args.resources) {
                const match = /^kubernetes:([^:]+\/[^:]+):([A-Za-z]+)$/.exec(resource.type);
                if (!match || isBuiltInApiGroup(match[1]) || match[1] === "helm.sh/v3" || match[1] === "helm.sh/v4") continue;
                // A server-side-apply patch of a kind (`<Kind>Patch`) needs the kind's CRD too.
                const kind = `${match[1]} ${match[2]}`;
                const charts =
                    crdCharts.get(kind) ?? (match[2].endsWith("Patch") ? crdCharts.get(`${match[1]} ${match[2].slice(0, -"Patch".length)}`) : undefined);
                if (!charts) {
                    report(
                        `${resource.name} is a ${kind}, which no add-on declares its charts bring; declare it in the add-on that installs its CRD.`,
                        resource.urn,
                    );
                    continue;
                }
                if (!installsCharts.has(resource.provider?.urn)) continue;
                const installed = waitsFor(resource).some(
                    (dependency) =>
                        dependency.type === "kubernetes:helm.sh/v3:Release" &&
                        charts.includes(String(dependency.props.chart)) &&
                        dependency.provider?.urn === resource.provider?.urn,
                );
                if (!installed)
                    report(
                        `${resource.name} (${kind}) does not wait for the ${charts.join(" or ")} release on its cluster, which installs its CRD; the API server refuses it until then: add that release to its dependsOn.`,
                        resource.urn,
                    );
            }
        },
    };
}

/**
 * The API server calls an aggregated API (custom metrics, Calico's) over TLS and must verify it:
 * an APIService with `insecureSkipTLSVerify`, or with neither a `caBundle` nor cert-manager's
 * CA injection, trusts whoever answers for its Service, which then feeds every HPA (or every
 * client of that API) what it likes. Charts' rendered APIServices are judged too.
 */
export function apiServicesVerified(level: Level): ResourceValidationPolicy {
    return {
        name: "api-services-verified",
        description: "Aggregated APIs are verified against a CA: no insecureSkipTLSVerify, a caBundle or cert-manager's CA injection.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (!/^kubernetes:apiregistration\.k8s\.io\/[^:]+:APIService$/.test(args.type)) return;
            const spec = asRecord(args.props.spec);
            if (spec.service === undefined || spec.service === null) return; // a local API group, served by the API server itself
            const annotations = asRecord(asRecord(args.props.metadata).annotations);
            if (spec.insecureSkipTLSVerify === true)
                report(
                    `${describe(args)} skips TLS verification of its service; give it a caBundle, or cert-manager's cert-manager.io/inject-ca-from annotation.`,
                );
            else if (!spec.caBundle && !annotations["cert-manager.io/inject-ca-from"])
                report(
                    `${describe(args)} has no CA to verify its service with; give it a caBundle, or cert-manager's cert-manager.io/inject-ca-from annotation.`,
                );
        },
    };
}

/**
 * No binding to `cluster-admin`, the program's or a chart's (rendered objects included): a chart
 * that binds its controller there (Velero's default) gives whoever takes the controller every
 * Secret and every workload of the cluster. Bind a ClusterRole of what it needs.
 */
export function noClusterAdminBindings(level: Level): ResourceValidationPolicy {
    return {
        name: "no-cluster-admin-bindings",
        description: "No RoleBinding or ClusterRoleBinding grants cluster-admin.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (!/^kubernetes:rbac\.authorization\.k8s\.io\/v1:(Cluster)?RoleBinding$/.test(args.type)) return;
            const roleRef = asRecord(args.props.roleRef);
            if (roleRef.kind === "ClusterRole" && roleRef.name === "cluster-admin")
                report(
                    `${describe(args)} binds ${asArray(args.props.subjects)
                        .map((subject) => `${String(asRecord(subject).kind)} ${String(asRecord(subject).namespace ?? "")}/${String(asRecord(subject).name)}`)
                        .join(", ")} to cluster-admin; bind a ClusterRole of what it needs (a chart's value, e.g. Velero's rbac.clusterAdministratorName).`,
                );
        },
    };
}

/**
 * API versions Kubernetes removed at or before 1.32, the oldest minor the platform runs
 * (kubernetes.io "Deprecated API Migration Guide"), by `group/version` or `group/version Kind`.
 * An object in one is refused by the API server; a chart renders one when it is asked about a
 * cluster that does not exist (the offline render once produced a v1beta1 APIService).
 */
export const REMOVED_APIS: readonly string[] = [
    "extensions/v1beta1",
    "apps/v1beta1",
    "apps/v1beta2",
    "apiregistration.k8s.io/v1beta1",
    "apiextensions.k8s.io/v1beta1",
    "admissionregistration.k8s.io/v1beta1",
    "rbac.authorization.k8s.io/v1beta1",
    "scheduling.k8s.io/v1beta1",
    "certificates.k8s.io/v1beta1",
    "coordination.k8s.io/v1beta1",
    "networking.k8s.io/v1beta1 Ingress",
    "networking.k8s.io/v1beta1 IngressClass",
    "batch/v1beta1",
    "policy/v1beta1",
    "autoscaling/v2beta1",
    "autoscaling/v2beta2",
    "discovery.k8s.io/v1beta1",
    "events.k8s.io/v1beta1",
    "node.k8s.io/v1beta1",
    "storage.k8s.io/v1beta1 CSIStorageCapacity",
    "flowcontrol.apiserver.k8s.io/v1beta1",
    "flowcontrol.apiserver.k8s.io/v1beta2",
    "flowcontrol.apiserver.k8s.io/v1beta3",
];

/** Every object, the program's or a chart's, in an API version the clusters still serve. */
export function apisServed(level: Level): ResourceValidationPolicy {
    return {
        name: "apis-served",
        description: "No Kubernetes object in an API version removed by the oldest minor the platform runs.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const match = /^kubernetes:([^:]+\/[^:]+):([A-Za-z]+)$/.exec(args.type);
            if (!match) return;
            const [, apiVersion, kind] = match;
            if (REMOVED_APIS.includes(apiVersion) || REMOVED_APIS.includes(`${apiVersion} ${kind}`))
                report(
                    `${describe(args)} uses ${apiVersion}, which Kubernetes no longer serves; use its GA version (a chart renders the old one when it cannot see the cluster's APIs).`,
                );
        },
    };
}
