import * as path from "path";
import { writeIfChangedSync } from "../offline-plan/files";
import type { PlanFile } from "../offline-plan/plan-file";
import { stableJson } from "../offline-plan/plan-file";
import { estimate } from "./deploy-graph";
import { DEFAULT_SECONDS } from "./durations";

export const TIMING_FILE = "timing.json";
/** The total a rollout adds up, wave after wave. */
export const CONVERGE_TOTAL = "estimated minutes to converge";

const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;
const short = (seconds: number) => (seconds >= 60 ? `${minutes(seconds)} min` : `${seconds} s`);

/** `timing.json` beside plan.json, and the lines the plan prints: the estimate from empty and its critical path. */
export function report(plan: PlanFile, stackDir: string): { files: string[]; summary: string[]; totals: Record<string, number> } {
    const result = estimate(plan);
    const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
    const steps = result.path.map((step) => ({
        name: byUrn.get(step.id)?.name ?? step.id,
        type: byUrn.get(step.id)?.type ?? "",
        seconds: step.seconds,
        doneAtSeconds: step.doneAt,
    }));
    const file = path.join(stackDir, TIMING_FILE);
    writeIfChangedSync(
        file,
        stableJson({
            estimateSeconds: result.totalSeconds,
            criticalPath: steps,
            unknownTypes: result.unknownTypes,
            assumedSecondsForUnknownTypes: DEFAULT_SECONDS,
        }),
    );
    const summary = [
        `estimated time to converge from empty: ${short(result.totalSeconds)} (typical durations, tools/timing/durations.ts; ${TIMING_FILE})`,
        `critical path: ${steps.map((step) => `${step.name} ${short(step.seconds)}`).join(" → ") || "none"}`,
    ];
    if (result.unknownTypes.length > 0)
        summary.push(`${result.unknownTypes.length} resource type(s) without a typical duration, ${DEFAULT_SECONDS} s assumed: see ${TIMING_FILE}`);
    return { files: [file], summary, totals: { [CONVERGE_TOTAL]: minutes(result.totalSeconds) } };
}
