import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { asRecord } from "./util";

/**
 * The rules for payment workloads judge a chart's objects too (the plan renders every release
 * with Helm and hands the pack its objects, marked with the release by Helm's own annotation).
 * Where a rule is wrong for one chart object by that object's nature, it is excepted here: one
 * object, one rule, and why. Nothing else about the object is excused, and a new object of the
 * same chart is judged in full.
 */
export interface ChartException {
    rule: string;
    /** The Helm release (its `meta.helm.sh/release-name`). */
    release: string;
    kind: string;
    /** `<namespace>/<name>`. */
    object: string;
    why: string;
}

const NODE_AGENT = "a node agent: it must see the node's network, processes or files to do its job";
const LEADER_ELECTED =
    "a leader-elected controller that serves no traffic for a readiness probe to gate; upstream ships no (or only a liveness) probe and the chart takes none";

export const CHART_EXCEPTIONS: readonly ChartException[] = [
    // Istio CNI writes the CNI plugin and its config onto every node and enters pods' network namespaces.
    { rule: "k8s-no-privileged-pods", release: "istio-cni", kind: "DaemonSet", object: "kube-system/istio-cni-node", why: NODE_AGENT },
    { rule: "k8s-non-root-read-only", release: "istio-cni", kind: "DaemonSet", object: "kube-system/istio-cni-node", why: NODE_AGENT },
    {
        rule: "k8s-restricted-profile",
        release: "istio-cni",
        kind: "DaemonSet",
        object: "kube-system/istio-cni-node",
        why: "a node agent: it needs NET_ADMIN, NET_RAW, SYS_ADMIN, SYS_PTRACE and DAC_OVERRIDE to enter pods' network namespaces and write the CNI config (its seccomp profile is RuntimeDefault)",
    },
    {
        rule: "k8s-resources-and-probes",
        release: "istio-cni",
        kind: "DaemonSet",
        object: "kube-system/istio-cni-node",
        why: "upstream probes readiness only (/readyz): restarting the CNI installer mid-write would break pod networking",
    },
    // node-exporter reads the host's /proc, /sys and root read-only, on the host network.
    {
        rule: "k8s-no-privileged-pods",
        release: "kube-prometheus-stack",
        kind: "DaemonSet",
        object: "monitoring/kube-prometheus-stack-prometheus-node-exporter",
        why: NODE_AGENT,
    },
    // The Tigera operator runs on the host network: it installs the pod network itself.
    {
        rule: "k8s-no-privileged-pods",
        release: "tigera-operator",
        kind: "Deployment",
        object: "tigera-operator/tigera-operator",
        why: "it installs Calico, so it runs before there is a pod network (hostNetwork) and keeps Calico's state on the host",
    },
    {
        rule: "k8s-non-root-read-only",
        release: "tigera-operator",
        kind: "Deployment",
        object: "tigera-operator/tigera-operator",
        why: "upstream runs it as root with a writable root; the chart takes no security context",
    },
    { rule: "k8s-resources-and-probes", release: "tigera-operator", kind: "Deployment", object: "tigera-operator/tigera-operator", why: LEADER_ELECTED },
    {
        rule: "k8s-restricted-profile",
        release: "tigera-operator",
        kind: "Deployment",
        object: "tigera-operator/tigera-operator",
        why: "upstream sets no capabilities or seccomp profile and the chart takes no security context",
    },
    // The chart's pre-delete hook removes Calico's resources when the release is deleted, possibly with the pod network gone.
    {
        rule: "k8s-no-privileged-pods",
        release: "tigera-operator",
        kind: "Job",
        object: "tigera-operator/tigera-operator-uninstall",
        why: "a pre-delete hook that must run with the pod network already gone (hostNetwork)",
    },
    {
        rule: "k8s-non-root-read-only",
        release: "tigera-operator",
        kind: "Job",
        object: "tigera-operator/tigera-operator-uninstall",
        why: "a pre-delete hook; the chart takes no security context for it",
    },
    {
        rule: "k8s-restricted-profile",
        release: "tigera-operator",
        kind: "Job",
        object: "tigera-operator/tigera-operator-uninstall",
        why: "a pre-delete hook; the chart takes no security context for it",
    },
    {
        rule: "k8s-resources-and-probes",
        release: "tigera-operator",
        kind: "Job",
        object: "tigera-operator/tigera-operator-uninstall",
        why: "a pre-delete hook; the chart takes no resources for it",
    },
    // Controllers.
    { rule: "k8s-resources-and-probes", release: "cert-manager", kind: "Deployment", object: "cert-manager/cert-manager", why: LEADER_ELECTED },
    { rule: "k8s-resources-and-probes", release: "cert-manager", kind: "Deployment", object: "cert-manager/cert-manager-cainjector", why: LEADER_ELECTED },
    { rule: "k8s-resources-and-probes", release: "external-secrets", kind: "Deployment", object: "external-secrets/external-secrets", why: LEADER_ELECTED },
    {
        rule: "k8s-resources-and-probes",
        release: "external-secrets",
        kind: "Deployment",
        object: "external-secrets/external-secrets-cert-controller",
        why: LEADER_ELECTED,
    },
    {
        rule: "k8s-resources-and-probes",
        release: "cluster-autoscaler",
        kind: "Deployment",
        object: "kube-system/cluster-autoscaler-aws-cluster-autoscaler",
        why: LEADER_ELECTED,
    },
    {
        rule: "k8s-resources-and-probes",
        release: "external-secrets",
        kind: "Deployment",
        object: "external-secrets/external-secrets-webhook",
        why: "upstream probes readiness only; a hung webhook is bounded by the API server's webhook timeout",
    },
    {
        rule: "k8s-resources-and-probes",
        release: "istiod-1-28",
        kind: "Deployment",
        object: "istio-system/istiod-1-28",
        why: "upstream probes readiness only, so a slow configuration push never restarts the control plane",
    },
    // Istio's gateway chart leaves the proxy to sidecar injection: image "auto" and the probes are filled in at admission.
    ...(["istio-ingress/istio-ingressgateway", "istio-egress/istio-egressgateway"] as const).flatMap((object) =>
        ["k8s-pinned-images", "k8s-resources-and-probes"].map((rule) => ({
            rule,
            release: object.endsWith("ingressgateway") ? "istio-ingressgateway" : "istio-egressgateway",
            kind: "Deployment",
            object,
            why: "image \"auto\" and the proxy's probes are set by istiod's injection at admission, from the pinned istiod",
        })),
    ),
];

/** The exception for this rule and object, if one is declared. */
export function chartException(
    rule: string,
    args: Pick<ResourceValidationArgs, "type" | "props">,
    exceptions: readonly ChartException[] = CHART_EXCEPTIONS,
): ChartException | undefined {
    const metadata = asRecord(args.props.metadata);
    const release = asRecord(metadata.annotations)["meta.helm.sh/release-name"];
    if (typeof release !== "string") return undefined;
    const kind = args.type.slice(args.type.lastIndexOf(":") + 1);
    const object = `${String(metadata.namespace)}/${String(metadata.name)}`;
    return exceptions.find((exception) => exception.rule === rule && exception.release === release && exception.kind === kind && exception.object === object);
}

/** The policy, excusing only the chart objects declared above for it. */
export function withChartExceptions(policy: ResourceValidationPolicy, exceptions: readonly ChartException[] = CHART_EXCEPTIONS): ResourceValidationPolicy {
    const validate = policy.validateResource;
    if (typeof validate !== "function") return policy;
    return {
        ...policy,
        validateResource: (args, report) => {
            if (chartException(policy.name, args, exceptions)) return;
            return validate(args, report);
        },
    };
}
