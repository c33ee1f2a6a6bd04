import { secretPathPrefix } from "../cluster/iam";
import { z } from "zod";
import { AddonSettingsDeclaration, PlatformAddon } from "./addon";
import { ISTIO_NAMESPACE, MONITORING_NAMESPACE } from "../names";
import { externalSecretSpec } from "./external-secrets";
import { chartRelease, customResource } from "./helm";
import { placedCritical, PlacedValues, resources, ResourceRequirements } from "./placement";
import { GP3_STORAGE_CLASS } from "./storage";
import { ChartPin } from "./versions";

const KUBE_PROMETHEUS_STACK = {
    chart: "kube-prometheus-stack",
    repo: "https://prometheus-community.github.io/helm-charts",
    version: "79.5.0",
} as const satisfies ChartPin;

/** Secret the Alertmanager reads its configuration from; External Secrets keeps it filled. */
export const ALERTMANAGER_CONFIG_SECRET = "alertmanager-payments";
/** Where the Alertmanager configuration lives in Secrets Manager, below the platform prefix. */
export const ALERTMANAGER_SECRET_NAME = "alertmanager";

interface KubePrometheusStackValues {
    grafana: { enabled: boolean };
    nodeExporter: { enabled: boolean };
    kubeStateMetrics: { enabled: boolean };
    "prometheus-node-exporter": { tolerations: Array<{ operator: "Exists" }>; resources: ResourceRequirements };
    "kube-state-metrics": PlacedValues;
    prometheusOperator: PlacedValues;
    alertmanager: { alertmanagerSpec: PlacedValues & { replicas: number; configSecret: string } };
    prometheus: {
        prometheusSpec: PlacedValues & {
            replicas: number;
            retention: string;
            externalLabels: Record<string, string>;
            storageSpec: {
                volumeClaimTemplate: { spec: { storageClassName: string; accessModes: ["ReadWriteOnce"]; resources: { requests: { storage: string } } } };
            };
            serviceMonitorSelectorNilUsesHelmValues: boolean;
            podMonitorSelectorNilUsesHelmValues: boolean;
            ruleSelectorNilUsesHelmValues: boolean;
            serviceMonitorNamespaceSelector: Record<string, never>;
            podMonitorNamespaceSelector: Record<string, never>;
            ruleNamespaceSelector: Record<string, never>;
        };
    };
}

/**
 * kube-prometheus-stack with retention and gp3 storage from config, scraping every namespace's
 * ServiceMonitors, PodMonitors and rules (the payments namespaces included) and Istio's sidecars
 * and control plane. Alertmanager's configuration comes from Secrets Manager, never from values.
 */
export const DEFAULT_PROMETHEUS_RETENTION_DAYS = 15;
export const DEFAULT_PROMETHEUS_STORAGE_GIB = 100;

const monitoringConfig = z.strictObject({
    /** Prometheus retention. @default 15 */
    retentionDays: z.number().int().min(1).max(365).optional(),
    /** Prometheus volume (gp3). @default 100 */
    storageGiB: z.number().int().min(10).max(16384).optional(),
});

export interface MonitoringSettings {
    retentionDays: number;
    storageGiB: number;
}

/** `addons.monitoring`. */
export const MONITORING_SETTINGS: AddonSettingsDeclaration<MonitoringSettings> = {
    key: "monitoring",
    schema: monitoringConfig,
    resolve(config) {
        const monitoring = (config ?? {}) as z.infer<typeof monitoringConfig>;
        return {
            retentionDays: monitoring.retentionDays ?? DEFAULT_PROMETHEUS_RETENTION_DAYS,
            storageGiB: monitoring.storageGiB ?? DEFAULT_PROMETHEUS_STORAGE_GIB,
        };
    },
};

export const monitoringAddon: PlatformAddon<MonitoringSettings> = {
    name: "kube-prometheus-stack",
    component: "Monitoring",
    dependsOn: ["storage", "external-secrets"],
    namespaces: [MONITORING_NAMESPACE],
    platformNamespaces: true,
    charts: { "kube-prometheus-stack": KUBE_PROMETHEUS_STACK },
    customResources: { "monitoring.coreos.com/v1": ["ServiceMonitor", "PodMonitor", "PrometheusRule", "Prometheus", "Alertmanager"] },
    settings: MONITORING_SETTINGS,
    install(ctx) {
        const monitoring = ctx.settings;
        const replicas = ctx.platform.environment === "prod" ? 2 : 1;
        const placed = (cpu: string, memory: string) => placedCritical(ctx.cluster, cpu, memory);
        const values: KubePrometheusStackValues = {
            grafana: { enabled: false },
            nodeExporter: { enabled: true },
            kubeStateMetrics: { enabled: true },
            // node-exporter runs on every node, whatever its taints.
            "prometheus-node-exporter": { tolerations: [{ operator: "Exists" }], resources: resources("50m", "64Mi") },
            "kube-state-metrics": placed("100m", "256Mi"),
            prometheusOperator: placed("100m", "256Mi"),
            alertmanager: { alertmanagerSpec: { ...placed("50m", "128Mi"), replicas, configSecret: ALERTMANAGER_CONFIG_SECRET } },
            prometheus: {
                prometheusSpec: {
                    ...placed("1", "8Gi"),
                    replicas,
                    retention: `${monitoring.retentionDays}d`,
                    externalLabels: { cluster: ctx.cluster.name, region: ctx.cluster.region, environment: ctx.platform.environment },
                    storageSpec: {
                        volumeClaimTemplate: {
                            spec: {
                                storageClassName: GP3_STORAGE_CLASS,
                                accessModes: ["ReadWriteOnce"],
                                resources: { requests: { storage: `${monitoring.storageGiB}Gi` } },
                            },
                        },
                    },
                    // Select monitors and rules from every namespace, not only the chart's own.
                    serviceMonitorSelectorNilUsesHelmValues: false,
                    podMonitorSelectorNilUsesHelmValues: false,
                    ruleSelectorNilUsesHelmValues: false,
                    serviceMonitorNamespaceSelector: {},
                    podMonitorNamespaceSelector: {},
                    ruleNamespaceSelector: {},
                },
            },
        };
        const release = chartRelease(ctx, "kube-prometheus-stack", KUBE_PROMETHEUS_STACK, MONITORING_NAMESPACE, values);

        const alertmanagerConfig = customResource(
            ctx,
            "alertmanager-config",
            {
                apiVersion: "external-secrets.io/v1",
                kind: "ExternalSecret",
                metadata: { name: ALERTMANAGER_CONFIG_SECRET, namespace: MONITORING_NAMESPACE },
                spec: externalSecretSpec({
                    target: ALERTMANAGER_CONFIG_SECRET,
                    data: [
                        {
                            secretKey: "alertmanager.yaml",
                            key: `${secretPathPrefix(ctx.platform.project, ctx.platform.environment)}${ALERTMANAGER_SECRET_NAME}`,
                        },
                    ],
                }),
            },
            release,
        );
        const envoyStats = customResource(
            ctx,
            "envoy-stats",
            {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "PodMonitor",
                metadata: { name: "envoy-stats", namespace: MONITORING_NAMESPACE },
                spec: {
                    namespaceSelector: { any: true },
                    selector: { matchExpressions: [{ key: "security.istio.io/tlsMode", operator: "Exists" }] },
                    podMetricsEndpoints: [{ port: "http-envoy-prom", path: "/stats/prometheus", interval: "15s" }],
                },
            },
            release,
        );
        const istiod = customResource(
            ctx,
            "istiod-monitor",
            {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "ServiceMonitor",
                metadata: { name: "istiod", namespace: MONITORING_NAMESPACE },
                spec: {
                    namespaceSelector: { matchNames: [ISTIO_NAMESPACE] },
                    selector: { matchLabels: { istio: "pilot" } },
                    endpoints: [{ port: "http-monitoring", interval: "15s" }],
                },
            },
            release,
        );
        return { ready: [release, alertmanagerConfig, envoyStats, istiod] };
    },
};
