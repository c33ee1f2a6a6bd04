import { REPLICATION_TIME_MINUTES } from "../backup/replication";
import { settingsOf } from "../addons/settings";
import { BACKUP_SETTINGS } from "../addons/velero";
import { MONITORING_SETTINGS } from "../addons/kube-prometheus-stack";
import { globalDbRpoSeconds, replicationLagThresholdMs } from "../data/replication-lag";
import type { PlatformSpec } from "../topology/spec";
import { PROBE_ALARM, PROBE_PAGE_MINUTES } from "./probe-alarm";

/** What Route 53 answers for an alias to a load balancer: the target's TTL, 60 s for an NLB. */
export const ALIAS_TARGET_TTL_SECONDS = 60;
/** Aurora Global Database's replication lag, typically under a second (AWS, "Using Amazon Aurora Global Database"). */
export const AURORA_TYPICAL_LAG_SECONDS = 1;
/** An Aurora global failover or switchover: the secondary promoted and writable, typically a minute or two. */
export const AURORA_FAILOVER_MINUTES = 2;
/**
 * A Region switch plan scales the payment services before it moves the writers: new nodes launch
 * and join in about four minutes (a managed node group's instances, tools/timing/durations.ts).
 */
export const PLAN_SCALE_MINUTES = 4;
/** S3 replication of a backup to the secondaries: 99.99 % within 15 minutes under Replication Time Control, which the replication rules set (rule backup-replication-timed). */
export const BACKUP_REPLICATION_MINUTES = REPLICATION_TIME_MINUTES;

export interface RtoStep {
    readonly what: string;
    readonly minutes: number;
}

/** What the platform promises through a regional outage, from its config. */
export interface DrNumbers {
    /** Until clients resolve the API to the next region: health-check detection plus the alias's TTL. */
    readonly trafficRtoSeconds: number;
    /** With ARC: after a routing control is switched (by hand or by a Region switch plan), the alias's TTL. */
    readonly switchedTrafficSeconds: number | undefined;
    /** The replication lag that pages (CloudWatch), in seconds; undefined when no alarm pages on it. */
    readonly lagPageSeconds: number | undefined;
    /** Payment data lost with the region: Aurora's replication lag at that moment, typically this; none without a database. */
    readonly dataRpoSeconds: number | undefined;
    /** The most it can be: `rds.global_db_rpo`, past which Aurora holds the writer's commits. */
    readonly dataRpoBoundSeconds: number | undefined;
    /** Cluster state (Kubernetes objects Velero holds) lost with the region: the backup interval plus replication. */
    readonly clusterStateRpoMinutes: number;
    /** The full recovery, step by step, to payments served from the next region with a writable database. */
    readonly rto: { readonly minutes: number; readonly steps: readonly RtoStep[] };
    /** What the config declares (`objectives`). */
    readonly objectives: PlatformSpec["objectives"];
    /** Objectives the config cannot meet: config path and why. */
    readonly problems: readonly { readonly path: string; readonly message: string }[];
}

const round = (minutes: number) => Math.round(minutes * 10) / 10;

/**
 * The DR numbers of an environment, from its config alone. Traffic fails over by Route 53 health
 * checks (interval × threshold, then the alias's TTL); the database's writer moves when a person
 * acts (the on-call's response time): with ARC, by executing the Region switch plan, which scales
 * the survivor before it fails the writers over; without, by failing them over by hand. Nothing
 * fails a database over on its own: a health check's blip must not cost the last second of writes. Pure.
 */
export function drNumbers(spec: PlatformSpec): DrNumbers {
    const { requestInterval, failureThreshold } = spec.dns.healthCheck;
    const detectionSeconds = requestInterval * failureThreshold;
    const trafficRtoSeconds = detectionSeconds + ALIAS_TARGET_TTL_SECONDS;
    const hasDatabase = spec.services.some((service) => service.database);
    const paged = settingsOf(spec, MONITORING_SETTINGS).cloudwatch !== undefined;
    const arc = spec.dns.recoveryControl;
    // Traffic leaves the lost region by itself (health checks, then the TTL). A writer moves, and a
    // Region switch plan runs, only once someone is paged and acts: that path is the recovery's
    // critical path, as the plan orders it (scale, databases, traffic). The plan-time recovery
    // (tools/scenarios/recovery.ts) reads the same steps from the planned Region switch plans.
    const steps: RtoStep[] =
        hasDatabase || arc
            ? [
                  ...(paged
                      ? [
                            {
                                what: `a surviving region's probe pages (${PROBE_ALARM.datapointsToAlarm} of ${PROBE_ALARM.evaluationPeriods} one-minute runs fail)`,
                                minutes: PROBE_PAGE_MINUTES,
                            },
                        ]
                      : []),
                  {
                      what: arc
                          ? "the on-call acknowledges the page and executes the Region switch plan (ungraceful)"
                          : "the on-call acknowledges the page and starts the database failover",
                      minutes: spec.objectives.responseMinutes,
                  },
                  // The plan's first step blocks the rest; without a plan, the HPAs scale while the on-call responds.
                  ...(arc ? [{ what: "the plan scales the payment services there (nodes join)", minutes: PLAN_SCALE_MINUTES }] : []),
                  ...(hasDatabase ? [{ what: "Aurora promotes the next region's cluster", minutes: AURORA_FAILOVER_MINUTES }] : []),
                  ...(arc
                      ? [
                            {
                                what: `the plan switches the routing controls; clients re-resolve (alias TTL ${ALIAS_TARGET_TTL_SECONDS} s)`,
                                minutes: round(ALIAS_TARGET_TTL_SECONDS / 60),
                            },
                        ]
                      : []),
              ]
            : [
                  { what: `health checks fail (${requestInterval} s × ${failureThreshold})`, minutes: round(detectionSeconds / 60) },
                  { what: `clients re-resolve the API (alias TTL ${ALIAS_TARGET_TTL_SECONDS} s)`, minutes: round(ALIAS_TARGET_TTL_SECONDS / 60) },
              ];
    const rtoMinutes = round(steps.reduce((sum, step) => sum + step.minutes, 0));
    const dataRpoSeconds = hasDatabase ? AURORA_TYPICAL_LAG_SECONDS : undefined;
    const backup = settingsOf(spec, BACKUP_SETTINGS);
    const problems: Array<{ path: string; message: string }> = [];
    if (rtoMinutes > spec.objectives.rtoMinutes)
        problems.push({
            path: "objectives.rtoMinutes",
            message: `the platform recovers in about ${rtoMinutes} min (${steps.map((step) => `${step.what} ${step.minutes}`).join(" + ")}), more than the declared ${spec.objectives.rtoMinutes}; shorten the response time or a step, or declare a longer RTO`,
        });
    // No check of the data RPO against the objective: the lag is not a number config can exceed,
    // and its bound (rds.global_db_rpo) is derived from the objective itself.
    return {
        trafficRtoSeconds,
        switchedTrafficSeconds: spec.dns.recoveryControl ? ALIAS_TARGET_TTL_SECONDS : undefined,
        lagPageSeconds: hasDatabase && paged ? replicationLagThresholdMs(spec.objectives.rpoMinutes) / 1000 : undefined,
        dataRpoSeconds,
        dataRpoBoundSeconds: hasDatabase ? globalDbRpoSeconds(spec.objectives.rpoMinutes) : undefined,
        clusterStateRpoMinutes: backup.rpoMinutes + BACKUP_REPLICATION_MINUTES,
        rto: { minutes: rtoMinutes, steps },
        objectives: spec.objectives,
        problems,
    };
}

/**
 * The numbers as the plan prints them; `plannedRecovery`, the recovery read from the planned
 * Region switch plans (tools/scenarios/recovery.ts), replaces the estimate from config. Pure.
 */
export function describeDrNumbers(numbers: DrNumbers, plannedRecovery: readonly string[] = []): string[] {
    const { objectives } = numbers;
    return [
        `DR: traffic RTO ${numbers.trafficRtoSeconds} s (health checks, then the alias's TTL)${numbers.switchedTrafficSeconds === undefined ? "" : `; ${numbers.switchedTrafficSeconds} s after an ARC routing control is switched`}`,
        `DR: data RPO ${numbers.dataRpoSeconds === undefined ? "n/a (no database)" : `= Aurora Global Database's lag when the region goes: typically ~${numbers.dataRpoSeconds} s, at most ${numbers.dataRpoBoundSeconds} s (rds.global_db_rpo holds commits past it); ${numbers.lagPageSeconds === undefined ? "no alarm pages on it" : `pages above ${numbers.lagPageSeconds} s`}`}; ${objectives.rpoMinutes} min declared`,
        `DR: cluster-state RPO ${numbers.clusterStateRpoMinutes} min (Velero interval + replication)`,
        ...(plannedRecovery.length > 0
            ? plannedRecovery.map((line) => `DR: full RTO, ${line}`)
            : [
                  `DR: full RTO ~${numbers.rto.minutes} min against ${objectives.rtoMinutes} min declared (estimated from config): ${numbers.rto.steps.map((step) => `${step.what} ${step.minutes}`).join(" + ")}`,
              ]),
    ];
}
