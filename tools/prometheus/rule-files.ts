import { stringify } from "yaml";
import type { AlertingRule, RuleGroup } from "../../components/workloads/slo";
import { BURN_RATE_WINDOWS, burnRateFactor, errorBudget } from "../../components/workloads/slo";

/** A PrometheusRule from the plan, reduced to what a Prometheus rule file holds. */
export interface ServiceRules {
    service: string;
    namespace: string;
    availability: number;
    groups: RuleGroup[];
}

/** `groups:` as Prometheus loads it from a file. */
export function ruleFile(groups: RuleGroup[]): string {
    return stringify({ groups }, { lineWidth: 0 });
}

const OK_PER_MINUTE = 6000;

/**
 * A promtool unit test of the availability burn alerts: synthetic Istio request series where the
 * service fails at `burn` times its error budget. At a 20x burn the 1h page (14.4x) fires within
 * minutes while the slower windows are still pending; at half the budget nothing fires.
 */
export function availabilityRuleTest(rules: ServiceRules, ruleFileName: string): string {
    const budget = errorBudget(rules.availability);
    const labels = `reporter="destination", destination_service_namespace="${rules.namespace}", destination_service_name="${rules.service}"`;
    const errorsPerMinute = (burn: number) => {
        const ratio = burn * budget;
        return (OK_PER_MINUTE * ratio) / (1 - ratio);
    };
    const alerts = rules.groups
        .flatMap((group) => group.rules)
        .filter((rule): rule is AlertingRule => "alert" in rule && rule.alert === "PaymentsAvailabilityBudgetBurn");
    const page = alerts.find((rule) => rule.labels.long_window === "1h");
    if (!page) throw new Error(`${rules.service} has no 1h availability burn alert`);
    const series = (burn: number) => [
        { series: `istio_requests_total{${labels}, response_code="200"}`, values: `0+${OK_PER_MINUTE}x180` },
        { series: `istio_requests_total{${labels}, response_code="503"}`, values: `0+${errorsPerMinute(burn).toFixed(4)}x180` },
    ];
    const fastBurn = 20;
    return stringify(
        {
            rule_files: [ruleFileName],
            evaluation_interval: "1m",
            tests: [
                {
                    name: `${rules.service}: a ${fastBurn}x burn pages within minutes`,
                    interval: "1m",
                    input_series: series(fastBurn),
                    alert_rule_test: [
                        {
                            eval_time: "10m",
                            alertname: "PaymentsAvailabilityBudgetBurn",
                            exp_alerts: [
                                {
                                    exp_labels: { ...page.labels, destination_service_namespace: rules.namespace, destination_service_name: rules.service },
                                    exp_annotations: page.annotations,
                                },
                            ],
                        },
                    ],
                },
                {
                    name: `${rules.service}: burning half the budget stays silent`,
                    interval: "1m",
                    input_series: series(0.5),
                    alert_rule_test: [
                        { eval_time: "10m", alertname: "PaymentsAvailabilityBudgetBurn", exp_alerts: [] },
                        { eval_time: "170m", alertname: "PaymentsAvailabilityBudgetBurn", exp_alerts: [] },
                    ],
                },
            ],
        },
        { lineWidth: 0 },
    );
}

/** The burn factor the fast test must exceed, for the record. */
export const PAGE_FACTOR = burnRateFactor(BURN_RATE_WINDOWS[0].budgetSpent, BURN_RATE_WINDOWS[0].longHours);

/**
 * A promtool unit test of the backup alerts, on series labelled as Velero labels them (its
 * schedule): an empty backup pages at once; no successful backup at all pages after its `for`;
 * a recent, non-empty backup stays silent. Reads the schedule and the wait from the rules.
 */
export function backupRuleTest(groups: RuleGroup[], ruleFileName: string): string | undefined {
    const rules = groups.flatMap((group) => group.rules).filter((rule): rule is AlertingRule => "alert" in rule);
    const empty = rules.find((rule) => rule.alert === "VeleroBackupEmpty");
    const never = rules.find((rule) => rule.alert === "VeleroBackupNeverSucceeded");
    const schedule = /schedule="([^"]+)"/.exec(empty?.expr ?? "")?.[1];
    if (!empty || !never || !schedule) return undefined;
    const waitMinutes = Number(/^(\d+)m$/.exec(never.for ?? "")?.[1] ?? NaN);
    const after = `${waitMinutes + 5}m`;
    const fired = (rule: AlertingRule) => [{ exp_labels: { ...rule.labels, schedule }, exp_annotations: rule.annotations }];
    return stringify(
        {
            rule_files: [ruleFileName],
            evaluation_interval: "1m",
            tests: [
                {
                    name: `${schedule}: an empty backup pages; so does no success at all`,
                    interval: "1m",
                    input_series: [{ series: `velero_backup_items_total{schedule="${schedule}"}`, values: `0x${waitMinutes + 10}` }],
                    alert_rule_test: [
                        { eval_time: "2m", alertname: "VeleroBackupEmpty", exp_alerts: fired(empty) },
                        { eval_time: after, alertname: "VeleroBackupNeverSucceeded", exp_alerts: fired(never) },
                    ],
                },
                {
                    name: `${schedule}: a recent backup with items stays silent`,
                    interval: "1m",
                    input_series: [
                        { series: `velero_backup_items_total{schedule="${schedule}"}`, values: `120x${waitMinutes + 10}` },
                        { series: `velero_backup_last_successful_timestamp{schedule="${schedule}"}`, values: `0+60x${waitMinutes + 10}` },
                    ],
                    alert_rule_test: [
                        { eval_time: after, alertname: "VeleroBackupEmpty", exp_alerts: [] },
                        { eval_time: after, alertname: "VeleroBackupNeverSucceeded", exp_alerts: [] },
                        { eval_time: after, alertname: "VeleroBackupStale", exp_alerts: [] },
                    ],
                },
            ],
        },
        { lineWidth: 0 },
    );
}
