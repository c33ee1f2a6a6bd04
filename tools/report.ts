import type { PlanFile } from "./runner/plan-file";
import { report as manifestsReport } from "./manifests/report";
import { report as prometheusReport } from "./prometheus/report";
import { report as topologyReport } from "./topology/report";

/**
 * Everything the plan writes beside plan.json: the topology picture, the Prometheus rule files,
 * and the Kubernetes manifests (validated against their schemas; an invalid one fails the plan).
 * They run together: the picture is laid out on a worker thread while the others run here.
 */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const written = await Promise.all([topologyReport(plan, stackDir), prometheusReport(plan, stackDir), manifestsReport(plan, stackDir)]);
    return written.flat();
}
