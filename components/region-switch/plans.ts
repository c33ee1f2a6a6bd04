import { databaseNames } from "../data/names";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";

/**
 * ARC Region switch plans, derived from the topology: what moves a region's payments to another
 * one, in order. Pure; `RegionSwitch` (region-switch.ts) creates them.
 *
 * A plan spans exactly two regions (ARC's active/passive approach: "two application replicas in
 * two Regions"), so the environment gets one plan per secondary, paired with the primary, each
 * with an activation workflow for either region: away to the secondary, and back.
 */

/** The EKS access policy Region switch scales workloads with (ARC guide, "EKS resource scaling execution block"). */
export const REGION_SWITCH_SCALING_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonARCRegionSwitchScalingPolicy";
/** The plans' execution role's name: the policy below names it (ARC evaluates a plan by simulating it). */
export function executionRoleName(environment: string): string {
    return `payments-${environment}-region-switch`;
}

/** The service principal the plan's execution role trusts. */
export const REGION_SWITCH_SERVICE = "arc-region-switch.amazonaws.com";
/**
 * Where the plans are created. A plan's ARN carries no region (`arn:aws:arc-region-switch::…`);
 * executing it is a data-plane call in the region being activated, so this region's loss does not
 * stop a switch, only a change to the plan.
 */
export const REGION_SWITCH_CONTROL_PLANE_REGION = "us-east-1";
/** ARC's plan name pattern (CreatePlan): 1–32 letters, digits and inner hyphens. */
export const PLAN_NAME_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/;

/** The activating region scales to this share of what the deactivated one ran at its busiest in the last 24 h. */
export const SCALE_TARGET_PERCENT = 100;
/** In an ungraceful switch (the other region unreachable), go on once this share of the capacity is up. */
export const UNGRACEFUL_MINIMUM_SUCCESS_PERCENT = 80;
/** Step timeouts, in minutes: pods and nodes come up; Aurora switches its writer (typically 1–2 min, long on a lagging secondary). */
export const STEP_TIMEOUT_MINUTES = { scale: 20, databases: 30, traffic: 5 } as const;

/** The ARNs a plan names, none of which the environment stack creates: they follow from the topology's names. */
export interface RegionSwitchTargets {
    /** The account the clusters and databases live in. */
    account: string;
    /** Each cluster's ARC routing control ARN, by cluster name. */
    routingControls: Readonly<Record<string, string>>;
    /** The bucket ARC writes the execution reports to (see RegionSwitchReports). */
    reportsBucket: string;
    /** Cluster → the ARN of its region's application-health alarm (the probe of the API's global name). @default none */
    applicationHealthAlarms?: Readonly<Record<string, string>>;
}

/** One execution block, in the shape of `aws.arcregionswitch.Plan`'s `workflows[].steps[]`. */
export interface PlanStep {
    name: string;
    description: string;
    executionBlockType: "EKSResourceScaling" | "AuroraGlobalDatabase" | "ARCRoutingControl" | "Parallel";
    eksResourceScalingConfigs?: {
        capacityMonitoringApproach: "sampledMaxInLast24Hours";
        targetPercent: number;
        timeoutMinutes: number;
        eksClusters: { clusterArn: string }[];
        kubernetesResourceTypes: { apiVersion: string; kind: string }[];
        scalingResources: { namespace: string; resources: { resourceName: string; name: string; namespace: string; hpaName: string }[] }[];
        ungracefuls: { minimumSuccessPercentage: number }[];
    }[];
    globalAuroraConfigs?: GlobalAuroraConfig[];
    parallelConfigs?: { steps: Omit<PlanStep, "parallelConfigs">[] }[];
    arcRoutingControlConfigs?: {
        timeoutMinutes: number;
        regionAndRoutingControls: { region: string; routingControls: { routingControlArn: string; state: "On" | "Off" }[] }[];
    }[];
}

interface GlobalAuroraConfig {
    /** Graceful: a switchover (no data loss); `ungracefuls` turns it into a failover when the writer's region is gone. */
    behavior: "switchoverOnly";
    globalClusterIdentifier: string;
    databaseClusterArns: string[];
    timeoutMinutes: number;
    ungracefuls: { ungraceful: "failover" }[];
}

export interface PlanWorkflow {
    workflowTargetAction: "activate";
    workflowTargetRegion: string;
    workflowDescription: string;
    steps: PlanStep[];
}

export interface RegionSwitchPlanSpec {
    /** ARC's plan name (unique in the account). */
    name: string;
    /** Where ARC writes each execution's report: the reports' bucket, under the plan's name. */
    reportConfigurations: { reportOutputs: { s3Configurations: { bucketOwner: string; bucketPath: string }[] }[] }[];
    /** The secondary cluster the plan pairs with the primary. */
    cluster: string;
    primaryCluster: string;
    regions: [string, string];
    primaryRegion: string;
    recoveryApproach: "activePassive";
    recoveryTimeObjectiveMinutes: number;
    workflows: PlanWorkflow[];
    /** The application-health alarms of the plan's two regions: ARC's actual recovery time runs until they are OK. */
    associatedAlarms: { mapBlockKey: string; alarmType: "applicationHealth"; resourceIdentifier: string }[];
}

/** ARC's name for the plan that pairs the primary with `cluster`. Pure. */
export function regionSwitchPlanName(environment: string, cluster: string): string {
    return `payments-${environment}-${cluster}`;
}

export function eksClusterArn(account: string, region: string, cluster: string): string {
    return `arn:aws:eks:${region}:${account}:cluster/${cluster}`;
}

export function auroraClusterArn(account: string, region: string, identifier: string): string {
    return `arn:aws:rds:${region}:${account}:cluster:${identifier}`;
}

/**
 * One plan per secondary cluster, paired with the primary, each with two activation workflows
 * (the secondary's and the primary's, to switch back). A workflow runs, in order:
 *
 * 1. scale: every payment service's Deployment in the activating cluster, through its HPA, to
 *    what the other cluster ran at its busiest in the last 24 hours (the node autoscaler follows);
 * 2. databases: every global database's writer to the activating region: a switchover (no data
 *    loss) in a graceful execution, a failover (`--allow-data-loss`) in an ungraceful one, one
 *    block per database, in parallel;
 * 3. traffic: the activating cluster's routing control On and the controls of every cluster
 *    before it in failover order Off, so traffic lands there and, should it fail too, falls
 *    back along the failover order after it (the safety rule keeps at least one On).
 *
 * Empty without ARC routing controls: traffic is what a plan moves last, and without controls
 * the health checks move it on their own. Pure.
 */
export function regionSwitchPlans(platform: PlatformSpec, targets: RegionSwitchTargets): RegionSwitchPlanSpec[] {
    if (!platform.dns.recoveryControl) return [];
    const [primary, ...secondaries] = platform.clusters;
    if (!primary) return [];
    return secondaries.map((secondary) => {
        const pair: Pair = [primary, secondary];
        const routing = routingInputs(platform, targets, pair);
        const workflow = (activating: ClusterSpec): PlanWorkflow => {
            const other = activating === primary ? secondary : primary;
            return {
                workflowTargetAction: "activate",
                workflowTargetRegion: activating.region,
                workflowDescription: `Move payments to ${activating.name} (${activating.region})`,
                steps: [
                    scaleStep(platform, targets, pair, activating, other),
                    ...databaseSteps(platform, targets, pair, activating, other),
                    trafficStep(activating, routing),
                ],
            };
        };
        const name = regionSwitchPlanName(platform.environment, secondary.name);
        return {
            name,
            reportConfigurations: [
                { reportOutputs: [{ s3Configurations: [{ bucketOwner: targets.account, bucketPath: `${targets.reportsBucket}/${name}` }] }] },
            ],
            cluster: secondary.name,
            primaryCluster: primary.name,
            regions: [primary.region, secondary.region],
            primaryRegion: primary.region,
            recoveryApproach: "activePassive",
            recoveryTimeObjectiveMinutes: platform.objectives.rtoMinutes,
            workflows: [workflow(secondary), workflow(primary)],
            associatedAlarms: pair.flatMap((cluster) => {
                const arn = targets.applicationHealthAlarms?.[cluster.name];
                return arn ? [{ mapBlockKey: `api-from-${cluster.name}`, alarmType: "applicationHealth" as const, resourceIdentifier: arn }] : [];
            }),
        };
    });
}

/** A plan's two clusters: the primary, and the secondary it pairs with. */
type Pair = readonly [ClusterSpec, ClusterSpec];

/**
 * The same routing-control inputs in every workflow, as ARC asks ("ARC routing control execution
 * block"): for each of the plan's regions, the states its activation sets, its control On and
 * those before it in failover order Off.
 */
function routingInputs(platform: PlatformSpec, targets: RegionSwitchTargets, pair: Pair) {
    const order = platform.clusters.map((cluster) => cluster.name);
    return pair.map((cluster) => {
        const position = order.indexOf(cluster.name);
        return {
            region: cluster.region,
            routingControls: order.map((other, index) => ({
                routingControlArn: routingControlOf(targets, other),
                state: index < position ? ("Off" as const) : ("On" as const),
            })),
        };
    });
}

/** Scale the payment services in the activating cluster to what the other ran at its busiest in the last 24 hours. */
function scaleStep(platform: PlatformSpec, targets: RegionSwitchTargets, pair: Pair, activating: ClusterSpec, other: ClusterSpec): PlanStep {
    return {
        name: `scale-${activating.name}`,
        description: `Scale the payment services in ${activating.name} to what ${other.name} ran at its busiest in the last 24 hours`,
        executionBlockType: "EKSResourceScaling",
        eksResourceScalingConfigs: [
            {
                capacityMonitoringApproach: "sampledMaxInLast24Hours",
                targetPercent: SCALE_TARGET_PERCENT,
                timeoutMinutes: STEP_TIMEOUT_MINUTES.scale,
                eksClusters: pair.map((cluster) => ({ clusterArn: eksClusterArn(targets.account, cluster.region, cluster.name) })),
                kubernetesResourceTypes: [{ apiVersion: "apps/v1", kind: "Deployment" }],
                // Per service (keyed by its namespace): its Deployment, and the HPA that owns its replicas, in each region.
                scalingResources: platform.services.map((service) => ({
                    namespace: service.namespace,
                    resources: pair.map((cluster) => ({
                        resourceName: cluster.region,
                        name: service.name,
                        namespace: service.namespace,
                        hpaName: service.name,
                    })),
                })),
                ungracefuls: [{ minimumSuccessPercentage: UNGRACEFUL_MINIMUM_SUCCESS_PERCENT }],
            },
        ],
    };
}

/** Every global database's writer to the activating region: one block per database, in parallel when there are several. */
function databaseSteps(platform: PlatformSpec, targets: RegionSwitchTargets, pair: Pair, activating: ClusterSpec, other: ClusterSpec): PlanStep[] {
    const [primary] = pair;
    const blocks: Omit<PlanStep, "parallelConfigs">[] = platform.services
        .filter((service) => service.database)
        .map((service) => {
            const names = (cluster: ClusterSpec) => databaseNames(platform.environment, service.name, cluster.name);
            return {
                name: `database-${service.name}-${activating.name}`,
                description: `Move ${service.name}'s database writer to ${activating.name}`,
                executionBlockType: "AuroraGlobalDatabase",
                globalAuroraConfigs: [
                    {
                        behavior: "switchoverOnly",
                        globalClusterIdentifier: names(primary).global,
                        // The activating region's member first: the one the writer moves to.
                        databaseClusterArns: [activating, other].map((cluster) => auroraClusterArn(targets.account, cluster.region, names(cluster).regional)),
                        timeoutMinutes: STEP_TIMEOUT_MINUTES.databases,
                        ungracefuls: [{ ungraceful: "failover" }],
                    },
                ],
            };
        });
    if (blocks.length <= 1) return blocks;
    return [
        {
            name: `databases-${activating.name}`,
            description: `Move every database's writer to ${activating.name}, in parallel`,
            executionBlockType: "Parallel",
            parallelConfigs: [{ steps: blocks }],
        },
    ];
}

/** Send the API's traffic to the activating cluster: its routing control On, those before it in failover order Off. */
function trafficStep(activating: ClusterSpec, routing: ReturnType<typeof routingInputs>): PlanStep {
    return {
        name: `traffic-${activating.name}`,
        description: `Send the API's traffic to ${activating.name}: its routing control On, those before it in failover order Off`,
        executionBlockType: "ARCRoutingControl",
        arcRoutingControlConfigs: [{ timeoutMinutes: STEP_TIMEOUT_MINUTES.traffic, regionAndRoutingControls: routing }],
    };
}

function routingControlOf(targets: RegionSwitchTargets, cluster: string): string {
    const arn = targets.routingControls[cluster];
    if (!arn) throw new Error(`no routing control for cluster ${cluster}`);
    return arn;
}

/**
 * What the plans' execution role may do: exactly what their blocks call (ARC guide, "Execution
 * block permissions"), on exactly the clusters, databases and controls the plans name. Pure.
 */
export function executionRolePolicy(
    plans: readonly RegionSwitchPlanSpec[],
    platform: PlatformSpec,
    targets: RegionSwitchTargets & { controlPanelArn: string; arcClusterArn: string; reportsKeyArn: string },
): { Version: string; Statement: Record<string, unknown>[] } {
    const clusters = platform.clusters.filter((cluster) => plans.some((plan) => plan.primaryCluster === cluster.name || plan.cluster === cluster.name));
    const statements: Record<string, unknown>[] = [
        // The base every plan needs (ARC guide, "Complete plan execution role permissions"): ARC
        // evaluates a plan by simulating this role's policies, and reads the plan and its executions.
        {
            Sid: "EvaluatePlans",
            Effect: "Allow",
            Action: "iam:SimulatePrincipalPolicy",
            Resource: `arn:aws:iam::${targets.account}:role/${executionRoleName(platform.environment)}`,
        },
        {
            Sid: "ReadPlans",
            Effect: "Allow",
            Action: ["arc-region-switch:GetPlan", "arc-region-switch:GetPlanExecution", "arc-region-switch:ListPlanExecutions"],
            Resource: "*",
        },
        ...applicationHealthStatements(plans),
        {
            Sid: "ScaleEks",
            Effect: "Allow",
            Action: ["eks:DescribeCluster"],
            Resource: clusters.map((cluster) => eksClusterArn(targets.account, cluster.region, cluster.name)),
        },
        {
            Sid: "ReadEksAccess",
            Effect: "Allow",
            Action: ["eks:ListAssociatedAccessPolicies"],
            Resource: clusters.map((cluster) => `arn:aws:eks:${cluster.region}:${targets.account}:access-entry/${cluster.name}/*`),
        },
        {
            Sid: "ReadRoutingControls",
            Effect: "Allow",
            Action: ["route53-recovery-control-config:DescribeControlPanel", "route53-recovery-control-config:DescribeCluster"],
            Resource: [targets.controlPanelArn, targets.arcClusterArn],
        },
        {
            // Automatic execution reports (ARC guide, "Automatic plan execution reports permissions").
            Sid: "WriteReports",
            Effect: "Allow",
            Action: ["s3:PutObject"],
            Resource: [`arn:aws:s3:::${targets.reportsBucket}/*`],
        },
        { Sid: "EncryptReports", Effect: "Allow", Action: ["kms:GenerateDataKey", "kms:Encrypt"], Resource: [targets.reportsKeyArn] },
        {
            Sid: "SwitchRoutingControls",
            Effect: "Allow",
            Action: ["route53-recovery-cluster:GetRoutingControlState", "route53-recovery-cluster:UpdateRoutingControlStates"],
            Resource: platform.clusters.map((cluster) => routingControlOf(targets, cluster.name)),
        },
    ];
    return { Version: "2012-10-17", Statement: [...statements, ...databaseStatements(platform, targets, clusters)] };
}

/** The application-health alarms the plans watch (ARC guide, "CloudWatch alarms for application health permissions"). Pure. */
function applicationHealthStatements(plans: readonly RegionSwitchPlanSpec[]): Record<string, unknown>[] {
    const alarms = [...new Set(plans.flatMap((plan) => plan.associatedAlarms.map((alarm) => alarm.resourceIdentifier)))].sort();
    return alarms.length === 0
        ? []
        : [{ Sid: "ApplicationHealth", Effect: "Allow", Action: ["cloudwatch:DescribeAlarms", "cloudwatch:DescribeAlarmHistory"], Resource: alarms }];
}

/** Moving every global database's writer between the plans' clusters: the global clusters and their members, nothing else. Pure. */
function databaseStatements(platform: PlatformSpec, targets: RegionSwitchTargets, clusters: readonly ClusterSpec[]): Record<string, unknown>[] {
    const owners = platform.services.filter((service) => service.database);
    const [primary] = platform.clusters;
    if (owners.length === 0 || !primary) return [];
    return [
        { Sid: "ReadDatabases", Effect: "Allow", Action: ["rds:DescribeGlobalClusters", "rds:DescribeDBClusters"], Resource: "*" },
        {
            Sid: "MoveDatabaseWriters",
            Effect: "Allow",
            Action: ["rds:SwitchoverGlobalCluster", "rds:FailoverGlobalCluster"],
            Resource: owners.flatMap((service) => [
                `arn:aws:rds::${targets.account}:global-cluster:${databaseNames(platform.environment, service.name, primary.name).global}`,
                ...clusters.map((cluster) =>
                    auroraClusterArn(targets.account, cluster.region, databaseNames(platform.environment, service.name, cluster.name).regional),
                ),
            ]),
        },
    ];
}
