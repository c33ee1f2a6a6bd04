import type { PlanReport, ReportStream } from "./plan";
import { ManifestCollector } from "./manifests/manifests";
import { CLUSTER_GROUP_TYPE, startManifests } from "./manifests/report";
import { report as prometheusReport } from "./prometheus/report";
import { parentsFirst } from "./runner/order";
import { rendererFor, report as topologyReport } from "./topology/report";

/**
 * Everything the plan writes beside plan.json: the topology picture, the Prometheus rule files,
 * and the Kubernetes manifests (validated against their schemas; an invalid one fails the plan).
 * Manifests are written and validated on their own thread while the program still runs, and
 * Graphviz loads on another, laying the picture out once the plan is known (and only when the
 * graph differs from the one the current picture was laid out from).
 */
export const startReport: NonNullable<PlanReport["startReport"]> = ({ stack, stackDir }): ReportStream => {
    const collector = new ManifestCollector(CLUSTER_GROUP_TYPE, stack);
    const manifests = startManifests(stackDir);
    const renderer = rendererFor(stackDir);
    return {
        resource(resource) {
            const manifest = collector.add(resource);
            if (manifest) manifests.add(manifest);
        },
        async finish(plan) {
            const written = await Promise.all([topologyReport(plan, stackDir, renderer), prometheusReport(plan, stackDir), manifests.finish()]);
            return written.flat();
        },
        abandon: async () => {
            await Promise.all([manifests.abandon(), renderer.close()]);
        },
    };
};

export const report: PlanReport["report"] = async (plan, stackDir) => {
    const stream = startReport({ stack: plan.stack, stackDir });
    // Parents first, as they registered.
    for (const resource of parentsFirst(plan.resources)) stream.resource(resource);
    return stream.finish(plan);
};
