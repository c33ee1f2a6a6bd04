import { PCI_SCOPE_LABEL, SYSTEM_POOL_NAME } from "../names";
import type { ClusterSpec, NodePoolSpec } from "../topology/spec";

export interface Toleration {
    key: string;
    operator: "Equal" | "Exists";
    value?: string;
    effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

/** Where platform pods run: pinned to the system pool and tolerating its taints. */
export interface Placement {
    nodeSelector: Record<string, string>;
    tolerations: Toleration[];
}

/** Tolerations that admit exactly these taints. */
function tolerationsOf(taints: readonly NodePoolSpec["taints"][number][]): Toleration[] {
    return taints.map((taint) =>
        taint.value === undefined
            ? { key: taint.key, operator: "Exists", effect: taint.effect }
            : { key: taint.key, operator: "Equal", value: taint.value, effect: taint.effect },
    );
}

/** The system pool's labels as a node selector and its taints as tolerations. */
export function systemPlacement(cluster: ClusterSpec): Placement {
    const pool = cluster.nodePools.find((candidate) => candidate.name === SYSTEM_POOL_NAME);
    if (!pool) throw new Error(`cluster ${cluster.name} has no "${SYSTEM_POOL_NAME}" node pool`);
    return { nodeSelector: { ...pool.labels }, tolerations: tolerationsOf(pool.taints) };
}

/**
 * Where payment pods run: on the cluster's PCI-scope pools (labelled PCI_SCOPE_LABEL "true"),
 * tolerating their taints; none when the topology declares no such pool.
 */
export function pciPlacement(cluster: Pick<ClusterSpec, "nodePools">): Placement | undefined {
    const pools = cluster.nodePools.filter((pool) => pool.labels[PCI_SCOPE_LABEL] === "true");
    if (pools.length === 0) return undefined;
    const taints = [...new Map(pools.flatMap((pool) => pool.taints).map((taint) => [`${taint.key}=${taint.value ?? ""}:${taint.effect}`, taint])).values()];
    return { nodeSelector: { [PCI_SCOPE_LABEL]: "true" }, tolerations: tolerationsOf(taints) };
}

export interface ResourceRequirements {
    requests: { cpu: string; memory: string };
    limits: { cpu?: string; memory: string };
}

/** Requests and limits; memory limit equals request (no OOM surprises), CPU limit optional. */
export function resources(cpu: string, memory: string, cpuLimit?: string): ResourceRequirements {
    return { requests: { cpu, memory }, limits: cpuLimit ? { cpu: cpuLimit, memory } : { memory } };
}

export const SYSTEM_CLUSTER_CRITICAL = "system-cluster-critical";

/** Chart values of one pod-running component: resources, placement on the system pool, priority. */
export interface PlacedValues {
    resources: ResourceRequirements;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    priorityClassName?: string;
}

/** Values for a critical platform component on the system pool, of the given size. */
export function placedCritical(cluster: ClusterSpec, size: ResourceRequirements): PlacedValues {
    return { resources: size, ...systemPlacement(cluster), priorityClassName: SYSTEM_CLUSTER_CRITICAL };
}

/** A hard spread over nodes: never two of the pods `labels` select on one node. */
export interface OnePerNode {
    maxSkew: 1;
    topologyKey: "kubernetes.io/hostname";
    whenUnsatisfiable: "DoNotSchedule";
    labelSelector: { matchLabels: Record<string, string> };
}

/**
 * For pods that must outlive any one node (a fail-closed webhook's: rule
 * fail-closed-webhooks-spread): the scheduler never puts two of them on one node, and the cluster
 * autoscaler adds a node rather than break that.
 */
export function onePerNode(labels: Record<string, string>): OnePerNode[] {
    return [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { ...labels } } }];
}

/** A hard spread over zones: replicas that keep state on zonal volumes never share a zone. */
export interface OnePerZone {
    maxSkew: 1;
    topologyKey: "topology.kubernetes.io/zone";
    whenUnsatisfiable: "DoNotSchedule";
    labelSelector: { matchLabels: Record<string, string> };
}

/**
 * For replicas with their own zonal EBS volume (Prometheus, Alertmanager): a pod whose volume is
 * in a lost zone cannot start anywhere else until the zone returns, so two in one zone lose both.
 * Only zones with eligible nodes count, so a pool in one zone still schedules them.
 */
export function onePerZone(labels: Record<string, string>): OnePerZone[] {
    return [{ maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: { ...labels } } }];
}

/**
 * The container security context every pod the platform runs gets, payment services and
 * charts alike (rules k8s-no-privileged-pods, k8s-non-root-read-only): no privilege, no
 * escalation, no capabilities, a read-only root, the runtime's seccomp profile.
 */
export const HARDENED_CONTAINER = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    privileged: false,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
};

/**
 * A pod that runs as an unprivileged numeric user: images that name their user (`cnb`,
 * `nonroot`) cannot be proven non-root by the kubelet unless the pod says which UID it runs as.
 */
export const NON_ROOT_POD = { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532, fsGroup: 65532, seccompProfile: { type: "RuntimeDefault" } };
