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

/** A Graphviz thread, started ahead of the one graph it will lay out. */
export interface SvgRenderer {
    render(dot: string): Promise<string>;
    /** Ends the thread without a graph (the plan has no picture, or failed). */
    close(): Promise<void>;
}

/**
 * Starts Graphviz compiled to WebAssembly (no system binary needed) on a worker thread: loading
 * it and laying out 24 clusters take most of a second, which the plan spends on other work.
 */
export function startRenderer(): SvgRenderer {
    const worker = new Worker(path.join(__dirname, "render-worker.cjs"));
    const svg = new Promise<string>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the Graphviz worker exited (code ${code}) without a picture`)));
    });
    svg.catch(() => undefined); // observed by render(); close() never asks
    return {
        render(dot) {
            worker.postMessage(dot);
            return svg;
        },
        async close() {
            await worker.terminate();
        },
    };
}

/** Renders DOT to SVG on a Graphviz thread of its own. */
export function renderSvg(dot: string): Promise<string> {
    return startRenderer().render(dot);
}

/** Plan report hook: writes `topology.dot` and `topology.svg` beside plan.json. */
export async function report(plan: PlanFile, stackDir: string, renderer?: SvgRenderer): Promise<string[]> {
    const input = topologyInput(plan);
    if (!input) {
        await renderer?.close();
        return [];
    }
    const dot = topologyDot(input);
    const dotPath = path.join(stackDir, "topology.dot");
    const svgPath = path.join(stackDir, "topology.svg");
    writeIfChangedSync(dotPath, dot);
    writeIfChangedSync(svgPath, await (renderer ?? startRenderer()).render(dot));
    return [svgPath];
}
