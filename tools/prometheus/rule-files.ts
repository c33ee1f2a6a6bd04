import { stringify } from "yaml";
import { AlertingRule, BURN_RATE_WINDOWS, burnRateFactor, errorBudget, RuleGroup } from "../../components/workloads/slo";

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
