import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { Resources } from "../../components/cluster/capacity";
import { poolNode } from "../../components/cluster/capacity";
import { cpuMilli, memoryMi } from "../../components/workloads/quota";
import { PAYMENTS_NAMESPACE_PREFIX, PCI_SCOPE_LABEL } from "../../components/names";
import type { Level, StackArgs } from "./util";
import { ancestorOfType, asArray, asRecord, CLUSTER_COMPONENT, isRecord, podSpecOf, resourcesOfType } from "./util";

interface Pool {
    group: PolicyResource;
    labels: Record<string, unknown>;
    tainted: boolean;
    minNodes: number;
    node?: Resources;
    unknown: string[];
}

/** A pod as placed: what it requests, where it may go, how many of it run at least. */
interface PlacedPod {
    owner: PolicyResource;
    what: string;
    requests: Resources;
    nodeSelector?: Record<string, unknown>;
    tolerates: boolean;
    minReplicas: number;
}

const quantityCpu = (value: unknown) => (typeof value === "string" || typeof value === "number" ? cpuMilli(String(value)) : 0);
const quantityMemory = (value: unknown) => {
    if (typeof value !== "string") return 0;
    if (/^\d+$/.test(value)) return Number(value) / 2 ** 20;
    return /^\d+(Ki|Mi|Gi)$/.test(value) ? memoryMi(value) : 0;
};

function requestsOf(resources: unknown): Resources {
    const requests = asRecord(asRecord(resources).requests);
    return { cpuMilli: quantityCpu(requests.cpu), memoryMi: quantityMemory(requests.memory) };
}

/**
 * The pods a release's values place: every object with `resources.requests` and a sibling
 * `nodeSelector` (the way the add-ons place their components).
 */
function podsInValues(release: PolicyResource, value: unknown, path: string[], found: PlacedPod[]): void {
    if (!isRecord(value)) return;
    if (isRecord(value.resources) && isRecord(asRecord(value.resources).requests) && isRecord(value.nodeSelector)) {
        // Its count: `replicas`/`replicaCount`, or the floor of its autoscaler.
        const replicas = [value.replicas, value.replicaCount, asRecord(value.autoscaling).minReplicas].find((count) => typeof count === "number");
        found.push({
            owner: release,
            what: `${release.name} (${path.join(".") || "values"})`,
            requests: requestsOf(value.resources),
            nodeSelector: value.nodeSelector,
            tolerates: asArray(value.tolerations).length > 0,
            minReplicas: typeof replicas === "number" ? replicas : 1,
        });
    }
    for (const [key, child] of Object.entries(value)) podsInValues(release, child, [...path, key], found);
}

/** A Deployment's pods: containers' requests plus the Istio sidecar its annotations size; min replicas from its HPA. */
function podsOfDeployment(args: StackArgs, deployment: PolicyResource): PlacedPod {
    const template = asRecord(asRecord(deployment.props.spec).template);
    const spec = podSpecOf(deployment.type, deployment.props) ?? {};
    const annotations = asRecord(asRecord(template.metadata).annotations);
    const requests = asArray(spec.containers)
        .map((container) => requestsOf(asRecord(container).resources))
        .reduce((sum, r) => ({ cpuMilli: sum.cpuMilli + r.cpuMilli, memoryMi: sum.memoryMi + r.memoryMi }), {
            cpuMilli: quantityCpu(annotations["sidecar.istio.io/proxyCPU"] ?? 0),
            memoryMi: quantityMemory(annotations["sidecar.istio.io/proxyMemory"]),
        });
    const metadata = asRecord(deployment.props.metadata);
    const hpa = resourcesOfType(args, "kubernetes:autoscaling/v2:HorizontalPodAutoscaler").find(
        (candidate) =>
            asRecord(candidate.props.metadata).namespace === metadata.namespace &&
            asRecord(asRecord(candidate.props.spec).scaleTargetRef).name === metadata.name,
    );
    const replicas = asRecord(hpa?.props.spec).minReplicas ?? asRecord(deployment.props.spec).replicas ?? 1;
    return {
        owner: deployment,
        what: `${deployment.name} (Deployment ${String(metadata.namespace)}/${String(metadata.name)})`,
        requests,
        nodeSelector: isRecord(spec.nodeSelector) ? spec.nodeSelector : undefined,
        tolerates: asArray(spec.tolerations).length > 0,
        minReplicas: Number(replicas),
    };
}

/** A label the kubelet sets on every node; EKS managed node groups here run Linux (AL2023). */
const WELL_KNOWN_OS_LABEL = "kubernetes.io/os";

/** The labels a node group's nodes carry: the group's own, and the kubelet's OS label (charts select kubernetes.io/os: linux). */
function nodeLabelsOf(group: PolicyResource): Record<string, unknown> {
    return { [WELL_KNOWN_OS_LABEL]: "linux", ...asRecord(group.props.labels) };
}

const fits = (pod: PlacedPod, pool: Pool) =>
    Object.entries(pod.nodeSelector ?? {}).every(([key, value]) => pool.labels[key] === value) && (!pool.tainted || pod.tolerates);
const show = (r: Resources) => `${r.cpuMilli}m CPU and ${Math.round(r.memoryMi)}Mi`;

/**
 * Every pod fits a node of a pool it may land on (the smallest instance type of the pool, after
 * the kubelet's reservations and the per-node agents), and each pool's minimum size holds the
 * minimum replicas of what it must run. Helm reports success while the operator's StatefulSet
 * (Prometheus) or a Deployment stays Pending for ever, so the plan must refuse it.
 */
export function podsFitNodes(level: Level): StackValidationPolicy {
    return {
        name: "pods-fit-nodes",
        description: "Every pod's requests fit a node of its pool, and every pool's minimum size holds the minimum replicas placed on it.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const cluster of resourcesOfType(args, CLUSTER_COMPONENT)) {
                const inCluster = (r: PolicyResource) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn === cluster.urn;
                const pools: Pool[] = resourcesOfType(args, "aws:eks/nodeGroup:NodeGroup")
                    .filter(inCluster)
                    .map((group) => ({
                        group,
                        labels: nodeLabelsOf(group),
                        tainted: asArray(group.props.taints).some((taint) => ["NO_SCHEDULE", "NO_EXECUTE"].includes(String(asRecord(taint).effect))),
                        minNodes: Number(asRecord(group.props.scalingConfig).minSize),
                        ...poolNode(asArray(group.props.instanceTypes).map(String)),
                    }));
                for (const pool of pools.filter((p) => p.unknown.length > 0))
                    report(
                        `${pool.group.name} uses instance type(s) ${pool.unknown.join(", ")} that the capacity table does not know; add them to INSTANCE_TYPES (components/cluster/capacity.ts) so its pods can be sized.`,
                        pool.group.urn,
                    );
                const pods: PlacedPod[] = [];
                for (const release of resourcesOfType(args, "kubernetes:helm.sh/v3:Release").filter(inCluster))
                    podsInValues(release, release.props.values, [], pods);
                // A chart's own Deployments (its release's rendered objects) are counted once, from
                // the release's values above, which also place what an operator creates later.
                const fromChart = (r: PolicyResource) => r.parent?.type === "kubernetes:helm.sh/v3:Release";
                for (const deployment of resourcesOfType(args, "kubernetes:apps/v1:Deployment").filter((r) => inCluster(r) && !fromChart(r)))
                    pods.push(podsOfDeployment(args, deployment));
                const load = new Map<Pool, Resources>();
                for (const pod of pods) {
                    const candidates = pools.filter((pool) => pool.node && fits(pod, pool));
                    if (candidates.length === 0) {
                        report(`${pod.what} matches no node pool of its cluster (node selector and taints); it would stay Pending.`, pod.owner.urn);
                        continue;
                    }
                    const roomy = candidates.filter(
                        (pool) => pool.node && pod.requests.cpuMilli <= pool.node.cpuMilli && pod.requests.memoryMi <= pool.node.memoryMi,
                    );
                    if (roomy.length === 0) {
                        const largest = candidates.map((pool) => `${pool.group.name}: ${show(pool.node as Resources)}`).join("; ");
                        report(
                            `${pod.what} requests ${show(pod.requests)}, more than a node of its pool can give (${largest}); it would stay Pending. Lower the request or use a larger instance type.`,
                            pod.owner.urn,
                        );
                        continue;
                    }
                    if (roomy.length === 1) {
                        const pool = roomy[0];
                        const sum = load.get(pool) ?? { cpuMilli: 0, memoryMi: 0 };
                        load.set(pool, {
                            cpuMilli: sum.cpuMilli + pod.requests.cpuMilli * pod.minReplicas,
                            memoryMi: sum.memoryMi + pod.requests.memoryMi * pod.minReplicas,
                        });
                    }
                }
                for (const [pool, needed] of load) {
                    const node = pool.node as Resources;
                    const held = { cpuMilli: node.cpuMilli * pool.minNodes, memoryMi: node.memoryMi * pool.minNodes };
                    if (needed.cpuMilli > held.cpuMilli || needed.memoryMi > held.memoryMi)
                        report(
                            `${pool.group.name}'s minimum of ${pool.minNodes} node(s) holds ${show(held)}, but the minimum replicas placed on it request ${show(needed)}; raise its min (and replicas) or shrink what runs there.`,
                            pool.group.urn,
                        );
                }
            }
        },
    };
}

/** EKS's taint effects, as the Kubernetes scheduler names them. */
const EKS_EFFECTS: Record<string, string> = { NO_SCHEDULE: "NoSchedule", NO_EXECUTE: "NoExecute", PREFER_NO_SCHEDULE: "PreferNoSchedule" };

/** Whether a toleration admits a taint (the scheduler's rule: key, operator, value, effect). */
function tolerates(toleration: Record<string, unknown>, taint: { key: string; value?: string; effect: string }): boolean {
    if (toleration.effect !== undefined && toleration.effect !== "" && toleration.effect !== taint.effect) return false;
    if (toleration.operator === "Exists") return toleration.key === undefined || toleration.key === "" || toleration.key === taint.key;
    return toleration.key === taint.key && (toleration.value ?? "") === (taint.value ?? "");
}

/**
 * PCI DSS segmentation on shared clusters: a pool in scope (labelled PCI_SCOPE_LABEL "true")
 * carries a NoSchedule taint, so pods the plan cannot see (EKS add-ons' CoreDNS, the EBS CSI
 * controller) stay off it, and no platform pod the plan declares (charts' included) both selects
 * it and tolerates its taint. Node agents (DaemonSets) run everywhere by design and are not judged.
 */
export function pciPoolsIsolated(level: Level): StackValidationPolicy {
    return {
        name: "pci-pools-isolated",
        description: "PCI-scope node pools are tainted NoSchedule, and no pod outside the payments namespaces can be scheduled on them.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const cluster of resourcesOfType(args, CLUSTER_COMPONENT)) {
                const inCluster = (r: PolicyResource) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn === cluster.urn;
                const pools = resourcesOfType(args, "aws:eks/nodeGroup:NodeGroup").filter(
                    (group) => inCluster(group) && asRecord(group.props.labels)[PCI_SCOPE_LABEL] === "true",
                );
                for (const pool of pools) {
                    const labels = nodeLabelsOf(pool);
                    const taints = asArray(pool.props.taints)
                        .map(asRecord)
                        .map((taint) => ({
                            key: String(taint.key),
                            value: taint.value === undefined ? undefined : String(taint.value),
                            effect: EKS_EFFECTS[String(taint.effect)] ?? String(taint.effect),
                        }))
                        .filter((taint) => taint.effect === "NoSchedule" || taint.effect === "NoExecute");
                    if (taints.length === 0) {
                        report(
                            `${pool.name} is in PCI scope (${PCI_SCOPE_LABEL}) but has no NoSchedule taint, so any pod may land on it; taint it, and let only payment pods tolerate it.`,
                            pool.urn,
                        );
                        continue;
                    }
                    for (const workload of ["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet"]
                        .flatMap((type) => resourcesOfType(args, type))
                        .filter(inCluster)) {
                        const metadata = asRecord(workload.props.metadata);
                        if (String(metadata.namespace ?? "").startsWith(PAYMENTS_NAMESPACE_PREFIX)) continue;
                        const pod = asRecord(asRecord(asRecord(workload.props.spec).template).spec);
                        const selects = Object.entries(asRecord(pod.nodeSelector)).every(([key, value]) => labels[key] === value);
                        const admitted = taints.every((taint) =>
                            asArray(pod.tolerations)
                                .map(asRecord)
                                .some((toleration) => tolerates(toleration, taint)),
                        );
                        if (selects && admitted)
                            report(
                                `${String(metadata.namespace)}/${String(metadata.name)} can be scheduled on the PCI-scope pool ${pool.name} (its node selector and tolerations admit it); keep platform pods off it (a node selector for their own pool, no toleration of ${taints.map((taint) => taint.key).join(", ")}).`,
                                workload.urn,
                            );
                    }
                }
            }
        },
    };
}
