import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { Worker } from "worker_threads";
import type { FailoverPlan } from "../../components/dns/failover";
import { readIfExists, writeIfChangedSync } from "../runner/files";
import type { PlanFile } from "../runner/plan-file";
import { topologyDot, TopologyInput } from "./dot";

const SVG_FILE = "topology.svg";
const DOT_FILE = "topology.dot";

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

/**
 * The picture for a plan whose previous picture may still be current: Graphviz starts at once
 * only when there is no picture yet; otherwise only if the graph turns out to have changed,
 * so that an unchanged topology costs neither the layout nor loading Graphviz.
 */
export function rendererFor(stackDir: string): SvgRenderer {
    if (!fs.existsSync(path.join(stackDir, SVG_FILE))) return startRenderer();
    let started: SvgRenderer | undefined;
    return {
        render: (dot) => (started = started ?? startRenderer()).render(dot),
        close: async () => {
            await started?.close();
        },
    };
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
    const svgPath = path.join(stackDir, SVG_FILE);
    writeIfChangedSync(path.join(stackDir, DOT_FILE), dot);
    if (isLaidOutFrom(readIfExists(svgPath), dot)) {
        await renderer?.close();
        return [svgPath];
    }
    writeIfChangedSync(svgPath, stampedSvg(await (renderer ?? startRenderer()).render(dot), dot));
    return [svgPath];
}
