import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";

/** PagerDuty's endpoint for an "Amazon CloudWatch" integration: SNS posts alarm notifications to it, and it confirms the subscription itself. */
export function pagerDutyCloudWatchEndpoint(integrationKey: string): string {
    return `https://events.pagerduty.com/integration/${integrationKey}/enqueue`;
}

export interface AlarmTopicsArgs {
    platform: PlatformSpec;
    /** Each cluster's region's provider (the environment's). */
    regions: readonly { cluster: ClusterSpec; provider: aws.Provider }[];
    /** The PagerDuty CloudWatch integration's key; a secret. */
    integrationKey: pulumi.Output<string>;
    tags: Record<string, string>;
}

/**
 * Where the platform's CloudWatch alarms page: an SNS topic in every cluster's region (an alarm
 * notifies a topic in its own region), each subscribed over HTTPS to PagerDuty. Unencrypted on
 * purpose: CloudWatch cannot publish to a topic under the AWS-managed SNS key, and an alarm's
 * state change carries nothing secret. The subscription's endpoint holds the integration key, so
 * it stays a secret in the state.
 */
export class AlarmTopics extends pulumi.ComponentResource {
    /** Cluster name → the topic in its region. */
    readonly topicArns: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: AlarmTopicsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:AlarmTopics", name, {}, opts);
        this.topicArns = Object.fromEntries(
            args.regions.map(({ cluster, provider }) => {
                const child = { parent: this, provider };
                const topic = new aws.sns.Topic(
                    `${name}-${cluster.name}`,
                    { name: `payments-${args.platform.environment}-alarms`, tags: { ...args.tags, cluster: cluster.name } },
                    child,
                );
                new aws.sns.TopicSubscription(
                    `${name}-${cluster.name}-pagerduty`,
                    {
                        topic: topic.arn,
                        protocol: "https",
                        endpoint: pulumi.secret(args.integrationKey.apply(pagerDutyCloudWatchEndpoint)),
                        endpointAutoConfirms: true,
                        // PagerDuty reads the alarm from SNS's envelope, not a raw message.
                        rawMessageDelivery: false,
                    },
                    child,
                );
                return [cluster.name, topic.arn];
            }),
        );
        this.registerOutputs({ topicArns: this.topicArns });
    }
}
