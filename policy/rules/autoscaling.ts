import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { Level, StackArgs } from "./util";
import { ancestorOfType, asArray, asRecord, CLUSTER_COMPONENT, resourcesOfType } from "./util";
import { PAYMENTS_NAMESPACE_PREFIX } from "../../components/names";
import { MIN_TRACK_REPLICAS } from "../../components/workloads/quota";

const HELM_RELEASE = "kubernetes:helm.sh/v3:Release";

/** What serves each HPA metric source type inside one cluster. */
interface MetricServers {
    /** metrics.k8s.io (Resource, ContainerResource): metrics-server, as an EKS add-on or a chart. */
    resource: boolean;
    /** custom.metrics.k8s.io (Pods, Object): the metric names an adapter serves (`*` for any). */
    custom: Set<string>;
    /** external.metrics.k8s.io (External): KEDA. */
    external: boolean;
}

function serversIn(args: StackArgs, cluster: PolicyResource | undefined): MetricServers {
    const inCluster = (r: PolicyResource) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn === cluster?.urn;
    const addons = resourcesOfType(args, "aws:eks/addon:Addon").filter(inCluster);
    const releases = resourcesOfType(args, HELM_RELEASE).filter(inCluster);
    const chart = (name: string) => releases.filter((r) => r.props.chart === name);
    const custom = new Set<string>();
    for (const adapter of chart("prometheus-adapter")) {
        const rules = asRecord(asRecord(adapter.props.values).rules);
        // The adapter's default rules serve every series it finds under its own names.
        if (rules.default !== false) custom.add("*");
        for (const rule of asArray(rules.custom)) {
            const as = asRecord(asRecord(rule).name).as;
            if (typeof as === "string") custom.add(as);
        }
    }
    if (chart("keda").length > 0) custom.add("*");
    return {
        resource: addons.some((a) => a.props.addonName === "metrics-server") || chart("metrics-server").length > 0,
        custom,
        external: chart("keda").length > 0,
    };
}

/**
 * An HPA scales on nothing if no installed component serves its metric: EKS runs no
 * metrics-server, and a Pods or Object metric needs an adapter that names it. The HPA then
 * reports `FailedGetResourceMetric` and never scales, while `pulumi up` reports success.
 */
export function hpaMetricsServed(level: Level): StackValidationPolicy {
    return {
        name: "hpa-metrics-served",
        description:
            "Every HorizontalPodAutoscaler's metrics are served in its cluster (metrics-server for resource metrics, an adapter naming each custom metric).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const cache = new Map<string, MetricServers>();
            for (const hpa of resourcesOfType(args, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler")) {
                const cluster = ancestorOfType(hpa, CLUSTER_COMPONENT);
                const key = cluster?.urn ?? "";
                const servers = cache.get(key) ?? serversIn(args, cluster);
                cache.set(key, servers);
                for (const metric of asArray(asRecord(hpa.props.spec).metrics).map(asRecord)) {
                    const type = String(metric.type);
                    if ((type === "Resource" || type === "ContainerResource") && !servers.resource)
                        report(`${hpa.name} scales on a resource metric, but nothing in its cluster serves metrics.k8s.io; install metrics-server.`, hpa.urn);
                    if (type === "Pods" || type === "Object") {
                        const name = String(asRecord(asRecord(metric[type.toLowerCase()]).metric).name);
                        if (!servers.custom.has("*") && !servers.custom.has(name))
                            report(
                                `${hpa.name} scales on the ${type} metric ${name}, which no metrics adapter in its cluster serves; add an adapter rule that names it.`,
                                hpa.urn,
                            );
                    }
                    if (type === "External" && !servers.external)
                        report(`${hpa.name} scales on an External metric, but nothing in its cluster serves external.metrics.k8s.io; install KEDA.`, hpa.urn);
                }
            }
        },
    };
}

/**
 * A node group that leaves its desired size to an autoscaler (or spans min < max) needs a node
 * autoscaler in its cluster; without one it never grows, and failover capacity is fiction.
 */
export function nodeAutoscalerInstalled(level: Level): StackValidationPolicy {
    return {
        name: "node-autoscaler-installed",
        description: "A node group sized between min and max, or whose desired size Pulumi ignores, has a node autoscaler in its cluster.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const autoscaled = new Set(
                resourcesOfType(args, HELM_RELEASE)
                    .filter((r) => r.props.chart === "cluster-autoscaler" || r.props.chart === "karpenter")
                    .map((r) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn ?? ""),
            );
            for (const group of resourcesOfType(args, "aws:eks/nodeGroup:NodeGroup")) {
                const scaling = asRecord(group.props.scalingConfig);
                const elastic = Number(scaling.minSize) < Number(scaling.maxSize);
                if (elastic && !autoscaled.has(ancestorOfType(group, CLUSTER_COMPONENT)?.urn ?? ""))
                    report(
                        `${group.name} may grow from ${String(scaling.minSize)} to ${String(scaling.maxSize)} nodes, but no node autoscaler runs in its cluster, so it never will; install the cluster-autoscaler add-on.`,
                        group.urn,
                    );
            }
        },
    };
}

/** The cluster autoscaler's flag that lets it drain a node whose pods use local storage (an emptyDir). */
export const LOCAL_STORAGE_FLAG = "--skip-nodes-with-local-storage=false";
const SAFE_TO_EVICT = "cluster-autoscaler.kubernetes.io/safe-to-evict";
const SAFE_TO_EVICT_LOCAL = "cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes";

/**
 * The cluster autoscaler leaves a node alone while any pod on it has an emptyDir, unless it is
 * told otherwise (`--skip-nodes-with-local-storage` defaults to true: cluster-autoscaler's
 * config/flags): every payment pod has one (and Istio's sidecar adds more at admission), so after
 * a failover or a spike the nodes would stay at their peak. Either the autoscaler runs with
 * `--skip-nodes-with-local-storage=false`, or each such pod says its local volumes may go.
 */
export function autoscaledPodsEvictable(level: Level): StackValidationPolicy {
    return {
        name: "autoscaled-pods-evictable",
        description: "The cluster autoscaler may drain nodes whose pods use emptyDir volumes (its flag, or each pod's safe-to-evict annotation).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const workloads = ["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet"].flatMap((type) => resourcesOfType(args, type));
            const containersOf = (workload: PolicyResource) =>
                asArray(asRecord(asRecord(asRecord(workload.props.spec).template).spec).containers).map(asRecord);
            const autoscalers = workloads.filter((workload) =>
                containersOf(workload).some((container) => asArray(container.command).some((arg) => String(arg).endsWith("cluster-autoscaler"))),
            );
            for (const autoscaler of autoscalers) {
                const flags = containersOf(autoscaler).flatMap((container) => [...asArray(container.command), ...asArray(container.args)].map(String));
                if (flags.includes(LOCAL_STORAGE_FLAG)) continue;
                for (const workload of workloads.filter((candidate) => candidate.provider?.urn === autoscaler.provider?.urn)) {
                    const template = asRecord(asRecord(workload.props.spec).template);
                    const annotations = asRecord(asRecord(template.metadata).annotations);
                    const local = asArray(asRecord(template.spec).volumes)
                        .map(asRecord)
                        .filter((volume) => volume.emptyDir !== undefined)
                        .map((volume) => String(volume.name));
                    const excused =
                        annotations[SAFE_TO_EVICT] === "true" ||
                        local.every((name) =>
                            String(annotations[SAFE_TO_EVICT_LOCAL] ?? "")
                                .split(",")
                                .includes(name),
                        );
                    if (local.length > 0 && !excused)
                        report(
                            `${String(asRecord(workload.props.metadata).namespace)}/${String(asRecord(workload.props.metadata).name)} has emptyDir volume(s) ${local.join(", ")}, and the cluster autoscaler runs without ${LOCAL_STORAGE_FLAG}: it never drains a node this pod is on; pass the flag (extraArgs) or annotate the pod ${SAFE_TO_EVICT_LOCAL}.`,
                            workload.urn,
                        );
                }
            }
        },
    };
}

/**
 * Every track of a payment service that takes traffic (stable and canary) keeps at least two
 * pods: with one, a restart or a node drain turns its whole share of payments into errors
 * (a 5% canary of one pod fails 5% of payments each time).
 */
export function paymentTracksSurviveAPod(level: Level): StackValidationPolicy {
    return {
        name: "payment-tracks-survive-a-pod",
        description: "Every payment Deployment's autoscaler keeps at least two pods (stable and canary tracks alike).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const hpa of resourcesOfType(args, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler")) {
                const metadata = asRecord(hpa.props.metadata);
                if (!String(metadata.namespace ?? "").startsWith(PAYMENTS_NAMESPACE_PREFIX)) continue;
                const min = Number(asRecord(hpa.props.spec).minReplicas ?? 1);
                if (min < MIN_TRACK_REPLICAS)
                    report(
                        `${String(metadata.namespace)}/${String(metadata.name)} may scale to ${min} pod: a restart or a drained node fails its whole share of payments; set minReplicas to at least ${MIN_TRACK_REPLICAS}.`,
                        hpa.urn,
                    );
            }
        },
    };
}
