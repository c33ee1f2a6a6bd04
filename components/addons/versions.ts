/**
 * A pinned Helm chart. Each add-on declares its own (an upgrade is one reviewed line in the
 * add-on's file); `chartPins(ADDONS)` lists them all, and a test asserts that nothing floats.
 */
export interface ChartPin {
    readonly chart: string;
    readonly repo: string;
    readonly version: string;
    /** The Kubernetes minors this version of the chart is declared to run on; the compatibility matrix reads it. Required. */
    readonly kubernetes: KubernetesSupport;
}

/**
 * Kubernetes minors a pinned component runs on: `min` from the chart's `kubeVersion` constraint
 * or its maintainers' table, `max` the newest minor its maintainers test or declare. A minor
 * outside the range leaves a gap in that minor's row of the compatibility matrix.
 */
export interface KubernetesSupport {
    readonly min: string;
    readonly max: string;
    /** Where the range comes from, for the reviewer of a bump. */
    readonly source: string;
}

/** Images pulled outside a chart's own defaults. */
export const IMAGES = {
    veleroAwsPlugin: "velero/velero-plugin-for-aws:v1.13.1",
} as const;
