import type { ServiceSpec } from "../topology/spec";

/** The sidecar's resources, set per pod by annotation so they are known and counted in the quota. */
export const SIDECAR_CPU_MILLI = 100;
export const SIDECAR_MEMORY_MI = 128;
export const SIDECAR_CPU_LIMIT_MILLI = 1000;
export const SIDECAR_MEMORY_LIMIT_MI = 256;

/** Pod annotations that size the Istio sidecar to the constants above. */
export const SIDECAR_RESOURCE_ANNOTATIONS = {
    "sidecar.istio.io/proxyCPU": `${SIDECAR_CPU_MILLI}m`,
    "sidecar.istio.io/proxyMemory": `${SIDECAR_MEMORY_MI}Mi`,
    "sidecar.istio.io/proxyCPULimit": `${SIDECAR_CPU_LIMIT_MILLI}m`,
    "sidecar.istio.io/proxyMemoryLimit": `${SIDECAR_MEMORY_LIMIT_MI}Mi`,
} as const;
/** Room for a rolling update's surge and a debug pod. */
export const QUOTA_HEADROOM = 1.25;

/** `500m` → 500, `2` → 2000. */
export function cpuMilli(quantity: string): number {
    return quantity.endsWith("m") ? Number(quantity.slice(0, -1)) : Math.round(Number(quantity) * 1000);
}

/** `512Mi` → 512, `2Gi` → 2048, `1024Ki` → 1. */
export function memoryMi(quantity: string): number {
    const value = Number(quantity.slice(0, -2));
    switch (quantity.slice(-2)) {
        case "Gi":
            return value * 1024;
        case "Mi":
            return value;
        case "Ki":
            return Math.ceil(value / 1024);
        default:
            throw new Error(`unsupported memory quantity ${quantity}`);
    }
}

/**
 * The fewest pods of a track that takes traffic: a canary of one pod turns its share of payments
 * into errors while that pod restarts or its node drains (rule payment-tracks-survive-a-pod).
 */
export const MIN_TRACK_REPLICAS = 2;

/** Canary pods beside the stable ones at full scale (never fewer than MIN_TRACK_REPLICAS). */
export function canaryMaxReplicas(service: ServiceSpec): number {
    return service.canary ? Math.max(MIN_TRACK_REPLICAS, Math.ceil((service.maxReplicas * service.canary.weight) / 100)) : 0;
}

/**
 * A ResourceQuota that fits the service at its autoscaling maximum (stable and canary, each pod
 * with its sidecar) plus headroom, and nothing far beyond: a runaway deployment hits the quota.
 */
export function quotaFor(service: ServiceSpec): Record<string, string> {
    const pods = service.maxReplicas + canaryMaxReplicas(service);
    const cpu = Math.ceil(pods * (cpuMilli(service.cpu) + SIDECAR_CPU_MILLI) * QUOTA_HEADROOM);
    const memory = Math.ceil(pods * (memoryMi(service.memory) + SIDECAR_MEMORY_MI) * QUOTA_HEADROOM);
    const memoryLimit = Math.ceil(pods * (memoryMi(service.memory) + SIDECAR_MEMORY_LIMIT_MI) * QUOTA_HEADROOM);
    // Quota on limits.cpu would force a CPU limit on every container; only when the app has one.
    const cpuLimit = service.cpuLimit ? Math.ceil(pods * (cpuMilli(service.cpuLimit) + SIDECAR_CPU_LIMIT_MILLI) * QUOTA_HEADROOM) : undefined;
    return {
        pods: String(Math.ceil(pods * QUOTA_HEADROOM) + 1),
        "requests.cpu": `${cpu}m`,
        "requests.memory": `${memory}Mi`,
        "limits.memory": `${memoryLimit}Mi`,
        ...(cpuLimit ? { "limits.cpu": `${cpuLimit}m` } : {}),
    };
}
