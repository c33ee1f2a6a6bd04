import { RUN_ONCE_IGNORED } from "../names";
import * as aws from "@pulumi/aws";
import * as command from "@pulumi/command";
import * as pulumi from "@pulumi/pulumi";
import type { PlatformSpec } from "../topology/spec";
import { quietRegionProvider } from "../platform/quiet-provider";

/** ARC's control plane (clusters, panels, controls, rules) answers in us-west-2 only. */
export const ARC_CONTROL_PLANE_REGION = "us-west-2";
/** The safety rule's wait period (ARC's default): after a change, further changes to its controls are refused this long, so controls cannot flap. */
export const SAFETY_RULE_WAIT_MS = 5000;

export interface RecoveryControlArgs {
    platform: PlatformSpec;
    tags: Record<string, string>;
}

/**
 * Route 53 Application Recovery Controller for an environment: one ARC cluster (its data plane
 * answers in five regions, so a region's loss does not stop a switch), a control panel, a
 * routing control per platform cluster, and a safety rule that keeps at least one of them on
 * (no one can switch every region off). Each cluster stack ties its failover records to its
 * routing control's health check. Controls are switched through the data plane
 * (`aws route53-recovery-cluster update-routing-control-state`). ARC creates a control Off, which
 * would keep its region out of the failover records; so the `up` that creates a control switches
 * it On once, as a recorded step of the environment's state (a Command that runs on create only,
 * again only for a replaced control), and never touches its state afterwards: a later `up` cannot
 * undo a failover.
 */
export class RecoveryControl extends pulumi.ComponentResource {
    /** Cluster name → its routing control's ARN. */
    readonly routingControls: Record<string, pulumi.Output<string>>;
    readonly clusterArn: pulumi.Output<string>;
    readonly controlPanelArn: pulumi.Output<string>;

    constructor(name: string, args: RecoveryControlArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:dns:RecoveryControl", name, {}, opts);
        const { platform } = args;
        const provider = quietRegionProvider(`${name}-aws`, ARC_CONTROL_PLANE_REGION, args.tags, this);
        const child = { parent: this, provider };
        const cluster = new aws.route53recoverycontrol.Cluster(`${name}-cluster`, { name: `payments-${platform.environment}`, tags: args.tags }, child);
        const panel = new aws.route53recoverycontrol.ControlPanel(
            `${name}-panel`,
            { name: `payments-${platform.environment}`, clusterArn: cluster.arn, tags: args.tags },
            child,
        );
        this.routingControls = Object.fromEntries(
            platform.clusters.map((spec) => {
                const control = new aws.route53recoverycontrol.RoutingControl(
                    `${name}-${spec.name}`,
                    { name: `payments-${platform.environment}-${spec.name}`, clusterArn: cluster.arn, controlPanelArn: panel.arn },
                    child,
                );
                new command.local.Command(
                    `${name}-${spec.name}-initially-on`,
                    {
                        create: INITIAL_STATE_SCRIPT,
                        interpreter: ["/bin/bash", "-c"],
                        environment: {
                            ROUTING_CONTROL_ARN: control.arn,
                            CLUSTER_ENDPOINTS: cluster.clusterEndpoints.apply((endpoints) => JSON.stringify(endpoints)),
                        },
                        // Once per control (a new control replaces it): a Command with no `update` runs
                        // `create` again on any change of its inputs, so they are ignored, or a later
                        // `up` (an edited script, a reordered endpoint list) would switch a control
                        // left Off in a failover back On. No delete command either.
                        triggers: [control.arn],
                        logging: "stderr",
                    },
                    { parent: this, dependsOn: [control], ignoreChanges: [...RUN_ONCE_IGNORED] },
                );
                return [spec.name, control.arn];
            }),
        );
        new aws.route53recoverycontrol.SafetyRule(
            `${name}-one-region-on`,
            {
                name: `payments-${platform.environment}-at-least-one-region`,
                controlPanelArn: panel.arn,
                assertedControls: Object.values(this.routingControls),
                ruleConfig: { type: "ATLEAST", threshold: 1, inverted: false },
                waitPeriodMs: SAFETY_RULE_WAIT_MS,
                tags: args.tags,
            },
            child,
        );
        this.clusterArn = cluster.arn;
        this.controlPanelArn = panel.arn;
        this.registerOutputs({ routingControls: this.routingControls, clusterArn: this.clusterArn, controlPanelArn: this.controlPanelArn });
    }
}

/**
 * Switches one routing control On through the ARC cluster's data plane, trying each regional
 * endpoint in turn as ARC advises (any one answers for the whole cluster). Needs the aws CLI and
 * jq, and `route53-recovery-cluster:UpdateRoutingControlState` for the deploy role.
 */
export const INITIAL_STATE_SCRIPT = `set -euo pipefail
for row in $(jq -c '.[]' <<<"$CLUSTER_ENDPOINTS"); do
    endpoint=$(jq -r '.endpoint' <<<"$row")
    region=$(jq -r '.region' <<<"$row")
    if aws route53-recovery-cluster update-routing-control-state --routing-control-arn "$ROUTING_CONTROL_ARN" \
        --routing-control-state On --endpoint-url "$endpoint" --region "$region" >&2; then
        echo "routing control $ROUTING_CONTROL_ARN is On (set through $region)" >&2
        exit 0
    fi
done
echo "no ARC endpoint switched $ROUTING_CONTROL_ARN On" >&2
exit 1
`;
