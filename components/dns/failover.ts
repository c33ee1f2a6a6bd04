/**
 * Failover routing for the payments API, as data: which records and health checks exist, and
 * where Route 53 sends a query given which clusters are down. Pure: the DNS component turns the
 * plan into resources, and tests run every failure against the resolver.
 */

export type FailoverRole = "PRIMARY" | "SECONDARY";

export type HealthCheckPlan =
    /** HTTPS GET /healthz on the cluster's own API host. */
    | { id: string; kind: "endpoint"; cluster: string; inverted: boolean }
    /** Healthy when at least `threshold` children are. */
    | { id: string; kind: "calculated"; children: string[]; threshold: number; inverted: boolean };

export interface FailoverRecordPlan {
    name: string;
    setIdentifier: string;
    failover: FailoverRole;
    healthCheckId: string;
    /** A cluster's load balancer, or another record name (a lower tier). */
    target: { kind: "cluster"; cluster: string } | { kind: "alias"; name: string };
    evaluateTargetHealth: boolean;
}

export interface FailoverPlan {
    apiHost: string;
    healthChecks: HealthCheckPlan[];
    records: FailoverRecordPlan[];
}

export const endpointCheckId = (cluster: string) => `endpoint-${cluster}`;

/** Name of the record set that serves tier `tier` (0 is the API host itself). */
export function tierName(apiHost: string, tier: number): string {
    return tier === 0 ? apiHost : `standby-${tier}.${apiHost}`;
}

/** What a cluster's stack publishes about its failover tier, for the cluster before it in priority. */
export interface PublishedTier {
    /** The record set name of its tier; absent when it is the last cluster that has been deployed. */
    record?: string;
    /** Clusters the tier can send traffic to: this one and those after it that are deployed. */
    clusters: string[];
    /** Health checks of those clusters, in the same order (ids as the caller names them). */
    healthCheckIds: string[];
}

/** The next cluster in priority whose stack has been deployed, as its outputs describe it. */
export interface NextCluster {
    cluster: string;
    healthCheckId: string;
    tier: PublishedTier;
}

/** The records and health checks one cluster's stack owns, and what it publishes for the one before it. */
export interface ClusterFailoverPart {
    /** Its own endpoint check first, then the calculated check guarding its SECONDARY, if any. */
    healthChecks: HealthCheckPlan[];
    /** PRIMARY then SECONDARY of its tier; none when no deployed cluster follows it. */
    records: FailoverRecordPlan[];
    tier: PublishedTier;
}

/**
 * The part of the failover routing cluster `cluster` (at `position` in the topology's priority
 * order) owns: its endpoint check and, when a deployed cluster follows it, the tier named
 * `tierName(apiHost, position)`. The tier's PRIMARY is this cluster; its SECONDARY is the next
 * deployed cluster if that one owns no tier, else an alias to that cluster's tier, guarded by a
 * calculated check that is healthy while any cluster of that tier is. Each part needs only the
 * next deployed cluster's published tier, so stacks are applied from the last cluster to the
 * primary and every alias's target exists before the alias. Tier names follow the topology's
 * positions, so a cluster that is not deployed yet never renames anyone else's records.
 */
export function planClusterFailover(args: {
    cluster: string;
    position: number;
    apiHost: string;
    inverted: boolean;
    /** How this cluster's own endpoint check is named by whoever consumes the part. @default endpointCheckId(cluster) */
    healthCheckId?: string;
    next?: NextCluster;
}): ClusterFailoverPart {
    const ownCheck = args.healthCheckId ?? endpointCheckId(args.cluster);
    const healthChecks: HealthCheckPlan[] = [{ id: ownCheck, kind: "endpoint", cluster: args.cluster, inverted: args.inverted }];
    const next = args.next;
    if (!next) return { healthChecks, records: [], tier: { clusters: [args.cluster], healthCheckIds: [ownCheck] } };
    const name = tierName(args.apiHost, args.position);
    const records: FailoverRecordPlan[] = [
        {
            name,
            setIdentifier: `${args.cluster}-primary`,
            failover: "PRIMARY",
            healthCheckId: ownCheck,
            target: { kind: "cluster", cluster: args.cluster },
            evaluateTargetHealth: true,
        },
    ];
    if (next.tier.record === undefined) {
        records.push({
            name,
            setIdentifier: `${next.cluster}-secondary`,
            failover: "SECONDARY",
            healthCheckId: next.healthCheckId,
            target: { kind: "cluster", cluster: next.cluster },
            evaluateTargetHealth: true,
        });
    } else {
        const id = `any-of-${next.tier.clusters.join("-")}`;
        healthChecks.push({ id, kind: "calculated", children: [...next.tier.healthCheckIds], threshold: 1, inverted: false });
        records.push({
            name,
            setIdentifier: `${next.tier.record.replace(/\..*$/, "")}-secondary`,
            failover: "SECONDARY",
            healthCheckId: id,
            target: { kind: "alias", name: next.tier.record },
            evaluateTargetHealth: true,
        });
    }
    return {
        healthChecks,
        records,
        tier: { record: name, clusters: [args.cluster, ...next.tier.clusters], healthCheckIds: [ownCheck, ...next.tier.healthCheckIds] },
    };
}

/**
 * The whole routing, as Route 53 serves it once every deployed cluster's stack is applied: the
 * parts of `planClusterFailover` composed from the last cluster to the first. `deployed` leaves
 * out clusters whose stacks have no outputs yet (never applied, or destroyed). `inverted`
 * clusters (a drill) report the opposite of their health.
 */
export function planFailover(
    clustersInPriority: readonly string[],
    apiHost: string,
    inverted: readonly string[] = [],
    deployed: readonly string[] = clustersInPriority,
): FailoverPlan {
    const live = clustersInPriority.filter((cluster) => deployed.includes(cluster));
    if (live.length < 2) throw new Error(`failover needs at least two clusters, got ${live.length}`);
    const parts: ClusterFailoverPart[] = [];
    let next: NextCluster | undefined;
    for (const cluster of [...live].reverse()) {
        const part = planClusterFailover({ cluster, position: clustersInPriority.indexOf(cluster), apiHost, inverted: inverted.includes(cluster), next });
        parts.unshift(part);
        next = { cluster, healthCheckId: endpointCheckId(cluster), tier: part.tier };
    }
    return {
        apiHost,
        healthChecks: [...parts.map((part) => part.healthChecks[0]), ...parts.flatMap((part) => part.healthChecks.slice(1))],
        records: parts.flatMap((part) => part.records),
    };
}

/**
 * The cluster Route 53 answers `name` with, when the clusters in `down` fail their checks.
 * Follows the documented failover rules (Route 53 API, ResourceRecordSet.Failover): a healthy
 * PRIMARY wins; else a healthy SECONDARY; if the SECONDARY is unhealthy too, the PRIMARY is
 * returned anyway. A record is healthy when its health check is and, with evaluate-target-health,
 * its alias target is. An inverted check reports the opposite of its endpoint.
 */
export function resolveTraffic(plan: FailoverPlan, down: ReadonlySet<string>, name: string = plan.apiHost): string {
    const checks = new Map(plan.healthChecks.map((check) => [check.id, check]));
    const checkHealthy = (id: string): boolean => {
        const check = checks.get(id);
        if (!check) throw new Error(`record refers to unknown health check ${id}`);
        const raw = check.kind === "endpoint" ? !down.has(check.cluster) : check.children.filter(checkHealthy).length >= check.threshold;
        return check.inverted ? !raw : raw;
    };
    const recordsOf = (recordName: string) => {
        const set = plan.records.filter((record) => record.name === recordName);
        const primary = set.find((record) => record.failover === "PRIMARY");
        const secondary = set.find((record) => record.failover === "SECONDARY");
        if (!primary || !secondary) throw new Error(`${recordName} is not a failover pair`);
        return { primary, secondary };
    };
    const recordHealthy = (record: FailoverRecordPlan): boolean => {
        if (!checkHealthy(record.healthCheckId)) return false;
        if (!record.evaluateTargetHealth) return true;
        if (record.target.kind === "cluster") return !down.has(record.target.cluster);
        const { primary, secondary } = recordsOf(record.target.name);
        return recordHealthy(primary) || recordHealthy(secondary);
    };
    const follow = (record: FailoverRecordPlan): string =>
        record.target.kind === "cluster" ? record.target.cluster : resolveTraffic(plan, down, record.target.name);
    const { primary, secondary } = recordsOf(name);
    if (recordHealthy(primary)) return follow(primary);
    if (recordHealthy(secondary)) return follow(secondary);
    return follow(primary);
}
