import { secretPathPrefix } from "../cluster/iam";
import { z } from "zod";
import type { Environment } from "../config/schema";
import { AddonSettingsDeclaration, PlatformAddon } from "./addon";
import { EXTERNAL_SECRETS, ISTIO_NAMESPACE, MONITORING_NAMESPACE, VELERO } from "../names";
import { settingsOf } from "./settings";
import { BACKUP_SETTINGS, veleroScheduleName } from "./velero";
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

/** What EKS runs out of sight: the control plane's components and the kube-proxy add-on's metrics endpoint. */
interface HiddenComponent {
    enabled: false;
}

interface KubePrometheusStackValues {
    grafana: { enabled: boolean };
    kubeControllerManager: HiddenComponent;
    kubeScheduler: HiddenComponent;
    kubeEtcd: HiddenComponent;
    kubeProxy: HiddenComponent;
    defaultRules: { rules: Record<"etcd" | "kubeControllerManager" | "kubeSchedulerAlerting" | "kubeSchedulerRecording" | "kubeProxy" | "windows", false> };
    nodeExporter: { enabled: boolean };
    kubeStateMetrics: { enabled: boolean };
    "prometheus-node-exporter": { tolerations: Array<{ operator: "Exists" }>; resources: ResourceRequirements };
    "kube-state-metrics": PlacedValues;
    prometheusOperator: PlacedValues & { admissionWebhooks: { patch: PlacedValues } };
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
/** Prometheus's requests per environment: prod keeps a month of every cluster's series; staging's system nodes are m7i.large. */
export const DEFAULT_PROMETHEUS_RESOURCES: Record<Environment, { cpu: string; memory: string }> = {
    prod: { cpu: "1", memory: "8Gi" },
    staging: { cpu: "500m", memory: "4Gi" },
};

const monitoringConfig = z.strictObject({
    /** Prometheus retention. @default 15 */
    retentionDays: z.number().int().min(1).max(365).optional(),
    /** Prometheus volume (gp3). @default 100 */
    storageGiB: z.number().int().min(10).max(16384).optional(),
    /** Prometheus's CPU and memory request (memory is also its limit). @default 1 / 8Gi in prod, 500m / 4Gi in staging */
    prometheusResources: z
        .strictObject({
            cpu: z.string().regex(/^\d+(\.\d+)?m?$/, { error: 'cpu must be a Kubernetes quantity such as "500m" or "1"' }),
            memory: z.string().regex(/^\d+(Mi|Gi)$/, { error: 'memory must be a Kubernetes quantity such as "4Gi"' }),
        })
        .optional(),
});

export interface MonitoringSettings {
    retentionDays: number;
    storageGiB: number;
    prometheusResources: { cpu: string; memory: string };
}

/** `addons.monitoring`. */
export const MONITORING_SETTINGS: AddonSettingsDeclaration<MonitoringSettings> = {
    key: "monitoring",
    schema: monitoringConfig,
    resolve(config, environment) {
        const monitoring = (config ?? {}) as z.infer<typeof monitoringConfig>;
        return {
            retentionDays: monitoring.retentionDays ?? DEFAULT_PROMETHEUS_RETENTION_DAYS,
            storageGiB: monitoring.storageGiB ?? DEFAULT_PROMETHEUS_STORAGE_GIB,
            prometheusResources: monitoring.prometheusResources ?? DEFAULT_PROMETHEUS_RESOURCES[environment],
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
            // EKS exposes no controller manager, scheduler or etcd, and kube-proxy binds its
            // metrics to localhost: scraping them fails, and their rules (KubeSchedulerDown ...) fire forever.
            kubeControllerManager: { enabled: false },
            kubeScheduler: { enabled: false },
            kubeEtcd: { enabled: false },
            kubeProxy: { enabled: false },
            defaultRules: {
                rules: {
                    etcd: false,
                    kubeControllerManager: false,
                    kubeSchedulerAlerting: false,
                    kubeSchedulerRecording: false,
                    kubeProxy: false,
                    windows: false,
                },
            },
            nodeExporter: { enabled: true },
            kubeStateMetrics: { enabled: true },
            // node-exporter runs on every node, whatever its taints.
            "prometheus-node-exporter": { tolerations: [{ operator: "Exists" }], resources: resources("50m", "64Mi") },
            "kube-state-metrics": placed("100m", "256Mi"),
            // The admission webhook's certificate Jobs (Helm hooks) too: on the system pool, never the PCI-scoped payments pool.
            prometheusOperator: { ...placed("100m", "256Mi"), admissionWebhooks: { patch: placed("50m", "64Mi") } },
            alertmanager: { alertmanagerSpec: { ...placed("50m", "128Mi"), replicas, configSecret: ALERTMANAGER_CONFIG_SECRET } },
            prometheus: {
                prometheusSpec: {
                    ...placed(monitoring.prometheusResources.cpu, monitoring.prometheusResources.memory),
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
        // The platform's own controllers: failed backups and failed secret syncs must page.
        const podMonitor = (role: string, namespace: string, app: string, port: string) =>
            customResource(
                ctx,
                role,
                {
                    apiVersion: "monitoring.coreos.com/v1",
                    kind: "PodMonitor",
                    metadata: { name: app, namespace: MONITORING_NAMESPACE },
                    spec: {
                        namespaceSelector: { matchNames: [namespace] },
                        selector: { matchLabels: { "app.kubernetes.io/name": app, "app.kubernetes.io/instance": app } },
                        podMetricsEndpoints: [{ port, interval: "30s" }],
                    },
                },
                release,
            );
        // Pod labels and metrics ports as the pinned charts render them (velero 11.3.2, external-secrets 1.1.0).
        const veleroMonitor = podMonitor("velero-monitor", VELERO.namespace, "velero", "http-monitoring");
        const secretsMonitor = podMonitor("external-secrets-monitor", EXTERNAL_SECRETS.namespace, "external-secrets", "metrics");
        const rules = customResource(
            ctx,
            "platform-rules",
            {
                apiVersion: "monitoring.coreos.com/v1",
                kind: "PrometheusRule",
                metadata: { name: "platform-operations", namespace: MONITORING_NAMESPACE },
                spec: {
                    groups: platformAlertGroups(ctx.cluster.name, settingsOf(ctx.platform.addons, BACKUP_SETTINGS).rpoMinutes, ctx.platform.runbookBaseUrl),
                },
            },
            release,
        );
        return { ready: [release, alertmanagerConfig, envoyStats, istiod, veleroMonitor, secretsMonitor, rules] };
    },
};

/**
 * Alerts on the platform's own failure modes, per cluster. A backup older than twice the RPO
 * (one missed run is noise, two is an outage of the backup path), any failed backup, and an
 * ExternalSecret that has not been Ready for 15 minutes (a secret the services read is stale).
 * Pure, so the expressions are tested as data.
 */
export function platformAlertGroups(
    cluster: string,
    rpoMinutes: number,
    runbookBaseUrl: string,
): Array<{ name: string; rules: Array<Record<string, unknown>> }> {
    const schedule = veleroScheduleName(cluster);
    return [
        {
            name: "platform-backups",
            rules: [
                {
                    alert: "VeleroBackupStale",
                    expr: `time() - velero_backup_last_successful_timestamp{schedule="${schedule}"} > ${2 * rpoMinutes * 60}`,
                    for: "5m",
                    labels: { severity: "page" },
                    annotations: {
                        summary: `The last successful backup of ${schedule} is more than twice the RPO (${rpoMinutes} min) old`,
                        runbook_url: `${runbookBaseUrl}/velero/backup-stale`,
                    },
                },
                {
                    alert: "VeleroBackupFailed",
                    expr: `increase(velero_backup_failure_total{schedule="${schedule}"}[1h]) > 0`,
                    labels: { severity: "ticket" },
                    annotations: { summary: `A backup of ${schedule} failed in the last hour`, runbook_url: `${runbookBaseUrl}/velero/backup-failed` },
                },
            ],
        },
        {
            name: "platform-secrets",
            rules: [
                {
                    alert: "ExternalSecretNotSynced",
                    expr: 'max by (namespace, name) (externalsecret_status_condition{condition="Ready", status="False"}) == 1',
                    for: "15m",
                    labels: { severity: "page" },
                    annotations: {
                        summary: "ExternalSecret {{ $labels.namespace }}/{{ $labels.name }} has not synced from Secrets Manager for 15 minutes",
                        runbook_url: `${runbookBaseUrl}/external-secrets/not-synced`,
                    },
                },
            ],
        },
    ];
}
