/** A run a minute: a lost region pages within the alarm's window. */
export const PROBE_SCHEDULE = "rate(1 minute)";
/** Failed runs in the window that page: 2 of 3 minutes (one lost packet never pages). */
export const PROBE_ALARM = { periodSeconds: 60, evaluationPeriods: 3, datapointsToAlarm: 2 } as const;
/** How soon a regional probe's alarm pages once a region is gone. */
export const PROBE_PAGE_MINUTES = (PROBE_ALARM.datapointsToAlarm * PROBE_ALARM.periodSeconds) / 60;

/** The probe's step that checks the API's global name: what clients use, so the application's health. */
export const API_PROBE_STEP = "api";

/**
 * The alarm on that step alone, in one cluster's region: the application health a Region switch
 * plan watches (ARC computes an execution's actual recovery time until its application-health
 * alarms are OK again). Its name, from the topology, so the plans can name it without reading it.
 */
export function apiHealthAlarmName(environment: string, cluster: string): string {
    return `payments-${environment}-probe-${cluster}-api-failing`;
}
