/**
 * `npm run plan -- --stack <name>`: the offline stand-in for `pulumi preview`. Runs the program
 * in-process under Pulumi's mock runtime against a deterministic mock cloud, prints the resource
 * tree and a summary, and writes `out/<stack>/plan.json` with every secret redacted.
 */
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { evaluatePolicies, formatViolations, loadPolicyPack, Violation } from "./policy/evaluate";
import { writeIfChangedSync } from "./runner/files";
import { CLOUD_MOCKS } from "./runner/mocks";
import { buildPlanFile, PlanFile, renderTree, stableJson, summarise } from "./runner/plan-file";
import { UnknownMockError } from "./runner/mock-cloud";
import { CapturedResource, EngineRuleError, ProgramError, runProgram } from "./runner/run-program";
import { allStacks, loadStackConfig, PlanInputError } from "./runner/stack-config";
import { planFileStackReferences } from "./runner/stack-references";

export interface PlanOptions {
    stack: string;
    /** The Pulumi project directory. @default the current directory */
    projectDir?: string;
    /** Where `<stack>/plan.json` goes. @default "<projectDir>/out" */
    outDir?: string;
    /** Summarise resource counts per nearest ancestor of this type. */
    groupBy?: string;
    /** Called as resources register, for a progress line. */
    onProgress?: (registered: number) => void;
    /** Capture stack traces (source-mapped) for the whole run, which is slower. @default false */
    fullStackTraces?: boolean;
    /** A report module (see PlanReport): files beside plan.json, e.g. pictures and manifests. */
    reportModule?: string;
    /** A CrossGuard pack directory; its `rules` run against the plan, with `config/<stack>.json`. */
    policyPack?: string;
    /** CustomResourceDefinitions for the report module's schema checks (relative to the project). */
    crdDir?: string;
}

/** What a report module is given besides the plan. */
export interface ReportContext {
    /** A directory of CustomResourceDefinitions to validate custom resources against, if any. */
    crdDir?: string;
}

/** What a report module exports: a plain function over the finished plan. */
export interface PlanReport {
    /**
     * Writes files beside plan.json (pictures, manifests) and says what it wrote and anything the
     * user should know (e.g. what it could not check); throws PlanInputError to fail the plan.
     */
    report(plan: PlanFile, stackDir: string, context: ReportContext): Promise<{ files: string[]; notes: string[] }>;
}

export interface PlanResult {
    plan: PlanFile;
    resources: CapturedResource[];
    planPath: string;
    /** Files the report module wrote. */
    reports: string[];
    /** What the report module says the user should know (e.g. objects it could not validate). */
    notes: string[];
    /** Policy violations, if a pack was given. */
    violations: Violation[];
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
    if (!fs.existsSync(modulePath)) throw new PlanInputError(`report module ${modulePath} does not exist (--report is relative to the project directory)`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const reporter = require(modulePath) as Partial<PlanReport>;
    if (typeof reporter.report !== "function") throw new PlanInputError(`${modulePath} does not export report(plan, stackDir)`);
    return reporter as PlanReport;
}

/** Runs the plan and writes its file; throws PlanInputError or ProgramError on failure. */
export async function plan(options: PlanOptions): Promise<PlanResult> {
    const projectDir = path.resolve(options.projectDir ?? process.cwd());
    const config = loadStackConfig(projectDir, options.stack);
    const outDir = path.resolve(projectDir, options.outDir ?? "out");
    const mocks = { ...CLOUD_MOCKS, stackReference: planFileStackReferences(outDir) };
    const stackDir = path.join(outDir, options.stack);
    const reporter = options.reportModule ? loadReportModule(path.resolve(projectDir, options.reportModule)) : undefined;
    const started = performance.now();
    const run = await runWithStackTraces(options.fullStackTraces ?? false, () =>
        runProgram(config, options.stack, mocks, { onRegister: options.onProgress }),
    ).catch(async (error: unknown) => {
        // A bug in the program (not a config or engine-rule error): run once more with stack
        // traces and source maps on, so the error can say where it happened.
        if (!options.fullStackTraces && error instanceof ProgramError && isProgramBug(error.cause)) {
            await runWithStackTraces(true, () => runProgram(config, options.stack, mocks)).catch((again: unknown) => {
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
    const { files: reports, notes } = reporter ? await reporter.report(planFile, stackDir, { crdDir }) : { files: [], notes: [] };
    let violations: Violation[] = [];
    if (options.policyPack) {
        const pack = loadPolicyPack(path.resolve(projectDir, options.policyPack), options.stack);
        violations = await evaluatePolicies(pack.policies, run.resources, { config: pack.config });
    }
    const timings = { program: ran - started, planFile: written - ran, reportsAndPolicies: performance.now() - written };
    return { plan: planFile, resources: run.resources, planPath, reports, notes, violations, timings };
}

interface CliArgs {
    stack?: string;
    projectDir?: string;
    outDir?: string;
    groupBy?: string;
    reportModule?: string;
    policyPack?: string;
    crdDir?: string;
    quiet: boolean;
    verbose: boolean;
}

const USAGE =
    "usage: npm run plan -- --stack <name> [--dir <project>] [--out <dir>] [--group-by <type>] [--report <module>] [--policy-pack <dir>] [--crds <dir>] [--quiet] [--verbose]";

function parseArgs(argv: string[]): CliArgs {
    const args: CliArgs = { quiet: false, verbose: false };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = () => {
            const next = argv[++i];
            if (next === undefined || next.startsWith("--")) throw new PlanInputError(`${flag} needs a value\n${USAGE}`);
            return next;
        };
        switch (flag) {
            case "--stack":
                args.stack = value();
                break;
            case "--dir":
                args.projectDir = value();
                break;
            case "--out":
                args.outDir = value();
                break;
            case "--group-by":
                args.groupBy = value();
                break;
            case "--report":
                args.reportModule = value();
                break;
            case "--policy-pack":
                args.policyPack = value();
                break;
            case "--crds":
                args.crdDir = value();
                break;
            case "--quiet":
                args.quiet = true;
                break;
            case "--verbose":
                args.verbose = true;
                break;
            default:
                throw new PlanInputError(`unknown argument ${JSON.stringify(flag)}\n${USAGE}`);
        }
    }
    return args;
}

async function main(): Promise<number> {
    let args: CliArgs = { quiet: false, verbose: false };
    const started = Date.now();
    try {
        args = parseArgs(process.argv.slice(2));
        if (!args.stack) {
            const known = allStacks(path.resolve(args.projectDir ?? process.cwd()));
            throw new PlanInputError(`--stack is required (known stacks: ${known.join(", ") || "none"})\n${USAGE}`);
        }
        const interactive = process.stderr.isTTY === true;
        process.stderr.write(`Planning stack ${args.stack} offline (mock cloud, no credentials used)...\n`);
        const result = await plan({
            stack: args.stack,
            projectDir: args.projectDir,
            outDir: args.outDir,
            groupBy: args.groupBy,
            reportModule: args.reportModule,
            policyPack: args.policyPack,
            crdDir: args.crdDir,
            fullStackTraces: args.verbose,
            onProgress: interactive ? (count) => process.stderr.write(`\r  registered ${count} resources`) : undefined,
        });
        if (interactive) process.stderr.write("\r\x1b[K");
        const { byType, byGroup } = summarise(result.resources, args.groupBy);
        if (!args.quiet) console.log(renderTree(result.resources) + "\n");
        console.log("Resources by type:");
        for (const [type, count] of byType) console.log(`  ${String(count).padStart(5)}  ${type}`);
        if (args.groupBy) {
            console.log(`Resources by ${args.groupBy}:`);
            for (const [group, count] of byGroup) console.log(`  ${String(count).padStart(5)}  ${group}`);
        }
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
        const { program, reportsAndPolicies } = result.timings;
        console.log(
            `\n${result.resources.length} resources to create in stack ${args.stack} (${seconds(Date.now() - started)}: program ${seconds(program)}, reports and policies ${seconds(reportsAndPolicies)}); plan written to ${path.relative(process.cwd(), result.planPath)}`,
        );
        for (const file of result.reports) console.log(`report written to ${path.relative(process.cwd(), file)}`);
        for (const note of result.notes) process.stderr.write(`warning: ${note}\n`);
        if (args.policyPack) {
            const mandatory = result.violations.filter((v) => v.enforcementLevel === "mandatory").length;
            if (result.violations.length === 0) console.log(`policies: no violations (${args.policyPack})`);
            else
                console.log(
                    `policies: ${mandatory} mandatory, ${result.violations.length - mandatory} advisory violation(s)\n${formatViolations(result.violations)}`,
                );
            if (mandatory > 0) {
                process.stderr.write(`\nerror: ${mandatory} mandatory policy violation(s); fix them before pulumi up\n`);
                return 1;
            }
        }
        return 0;
    } catch (error) {
        process.stderr.write(`\nerror: ${describeFailure(error, args.verbose)}\n`);
        return 1;
    }
}

/** Errors that are the program's own bugs, as opposed to config, input or engine-rule errors. */
function isProgramBug(cause: unknown): boolean {
    return !(pulumi.RunError.isInstance(cause) || cause instanceof PlanInputError || cause instanceof EngineRuleError || cause instanceof UnknownMockError);
}

/** The message a user needs; a stack trace only for bugs in the program, and only with --verbose. */
function describeFailure(error: unknown, verbose: boolean): string {
    const cause = error instanceof ProgramError ? error.cause : error;
    // Config errors (RunError), bad arguments and engine rules are the user's to fix: message only.
    if (!isProgramBug(cause)) return (cause as Error).message;
    const message = cause instanceof Error ? cause.message : String(cause);
    if (verbose && cause instanceof Error && cause.stack) return `program failed: ${cause.stack}`;
    const where = cause instanceof Error ? firstProjectFrame(cause) : undefined;
    return `program failed: ${message}${where ? ` (at ${where})` : ""}\n(run with --verbose for the stack trace)`;
}

function firstProjectFrame(error: Error): string | undefined {
    const root = process.cwd() + path.sep;
    for (const line of (error.stack ?? "").split("\n").slice(1)) {
        const match = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(line.trim());
        if (match && match[1].startsWith(root) && !match[1].includes(`${path.sep}node_modules${path.sep}`)) {
            return `${path.relative(process.cwd(), match[1])}:${match[2]}`;
        }
    }
    return undefined;
}

if (require.main === module) {
    main().then((code) => process.exit(code));
}
