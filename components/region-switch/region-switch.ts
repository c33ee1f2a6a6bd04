import type { RegionSwitchOutputs } from "../platform/outputs";
import { apiHealthAlarmName } from "../platform/probe-alarm";
import { serviceTrustPolicy } from "../cluster/iam";
import { keyOwners } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PlatformSpec } from "../topology/spec";
import { quietRegionProvider } from "../platform/quiet-provider";
import type { RegionSwitchPlanSpec } from "./plans";
import { executionRoleName, executionRolePolicy, REGION_SWITCH_CONTROL_PLANE_REGION, REGION_SWITCH_SERVICE, regionSwitchPlans } from "./plans";
import { RegionSwitchReports } from "./reports";

export interface RegionSwitchArgs {
    /** The environment's permissions boundary, for the execution role. Required. */
    permissionsBoundary: pulumi.Input<string>;
    platform: PlatformSpec;
    /** Each cluster's ARC routing control ARN, by cluster name. Required: plans move traffic through them. */
    routingControls: Record<string, pulumi.Output<string>>;
    controlPanelArn: pulumi.Output<string>;
    arcClusterArn: pulumi.Output<string>;
    /**
     * The provider of the region the execution reports are kept in: the last cluster's in failover
     * order, so losing the primary's region (the plans' control-plane region in prod) loses no report.
     */
    reportsProvider: aws.Provider;
    /** That provider's region. */
    reportsRegion: string;
    /**
     * Whether each cluster's region runs the probe whose API alarm (`apiHealthAlarmName`) the plans
     * watch as their application health. @default false
     */
    applicationHealthAlarms?: boolean;
    tags: Record<string, string>;
}

/**
 * The environment's ARC Region switch plans (see `regionSwitchPlans`) and the role they execute
 * as. The plans name clusters and databases the cluster stacks create, by the names the topology
 * gives them, so the environment reads no cluster stack; ARC evaluates a plan every 30 minutes
 * and warns (in its console and `get-plan-evaluation-status`) until everything it names exists.
 * Each cluster stack grants the role AmazonARCRegionSwitchScalingPolicy in the payment namespaces.
 */
export class RegionSwitch extends pulumi.ComponentResource {
    readonly outputs: pulumi.Output<RegionSwitchOutputs>;

    constructor(name: string, args: RegionSwitchArgs, opts?: pulumi.ComponentResourceOptions) {
        // The type token from when the plans lived under components/dns: changing it would change every URN below.
        super("payments:dns:RegionSwitch", name, {}, opts);
        const { platform } = args;
        const provider = quietRegionProvider(`${name}-aws`, REGION_SWITCH_CONTROL_PLANE_REGION, args.tags, this);
        const child = { parent: this, provider };
        const role = new aws.iam.Role(
            `${name}-execution-role`,
            {
                name: executionRoleName(platform.environment),
                description: "Runs the payments Region switch plans: scales EKS workloads, moves Aurora writers, flips ARC routing controls",
                // The trust AWS documents ("Plan execution role trust policy"): no source condition, which
                // ARC is not documented to send; a condition it does not send would fail the plan mid-outage.
                assumeRolePolicy: JSON.stringify(serviceTrustPolicy(REGION_SWITCH_SERVICE)),
                permissionsBoundary: args.permissionsBoundary,
                tags: args.tags,
            },
            child,
        );
        // The account, from the role's ARN rather than an STS call: the environment makes no call at start-up (quietRegionProvider).
        const account = role.arn.apply((arn) => arn.split(":")[4] ?? "");
        const reports = new RegionSwitchReports(
            `${name}-reports`,
            { environment: platform.environment, region: args.reportsRegion, keyOwners: keyOwners(platform), tags: args.tags },
            { parent: this, providers: [args.reportsProvider] },
        );
        const targets = planTargets(args, account, reports);
        const specs = targets.apply((resolved) => regionSwitchPlans(platform, resolved));

        const policy = new aws.iam.RolePolicy(
            `${name}-execution-policy`,
            {
                role: role.id,
                policy: pulumi.all([specs, targets]).apply(([plans, resolved]) => JSON.stringify(executionRolePolicy(plans, platform, resolved))),
            },
            child,
        );

        // One plan per secondary; the names are known from the topology, the contents once the ARNs resolve.
        const plans = platform.clusters.slice(1).map((secondary) => {
            const spec = specs.apply((all) => {
                const found = all.find((plan) => plan.cluster === secondary.name);
                if (!found) throw new pulumi.RunError(`no Region switch plan for ${secondary.name}`);
                return found;
            });
            const plan = new aws.arcregionswitch.Plan(
                `${name}-${secondary.name}`,
                {
                    name: spec.name,
                    description: spec.apply((s) => `Move payments between ${s.primaryCluster} and ${s.cluster}: scale, databases, traffic`),
                    executionRole: role.arn,
                    recoveryApproach: spec.recoveryApproach,
                    regions: spec.regions,
                    primaryRegion: spec.primaryRegion,
                    recoveryTimeObjectiveMinutes: spec.recoveryTimeObjectiveMinutes,
                    workflows: spec.workflows,
                    reportConfigurations: spec.reportConfigurations,
                    associatedAlarms: spec.associatedAlarms,
                    tags: { ...args.tags, cluster: secondary.name },
                },
                // Plan evaluation assumes the role at once: its permissions go first.
                { ...child, dependsOn: [policy] },
            );
            return { cluster: secondary.name, plan, spec };
        });

        this.outputs = planOutputs(role.arn, plans);
        this.registerOutputs({ outputs: this.outputs });
    }
}

/** What the plans name, once the ARNs resolve: the account, the routing controls, the probes' alarms (by name, from the topology), the control panel, the reports' bucket and key. */
function planTargets(args: RegionSwitchArgs, account: pulumi.Output<string>, reports: RegionSwitchReports) {
    const { platform } = args;
    return pulumi
        .all([account, pulumi.all(args.routingControls), args.controlPanelArn, args.arcClusterArn, reports.bucketName, reports.keyArn])
        .apply(([accountId, routingControls, controlPanelArn, arcClusterArn, reportsBucket, reportsKeyArn]) => ({
            account: accountId,
            routingControls,
            // By name, from the topology (the probes are made beside the plans, in the same stack).
            applicationHealthAlarms: args.applicationHealthAlarms
                ? Object.fromEntries(
                      platform.clusters.map((cluster) => [
                          cluster.name,
                          `arn:aws:cloudwatch:${cluster.region}:${accountId}:alarm:${apiHealthAlarmName(platform.environment, cluster.name)}`,
                      ]),
                  )
                : undefined,
            controlPanelArn,
            arcClusterArn,
            reportsBucket,
            reportsKeyArn,
        }));
}

/** The execution role, and each plan's ARN, name, regions and where its reports go, by secondary. */
function planOutputs(
    executionRoleArn: pulumi.Output<string>,
    plans: ReadonlyArray<{ cluster: string; plan: aws.arcregionswitch.Plan; spec: pulumi.Output<RegionSwitchPlanSpec> }>,
): pulumi.Output<RegionSwitchOutputs> {
    return pulumi
        .all([
            executionRoleArn,
            pulumi.all(
                plans.map(({ cluster, plan, spec }) =>
                    pulumi.all([plan.arn, spec]).apply(
                        ([arn, s]) =>
                            [
                                cluster,
                                {
                                    arn,
                                    name: s.name,
                                    regions: s.regions,
                                    reports: `s3://${s.reportConfigurations[0]?.reportOutputs[0]?.s3Configurations[0]?.bucketPath ?? ""}/`,
                                },
                            ] as const,
                    ),
                ),
            ),
        ])
        .apply(([roleArn, entries]) => ({ executionRoleArn: roleArn, plans: Object.fromEntries(entries) }));
}
