/**
 * Velero schedules from a recovery point objective: the backup period must divide the hour (or
 * the day) evenly so the gap between two backups is never longer than the RPO.
 */
const MINUTE_PERIODS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];
const HOUR_PERIODS = [1, 2, 3, 4, 6, 8, 12, 24];

/** The cron expression with the longest period that still meets `rpoMinutes`. */
export function cronForRpo(rpoMinutes: number): string {
    if (!Number.isInteger(rpoMinutes) || rpoMinutes < 1) throw new Error(`an RPO is a whole number of minutes ≥ 1, not ${rpoMinutes}`);
    if (rpoMinutes < 60) {
        const period = [...MINUTE_PERIODS].reverse().find((p) => p <= rpoMinutes) ?? 1;
        return period === 1 ? "* * * * *" : `*/${period} * * * *`;
    }
    const hours = [...HOUR_PERIODS].reverse().find((p) => p * 60 <= rpoMinutes) ?? 1;
    return hours === 24 ? "0 0 * * *" : hours === 1 ? "0 * * * *" : `0 */${hours} * * *`;
}

/** The longest gap, in minutes, between two runs of a cron expression made by `cronForRpo`. */
export function cronPeriodMinutes(cron: string): number {
    const [minute, hour] = cron.split(" ");
    if (minute === "*") return 1;
    if (minute.startsWith("*/")) return Number(minute.slice(2));
    if (hour === "*") return 60;
    if (hour.startsWith("*/")) return Number(hour.slice(2)) * 60;
    return 24 * 60;
}
