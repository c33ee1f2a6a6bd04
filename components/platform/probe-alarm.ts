/** A run a minute: a lost region pages within the alarm's window. */
export const PROBE_SCHEDULE = "rate(1 minute)";
/** Failed runs in the window that page: 2 of 3 minutes (one lost packet never pages). */
export const PROBE_ALARM = { periodSeconds: 60, evaluationPeriods: 3, datapointsToAlarm: 2 } as const;
/** How soon a regional probe's alarm pages once a region is gone. */
export const PROBE_PAGE_MINUTES = (PROBE_ALARM.datapointsToAlarm * PROBE_ALARM.periodSeconds) / 60;
