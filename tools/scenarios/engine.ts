/**
 * Failure scenarios over an environment's plans: for the loss of each region, what every
 * surviving cluster stack still needs from it, read from the planned resources' inputs (hosts and
 * ARNs), never declared by hand beside them. Pure.
 */
import type { PlanResource } from "../offline-plan/plan-file";

/** What a resource does with another region: needs it to run (broken when it is lost), or copies into it (a copy stops). */
export type DependencyKind = "pulls images from" | "uses" | "replicates into";

export interface Dependency {
    stack: string;
    resource: string;
    type: string;
    /** Where in the resource's inputs, e.g. `spec.template.spec.containers[0].image`. */
    path: string;
    region: string;
    kind: DependencyKind;
    value: string;
}

const REGION = "[a-z]{2}(?:-gov)?-[a-z]+-\\d";
const ECR_HOST = new RegExp(`^\\d{12}\\.dkr\\.ecr\\.(${REGION})\\.amazonaws\\.com/`);
const ARN = new RegExp(`^arn:aws[a-z-]*:[a-z0-9-]+:(${REGION}):`);
const REGIONAL_HOST = new RegExp(`^(?:[a-z0-9-]+\\.)+(${REGION})\\.(?:rds|elb|eks)\\.amazonaws\\.com$`);

/** Inputs that name a region without depending on it: IAM documents grant access, they do not call anything. */
const PERMISSION_ONLY = /^aws:iam\//;
/** Inputs through which a resource writes copies into another region. */
const REPLICATES = (type: string, path: string) =>
    type === "aws:s3/bucketReplicationConfig:BucketReplicationConfig" ||
    type === "aws:ecr/replicationConfiguration:ReplicationConfiguration" ||
    (type === "aws:backup/plan:Plan" && path.includes("copyActions")) ||
    (type === "aws:secretsmanager/secret:Secret" && path.startsWith("replicas"));

function* strings(value: unknown, path: string): Generator<[string, string]> {
    if (typeof value === "string") yield [path, value];
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`);
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) yield* strings(item, path ? `${path}.${key}` : key);
}

/** Every input of a stack's resources that lives in a region other than `ownRegion`, with what the resource does with it. */
export function regionalDependencies(stack: string, ownRegion: string, resources: readonly Pick<PlanResource, "name" | "type" | "inputs">[]): Dependency[] {
    const found: Dependency[] = [];
    for (const resource of resources) {
        if (PERMISSION_ONLY.test(resource.type)) continue;
        for (const [path, value] of strings(resource.inputs, "")) {
            const image = ECR_HOST.exec(value);
            const region = image?.[1] ?? ARN.exec(value)?.[1] ?? REGIONAL_HOST.exec(value)?.[1];
            if (!region || region === ownRegion) continue;
            const kind: DependencyKind = image ? "pulls images from" : REPLICATES(resource.type, path) ? "replicates into" : "uses";
            found.push({ stack, resource: resource.name, type: resource.type, path, region, kind, value });
        }
    }
    return found;
}

export interface ClusterPlan {
    stack: string;
    region: string;
    /** With their URNs and dependencies where known (the zone scenarios follow the wiring). */
    resources: readonly (Pick<PlanResource, "name" | "type" | "inputs"> & Partial<Pick<PlanResource, "urn" | "dependsOn">>)[];
}

export interface RegionLossScenario {
    lost: string;
    /**
     * The surviving regions whose probe checks a lost cluster's API name and alarms to a topic in
     * a surviving region: where the page for this loss comes from. Undefined when the environment
     * pages no one by CloudWatch at all (it has no alarm topics).
     */
    pagedFrom?: string[];
    /** The clusters in the lost region. */
    lostClusters: string[];
    survivors: string[];
    /** What a survivor needs from the lost region: it cannot run, scale or recover without it. */
    broken: Dependency[];
    /** What a survivor copies into the lost region: those copies stop, the survivor runs on. */
    degraded: Dependency[];
}

/** The environment stack's plan: its resources with their providers (whose inputs name their region). */
export interface EnvironmentPlanView {
    resources: readonly Pick<PlanResource, "urn" | "name" | "type" | "inputs" | "provider">[];
}

const CANARY = "aws:synthetics/canary:Canary";
const ALARM = "aws:cloudwatch/metricAlarm:MetricAlarm";
const TOPIC = "aws:sns/topic:Topic";

/**
 * The regions that page when the clusters `lost` are gone: a canary there (read from the
 * environment's plan: its provider's region, its TARGETS) probes a lost cluster's API name
 * (`cluster-<name>`), and an alarm on it notifies a topic outside the lost region. Pure.
 */
export function pagingRegions(environment: EnvironmentPlanView, lost: { region: string; clusters: readonly string[] }): string[] {
    const regionOf = (provider: string | null) =>
        (environment.resources.find((resource) => resource.urn === provider)?.inputs as { region?: string } | undefined)?.region;
    const regions = new Set<string>();
    for (const canary of environment.resources.filter((resource) => resource.type === CANARY)) {
        const region = regionOf(canary.provider);
        if (!region || region === lost.region) continue;
        const inputs = canary.inputs as { name?: string; runConfig?: { environmentVariables?: { TARGETS?: string } } };
        const targets = JSON.parse(inputs.runConfig?.environmentVariables?.TARGETS ?? "[]") as Array<{ name?: string }>;
        if (!targets.some((target) => lost.clusters.some((cluster) => target.name === `cluster-${cluster}`))) continue;
        const alarmed = environment.resources.some((alarm) => {
            const alarmInputs = alarm.inputs as { dimensions?: { CanaryName?: string }; alarmActions?: string[] };
            return (
                alarm.type === ALARM &&
                alarmInputs.dimensions?.CanaryName === inputs.name &&
                (alarmInputs.alarmActions ?? []).some((action) => ARN.exec(action)?.[1] !== lost.region)
            );
        });
        if (alarmed) regions.add(region);
    }
    return [...regions].sort();
}

/** The loss of each region that holds a cluster, judged over every cluster stack's plan (and the environment's, for who pages). */
export function regionLossScenarios(clusters: readonly ClusterPlan[], environment?: EnvironmentPlanView): RegionLossScenario[] {
    const pages = environment?.resources.some((resource) => resource.type === TOPIC) ?? false;
    const dependencies = clusters.flatMap((cluster) => regionalDependencies(cluster.stack, cluster.region, cluster.resources));
    return [...new Set(clusters.map((cluster) => cluster.region))].map((lost) => {
        const survivors = clusters.filter((cluster) => cluster.region !== lost).map((cluster) => cluster.stack);
        const onLost = dependencies.filter((dependency) => dependency.region === lost && survivors.includes(dependency.stack));
        const lostClusters = clusters.filter((cluster) => cluster.region === lost).map((cluster) => cluster.stack);
        return {
            lost,
            ...(environment && pages ? { pagedFrom: pagingRegions(environment, { region: lost, clusters: lostClusters }) } : {}),
            lostClusters,
            survivors,
            broken: onLost.filter((dependency) => dependency.kind !== "replicates into"),
            degraded: onLost.filter((dependency) => dependency.kind === "replicates into"),
        };
    });
}

/** A dependency as one line: the chain from the survivor to the lost place. */
export function describeDependency(dependency: Dependency): string {
    return `${dependency.stack} → ${dependency.resource} (${dependency.type}) ${dependency.path} ${dependency.kind} ${dependency.region}: ${dependency.value}`;
}

/** The scenarios as the plan prints them (`--scenarios`). */
export function scenarioReport(scenarios: readonly RegionLossScenario[]): string[] {
    return scenarios.flatMap((scenario) => [
        `loss of ${scenario.lost} (${scenario.lostClusters.join(", ")}): survivors ${scenario.survivors.join(", ") || "none"}`,
        ...(scenario.pagedFrom === undefined
            ? []
            : scenario.pagedFrom.length > 0
              ? [`  paged from: ${scenario.pagedFrom.join(", ")} (probes of ${scenario.lostClusters.join(", ")}, alarmed to a surviving topic)`]
              : [`  broken: nothing pages: no probe in a surviving region checks ${scenario.lostClusters.join(", ")} with an alarm to a surviving topic`]),
        ...(scenario.broken.length === 0
            ? ["  broken: nothing (no survivor needs anything from this region)"]
            : scenario.broken.map((dependency) => `  broken: ${describeDependency(dependency)}`)),
        ...[...new Set(scenario.degraded.map((dependency) => `${dependency.stack} → ${dependency.resource} stops copying into ${dependency.region}`))].map(
            (line) => `  degraded: ${line}`,
        ),
    ]);
}

/** What a cluster loses with one of its availability zones. */
export interface ZoneLossScenario {
    stack: string;
    zone: string;
    /** What the zones that survive cannot do without it: a bug in the plan, or a pool confined to it. */
    broken: string[];
    /** What stops in the surviving zones by config's choice (one NAT gateway to save cost). */
    degraded: string[];
}

const SUBNET = "aws:ec2/subnet:Subnet";
const NAT = "aws:ec2/natGateway:NatGateway";

/**
 * The loss of each availability zone of each cluster, from the plans' wiring (`dependsOn`): a
 * private subnet whose default route goes through a NAT gateway in another zone loses its way out
 * when that zone goes (degraded when the VPC has a single NAT gateway by config, broken
 * otherwise: a route wired to the wrong zone), a node pool whose subnets are all in the zone
 * loses every node, and state kept on one replica's EBS volume (a StatefulSet, Prometheus or
 * Alertmanager with storage and one replica) is down with whichever zone holds it. Pure.
 */
export function zoneLossScenarios(clusters: readonly ClusterPlan[]): ZoneLossScenario[] {
    return clusters.flatMap((cluster) => {
        const resources = cluster.resources;
        const byUrn = new Map(resources.flatMap((resource) => (resource.urn ? [[resource.urn, resource] as const] : [])));
        const zoneOfSubnet = (urn: string) => (byUrn.get(urn)?.inputs as { availabilityZoneId?: string } | undefined)?.availabilityZoneId;
        const dependenciesOfType = (resource: Partial<Pick<PlanResource, "dependsOn">>, type: string) =>
            (resource.dependsOn ?? []).filter((urn) => byUrn.get(urn)?.type === type);
        const nats = resources.filter((resource) => resource.type === NAT);
        const natZone = new Map(nats.map((nat) => [nat.urn ?? nat.name, dependenciesOfType(nat, SUBNET).map(zoneOfSubnet).find(Boolean)]));
        const singleNat = nats.length === 1;
        // Route table → the NAT its default route goes through; subnet → its route table.
        const natOfTable = new Map<string, string>();
        for (const route of resources.filter((resource) => resource.type === "aws:ec2/route:Route")) {
            if ((route.inputs as { destinationCidrBlock?: string }).destinationCidrBlock !== "0.0.0.0/0") continue;
            const nat = dependenciesOfType(route, NAT)[0];
            const table = dependenciesOfType(route, "aws:ec2/routeTable:RouteTable")[0];
            if (nat && table) natOfTable.set(table, nat);
        }
        const egress: Array<{ subnet: string; zone: string; natZone: string }> = [];
        for (const association of resources.filter((resource) => resource.type === "aws:ec2/routeTableAssociation:RouteTableAssociation")) {
            const subnet = dependenciesOfType(association, SUBNET)[0];
            const table = dependenciesOfType(association, "aws:ec2/routeTable:RouteTable")[0];
            const nat = table ? natOfTable.get(table) : undefined;
            const zone = subnet ? zoneOfSubnet(subnet) : undefined;
            const through = nat ? natZone.get(nat) : undefined;
            if (subnet && zone && through) egress.push({ subnet: byUrn.get(subnet)?.name ?? subnet, zone, natZone: through });
        }
        const pools = resources
            .filter((resource) => resource.type === "aws:eks/nodeGroup:NodeGroup")
            .map((pool) => ({
                name: pool.name,
                zones: [
                    ...new Set(
                        dependenciesOfType(pool, SUBNET)
                            .map(zoneOfSubnet)
                            .filter((zone): zone is string => !!zone),
                    ),
                ],
            }));
        const zones = [
            ...new Set(
                resources
                    .filter((resource) => resource.type === SUBNET)
                    .map((subnet) => (subnet.inputs as { availabilityZoneId?: string }).availabilityZoneId)
                    .filter((zone): zone is string => !!zone),
            ),
        ].sort();
        const singleVolumes = zonalStateOfOne(resources);
        return zones.map((zone) => {
            const crossing = egress.filter((entry) => entry.natZone === zone && entry.zone !== zone);
            const lines = crossing.map((entry) => `${entry.subnet} (${entry.zone}) leaves through a NAT gateway in ${zone}`);
            return {
                stack: cluster.stack,
                zone,
                broken: [
                    ...(singleNat ? [] : lines),
                    ...pools
                        .filter((pool) => pool.zones.length === 1 && pool.zones[0] === zone)
                        .map((pool) => `node pool ${pool.name} has subnets in ${zone} only`),
                    // Which zone holds the volume is the scheduler's choice: it is lost with any of them.
                    ...singleVolumes.map(
                        (holder) => `${holder} keeps its state on one zonal EBS volume (one replica): down until ${zone} returns, if it holds it`,
                    ),
                ],
                degraded: singleNat ? lines.map((line) => `${line} (one NAT gateway: natGatewayMode single)`) : [],
            };
        });
    });
}

/** Kinds that keep state on one EBS volume per replica (zonal: a pod cannot follow it to another zone), and where their replicas and storage are. */
const ZONAL_STATE: Record<string, (inputs: Record<string, unknown>) => { replicas: number; volumes: boolean }> = {
    "kubernetes:apps/v1:StatefulSet": (inputs) => {
        const spec = (inputs.spec ?? {}) as { replicas?: number; volumeClaimTemplates?: unknown[] };
        return { replicas: spec.replicas ?? 1, volumes: (spec.volumeClaimTemplates ?? []).length > 0 };
    },
    "kubernetes:monitoring.coreos.com/v1:Prometheus": (inputs) => {
        const spec = (inputs.spec ?? {}) as { replicas?: number; storage?: unknown };
        return { replicas: spec.replicas ?? 1, volumes: spec.storage !== undefined };
    },
    "kubernetes:monitoring.coreos.com/v1:Alertmanager": (inputs) => {
        const spec = (inputs.spec ?? {}) as { replicas?: number; storage?: unknown };
        return { replicas: spec.replicas ?? 1, volumes: spec.storage !== undefined };
    },
};

/** The resources that keep their state on a single zonal volume: one replica with persistent storage. */
function zonalStateOfOne(resources: readonly Pick<PlanResource, "name" | "type" | "inputs">[]): string[] {
    return resources.flatMap((resource) => {
        const read = ZONAL_STATE[resource.type];
        if (!read) return [];
        const { replicas, volumes } = read((resource.inputs ?? {}) as Record<string, unknown>);
        return volumes && replicas < 2 ? [`${resource.name} (${resource.type})`] : [];
    });
}

/** The zone scenarios as the plan prints them (`--scenarios`). */
export function zoneScenarioReport(scenarios: readonly ZoneLossScenario[]): string[] {
    return scenarios.flatMap((scenario) => [
        `loss of ${scenario.zone} in ${scenario.stack}:`,
        ...(scenario.broken.length === 0
            ? ["  broken: nothing (the other zones keep their nodes and their way out)"]
            : scenario.broken.map((line) => `  broken: ${line}`)),
        ...scenario.degraded.map((line) => `  degraded: ${line}`),
    ]);
}
