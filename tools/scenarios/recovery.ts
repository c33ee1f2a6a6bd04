/**
 * The recovery time of a region's loss, computed from the steps the environment's plan really
 * has: the page (the surviving probes' alarms), the on-call's response (config), then each step
 * of the Region switch plan's workflow that activates a surviving region, in order, a parallel
 * step as long as its longest branch, executed ungraceful (the lost region cannot take part), so
 * a block ARC does not run in that mode is the on-call's step instead (UNGRACEFUL_BY_HAND). Each step's typical duration comes from one table with its
 * source; its worst case is the timeout the plan gives it. Pure.
 */
import { ALIAS_TARGET_TTL_SECONDS, AURORA_FAILOVER_MINUTES, PLAN_SCALE_MINUTES } from "../../components/platform/dr-numbers";
import { asArray, asRecord } from "../../policy/rules/util";
import type { PlanResource } from "../offline-plan/plan-file";

/** Typical minutes of each Region switch execution block, and where the number comes from. */
export const BLOCK_TYPICAL_MINUTES: Readonly<Record<string, { minutes: number; source: string }>> = {
    EKSResourceScaling: {
        minutes: PLAN_SCALE_MINUTES,
        source: "new nodes launch and join and the pods start: a managed node group's instances (tools/timing/durations.ts)",
    },
    AuroraGlobalDatabase: {
        minutes: AURORA_FAILOVER_MINUTES,
        source: "Aurora Global Database failover: the secondary promoted and writable, typically a minute or two (AWS, Using Amazon Aurora Global Database)",
    },
    ARCRoutingControl: {
        minutes: ALIAS_TARGET_TTL_SECONDS / 60,
        source: `a routing control's new state reaches Route 53 in seconds; clients re-resolve after the alias's TTL (${ALIAS_TARGET_TTL_SECONDS} s)`,
    },
};

/**
 * Blocks an ungraceful execution (a lost region's, always) does not run, and what the runbook
 * does in their place: ARC's routing-control block "does not support ungraceful execution mode"
 * (ARC guide, "ARC routing control execution block"), so the on-call reads and sets the controls
 * through one of the ARC cluster's endpoints (README, "Losing a region").
 */
export const UNGRACEFUL_BY_HAND: Readonly<Record<string, { what: string; minutes: number; source: string }>> = {
    ARCRoutingControl: {
        what: "the on-call sets the routing controls by hand (ARC's block does not run ungraceful)",
        minutes: 1 + ALIAS_TARGET_TTL_SECONDS / 60,
        source: `two ARC data-plane calls (read the states, update them) in about a minute, then the alias's TTL (${ALIAS_TARGET_TTL_SECONDS} s)`,
    },
};

export interface RecoveryStep {
    what: string;
    typicalMinutes: number;
    /** The step's timeout in the plan (the page and the response have none: their typical is their bound). */
    worstMinutes: number;
}

export interface RecoveryPath {
    /** The Region switch plan, and the region its workflow activates. */
    plan: string;
    activates: string;
    steps: RecoveryStep[];
    typicalMinutes: number;
    worstMinutes: number;
}

type Inputs = Record<string, unknown>;
const round = (minutes: number) => Math.round(minutes * 10) / 10;

/** The largest `timeoutMinutes` anywhere in a step's configuration (ARC puts it on each block's config). */
function timeoutOf(step: unknown): number {
    if (Array.isArray(step)) return Math.max(0, ...step.map(timeoutOf));
    if (typeof step !== "object" || step === null) return 0;
    return Math.max(
        0,
        ...Object.entries(step as Inputs).map(([key, value]) =>
            key === "timeoutMinutes" && typeof value === "number" ? value : key === "parallelConfigs" ? 0 : timeoutOf(value),
        ),
    );
}

/**
 * One workflow step's typical and worst minutes. A parallel block runs the steps of its
 * configuration side by side (ARC's ParallelExecutionBlockConfiguration), so it takes its longest.
 */
function stepMinutes(step: Inputs): { typical: number; worst: number; blocks: string[]; byHand?: string } {
    const type = String(step.executionBlockType ?? "");
    const byHand = UNGRACEFUL_BY_HAND[type];
    // A lost region's execution is ungraceful: such a block is the on-call's, with no timeout of ARC's.
    if (byHand) return { typical: byHand.minutes, worst: byHand.minutes, blocks: [type], byHand: byHand.what };
    if (type === "Parallel") {
        const branches = asArray(step.parallelConfigs).flatMap((config) => asArray(asRecord(config).steps).map((branch) => stepMinutes(asRecord(branch))));
        return {
            typical: Math.max(0, ...branches.map((branch) => branch.typical)),
            worst: Math.max(0, ...branches.map((branch) => branch.worst)),
            blocks: [...new Set(branches.flatMap((branch) => branch.blocks))],
        };
    }
    const known = BLOCK_TYPICAL_MINUTES[type];
    if (!known)
        throw new Error(
            `no typical duration for the Region switch execution block ${type} (step ${String(step.name)}); add it to BLOCK_TYPICAL_MINUTES with its source`,
        );
    return { typical: known.minutes, worst: Math.max(timeoutOf(step), known.minutes), blocks: [type] };
}

/** The environment's plan, as the recovery reads it. */
export interface RecoveryInputs {
    resources: readonly Pick<PlanResource, "name" | "type" | "inputs">[];
    /** `objectives.responseMinutes`: how long the on-call takes to act once paged. */
    responseMinutes: number;
}

/**
 * How soon the page for a lost region comes: the fastest alarm, in a surviving region, on a probe
 * of the lost region's clusters (datapoints to alarm × period); undefined when none pages.
 */
export function pageMinutes(inputs: RecoveryInputs, lostRegion: string, lostClusters: readonly string[]): number | undefined {
    const canaries = inputs.resources.filter((resource) => resource.type === "aws:synthetics/canary:Canary");
    const probing = new Set(
        canaries
            .filter((canary) => {
                const targets = String(asRecord(asRecord(asRecord(canary.inputs).runConfig).environmentVariables).TARGETS ?? "[]");
                return lostClusters.some((cluster) => targets.includes(`"cluster-${cluster}"`));
            })
            .map((canary) => String(asRecord(canary.inputs).name)),
    );
    const minutes = inputs.resources
        .filter((resource) => resource.type === "aws:cloudwatch/metricAlarm:MetricAlarm")
        .map((alarm) => asRecord(alarm.inputs))
        .filter((alarm) => probing.has(String(asRecord(alarm.dimensions).CanaryName)))
        .filter((alarm) => asArray(alarm.alarmActions).some((action) => String(action).split(":")[3] !== lostRegion))
        .map((alarm) => (Number(alarm.datapointsToAlarm ?? alarm.evaluationPeriods ?? 1) * Number(alarm.period ?? 60)) / 60);
    return minutes.length > 0 ? Math.min(...minutes) : undefined;
}

/**
 * Every way the plans recover from losing `lostRegion` when it is a plan's primary: the plan's
 * workflow that activates its other region, after the page and the response. A region that is no
 * plan's primary needs no switch (empty).
 */
export function recoveryPaths(inputs: RecoveryInputs, lostRegion: string, lostClusters: readonly string[]): RecoveryPath[] {
    const page = pageMinutes(inputs, lostRegion, lostClusters);
    return inputs.resources
        .filter((resource) => resource.type === "aws:arcregionswitch/plan:Plan" && asRecord(resource.inputs).primaryRegion === lostRegion)
        .flatMap((plan) => {
            const workflow = asArray(asRecord(plan.inputs).workflows)
                .map(asRecord)
                .find((candidate) => candidate.workflowTargetAction === "activate" && candidate.workflowTargetRegion !== lostRegion);
            if (!workflow) return [];
            const before: RecoveryStep[] = [
                ...(page === undefined ? [] : [{ what: "the page (a surviving probe's alarm)", typicalMinutes: page, worstMinutes: page }]),
                { what: "the on-call responds and executes the plan", typicalMinutes: inputs.responseMinutes, worstMinutes: inputs.responseMinutes },
            ];
            const planSteps = asArray(workflow.steps)
                .map(asRecord)
                .map((step) => {
                    const minutes = stepMinutes(step);
                    return {
                        what: minutes.byHand ? `${String(step.name)}: ${minutes.byHand}` : `${String(step.name)} (${minutes.blocks.join(", ")})`,
                        typicalMinutes: minutes.typical,
                        worstMinutes: minutes.worst,
                    };
                });
            const steps = [...before, ...planSteps];
            return [
                {
                    plan: String(asRecord(plan.inputs).name ?? plan.name),
                    activates: String(workflow.workflowTargetRegion),
                    steps,
                    typicalMinutes: round(steps.reduce((sum, step) => sum + step.typicalMinutes, 0)),
                    worstMinutes: round(steps.reduce((sum, step) => sum + step.worstMinutes, 0)),
                },
            ];
        });
}

/** A path as one line. */
export function describeRecovery(path: RecoveryPath, objectiveMinutes: number): string {
    const steps = path.steps.map((step) => `${step.what} ${round(step.typicalMinutes)}`).join(" + ");
    return `recovery through ${path.plan} (activates ${path.activates}): ~${path.typicalMinutes} min against ${objectiveMinutes} min declared (${steps}); ${path.worstMinutes} min at the steps' timeouts`;
}

/** The recoveries slower than the objective, as the plan's problems (it fails on them). Pure. */
export function slowRecoveries(lostRegion: string, paths: readonly RecoveryPath[], objectiveMinutes: number): string[] {
    return paths
        .filter((path) => path.typicalMinutes > objectiveMinutes)
        .map(
            (path) =>
                `loss of ${lostRegion}: ${describeRecovery(path, objectiveMinutes)}: longer than objectives.rtoMinutes; shorten a step or the response, or declare a longer RTO`,
        );
}
