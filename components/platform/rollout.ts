import type { DrRole, Environment } from "../config/schema";

/** What the apply workflow checks after a stack's `up`, before the next wave (tools/rollout-checks/wave-check.sh). */
export type WaveCheckKind = "secrets-replicated" | "routing-controls-on" | "endpoint-healthy";

/** One check of one stack. */
export interface WaveCheck {
    kind: WaveCheckKind;
    stack: string;
}

/** The API call a wave check makes, what it answers, and the documented behaviour the check relies on. */
export interface WaveCheckCall {
    /** The `wave-check.sh` mode that makes the call. */
    mode: "environment" | "cluster";
    call: string;
    /** What must hold for the check to pass. */
    passes: string;
    /** The documented constraint it relies on, with its source. */
    relies: string;
}

/** Every wave check's call: the walk (`--from-empty`) and the README's table read this, and wave-check.sh makes these calls. */
export const WAVE_CHECK_CALLS: Record<WaveCheckKind, WaveCheckCall> = {
    "secrets-replicated": {
        mode: "environment",
        call: "secretsmanager:DescribeSecret (ReplicationStatus)",
        passes: "every replica region of every platform secret reports InSync",
        relies: "a secret created with replicas reports each region's status (Secrets Manager API reference, DescribeSecret)",
    },
    "routing-controls-on": {
        mode: "environment",
        call: "route53-recovery-cluster:GetRoutingControlState (through one of the ARC cluster's endpoints)",
        passes: "every routing control the environment exports is On",
        relies: "ARC creates routing controls Off (ARC API reference, CreateRoutingControl); only the data plane's UpdateRoutingControlState turns one On",
    },
    "endpoint-healthy": {
        mode: "cluster",
        call: "route53:GetHealthCheckStatus (failover.endpointHealthCheckId)",
        passes: "every checker region reports Success for the cluster's own HTTPS check",
        relies: "GetHealthCheckStatus reports no status for a CALCULATED or RECOVERY_CONTROL check (Route 53 API reference, GetHealthCheckStatus)",
    },
};

/** One wave of a rollout: stacks applied side by side, each checked before the next wave starts. */
export interface RolloutWave {
    /** `environment`, `primary`, `canary` or `secondaries`: names the workflow's job. */
    name: "environment" | "primary" | "canary" | "secondaries";
    stacks: string[];
    /** Stacks applied at once. */
    maxParallel: number;
    /** A person approves the wave before it starts (the primary's GitHub environment). */
    approval: boolean;
    checks: WaveCheck[];
}

/** Environments whose primary waits for a person's approval (prod: the cluster serving payments). */
export const PRIMARY_NEEDS_APPROVAL: Record<Environment, boolean> = { prod: true, staging: false };

export interface RolloutOptions {
    /** Which environment: whether its primary waits for an approval (PRIMARY_NEEDS_APPROVAL). */
    environment: Environment;
    /** Cluster stacks applied at once within a wave (`rollout.maxParallel`). */
    maxParallel: number;
    /** Whether the primary's stack has been applied: the first rollout applies it before any secondary. */
    primaryDeployed: boolean;
}

/**
 * The order an environment's stacks are applied in. No cluster stack reads another's outputs
 * except a secondary reading the primary's (its databases join the primary's Aurora global
 * clusters, and Aurora adds a secondary region only to a global cluster that has a writer), so:
 * the environment first (zone, secrets, mesh root, routing controls, backup replicas: what every
 * cluster reads); then a canary (the last standby in failover order, the cluster least likely to
 * serve), the other secondaries side by side, `maxParallel` at a time, and the primary last (in
 * prod after an approval): a change reaches the serving cluster last. On the first rollout (the primary never
 * applied) the primary goes right after the environment, so the secondaries find the writers.
 * Waves grow with the failover roles, not the cluster count. Pure.
 */
export function rolloutWaves(
    environmentStack: string,
    clustersInPriority: ReadonlyArray<{ name: string; drRole: DrRole }>,
    options: RolloutOptions,
): RolloutWave[] {
    if (clustersInPriority.length === 0) throw new Error("a rollout needs at least one cluster");
    const primaries = clustersInPriority.filter((cluster) => cluster.drRole === "primary");
    const [primary] = primaries;
    if (!primary || primaries.length > 1) throw new Error(`a rollout needs exactly one primary cluster, got ${primaries.length}`);
    const standbys = clustersInPriority.filter((cluster) => cluster.drRole === "secondary").map((cluster) => cluster.name);
    const healthy = (stacks: string[]): WaveCheck[] => stacks.map((stack) => ({ kind: "endpoint-healthy", stack }));
    const clusterWave = (name: RolloutWave["name"], stacks: string[], approval: boolean): RolloutWave[] =>
        stacks.length === 0 ? [] : [{ name, stacks, maxParallel: Math.min(options.maxParallel, stacks.length), approval, checks: healthy(stacks) }];
    const canary = standbys.slice(-1);
    const others = standbys.slice(0, -1).reverse();
    const primaryWave = clusterWave("primary", [primary.name], PRIMARY_NEEDS_APPROVAL[options.environment]);
    return [
        {
            name: "environment",
            stacks: [environmentStack],
            maxParallel: 1,
            approval: false,
            checks: [
                { kind: "secrets-replicated", stack: environmentStack },
                { kind: "routing-controls-on", stack: environmentStack },
            ],
        },
        ...(options.primaryDeployed ? [] : primaryWave),
        ...clusterWave("canary", canary, false),
        ...clusterWave("secondaries", others, false),
        ...(options.primaryDeployed ? primaryWave : []),
    ];
}
