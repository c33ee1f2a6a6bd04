import { StackValidationPolicy } from "@pulumi/policy";
import { asArray, Level, resourcesOfType, waitsFor } from "./util";

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
