import type { PlanFile } from "./runner/plan-file";
import { report as prometheusReport } from "./prometheus/report";
import { report as topologyReport } from "./topology/report";

/** Everything the plan writes beside plan.json: the topology picture and the Prometheus rule files. */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    return [...(await topologyReport(plan, stackDir)), ...(await prometheusReport(plan, stackDir))];
}
