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

/**
 * Tiers in failover order: the API host's PRIMARY is the first cluster; its SECONDARY is the
 * next cluster if it is the last one, else an alias to a lower tier that does the same for the
 * rest, guarded by a calculated check that is healthy while any of the rest is. Every record
 * has a health check. `inverted` clusters (a drill) report the opposite of their health.
 */
export function planFailover(clustersInPriority: readonly string[], apiHost: string, inverted: readonly string[] = []): FailoverPlan {
    if (clustersInPriority.length < 2) throw new Error(`failover needs at least two clusters, got ${clustersInPriority.length}`);
    const healthChecks: HealthCheckPlan[] = clustersInPriority.map((cluster) => ({
        id: endpointCheckId(cluster),
        kind: "endpoint",
        cluster,
        inverted: inverted.includes(cluster),
    }));
    const records: FailoverRecordPlan[] = [];
    for (let tier = 0; tier < clustersInPriority.length - 1; tier++) {
        const name = tierName(apiHost, tier);
        const primary = clustersInPriority[tier];
        records.push({
            name,
            setIdentifier: `${primary}-primary`,
            failover: "PRIMARY",
            healthCheckId: endpointCheckId(primary),
            target: { kind: "cluster", cluster: primary },
            evaluateTargetHealth: true,
        });
        const rest = clustersInPriority.slice(tier + 1);
        if (rest.length === 1) {
            records.push({
                name,
                setIdentifier: `${rest[0]}-secondary`,
                failover: "SECONDARY",
                healthCheckId: endpointCheckId(rest[0]),
                target: { kind: "cluster", cluster: rest[0] },
                evaluateTargetHealth: true,
            });
        } else {
            const id = `any-of-${rest.join("-")}`;
            healthChecks.push({ id, kind: "calculated", children: rest.map(endpointCheckId), threshold: 1, inverted: false });
            records.push({
                name,
                setIdentifier: `standby-${tier + 1}-secondary`,
                failover: "SECONDARY",
                healthCheckId: id,
                target: { kind: "alias", name: tierName(apiHost, tier + 1) },
                evaluateTargetHealth: true,
            });
        }
    }
    return { apiHost, healthChecks, records };
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
