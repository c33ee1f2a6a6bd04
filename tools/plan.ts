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
import { buildPlanFile, PlanFile, PlanResource, planResourceOf, renderTree, stableJson, summarise } from "./runner/plan-file";
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
    /** Keep full, source-mapped stack traces (slower). @default false */
    fullStackTraces?: boolean;
    /** A report module (see PlanReport): files beside plan.json, e.g. pictures and manifests. */
    reportModule?: string;
    /** A CrossGuard pack directory; its `rules` run against the plan, with `config/<stack>.json`. */
    policyPack?: string;
}

/** What a report module exports. */
export interface PlanReport {
    /** Reports on a finished plan: files beside plan.json (pictures, manifests). */
    report(plan: PlanFile, stackDir: string): Promise<string[]>;
    /**
     * Optional, used instead of `report` by the plan: started before the program runs, it gets
     * each resource as it registers, so its work can overlap the program's.
     */
    startReport?(context: { stack: string; stackDir: string }): ReportStream;
}

export interface ReportStream {
    /** One resource, as it registered: a parent always comes before its children. */
    resource(resource: PlanResource): void;
    finish(plan: PlanFile): Promise<string[]>;
    /** The program failed: stop, and release any threads. */
    abandon(): Promise<void>;
}

export interface PlanResult {
    plan: PlanFile;
    resources: CapturedResource[];
    planPath: string;
    /** Files the report module wrote. */
    reports: string[];
    /** Policy violations, if a pack was given. */
    violations: Violation[];
    /** Milliseconds spent: running the program, writing plan.json, then reports and policies (together). */
    timings: { program: number; planFile: number; reportsAndPolicies: number };
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
    const stream = reporter?.startReport?.({ stack: options.stack, stackDir });
    const started = performance.now();
    let run;
    try {
        run = await runProgram(config, options.stack, mocks, {
            onRegister: options.onProgress,
            onResource: stream && ((resource) => stream.resource(planResourceOf(resource))),
            fullStackTraces: options.fullStackTraces,
        });
    } catch (error) {
        await stream?.abandon();
        // A bug in the program (not a config or engine-rule error): run once more with stack
        // traces on, so the report can say where it happened.
        if (!options.fullStackTraces && error instanceof ProgramError && isProgramBug(error.cause)) {
            await runProgram(config, options.stack, mocks, { fullStackTraces: true });
        }
        throw error;
    }
    const ran = performance.now();
    let planFile: PlanFile;
    const planPath = path.join(stackDir, "plan.json");
    try {
        planFile = buildPlanFile(run, config, options.stack);
        fs.mkdirSync(stackDir, { recursive: true });
        writeIfChangedSync(planPath, stableJson(planFile));
    } catch (error) {
        await stream?.abandon();
        throw error;
    }
    const written = performance.now();
    // Reports and policies are independent: started together, the reports' worker thread
    // overlaps the policy checks.
    const reports = stream ? stream.finish(planFile) : reporter ? reporter.report(planFile, stackDir) : Promise.resolve([]);
    const policyPack = options.policyPack;
    const violations = policyPack
        ? Promise.resolve().then(() => {
              const pack = loadPolicyPack(path.resolve(projectDir, policyPack), options.stack);
              return evaluatePolicies(pack.policies, run.resources, { config: pack.config });
          })
        : Promise.resolve([]);
    const [files, found] = await Promise.all([reports, violations]);
    const timings = { program: ran - started, planFile: written - ran, reportsAndPolicies: performance.now() - written };
    return { plan: planFile, resources: run.resources, planPath, reports: files, violations: found, timings };
}

interface CliArgs {
    stack?: string;
    projectDir?: string;
    outDir?: string;
    groupBy?: string;
    reportModule?: string;
    policyPack?: string;
    quiet: boolean;
    verbose: boolean;
}

const USAGE = "usage: npm run plan -- --stack <name> [--dir <project>] [--out <dir>] [--group-by <type>] [--report <module>] [--policy-pack <dir>] [--quiet] [--verbose]";

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
            case "--stack": args.stack = value(); break;
            case "--dir": args.projectDir = value(); break;
            case "--out": args.outDir = value(); break;
            case "--group-by": args.groupBy = value(); break;
            case "--report": args.reportModule = value(); break;
            case "--policy-pack": args.policyPack = value(); break;
            case "--quiet": args.quiet = true; break;
            case "--verbose": args.verbose = true; break;
            default: throw new PlanInputError(`unknown argument ${JSON.stringify(flag)}\n${USAGE}`);
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
        if (args.policyPack) {
            const mandatory = result.violations.filter((v) => v.enforcementLevel === "mandatory").length;
            if (result.violations.length === 0) console.log(`policies: no violations (${args.policyPack})`);
            else console.log(`policies: ${mandatory} mandatory, ${result.violations.length - mandatory} advisory violation(s)\n${formatViolations(result.violations)}`);
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
