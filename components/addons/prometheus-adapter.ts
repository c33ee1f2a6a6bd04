import { MONITORING_NAMESPACE } from "../names";
import type { PlatformAddon } from "./addon";
import { chartRelease } from "./helm";
import type { PlacedValues } from "./placement";
import { placedCritical } from "./placement";
import type { ChartPin } from "./versions";

/** prometheus-community/helm-charts, tag prometheus-adapter-5.3.0 (prometheus-adapter v0.12.0). */
const PROMETHEUS_ADAPTER_CHART = {
    chart: "prometheus-adapter",
    repo: "https://prometheus-community.github.io/helm-charts",
    version: "5.3.0",
    // Serves custom.metrics.k8s.io/v1beta2, stable since 1.23; no upper bound is published.
    kubernetes: {
        min: "1.23",
        max: "1.34",
        source: "prometheus-adapter v0.12.0: custom metrics API v1beta2 (Kubernetes 1.23+); capped at the newest minor verified here",
    },
} as const satisfies ChartPin;

/** The per-pod request rate the payment services' HPAs scale on (custom.metrics.k8s.io, Pods metric). */
export const REQUEST_RATE_METRIC = "istio_requests_per_second";

/** Where kube-prometheus-stack's Prometheus answers (its release is named after the chart). */
export const PROMETHEUS_URL = `http://kube-prometheus-stack-prometheus.${MONITORING_NAMESPACE}.svc`;

/**
 * The adapter's one rule: inbound requests per second of each pod, from the destination sidecar's
 * `istio_requests_total` (the pod's `namespace` and `pod` labels come from the Envoy PodMonitor).
 * Pure, so the rule is tested as data.
 */
export function requestRateRule(): Record<string, unknown> {
    return {
        seriesQuery: 'istio_requests_total{namespace!="",pod!="",reporter="destination"}',
        resources: { overrides: { namespace: { resource: "namespace" }, pod: { resource: "pod" } } },
        name: { matches: "^istio_requests_total$", as: REQUEST_RATE_METRIC },
        metricsQuery: "sum(rate(<<.Series>>{<<.LabelMatchers>>}[2m])) by (<<.GroupBy>>)",
    };
}

interface PrometheusAdapterValues extends PlacedValues {
    /** Its repository in the region's cache; the tag stays the chart's app version. */
    image: { repository: string };
    prometheus: { url: string; port: number };
    replicas: number;
    rules: { default: boolean; custom: Array<Record<string, unknown>> };
    podDisruptionBudget: { enabled: boolean; maxUnavailable: number };
    certManager: { enabled: true };
}

/**
 * prometheus-adapter: serves the request-rate metric the payment services' HPAs scale on
 * (`custom.metrics.k8s.io`), from the cluster's Prometheus. Resource metrics (CPU) come from
 * metrics-server, an EKS managed add-on; this adapter serves nothing else.
 */
export const prometheusAdapterAddon: PlatformAddon = {
    name: "prometheus-adapter",
    component: "PrometheusAdapter",
    // cert-manager issues the adapter's serving certificate and injects its CA into the APIService.
    dependsOn: ["kube-prometheus-stack", "cert-manager"],
    namespaces: [MONITORING_NAMESPACE],
    platformNamespaces: true,
    charts: { "prometheus-adapter": PROMETHEUS_ADAPTER_CHART },
    customResources: {},
    sizes: { adapter: { cpu: "100m", memory: "256Mi" } },
    install(ctx) {
        const values: PrometheusAdapterValues = {
            image: { repository: ctx.images.repository("registry.k8s.io/prometheus-adapter/prometheus-adapter") },
            prometheus: { url: PROMETHEUS_URL, port: 9090 },
            replicas: 2,
            rules: { default: false, custom: [requestRateRule()] },
            podDisruptionBudget: { enabled: true, maxUnavailable: 1 },
            // The API server verifies the adapter against a CA (cert-manager's, injected into the
            // APIService), not `insecureSkipTLSVerify`, the chart's default: whoever could answer for
            // the adapter's Service could otherwise feed every HPA its metrics.
            certManager: { enabled: true },
            ...placedCritical(ctx.cluster, ctx.size("adapter")),
        };
        const release = chartRelease(ctx, "prometheus-adapter", PROMETHEUS_ADAPTER_CHART, MONITORING_NAMESPACE, values);
        return { ready: [release] };
    },
};
