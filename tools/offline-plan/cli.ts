/**
 * The plan's command line: `node --require <TypeScript hooks> tools/offline-plan/cli.ts --stack
 * <name> --mocks <module> [options]`. Prints a `pulumi preview`-style tree and a summary, and
 * exits non-zero, with one line per problem and no stack trace, on anything `pulumi up` would
 * refuse (see README.md beside this file).
 */
import * as path from "path";
import { parseArgs } from "util";
import { MockCloudOptions } from "./mock-cloud";
import { isProgramBug, plan } from "./plan";
import { renderTree, summarise } from "./plan-file";
import { formatViolations } from "./policy";
import { ProgramError } from "./run-program";
import { allStacks, PlanInputError } from "./stack-config";

const USAGE =
    "usage: plan (--stack <name> | --env <name> --rollout <module>) --mocks <module> [--dir <project>] [--sub-projects <dir>] [--out <dir>] [--group-by <type>] [--report <module>] [--policy-pack <dir>] [--crds <dir>] [--charts <dir>] [--quiet] [--verbose]";

const OPTIONS = {
    stack: { type: "string" },
    env: { type: "string" },
    rollout: { type: "string" },
    mocks: { type: "string" },
    dir: { type: "string" },
    "sub-projects": { type: "string" },
    out: { type: "string" },
    "group-by": { type: "string" },
    report: { type: "string" },
    "policy-pack": { type: "string" },
    crds: { type: "string" },
    charts: { type: "string" },
    quiet: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
} as const;

type CliArgs = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>["values"];

function parseCli(argv: string[]): CliArgs {
    try {
        return parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }).values;
    } catch (error) {
        throw new PlanInputError(`${(error as Error).message}\n${USAGE}`);
    }
}

/** A path given on the command line: relative to the working directory, as a user expects. */
const fromCwd = (file: string | undefined) => (file === undefined ? undefined : path.resolve(file));

/** The mock cloud a module exports as `mocks`. */
function loadMocks(modulePath: string | undefined): MockCloudOptions {
    if (!modulePath) throw new PlanInputError(`--mocks is required: a module that exports the mock cloud as \`mocks\`\n${USAGE}`);
    const file = path.resolve(modulePath);
    let loaded: { mocks?: MockCloudOptions };
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        loaded = require(file) as { mocks?: MockCloudOptions };
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND")
            throw new PlanInputError(`--mocks ${modulePath}: no such module (relative to ${process.cwd()})`);
        throw error;
    }
    if (!loaded.mocks?.resources || !loaded.mocks.invokes)
        throw new PlanInputError(`--mocks ${modulePath} does not export \`mocks\` with resources and invokes`);
    return loaded.mocks;
}

/** What a rollout module exports: the stacks of an environment, in waves applied one after another. */
export interface RolloutModule {
    rollout(environment: string, context: { projectDir: string; subProjectsDir?: string }): string[][];
}

function loadRollout(modulePath: string | undefined): RolloutModule {
    if (!modulePath) throw new PlanInputError(`--env needs --rollout: a module that exports rollout(environment) as waves of stacks\n${USAGE}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(path.resolve(modulePath)) as Partial<RolloutModule>;
    if (typeof loaded.rollout !== "function") throw new PlanInputError(`--rollout ${modulePath} does not export rollout(environment)`);
    return loaded as RolloutModule;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** Plans one stack and prints what `pulumi preview` would; returns the exit status and the report's totals. */
async function planStack(
    stack: string,
    args: CliArgs,
    projectDir: string,
    mocks: MockCloudOptions,
    compact: boolean,
    totals?: Record<string, number[]>,
): Promise<number> {
    const started = Date.now();
    const interactive = process.stderr.isTTY === true;
    process.stderr.write(`Planning stack ${stack} offline (mock cloud, no credentials used)...\n`);
    const result = await plan({
        stack,
        mocks,
        projectDir,
        subProjectsDir: fromCwd(args["sub-projects"]),
        outDir: fromCwd(args.out),
        reportModule: fromCwd(args.report),
        policyPack: fromCwd(args["policy-pack"]),
        crdDir: fromCwd(args.crds),
        chartsDir: fromCwd(args.charts),
        fullStackTraces: args.verbose,
        onProgress: interactive ? (count) => process.stderr.write(`\r  registered ${count} resources`) : undefined,
    });
    if (interactive) process.stderr.write("\r\x1b[K");
    const groupBy = args["group-by"];
    const { byType, byGroup } = summarise(result.resources, groupBy);
    if (!args.quiet) console.log(renderTree(result.resources) + "\n");
    if (!compact) {
        console.log("Resources by type:");
        for (const [type, count] of byType) console.log(`  ${String(count).padStart(5)}  ${type}`);
    }
    if (groupBy && byGroup.length > 0) {
        console.log(`Resources by ${groupBy}:`);
        for (const [group, count] of byGroup) console.log(`  ${String(count).padStart(5)}  ${group}`);
    }
    if (totals) for (const [key, value] of Object.entries(result.totals)) totals[key] = [...(totals[key] ?? []), value];
    const { program, reportsAndPolicies } = result.timings;
    console.log(
        `\n${result.resources.length} resources to create in stack ${stack} (${seconds(Date.now() - started)}: program ${seconds(program)}, reports and policies ${seconds(reportsAndPolicies)}); plan written to ${path.relative(process.cwd(), result.planPath)}`,
    );
    for (const line of result.summary) console.log(line);
    if (!compact) for (const file of result.reports) console.log(`report written to ${path.relative(process.cwd(), file)}`);
    for (const note of result.notes) process.stderr.write(`warning: ${note}\n`);
    if (args["policy-pack"]) {
        const mandatory = result.violations.filter((v) => v.enforcementLevel === "mandatory").length;
        if (result.violations.length === 0) console.log(`policies: no violations (${args["policy-pack"]})`);
        else
            console.log(
                `policies: ${mandatory} mandatory, ${result.violations.length - mandatory} advisory violation(s)\n${formatViolations(result.violations)}`,
            );
        if (mandatory > 0) {
            process.stderr.write(`\nerror: ${mandatory} mandatory policy violation(s) in stack ${stack}; fix them before pulumi up\n`);
            return 1;
        }
    }
    return 0;
}

/** Plans every stack of an environment wave by wave, each reading the plans before it; stops at the first that fails. */
async function planEnvironment(environment: string, args: CliArgs, projectDir: string, mocks: MockCloudOptions): Promise<number> {
    const started = Date.now();
    const waves = loadRollout(args.rollout).rollout(environment, { projectDir, subProjectsDir: fromCwd(args["sub-projects"]) });
    console.log(`Rollout of ${environment}: ${waves.map((wave, i) => `wave ${i + 1}: ${wave.join(", ")}`).join("; ")}\n`);
    const totals: Record<string, number[]> = {};
    const waveTotals: Array<Record<string, number>> = [];
    for (const [index, wave] of waves.entries()) {
        const inWave: Record<string, number[]> = {};
        for (const stack of wave) {
            console.log(`== wave ${index + 1}: stack ${stack}`);
            const status = await planStack(stack, args, projectDir, mocks, true, inWave).catch((error: unknown) => {
                process.stderr.write(`\nerror: stack ${stack}: ${describeFailure(error, args.verbose)}\n`);
                return 1;
            });
            if (status !== 0) {
                process.stderr.write(`rollout of ${environment} stopped at stack ${stack} (wave ${index + 1}): the stacks after it read its outputs\n`);
                return status;
            }
            console.log("");
        }
        // The stacks of a wave run side by side: a wave lasts as long as its longest stack.
        waveTotals.push(Object.fromEntries(Object.entries(inWave).map(([key, values]) => [key, Math.max(...values)])));
        for (const [key, values] of Object.entries(inWave)) totals[key] = [...(totals[key] ?? []), ...values];
    }
    console.log(`Planned ${waves.flat().length} stacks of ${environment} in ${seconds(Date.now() - started)}; to apply them, in this order:`);
    for (const stack of waves.flat()) console.log(`  pulumi up -s ${stack}`);
    for (const key of Object.keys(totals)) {
        const perWave = waveTotals.map((wave) => wave[key] ?? 0);
        const sum = Math.round(perWave.reduce((total, value) => total + value, 0) * 10) / 10;
        console.log(`Rollout ${key}: ${sum} (waves in sequence: ${perWave.join(" + ")})`);
    }
    return 0;
}

async function main(): Promise<number> {
    let verbose = false;
    try {
        const args = parseCli(process.argv.slice(2));
        verbose = args.verbose;
        const projectDir = path.resolve(args.dir ?? process.cwd());
        if (args.stack && args.env) throw new PlanInputError(`give --stack or --env, not both\n${USAGE}`);
        if (!args.stack && !args.env) {
            const known = allStacks(projectDir, fromCwd(args["sub-projects"]));
            throw new PlanInputError(`--stack or --env is required (known stacks: ${known.join(", ") || "none"})\n${USAGE}`);
        }
        const mocks = loadMocks(args.mocks);
        if (args.env) return await planEnvironment(args.env, args, projectDir, mocks);
        return await planStack(args.stack ?? "", args, projectDir, mocks, false);
    } catch (error) {
        process.stderr.write(`\nerror: ${describeFailure(error, verbose)}\n`);
        return 1;
    }
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

/** The first stack frame in the project's own files (not in node_modules). */
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
