import { createHash } from "crypto";
import * as path from "path";
import { planFailover } from "../../components/dns/failover";
import type { EnvironmentOutputs } from "../../components/platform/outputs";
import { readIfExists, writeIfChangedSync } from "../offline-plan/files";
import type { PlanFile } from "../offline-plan/plan-file";
import type { TopologyInput } from "./dot";
import { topologyDot } from "./dot";

const SVG_FILE = "topology.svg";
const DOT_FILE = "topology.dot";

/**
 * The picture's input from an environment plan's outputs (the topology it exports, with the
 * failover routing as Route 53 serves it once every cluster stack is applied), or undefined for
 * the other stacks.
 */
export function topologyInput(plan: PlanFile): TopologyInput | undefined {
    const outputs = plan.outputs as Partial<Pick<EnvironmentOutputs, "spec" | "drillFailCluster">>;
    const spec = outputs.spec;
    if (!spec || spec.clusters.length < 2) return undefined;
    return {
        stack: plan.stack,
        clusters: Object.fromEntries(
            spec.clusters.map((cluster) => [cluster.name, { name: cluster.name, region: cluster.region, role: cluster.drRole, priority: cluster.drPriority }]),
        ),
        failover: planFailover(
            spec.clusters.map((cluster) => cluster.name),
            spec.dns.apiHost,
            outputs.drillFailCluster ? [outputs.drillFailCluster] : [],
        ),
        healthChecks: {},
        drillFailCluster: outputs.drillFailCluster || undefined,
    };
}

/** Lays DOT out as SVG with Graphviz compiled to WebAssembly (no system binary needed). */
export async function renderSvg(dot: string): Promise<string> {
    const { Graphviz } = await import("@hpcc-js/wasm-graphviz");
    return (await Graphviz.load()).dot(dot, "svg");
}

const dotDigest = (dot: string) => createHash("sha256").update(dot).digest("hex");
const stampOf = (dot: string) => `<!-- laid out from DOT sha256:${dotDigest(dot)} -->`;

/** The SVG with a comment naming the DOT it was laid out from (after the XML declaration, which must stay first). */
export function stampedSvg(svg: string, dot: string): string {
    const declarationEnd = svg.startsWith("<?xml") ? svg.indexOf("?>") + 2 : 0;
    return `${svg.slice(0, declarationEnd)}\n${stampOf(dot)}${svg.slice(declarationEnd)}`;
}

/** Whether an SVG was laid out from exactly this DOT (so laying it out again would change nothing). */
export function isLaidOutFrom(svg: string | undefined, dot: string): boolean {
    return svg !== undefined && svg.includes(stampOf(dot));
}

/**
 * Plan report: writes `topology.dot` and `topology.svg` beside plan.json. An unchanged graph
 * keeps its picture: Graphviz runs only when there is no picture yet or the graph changed.
 */
export async function report(plan: PlanFile, stackDir: string, render: (dot: string) => Promise<string> = renderSvg): Promise<string[]> {
    const input = topologyInput(plan);
    if (!input) return [];
    const dot = topologyDot(input);
    const svgPath = path.join(stackDir, SVG_FILE);
    writeIfChangedSync(path.join(stackDir, DOT_FILE), dot);
    if (!isLaidOutFrom(readIfExists(svgPath), dot)) writeIfChangedSync(svgPath, stampedSvg(await render(dot), dot));
    return [svgPath];
}
