import type { StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, resourcesOfType, waitsFor } from "./util";

/**
 * A CloudWatch alarm nobody hears is no alarm: every alarm notifies something, and every SNS
 * topic the stack creates (where the platform's alarms go) has a subscription made after it, so
 * a notification reaches a person rather than a topic no one reads.
 */
export function alarmsReachSomeone(level: Level): StackValidationPolicy {
    return {
        name: "alarms-reach-someone",
        description: "Every CloudWatch alarm notifies an action, and every SNS topic has a subscription.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const alarm of resourcesOfType(args, "aws:cloudwatch/metricAlarm:MetricAlarm"))
                if (asArray(alarm.props.alarmActions).length === 0)
                    report(`${alarm.name} notifies no one when it fires; give it alarmActions (the environment's alarm topic in its region).`, alarm.urn);
            const subscriptions = resourcesOfType(args, "aws:sns/topicSubscription:TopicSubscription");
            for (const topic of resourcesOfType(args, "aws:sns/topic:Topic")) {
                const subscribed = subscriptions.some((subscription) => waitsFor(subscription).some((dependency) => dependency.urn === topic.urn));
                if (!subscribed) report(`${topic.name} has no subscription: what it receives reaches no one; subscribe the pager to it.`, topic.urn);
            }
        },
    };
}

/** The severities that mean someone must act now: they must reach the pager. */
const URGENT_SEVERITIES = ["critical", "page"];

/**
 * Every Prometheus alert, charts' rendered rules included, carries a severity the Alertmanager
 * routes name (`SEVERITY_RECEIVERS`, from which the routes are generated), and an urgent one
 * (`critical`, `page`) is routed to the pager: an alert whose severity no route names lands on the
 * default (Slack) route, and a critical alert in Slack is read the next morning.
 */
export function alertsRouted(level: Level, severityReceivers: Readonly<Record<string, string>>): StackValidationPolicy {
    return {
        name: "alerts-routed",
        description: "Every alert's severity has an Alertmanager route, and critical or page alerts reach the pager.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const unrouted = new Map<string, string[]>();
            for (const rule of resourcesOfType(args, "kubernetes:monitoring.coreos.com/v1:PrometheusRule")) {
                for (const group of asArray(asRecord(rule.props.spec).groups))
                    for (const alert of asArray(asRecord(group).rules).map(asRecord)) {
                        if (typeof alert.alert !== "string") continue;
                        const severity = String(asRecord(alert.labels).severity ?? "(none)");
                        const receiver = severityReceivers[severity];
                        if (receiver === undefined || (URGENT_SEVERITIES.includes(severity) && receiver !== "page")) {
                            const alerts = unrouted.get(rule.urn) ?? [];
                            unrouted.set(rule.urn, [...alerts, `${alert.alert} (severity ${severity})`]);
                        }
                    }
            }
            for (const [urn, alerts] of unrouted)
                report(
                    `${alerts.join(", ")}: no Alertmanager route pages for ${alerts.length === 1 ? "it" : "them"}; give each a severity SEVERITY_RECEIVERS routes (components/addons/alerting.ts), critical and page to the pager.`,
                    urn,
                );
        },
    };
}
