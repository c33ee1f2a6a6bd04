/**
 * The offline stand-in for `pulumi preview`: runs a Pulumi program in-process under Pulumi's
 * mock runtime against a deterministic mock cloud and writes `<outDir>/<stack>/plan.json` with
 * every secret redacted; then the report module and the policy pack run over the finished plan.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { writeIfChangedSync } from "./files";
import type { MockCloudOptions } from "./mock-cloud";
import { UnknownMockError } from "./mock-cloud";
import type { PlanFile } from "./plan-file";
import { buildPlanFile, stableJson } from "./plan-file";
import type { Violation } from "./policy";
import { evaluatePolicies, loadPolicyPack } from "./policy";
import type { CapturedResource, InlineProgram } from "./run-program";
import { EngineRuleError, ProgramError, runProgram } from "./run-program";
import { allStacks, loadStackConfig, PlanInputError } from "./stack-config";
import { planFileStackReferences } from "./stack-references";

export interface PlanOptions {
    stack: string;
    /** What the mock cloud answers for each resource type and invoke (see mock-cloud.ts). Required. */
    mocks: Omit<MockCloudOptions, "stackReference">;
    /** The Pulumi project directory. @default the current directory */
    projectDir?: string;
    /** A folder of further Pulumi projects (one per child folder) whose stacks can be planned too. @default none */
    subProjectsDir?: string;
    /** Where `<stack>/plan.json` goes. @default "<projectDir>/out" */
    outDir?: string;
    /** Called as resources register, for a progress line. */
    onProgress?: (registered: number) => void;
    /** Run this instead of the project's entry point, with the stack's config. @default the project's `main` */
    program?: InlineProgram;
    /** Capture stack traces (source-mapped) for the whole run, which is slower. @default false */
    fullStackTraces?: boolean;
    /** A report module (see PlanReport): files beside plan.json, e.g. pictures and manifests. */
    reportModule?: string;
    /** A CrossGuard pack directory; its `rules` run against the plan, with `config/<stack>.json`. */
    policyPack?: string;
    /** Where the pack's `<stack>.json` configs are read from (relative to the project); a stack without one fails the plan. @default `<project>/<the pack folder's name>/config` */
    policyConfigDir?: string;
    /** CustomResourceDefinitions for the report module's schema checks (relative to the project). */
    crdDir?: string;
    /** Upstream Helm chart data for the report module's values checks (relative to the project). */
    chartsDir?: string;
}

/** What a report module is given besides the plan. */
export interface ReportContext {
    /** A directory of CustomResourceDefinitions to validate custom resources against, if any. */
    crdDir?: string;
    /** A directory of upstream Helm chart data (`<chart>-<version>/values.yaml`), if any. */
    chartsDir?: string;
}

/** What a report module exports: a plain function over the finished plan. */
export interface PlanReport {
    /**
     * Writes files beside plan.json (pictures, manifests) and says what it wrote and anything the
     * user should know (e.g. what it could not check); throws PlanInputError to fail the plan.
     */
    report(plan: PlanFile, stackDir: string, context: ReportContext): Promise<ReportOutcome>;
}

/** What a report module returns. */
export interface ReportOutcome {
    files: string[];
    notes: string[];
    /** A few lines for the plan's summary (e.g. an estimate), printed after the resource count. @default none */
    summary?: string[];
    /** Numbers that add up across the stacks of a rollout (waves run one after another), by name. @default none */
    totals?: Record<string, number>;
    /**
     * Resources the plan's resources stand for that the engine would judge too (e.g. a Helm
     * release's rendered objects, as `helm.v4.Chart` registers them): the policy pack sees them
     * beside the program's. @default none
     */
    derivedResources?: CapturedResource[];
}

export interface PlanResult {
    plan: PlanFile;
    resources: CapturedResource[];
    planPath: string;
    /** Files the report module wrote. */
    reports: string[];
    /** What the report module says the user should know (e.g. objects it could not validate). */
    notes: string[];
    /** The invokes the program made (token and region). */
    invokes: { token: string; region: string }[];
    /** Policy violations, if a pack was given. */
    violations: Violation[];
    /** The report module's summary lines and totals. */
    summary: string[];
    totals: Record<string, number>;
    /** Milliseconds spent: running the program, writing plan.json, then reports and policies. */
    timings: { program: number; planFile: number; reportsAndPolicies: number };
}

/**
 * The SDK takes a stack trace for every promise it makes (several per property) and every
 * resource, for diagnostics nothing offline reads; formatting them cost a fifth of the plan.
 * Fast runs set V8's public `Error.stackTraceLimit` to 0 for the program's run; a failed run is
 * repeated with traces, and source maps, on.
 */
async function runWithStackTraces<T>(full: boolean, run: () => Promise<T>): Promise<T> {
    const limit = Error.stackTraceLimit;
    const sourceMaps = process.sourceMapsEnabled;
    if (full) process.setSourceMapsEnabled(true);
    else Error.stackTraceLimit = 0;
    try {
        return await run();
    } catch (error) {
        // V8 formats a stack when it is first read: read it while source maps are still on.
        if (full && error instanceof ProgramError && error.cause instanceof Error) void error.cause.stack;
        throw error;
    } finally {
        Error.stackTraceLimit = limit;
        process.setSourceMapsEnabled(sourceMaps);
    }
}

function loadReportModule(modulePath: string): PlanReport {
    if (!fs.existsSync(modulePath)) throw new PlanInputError(`report module ${modulePath} does not exist`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reporter = require(modulePath) as Partial<PlanReport>;
    if (typeof reporter.report !== "function") throw new PlanInputError(`${modulePath} does not export report(plan, stackDir)`);
    return reporter as PlanReport;
}

/** Errors that are the program's own bugs, as opposed to config, input or engine-rule errors. */
export function isProgramBug(cause: unknown): boolean {
    return !(pulumi.RunError.isInstance(cause) || cause instanceof PlanInputError || cause instanceof EngineRuleError || cause instanceof UnknownMockError);
}

/** The stack's last plan, as the cloud its invokes read: what its last `up` left. None if never planned. */
function readPreviousPlan(file: string): PlanFile | undefined {
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile) : undefined;
}

/** Runs the plan and writes its file; throws PlanInputError or ProgramError on failure. */
export async function plan(options: PlanOptions): Promise<PlanResult> {
    const projectDir = path.resolve(options.projectDir ?? process.cwd());
    const config = loadStackConfig(projectDir, options.stack, options.subProjectsDir);
    const outDir = path.resolve(projectDir, options.outDir ?? "out");
    const referenceNotes: string[] = [];
    const stackReference = planFileStackReferences(
        outDir,
        allStacks(projectDir, options.subProjectsDir),
        (note) => {
            if (!referenceNotes.includes(note)) referenceNotes.push(note);
        },
        options.stack,
    );
    const stackDir = path.join(outDir, options.stack);
    const mocks = { ...options.mocks, stackReference, previousPlan: readPreviousPlan(path.join(stackDir, "plan.json")) };
    const reporter = options.reportModule ? loadReportModule(path.resolve(projectDir, options.reportModule)) : undefined;
    const started = performance.now();
    const run = await runWithStackTraces(options.fullStackTraces ?? false, () =>
        runProgram(config, options.stack, mocks, { onRegister: options.onProgress, program: options.program }),
    ).catch(async (error: unknown) => {
        // A bug in the program (not a config or engine-rule error): run once more with stack
        // traces and source maps on, so the error can say where it happened.
        if (!options.fullStackTraces && error instanceof ProgramError && isProgramBug(error.cause)) {
            await runWithStackTraces(true, () => runProgram(config, options.stack, mocks, { program: options.program })).catch((again: unknown) => {
                throw again instanceof ProgramError ? again : error;
            });
        }
        throw error;
    });
    const ran = performance.now();
    const planFile = buildPlanFile(run, config, options.stack);
    const planPath = path.join(stackDir, "plan.json");
    fs.mkdirSync(stackDir, { recursive: true });
    writeIfChangedSync(planPath, stableJson(planFile));
    const written = performance.now();
    const crdDir = options.crdDir ? path.resolve(projectDir, options.crdDir) : undefined;
    const chartsDir = options.chartsDir ? path.resolve(projectDir, options.chartsDir) : undefined;
    const outcome: ReportOutcome = reporter ? await reporter.report(planFile, stackDir, { crdDir, chartsDir }) : { files: [], notes: [] };
    const { files: reports, notes } = outcome;
    let violations: Violation[] = [];
    if (options.policyPack) {
        // The configs belong to the project planned: by default its own folder named as the pack's, `config` under it.
        const configDir = path.resolve(projectDir, options.policyConfigDir ?? path.join(path.basename(options.policyPack), "config"));
        const pack = loadPolicyPack(path.resolve(projectDir, options.policyPack), options.stack, configDir);
        // Every stack's preview runs the pack with its own config (the workflows pass it): a stack
        // without one would be judged by the rules' defaults here and fail there, or pass here unjudged.
        if (!pack.configFile)
            throw new PlanInputError(
                `no policy config for ${options.stack} (${path.join(configDir, `${options.stack}.json`)}): run npm run workflows, which writes one for every stack of the rollout`,
            );
        violations = await evaluatePolicies(pack.policies, [...run.resources, ...(outcome.derivedResources ?? [])], { config: pack.config });
    }
    const timings = { program: ran - started, planFile: written - ran, reportsAndPolicies: performance.now() - written };
    return {
        plan: planFile,
        resources: run.resources,
        invokes: run.invokes,
        planPath,
        reports,
        notes: [...referenceNotes, ...notes],
        violations,
        timings,
        summary: outcome.summary ?? [],
        totals: outcome.totals ?? {},
    };
}
