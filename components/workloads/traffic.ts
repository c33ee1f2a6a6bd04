import type { ServiceSpec } from "../topology/spec";

/** Retries only where the request never reached the upstream: a payment must never be sent twice. */
export const SAFE_RETRY_ON = "connect-failure,refused-stream";
export const RETRY_ATTEMPTS = 2;

export interface WeightedRoute {
    destination: { host: string; subset: "stable" | "canary"; port: { number: number } };
    weight: number;
}

export function serviceHost(service: Pick<ServiceSpec, "name" | "namespace">): string {
    return `${service.name}.${service.namespace}.svc.cluster.local`;
}

/** Stable and canary weights; they always sum to 100, and a 0% canary drops out. */
export function weightedRoutes(service: ServiceSpec): WeightedRoute[] {
    const host = serviceHost(service);
    const canaryWeight = service.canary?.weight ?? 0;
    const routes: WeightedRoute[] = [{ destination: { host, subset: "stable", port: { number: service.port } }, weight: 100 - canaryWeight }];
    if (service.canary && canaryWeight > 0) routes.push({ destination: { host, subset: "canary", port: { number: service.port } }, weight: canaryWeight });
    return routes.filter((route) => route.weight > 0);
}

/** Upstream timeout and safe retries for one route. */
export function routePolicy(service: ServiceSpec): { timeout: string; retries: { attempts: number; perTryTimeout: string; retryOn: string } } {
    return {
        timeout: `${service.timeoutMs}ms`,
        retries: { attempts: RETRY_ATTEMPTS, perTryTimeout: `${Math.floor(service.timeoutMs / (RETRY_ATTEMPTS + 1))}ms`, retryOn: SAFE_RETRY_ON },
    };
}

export function virtualServiceSpec(service: ServiceSpec): Record<string, unknown> {
    return { hosts: [serviceHost(service)], http: [{ name: "default", route: weightedRoutes(service), ...routePolicy(service) }] };
}

/** Mutual TLS, bounded connection pools and outlier detection: a sick pod is ejected, not retried into. */
export function destinationRuleSpec(service: ServiceSpec): Record<string, unknown> {
    return {
        host: serviceHost(service),
        trafficPolicy: {
            tls: { mode: "ISTIO_MUTUAL" },
            connectionPool: {
                tcp: { maxConnections: 100 * service.maxReplicas, connectTimeout: "1s" },
                http: { http1MaxPendingRequests: 50 * service.maxReplicas, http2MaxRequests: 100 * service.maxReplicas, maxRetries: 3 },
            },
            outlierDetection: { consecutive5xxErrors: 5, interval: "10s", baseEjectionTime: "30s", maxEjectionPercent: 50 },
        },
        subsets: [{ name: "stable", labels: { track: "stable" } }, ...(service.canary ? [{ name: "canary", labels: { track: "canary" } }] : [])],
    };
}
