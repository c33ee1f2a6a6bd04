import * as fs from "fs";
import * as path from "path";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import type { FailoverPlan } from "../../components/dns/failover";
import type { PlanFile } from "../runner/plan-file";
import { topologyDot, TopologyInput } from "./dot";

/** The picture's input from a platform plan's outputs, or undefined for stacks without failover. */
export function topologyInput(plan: PlanFile): TopologyInput | undefined {
    const outputs = plan.outputs as { clusters?: TopologyInput["clusters"]; failover?: FailoverPlan; dns?: { healthChecks?: Record<string, string> }; drillFailCluster?: string };
    if (!outputs.clusters || !outputs.failover) return undefined;
    return { stack: plan.stack, clusters: outputs.clusters, failover: outputs.failover, healthChecks: outputs.dns?.healthChecks ?? {}, drillFailCluster: outputs.drillFailCluster || undefined };
}

/** Renders DOT to SVG with Graphviz compiled to WebAssembly: no system binary needed. */
export async function renderSvg(dot: string): Promise<string> {
    const graphviz = await Graphviz.load();
    return graphviz.dot(dot, "svg");
}

/** Plan report hook: writes `topology.dot` and `topology.svg` beside plan.json. */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const input = topologyInput(plan);
    if (!input) return [];
    const dot = topologyDot(input);
    const dotPath = path.join(stackDir, "topology.dot");
    const svgPath = path.join(stackDir, "topology.svg");
    fs.writeFileSync(dotPath, dot);
    fs.writeFileSync(svgPath, await renderSvg(dot));
    return [svgPath];
}
