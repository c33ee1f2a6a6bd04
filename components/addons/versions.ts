/**
 * A pinned Helm chart. Each add-on declares its own (an upgrade is one reviewed line in the
 * add-on's file); `chartPins(ADDONS)` lists them all, and a test asserts that nothing floats.
 */
export interface ChartPin {
    readonly chart: string;
    readonly repo: string;
    readonly version: string;
}

/** Images pulled outside a chart's own defaults. */
export const IMAGES = {
    veleroAwsPlugin: "velero/velero-plugin-for-aws:v1.13.1",
} as const;
