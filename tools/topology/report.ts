import * as path from "path";
import { Worker } from "worker_threads";
import type { FailoverPlan } from "../../components/dns/failover";
import { writeIfChangedSync } from "../runner/files";
import type { PlanFile } from "../runner/plan-file";
import { topologyDot, TopologyInput } from "./dot";

/** The picture's input from a platform plan's outputs, or undefined for stacks without failover. */
export function topologyInput(plan: PlanFile): TopologyInput | undefined {
    const outputs = plan.outputs as { clusters?: TopologyInput["clusters"]; failover?: FailoverPlan; dns?: { healthChecks?: Record<string, string> }; drillFailCluster?: string };
    if (!outputs.clusters || !outputs.failover) return undefined;
    return { stack: plan.stack, clusters: outputs.clusters, failover: outputs.failover, healthChecks: outputs.dns?.healthChecks ?? {}, drillFailCluster: outputs.drillFailCluster || undefined };
}

/**
 * Renders DOT to SVG with Graphviz compiled to WebAssembly (no system binary needed), in a
 * worker thread: laying out 24 clusters takes most of a second, which the plan spends on its
 * other reports meanwhile.
 */
export function renderSvg(dot: string): Promise<string> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(path.join(__dirname, "render-worker.cjs"), { workerData: { dot } });
        worker.once("message", (svg: string) => resolve(svg));
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the Graphviz worker exited (code ${code}) without a picture`)));
    });
}

/** Plan report hook: writes `topology.dot` and `topology.svg` beside plan.json. */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const input = topologyInput(plan);
    if (!input) return [];
    const dot = topologyDot(input);
    const dotPath = path.join(stackDir, "topology.dot");
    const svgPath = path.join(stackDir, "topology.svg");
    writeIfChangedSync(dotPath, dot);
    writeIfChangedSync(svgPath, await renderSvg(dot));
    return [svgPath];
}
