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
    resources: readonly Pick<PlanResource, "name" | "type" | "inputs">[];
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
