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
    /** Absent on an alias to a lower tier: its health is its target's (evaluate target health). */
    healthCheckId?: string;
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

/** The records and health check one cluster's stack owns. */
export interface ClusterFailoverPart {
    /** Its own endpoint check. */
    healthChecks: HealthCheckPlan[];
    /** The PRIMARY of its own tier (not on the last cluster), then the SECONDARY of the tier above it (not on the first). */
    records: FailoverRecordPlan[];
}

/**
 * The part of the failover routing cluster `cluster`, at `position` of `count` clusters in the
 * topology's priority order, owns. Tier k (`tierName(apiHost, k)`) is a failover pair: PRIMARY
 * to cluster k, SECONDARY to tier k+1, or straight to the last cluster. Cluster k owns tier k's
 * PRIMARY and tier k-1's SECONDARY, an alias to tier k with evaluate-target-health (Route 53
 * follows the alias and answers it healthy while a record it would answer with is), which targets
 * a record of its own stack. So no stack needs another's outputs or records: clusters can be
 * applied in any order, in parallel. Names follow topology positions, so a cluster that is not
 * deployed yet renames nothing; until it is, the tier above it has no SECONDARY. Pure.
 */
export function planClusterFailover(args: {
    cluster: string;
    position: number;
    /** How many clusters the topology has. */
    count: number;
    apiHost: string;
    inverted: boolean;
    /** How this cluster's own check is named by whoever consumes the part. @default endpointCheckId(cluster) */
    healthCheckId?: string;
}): ClusterFailoverPart {
    const ownCheck = args.healthCheckId ?? endpointCheckId(args.cluster);
    if (args.position < 0 || args.position >= args.count) throw new Error(`${args.cluster}: position ${args.position} is outside 0..${args.count - 1}`);
    const healthChecks: HealthCheckPlan[] = [{ id: ownCheck, kind: "endpoint", cluster: args.cluster, inverted: args.inverted }];
    const last = args.position === args.count - 1;
    const own: FailoverRecordPlan["target"] = { kind: "cluster", cluster: args.cluster };
    const records: FailoverRecordPlan[] = [];
    if (!last)
        records.push({
            name: tierName(args.apiHost, args.position),
            setIdentifier: `${args.cluster}-primary`,
            failover: "PRIMARY",
            healthCheckId: ownCheck,
            target: own,
            evaluateTargetHealth: true,
        });
    if (args.position > 0)
        records.push(
            last
                ? {
                      name: tierName(args.apiHost, args.position - 1),
                      setIdentifier: `${args.cluster}-secondary`,
                      failover: "SECONDARY",
                      healthCheckId: ownCheck,
                      target: own,
                      evaluateTargetHealth: true,
                  }
                : {
                      name: tierName(args.apiHost, args.position - 1),
                      setIdentifier: `${args.cluster}-secondary`,
                      failover: "SECONDARY",
                      target: { kind: "alias", name: tierName(args.apiHost, args.position) },
                      evaluateTargetHealth: true,
                  },
        );
    return { healthChecks, records };
}

/**
 * The whole routing, as Route 53 serves it once every deployed cluster's stack is applied: the
 * union of the parts of `planClusterFailover`. `deployed` leaves out clusters whose stacks have
 * no outputs yet (never applied, or destroyed). `inverted` clusters (a drill) report the opposite
 * of their health.
 */
export function planFailover(
    clustersInPriority: readonly string[],
    apiHost: string,
    inverted: readonly string[] = [],
    deployed: readonly string[] = clustersInPriority,
): FailoverPlan {
    if (clustersInPriority.length < 2) throw new Error(`failover needs at least two clusters, got ${clustersInPriority.length}`);
    const parts = clustersInPriority
        .map((cluster, position) => ({ cluster, position }))
        .filter(({ cluster }) => deployed.includes(cluster))
        .map(({ cluster, position }) =>
            planClusterFailover({ cluster, position, count: clustersInPriority.length, apiHost, inverted: inverted.includes(cluster) }),
        );
    return { apiHost, healthChecks: parts.flatMap((part) => part.healthChecks), records: parts.flatMap((part) => part.records) };
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
    // A set may lack one half while a cluster is not deployed; Route 53 then answers with the other.
    const recordsOf = (recordName: string): FailoverRecordPlan[] => {
        const set = plan.records.filter((record) => record.name === recordName);
        const ordered = (["PRIMARY", "SECONDARY"] as const).flatMap((role) => set.filter((record) => record.failover === role));
        if (ordered.length === 0) throw new Error(`${recordName} has no records (an alias to it could not have been created)`);
        return ordered;
    };
    const recordHealthy = (record: FailoverRecordPlan): boolean => {
        if (record.healthCheckId !== undefined && !checkHealthy(record.healthCheckId)) return false;
        if (!record.evaluateTargetHealth) return true;
        if (record.target.kind === "cluster") return !down.has(record.target.cluster);
        return recordsOf(record.target.name).some(recordHealthy);
    };
    const follow = (record: FailoverRecordPlan): string =>
        record.target.kind === "cluster" ? record.target.cluster : resolveTraffic(plan, down, record.target.name);
    const set = recordsOf(name);
    const answer = set.find(recordHealthy) ?? set[0];
    return follow(answer);
}
