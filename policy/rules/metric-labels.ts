import type { StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, resourcesOfType } from "./util";

/** A metric's own labels (what its exporter attaches), and where that was read. */
export interface MetricLabels {
    labels: readonly string[];
    source: string;
}

/**
 * The labels every scraped series gets: the Prometheus Operator's generated relabelling of
 * ServiceMonitor and PodMonitor targets (namespace, pod, container, job, endpoint; service for a
 * ServiceMonitor: prometheus-operator pkg/prometheus/promcfg.go) and Prometheus's own `instance`.
 * External labels (cluster, region, environment) are added only on the way out (remote write,
 * Alertmanager), so a rule cannot match them.
 */
export const TARGET_LABELS: readonly string[] = ["job", "instance", "namespace", "pod", "container", "service", "endpoint"];

const VELERO =
    "vmware-tanzu/velero v1.17.1 pkg/metrics/metrics.go: every velero_backup_* metric is labelled by schedule only (backupName is on the CSI snapshot metrics)";
const ESO =
    "external-secrets/external-secrets v1.1.0 pkg/controllers/metrics/labels.go (extended app_kubernetes_io_* labels are off: chart extendedMetricLabels false)";
const ISTIO =
    "istio/proxy 1.28.0 source/extensions/filters/http/istio_stats/istio_stats.cc: the labels of istio_requests_total and istio_request_duration_milliseconds";
const ISTIO_LABELS = [
    "reporter",
    "source_workload",
    "source_workload_namespace",
    "source_principal",
    "source_app",
    "source_version",
    "source_cluster",
    "source_canonical_service",
    "source_canonical_revision",
    "destination_workload",
    "destination_workload_namespace",
    "destination_principal",
    "destination_app",
    "destination_version",
    "destination_service",
    "destination_service_name",
    "destination_service_namespace",
    "destination_cluster",
    "destination_canonical_service",
    "destination_canonical_revision",
    "request_protocol",
    "response_code",
    "grpc_response_status",
    "response_flags",
    "connection_security_policy",
];

/**
 * The exporters' own labels of every metric the platform's alerts and SLO rules read, from their
 * pinned sources. A matcher on a label the metric does not carry matches nothing, and an alert
 * on it never fires (VeleroBackupEmpty once matched `backupName`, which Velero does not set).
 */
export const METRIC_LABELS: Readonly<Record<string, MetricLabels>> = {
    up: { labels: [], source: "Prometheus: the scrape's own series, target labels only" },
    velero_backup_items_total: { labels: ["schedule"], source: VELERO },
    velero_backup_last_successful_timestamp: { labels: ["schedule"], source: VELERO },
    velero_backup_failure_total: { labels: ["schedule"], source: VELERO },
    velero_backup_success_total: { labels: ["schedule"], source: VELERO },
    velero_backup_attempt_total: { labels: ["schedule"], source: VELERO },
    externalsecret_status_condition: { labels: ["name", "namespace", "condition", "status"], source: ESO },
    istio_requests_total: { labels: ISTIO_LABELS, source: ISTIO },
    istio_request_duration_milliseconds_bucket: { labels: [...ISTIO_LABELS, "le"], source: ISTIO },
    istio_request_duration_milliseconds_count: { labels: ISTIO_LABELS, source: ISTIO },
    istio_request_duration_milliseconds_sum: { labels: ISTIO_LABELS, source: ISTIO },
};

/** Every `metric{matchers}` selector of a PromQL expression: the metric and the labels its matchers name. */
export function selectorsOf(expr: string): Array<{ metric: string; labels: string[] }> {
    const withoutStrings = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    return [...withoutStrings.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*\{([^}]*)\}/g)].map((match) => ({
        metric: match[1],
        labels: [...match[2].matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)/g)].map((label) => label[1]).filter((label) => label !== "__name__"),
    }));
}

/** The labels a recording rule's series keep: those of its first `by (...)` aggregation, or undefined when it has none. */
export function recordedLabels(expr: string): string[] | undefined {
    const by = /\bby\s*\(([^)]*)\)/.exec(expr);
    return by
        ? by[1]
              .split(",")
              .map((label) => label.trim())
              .filter(Boolean)
        : undefined;
}

/**
 * Every label matcher of the program's Prometheus rules names a label its metric carries: the
 * exporter's own (METRIC_LABELS, from the pinned sources), a target label, or, for a series a
 * recording rule of the stack makes, one its aggregation keeps. A metric neither the table nor a
 * recording rule knows is not judged. Charts' rules are upstream's and are not judged here.
 */
export function alertLabelsExist(level: Level, table: Readonly<Record<string, MetricLabels>> = METRIC_LABELS): StackValidationPolicy {
    return {
        name: "alert-labels-exist",
        description: "A Prometheus rule's label matchers name labels its metric carries (the exporters' labels from their pinned sources).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const rules = resourcesOfType(args, "kubernetes:monitoring.coreos.com/v1:PrometheusRule").filter(
                (rule) => rule.parent?.type !== "kubernetes:helm.sh/v3:Release",
            );
            const known = new Map<string, readonly string[]>(Object.entries(table).map(([metric, entry]) => [metric, [...entry.labels, ...TARGET_LABELS]]));
            const ruleItems = rules.flatMap((rule) =>
                asArray(asRecord(rule.props.spec).groups).flatMap((group) => asArray(asRecord(group).rules).map(asRecord)),
            );
            for (const item of ruleItems) {
                const labels = typeof item.record === "string" ? recordedLabels(String(item.expr)) : undefined;
                if (labels && typeof item.record === "string") known.set(item.record, [...labels, ...TARGET_LABELS]);
            }
            for (const rule of rules) {
                const wrong = new Set<string>();
                for (const group of asArray(asRecord(rule.props.spec).groups))
                    for (const item of asArray(asRecord(group).rules).map(asRecord)) {
                        const name = String(item.alert ?? item.record);
                        for (const { metric, labels } of selectorsOf(String(item.expr ?? ""))) {
                            const carried = known.get(metric);
                            if (!carried) continue;
                            for (const label of labels.filter((label) => !carried.includes(label)))
                                wrong.add(`${name} matches ${metric} on "${label}", which it does not carry (it has: ${carried.join(", ")})`);
                        }
                    }
                if (wrong.size > 0)
                    report(`${[...wrong].join("; ")}: such a matcher matches no series and the rule never fires; match a label the metric has.`, rule.urn);
            }
        },
    };
}
