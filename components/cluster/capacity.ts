/**
 * What a node of an instance type can hold, as the EKS-optimised AMI's kubelet sees it. Pure:
 * the sizing rule and the README's sizing notes read it.
 *
 * Sources: vCPUs and memory from the EC2 instance type pages; maximum pods from the EKS AMI's
 * `eni-max-pods.txt` (VPC CNI without prefix delegation); reservations from the EKS AMI's kubelet
 * defaults (kube-reserved memory 255 MiB + 11 MiB per pod; kube-reserved CPU 6% of the first
 * core, 1% of the second, 0.5% of the next two, 0.25% above; eviction at 100 MiB available).
 * The kernel and firmware keep part of the nominal memory: node capacity on Nitro instances is
 * 92-95% of it (`kubectl get node -o jsonpath='{.status.capacity.memory}'`); 92% is assumed.
 */
export interface InstanceType {
    vcpus: number;
    memoryGiB: number;
    maxPods: number;
}

export const INSTANCE_TYPES: Readonly<Record<string, InstanceType>> = {
    "m6i.large": { vcpus: 2, memoryGiB: 8, maxPods: 29 },
    "m7i.large": { vcpus: 2, memoryGiB: 8, maxPods: 29 },
    "m6i.xlarge": { vcpus: 4, memoryGiB: 16, maxPods: 58 },
    "m7i.xlarge": { vcpus: 4, memoryGiB: 16, maxPods: 58 },
    "m6i.2xlarge": { vcpus: 8, memoryGiB: 32, maxPods: 58 },
    "m7i.2xlarge": { vcpus: 8, memoryGiB: 32, maxPods: 58 },
    "c6a.xlarge": { vcpus: 4, memoryGiB: 8, maxPods: 58 },
    "c6i.xlarge": { vcpus: 4, memoryGiB: 8, maxPods: 58 },
    "c7i.xlarge": { vcpus: 4, memoryGiB: 8, maxPods: 58 },
    "c6i.2xlarge": { vcpus: 8, memoryGiB: 16, maxPods: 58 },
    "c7i.2xlarge": { vcpus: 8, memoryGiB: 16, maxPods: 58 },
    "r6i.xlarge": { vcpus: 4, memoryGiB: 32, maxPods: 58 },
    "r7i.xlarge": { vcpus: 4, memoryGiB: 32, maxPods: 58 },
};

/** Share of nominal memory the node reports as capacity (see above). */
export const MEMORY_VISIBLE_TO_KUBELET = 0.92;
export const EVICTION_HARD_MEMORY_MI = 100;

/**
 * What every node runs before any workload: the per-node agents' requests, as the pinned add-ons
 * set them (kube-proxy 100m; the VPC CNI's aws-node 25m; the Istio CNI node agent 100m/100Mi, its
 * chart's defaults; node-exporter 50m/64Mi, set by the monitoring add-on; the EBS CSI node
 * plugin 30m/120Mi across its three containers).
 */
export const PER_NODE_AGENTS = { cpuMilli: 305, memoryMi: 284 } as const;

export interface Resources {
    cpuMilli: number;
    memoryMi: number;
}

/** kube-reserved CPU of the EKS AMI, in millicores, for a node of `vcpus` cores. */
export function kubeReservedCpuMilli(vcpus: number): number {
    const cores = [60, 10, 5, 5];
    let reserved = 0;
    for (let core = 0; core < vcpus; core++) reserved += core < cores.length ? cores[core] : 2.5;
    return reserved;
}

/** What pods can request on one node of the type, after the kubelet's reservations and the per-node agents; undefined for a type the table lacks. */
export function schedulable(instanceType: string): Resources | undefined {
    const type = INSTANCE_TYPES[instanceType];
    if (!type) return undefined;
    const capacityMi = Math.floor(type.memoryGiB * 1024 * MEMORY_VISIBLE_TO_KUBELET);
    const reservedMi = 255 + 11 * type.maxPods + EVICTION_HARD_MEMORY_MI;
    return {
        cpuMilli: Math.floor(type.vcpus * 1000 - kubeReservedCpuMilli(type.vcpus) - PER_NODE_AGENTS.cpuMilli),
        memoryMi: capacityMi - reservedMi - PER_NODE_AGENTS.memoryMi,
    };
}

/**
 * What any node of a pool can hold: the smallest of its instance types (the node group may launch
 * any of them). Undefined, with the unknown types, when the table lacks one.
 */
export function poolNode(instanceTypes: readonly string[]): { node?: Resources; unknown: string[] } {
    const unknown = instanceTypes.filter((type) => !INSTANCE_TYPES[type]);
    if (unknown.length > 0 || instanceTypes.length === 0) return { unknown };
    const nodes = instanceTypes.map((type) => schedulable(type) as Resources);
    return {
        node: { cpuMilli: Math.min(...nodes.map((n) => n.cpuMilli)), memoryMi: Math.min(...nodes.map((n) => n.memoryMi)) },
        unknown: [],
    };
}
