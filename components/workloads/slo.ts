import type { ServiceSpec } from "../topology/spec";

/** SLOs are measured over a rolling 30 days. */
export const SLO_PERIOD_DAYS = 30;

export interface BurnRateWindow {
    readonly long: string;
    readonly short: string;
    readonly longHours: number;
    /** Share of the 30-day budget spent within the long window that triggers the alert. */
    readonly budgetSpent: number;
    readonly severity: "page" | "ticket";
    readonly for: string;
}

/**
 * Multi-window, multi-burn-rate alerting (Google SRE workbook, ch. 5): page when 2% of the
 * budget goes in an hour or 5% in six, ticket when 10% goes in a day or in three. The short
 * window (a twelfth of the long one) makes the alert stop soon after the burning does.
 */
export const BURN_RATE_WINDOWS: readonly BurnRateWindow[] = [
    { long: "1h", short: "5m", longHours: 1, budgetSpent: 0.02, severity: "page", for: "2m" },
    { long: "6h", short: "30m", longHours: 6, budgetSpent: 0.05, severity: "page", for: "15m" },
    { long: "1d", short: "2h", longHours: 24, budgetSpent: 0.1, severity: "ticket", for: "1h" },
    { long: "3d", short: "6h", longHours: 72, budgetSpent: 0.1, severity: "ticket", for: "3h" },
];

/** How many times faster than "exactly on budget" the error budget burns: 14.4 for 2% in 1h of 30d. */
export function burnRateFactor(budgetSpent: number, longWindowHours: number, periodDays = SLO_PERIOD_DAYS): number {
    return round((budgetSpent * periodDays * 24) / longWindowHours);
}

/** The error budget as a ratio: 99.95% → 0.0005. */
export function errorBudget(objectivePercent: number): number {
    return round(1 - objectivePercent / 100);
}

function round(value: number): number {
    return Number(value.toPrecision(10));
}

/** Every rate window a rule needs, shortest first. */
export const RATE_WINDOWS = ["5m", "30m", "1h", "2h", "6h", "1d", "3d"] as const;

export interface RecordingRule {
    record: string;
    expr: string;
}
export interface AlertingRule {
    alert: string;
    expr: string;
    for: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
}
export interface RuleGroup {
    name: string;
    rules: Array<RecordingRule | AlertingRule>;
}

/** The Istio (server-side) series of one service. */
export function serviceSelector(service: Pick<ServiceSpec, "name" | "namespace">): string {
    return `reporter="destination", destination_service_namespace="${service.namespace}", destination_service_name="${service.name}"`;
}

const BY = "destination_service_namespace, destination_service_name";

/** Annotation on a service's PrometheusRule naming its availability objective (a percentage). */
export const SLO_AVAILABILITY_ANNOTATION = "payments.io/slo-availability";

/**
 * Recording rules (request rate, success and error ratios, slow-request ratio per window, p50,
 * p95 and p99 latency) and burn-rate alerts for availability and latency, from Istio metrics.
 */
export function sloRuleGroups(service: ServiceSpec, runbookBaseUrl: string): RuleGroup[] {
    const sel = serviceSelector(service);
    const match = `{destination_service_namespace="${service.namespace}", destination_service_name="${service.name}"}`;
    const le = String(service.slo.latency.thresholdMs);
    const recording: RecordingRule[] = [{ record: "payments:requests:rate5m", expr: `sum by (${BY}) (rate(istio_requests_total{${sel}}[5m]))` }];
    for (const window of RATE_WINDOWS) {
        recording.push({
            record: `payments:request_errors:ratio_rate${window}`,
            expr: `sum by (${BY}) (rate(istio_requests_total{${sel}, response_code=~"5.."}[${window}])) / sum by (${BY}) (rate(istio_requests_total{${sel}}[${window}]))`,
        });
        recording.push({
            record: `payments:request_slow:ratio_rate${window}`,
            expr: `1 - (sum by (${BY}) (rate(istio_request_duration_milliseconds_bucket{${sel}, le="${le}"}[${window}])) / sum by (${BY}) (rate(istio_request_duration_milliseconds_count{${sel}}[${window}])))`,
        });
    }
    recording.push({ record: "payments:request_success:ratio_rate5m", expr: `1 - payments:request_errors:ratio_rate5m${match}` });
    for (const [quantile, name] of [
        [0.5, "p50"],
        [0.95, "p95"],
        [0.99, "p99"],
    ] as const) {
        recording.push({
            record: `payments:request_latency_ms:${name}_rate5m`,
            expr: `histogram_quantile(${quantile}, sum by (${BY}, le) (rate(istio_request_duration_milliseconds_bucket{${sel}}[5m])))`,
        });
    }

    const alerts: AlertingRule[] = [];
    const objectives = [
        {
            kind: "Availability",
            metric: "payments:request_errors:ratio_rate",
            budget: errorBudget(service.slo.availability),
            objective: `${service.slo.availability}% of requests succeed`,
        },
        {
            kind: "Latency",
            metric: "payments:request_slow:ratio_rate",
            budget: errorBudget(service.slo.latency.percentile),
            objective: `${service.slo.latency.percentile}% of requests complete within ${service.slo.latency.thresholdMs}ms`,
        },
    ];
    for (const objective of objectives) {
        for (const window of BURN_RATE_WINDOWS) {
            const factor = burnRateFactor(window.budgetSpent, window.longHours);
            const threshold = `(${factor} * ${objective.budget})`;
            alerts.push({
                alert: `Payments${objective.kind}BudgetBurn`,
                expr: `${objective.metric}${window.long}${match} > ${threshold} and ${objective.metric}${window.short}${match} > ${threshold}`,
                for: window.for,
                labels: {
                    severity: window.severity,
                    service: service.name,
                    slo: objective.kind.toLowerCase(),
                    long_window: window.long,
                    burn_rate: String(factor),
                },
                annotations: {
                    summary: `${service.name} is burning its ${objective.kind.toLowerCase()} error budget ${factor}x too fast (${window.long} and ${window.short} windows)`,
                    description: `SLO: ${objective.objective} over ${SLO_PERIOD_DAYS} days. At this rate ${Math.round(window.budgetSpent * 100)}% of the budget is gone within ${window.long}.`,
                    runbook_url: `${runbookBaseUrl}/slo-burn/${service.name}/${objective.kind.toLowerCase()}`,
                },
            });
        }
    }
    return [
        { name: `${service.name}-slo-recording`, rules: recording },
        { name: `${service.name}-slo-alerts`, rules: alerts },
    ];
}
