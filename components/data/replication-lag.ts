import { databaseNames } from "./names";
import type { Environment } from "../config/schema";

/**
 * The replication-lag alarm on a database member, and the bounds it relies on. Every member
 * carries the alarm, since a switchover makes the writer a secondary. Pure.
 */

/**
 * `rds.global_db_rpo` for an objective: seconds, at least Aurora's minimum of 20. Aurora holds the
 * writer's commits while every secondary trails by more, so it bounds the data lost with a region. Pure.
 */
export function globalDbRpoSeconds(rpoMinutes: number): number {
    return Math.max(20, rpoMinutes * 60);
}

/**
 * How far a secondary's storage trails the writer, user and system transactions both, in
 * milliseconds: the metric AWS names for watching a secondary through an unplanned event, when
 * "the replication lag may continue to increase until the resolution" (Aurora user guide,
 * "Cross-Region resiliency for Global Database secondary clusters"). A replication that stops
 * shows as this lag rising, not as silence. The writer publishes none.
 */
export const PROGRESS_LAG_METRIC = "AuroraGlobalDBProgressLag";
/** Lag between a cluster's volume and its instances, in milliseconds: the same page adds it for the end-to-end lag. */
export const REPLICA_LAG_METRIC = "AuroraReplicaLag";
/** One-minute datapoints, three in a row: a blip is not a page, a trend is. */
export const LAG_ALARM_PERIOD_SECONDS = 60;
export const LAG_ALARM_EVALUATION_PERIODS = 3;

/** Page at half the declared RPO: the data a region's loss would take is at risk, while there is still time to act. */
export function replicationLagThresholdMs(rpoMinutes: number): number {
    return (rpoMinutes * 60 * 1000) / 2;
}

interface LagMetricQuery {
    id: string;
    label?: string;
    expression?: string;
    returnData?: boolean;
    metric?: { namespace: string; metricName: string; dimensions: Record<string, string>; stat: "Maximum"; period: number };
}

export interface LagAlarmArgs<Topic = string> {
    name: string;
    alarmDescription: string;
    /** The member's end-to-end lag: its storage's progress lag plus its instances' replica lag (AWS's sum). */
    metricQueries: LagMetricQuery[];
    evaluationPeriods: number;
    threshold: number;
    comparisonOperator: "GreaterThanThreshold";
    /**
     * The writer publishes no progress lag, and neither does a member while it catches up from a
     * snapshot: no data is no page. A stopped replication is a rising lag on the versions config
     * admits (MIN_DATABASE_ENGINE_MINOR, config/schema.ts).
     */
    treatMissingData: "notBreaching";
    alarmActions: Topic[];
    okActions: Topic[];
}

export function replicationLagAlarm<Topic>(
    environment: Environment,
    service: string,
    cluster: string,
    rpoMinutes: number,
    topicArn: Topic,
): LagAlarmArgs<Topic> {
    const names = databaseNames(environment, service, cluster);
    const threshold = replicationLagThresholdMs(rpoMinutes);
    const metric = (id: string, metricName: string): LagMetricQuery => ({
        id,
        returnData: false,
        metric: { namespace: "AWS/RDS", metricName, dimensions: { DBClusterIdentifier: names.regional }, stat: "Maximum", period: LAG_ALARM_PERIOD_SECONDS },
    });
    return {
        name: `${names.regional}-replication-lag`,
        alarmDescription: `${service}'s database in ${cluster} trails its writer by more than ${threshold / 1000} s (half the ${rpoMinutes} min RPO) for ${LAG_ALARM_EVALUATION_PERIODS} min, or its replication stopped (the lag then keeps rising): a loss of the writer's region now would lose that much. Runbook: README, "Losing a region".`,
        metricQueries: [
            metric("progress", PROGRESS_LAG_METRIC),
            metric("replica", REPLICA_LAG_METRIC),
            // Where the progress lag has no datapoint (the writer, a member catching up) neither has the
            // sum: metric math adds the points two series share. A member with one instance has no replica lag.
            { id: "lag", label: "end-to-end replication lag (ms)", expression: "progress + FILL(replica, 0)", returnData: true },
        ],
        evaluationPeriods: LAG_ALARM_EVALUATION_PERIODS,
        threshold,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [topicArn],
        okActions: [topicArn],
    };
}
