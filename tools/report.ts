import { describeRecovery, recoveryPaths } from "./scenarios/recovery";
import * as fs from "fs";
import * as path from "path";
import type { PlanReport } from "./offline-plan/plan";
import type { PlanFile } from "./offline-plan/plan-file";
import { report as manifestReport } from "./manifests/report";
import { report as prometheusReport } from "./prometheus/report";
import { report as timingReport } from "./timing/report";
import { report as topologyReport } from "./topology/report";
import { checkPlanValues } from "./charts/values-check";
import { asPolicyResources } from "./charts/objects";
import { missingChartFiles, renderPlanCharts } from "./charts/report";
import { findHelm, helmCacheDir } from "./charts/helm";
import { PlanInputError } from "./offline-plan/stack-config";
import { describeDrNumbers, drNumbers } from "../components/platform/dr-numbers";
import type { PlatformSpec } from "../components/topology/spec";

/** The component whose subtree is one cluster: manifests are grouped by it. */
export const CLUSTER_GROUP_TYPE = "payments:platform:Cluster";

/**
 * Everything the plan writes beside plan.json, after the program, from the finished plan: the
 * topology picture, the Prometheus rule files, and the Kubernetes manifests (validated against
 * their schemas; an invalid one fails the plan, a kind with no schema is listed).
 */
// Helm is looked up (and unpacked, the first time) while the program runs.
findHelm().catch(() => undefined);

export const report: PlanReport["report"] = async (plan, stackDir, context) => {
    // Every release as Helm renders it first: a release Helm refuses fails the plan with Helm's own
    // words. Its objects are written, validated and judged by the policy pack beside the program's.
    const missing = context.chartsDir && fs.existsSync(context.chartsDir) ? missingChartFiles(plan, context.chartsDir) : [];
    if (missing.length > 0)
        throw new PlanInputError(`${missing.length} file(s) of the pinned charts missing from the chart directory (--charts): ${missing.join(", ")}`);
    const charts = await renderPlanCharts(plan, context.chartsDir, CLUSTER_GROUP_TYPE);
    // Then the values Helm accepted but no template reads: settings that would silently do nothing.
    const notes = [...checkChartValues(plan, context.chartsDir), ...charts.notes];
    const manifests = await manifestReport(plan, stackDir, {
        groupType: CLUSTER_GROUP_TYPE,
        crdDir: context.crdDir,
        extra: charts.manifests,
        cacheDir: path.join(helmCacheDir(), "manifests"),
    });
    const topology = await topologyReport(plan, stackDir);
    const prometheus = await prometheusReport(plan, stackDir);
    const timing = timingReport(plan, stackDir);
    const unvalidated = manifests.outcome?.unvalidated ?? [];
    if (unvalidated.length > 0)
        notes.push(
            `${unvalidated.reduce((sum, [, count]) => sum + count, 0)} Kubernetes object(s) of ${unvalidated.length} kind(s) not schema-validated: see manifests/UNVALIDATED.txt`,
        );
    // The environment's plan says what the platform promises through a regional outage.
    const spec = plan.outputs.spec as PlatformSpec | undefined;
    // Its full RTO is read from the planned Region switch plans where it has them: the primary's region lost.
    const primary = spec?.clusters[0];
    const planned =
        spec?.objectives && primary
            ? recoveryPaths(
                  { resources: plan.resources, responseMinutes: spec.objectives.responseMinutes },
                  primary.region,
                  spec.clusters.filter((cluster) => cluster.region === primary.region).map((cluster) => cluster.name),
              ).map((path) => `loss of ${primary.region}: ${describeRecovery(path, spec.objectives.rtoMinutes)}`)
            : [];
    const dr = spec?.objectives ? describeDrNumbers(drNumbers(spec), planned) : [];
    const rendered =
        charts.rendered > 0 ? [`Helm: ${charts.rendered} release(s) rendered (${charts.cached} from the cache), ${charts.objects.length} objects`] : [];
    return {
        files: [...manifests.files, ...topology, ...prometheus, ...timing.files],
        notes,
        summary: [...rendered, ...timing.summary, ...dr],
        totals: timing.totals,
        derivedResources: asPolicyResources(charts.objects),
    };
};

/** Fails on a values key no pinned chart reads; says which releases it could not check. */
function checkChartValues(plan: PlanFile, chartsDir: string | undefined): string[] {
    const releases = plan.resources.some((resource) => resource.type === "kubernetes:helm.sh/v3:Release");
    if (!releases) return [];
    if (!chartsDir || !fs.existsSync(chartsDir))
        return [`no chart data directory${chartsDir ? ` at ${chartsDir}` : ""} (--charts): Helm values were not checked against their charts`];
    const findings = checkPlanValues(plan, chartsDir);
    const unknown = findings.flatMap((finding) => (finding.unknown ?? []).map((key) => `  - ${finding.release} (${finding.chart} ${finding.version}): ${key}`));
    if (unknown.length > 0)
        throw new PlanInputError(
            `${unknown.length} Helm value(s) that the pinned chart does not read (Helm would ignore them without a word):\n${unknown.join("\n")}`,
        );
    return [];
}
