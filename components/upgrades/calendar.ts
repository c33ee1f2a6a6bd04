import { minorOf } from "./minor";

/** EKS's support for one Kubernetes minor: dates as ISO days (UTC). */
export interface EksVersionSupport {
    readonly released: string;
    /** After this day EKS upgrades a cluster with `supportType: STANDARD` to the next minor by itself. */
    readonly endOfStandard: string;
    /** After this day EKS upgrades any cluster to the oldest minor still in extended support. */
    readonly endOfExtended: string;
}

/**
 * EKS's Kubernetes release calendar: 14 months of standard support from EKS's release, then 12 of
 * extended support (EKS user guide, "Understand the Kubernetes version lifecycle on EKS"; the dates
 * as its calendar lists them, mirrored at endoflife.date/amazon-eks, read 2026-12). A minor EKS
 * has not released is absent.
 */
export const EKS_CALENDAR: Readonly<Record<string, EksVersionSupport>> = {
    "1.32": { released: "2025-01-25", endOfStandard: "2026-03-23", endOfExtended: "2027-03-23" },
    "1.33": { released: "2025-05-28", endOfStandard: "2026-07-29", endOfExtended: "2027-07-29" },
    "1.34": { released: "2025-10-06", endOfStandard: "2026-12-02", endOfExtended: "2027-12-02" },
    "1.35": { released: "2026-01-28", endOfStandard: "2027-03-27", endOfExtended: "2028-03-27" },
};

/**
 * Minors EKS runs that the compatibility matrix has no row for yet: config cannot choose them,
 * but EKS may move a cluster there by itself (the end of standard support), and the cluster's
 * stack adopts it rather than freezing (planUpgrade).
 */
export function adoptableVersions(rows: readonly string[]): string[] {
    const newest = Math.max(...rows.map(minorOf));
    return Object.keys(EKS_CALENDAR).filter((version) => minorOf(version) > newest);
}

/** EKS's support types (`upgradePolicy.supportType`) and what a cluster costs under each (EKS pricing, per cluster hour). */
export const SUPPORT_TYPES = ["STANDARD", "EXTENDED"] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];
export const CLUSTER_HOUR_USD: Record<SupportType, string> = { STANDARD: "$0.10", EXTENDED: "$0.60" };

/** Days before a version's end of support from which the plan warns. */
export const SUPPORT_WARNING_DAYS = 90;

/** What the calendar says of a pinned version on a day: fine, a warning, or a refusal, with the way out. */
export type SupportVerdict = { level: "ok" } | { level: "warn" | "refuse"; message: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The calendar's verdict on running `version` with `supportType` on `today` (an ISO day): refused
 * once EKS would upgrade the cluster by itself (the end of standard support with STANDARD, of
 * extended support with EXTENDED), naming the oldest minor whose support of that type runs past
 * today and, for STANDARD, the EXTENDED alternative and its cost; a warning within
 * `SUPPORT_WARNING_DAYS` of that day; a refusal for a minor the calendar does not know. Pure.
 */
export function supportVerdict(version: string, supportType: SupportType, today: string): SupportVerdict {
    const support = EKS_CALENDAR[version];
    if (!support) return { level: "refuse", message: `EKS's calendar (components/upgrades/calendar.ts) has no Kubernetes ${version}; add its dates` };
    const end = supportType === "STANDARD" ? support.endOfStandard : support.endOfExtended;
    const kind = supportType === "STANDARD" ? "standard" : "extended";
    const endOf = (candidate: EksVersionSupport) => (supportType === "STANDARD" ? candidate.endOfStandard : candidate.endOfExtended);
    const next = Object.entries(EKS_CALENDAR)
        .filter(([minor, candidate]) => minorOf(minor) > minorOf(version) && endOf(candidate) > today)
        .sort(([a], [b]) => minorOf(a) - minorOf(b))[0];
    const moveTo = next ? `move to ${next[0]} (${kind} support until ${endOf(next[1])}, one minor per up)` : "move to a newer minor";
    const extended =
        supportType === "STANDARD" && support.endOfExtended > today
            ? `, or set supportType: EXTENDED (billed ${CLUSTER_HOUR_USD.EXTENDED} instead of ${CLUSTER_HOUR_USD.STANDARD} per cluster hour past standard support) to stay until ${support.endOfExtended}`
            : "";
    if (today > end)
        return {
            level: "refuse",
            message: `Kubernetes ${version}'s ${kind} support on EKS ended ${end}: EKS upgrades a ${supportType} cluster past it by itself; ${moveTo}${extended}`,
        };
    const left = daysBetween(today, end);
    if (left <= SUPPORT_WARNING_DAYS)
        return { level: "warn", message: `Kubernetes ${version}'s ${kind} support on EKS ends ${end} (in ${left} days); ${moveTo}${extended}` };
    return { level: "ok" };
}

/** The day plans judge versions on: `PAYMENTS_PLAN_DATE` (an ISO day, for deterministic plans and tests), else the clock's, in UTC. */
export function planDate(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
    const fixed = env.PAYMENTS_PLAN_DATE;
    if (fixed !== undefined) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`)))
            throw new Error(`PAYMENTS_PLAN_DATE: "${fixed}" is not a day (YYYY-MM-DD); unset it to use today's`);
        return fixed;
    }
    return now.toISOString().slice(0, 10);
}
