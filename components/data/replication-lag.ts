import { databaseNames } from "./names";
import type { Environment } from "../config/schema";

/**
 * The replication-lag alarm on a database member. Aurora publishes `AuroraGlobalDBReplicationLag`
 * (milliseconds) for each secondary cluster of a Global Database, in the secondary's region; the
 * writer publishes none. Every member carries the alarm, since a switchover makes the writer a
 * secondary. Pure.
 */

/**
 * `rds.global_db_rpo` for an objective: seconds, at least Aurora's minimum of 20. Aurora holds the
 * writer's commits while every secondary trails by more, so it bounds the data lost with a region. Pure.
 */
export function globalDbRpoSeconds(rpoMinutes: number): number {
    return Math.max(20, rpoMinutes * 60);
}

/** AWS/RDS's metric of how far a secondary trails the writer, in milliseconds. */
export const REPLICATION_LAG_METRIC = "AuroraGlobalDBReplicationLag";
/** One-minute datapoints, three in a row: a blip is not a page, a trend is. */
export const LAG_ALARM_PERIOD_SECONDS = 60;
export const LAG_ALARM_EVALUATION_PERIODS = 3;

/** Page at half the declared RPO: the data a region's loss would take is at risk, while there is still time to act. */
export function replicationLagThresholdMs(rpoMinutes: number): number {
    return (rpoMinutes * 60 * 1000) / 2;
}

export interface LagAlarmArgs<Topic = string> {
    name: string;
    alarmDescription: string;
    namespace: string;
    metricName: string;
    dimensions: Record<string, string>;
    statistic: "Maximum";
    period: number;
    evaluationPeriods: number;
    threshold: number;
    comparisonOperator: "GreaterThanThreshold";
    /** The writer publishes nothing, and neither does a member while it catches up from a snapshot: no data is no page. */
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
    return {
        name: `${names.regional}-replication-lag`,
        alarmDescription: `${service}'s database in ${cluster} trails its writer by more than ${threshold / 1000} s (half the ${rpoMinutes} min RPO) for ${LAG_ALARM_EVALUATION_PERIODS} min: a loss of the writer's region now would lose that much. Runbook: README, "Losing a region".`,
        namespace: "AWS/RDS",
        metricName: REPLICATION_LAG_METRIC,
        dimensions: { DBClusterIdentifier: names.regional },
        statistic: "Maximum",
        period: LAG_ALARM_PERIOD_SECONDS,
        evaluationPeriods: LAG_ALARM_EVALUATION_PERIODS,
        threshold,
        comparisonOperator: "GreaterThanThreshold",
        treatMissingData: "notBreaching",
        alarmActions: [topicArn],
        okActions: [topicArn],
    };
}
