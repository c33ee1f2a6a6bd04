import { ClusterSpec } from "../topology/expand";

/** One wave of a rollout: stacks applied together, and what to check before the next wave. */
export interface RolloutWave {
    stacks: string[];
    /** What must hold before the next wave starts. */
    checks: string[];
}

/**
 * The order an environment's stacks are applied in: the environment first (zone, secrets, mesh
 * root: what every cluster reads), then the clusters from the last in failover order to the
 * primary. A cluster's failover tier aliases the next cluster's, and the primary replicates its
 * backups into every secondary's replica bucket, so each cluster goes after the ones behind it;
 * a change reaches the secondaries before it reaches the cluster serving traffic. Pure.
 */
export function rolloutWaves(environmentStack: string, clusters: readonly Pick<ClusterSpec, "name" | "drRole">[]): RolloutWave[] {
    if (clusters.length === 0) throw new Error("a rollout needs at least one cluster");
    const clusterWaves = [...clusters].reverse().map((cluster): RolloutWave => ({
        stacks: [cluster.name],
        checks:
            cluster.drRole === "primary"
                ? [`${cluster.name}: its Route 53 health check is healthy and the API answers through it`]
                : [`${cluster.name}: its Route 53 health check is healthy (it can take traffic) before the next cluster changes`],
    }));
    return [
        {
            stacks: [environmentStack],
            checks: [
                `${environmentStack}: its secrets have replicated to every cluster's region (ReplicationStatus InSync)`,
                // ARC creates routing controls Off; a cluster stack that gates its region on one would take the region out.
                `${environmentStack}: every ARC routing control it exports is On`,
            ],
        },
        ...clusterWaves,
    ];
}
