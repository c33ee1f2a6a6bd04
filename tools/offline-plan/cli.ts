/**
 * The plan's command line: `node --require <TypeScript hooks> tools/offline-plan/cli.ts --stack
 * <name> --mocks <module> [options]`. Prints a `pulumi preview`-style tree and a summary, and
 * exits non-zero, with one line per problem and no stack trace, on anything `pulumi up` would
 * refuse (see README.md beside this file).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "util";
import type { MockCloudOptions } from "./mock-cloud";
import { isProgramBug, plan } from "./plan";
import { renderTree, summarise } from "./plan-file";
import { formatViolations } from "./policy";
import { ProgramError } from "./run-program";
import { allStacks, PlanInputError } from "./stack-config";

const USAGE =
    "usage: plan (--stack <name> | --env <name> --rollout <module> [--from-empty] [--scenarios] [--rehome <survivor>]) --mocks <module> [--dir <project>] [--sub-projects <dir>] [--out <dir>] [--group-by <type>] [--report <module>] [--policy-pack <dir> [--policy-config <dir>]] [--crds <dir>] [--charts <dir>] [--quiet] [--verbose]";

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
    "policy-config": { type: "string" },
    crds: { type: "string" },
    charts: { type: "string" },
    quiet: { type: "boolean", default: false },
    "from-empty": { type: "boolean", default: false },
    scenarios: { type: "boolean", default: false },
    rehome: { type: "string" },
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

/** One wave of a rollout: stacks applied side by side, `maxParallel` at a time. */
export interface RolloutWaveOfStacks {
    name: string;
    stacks: string[];
    /** @default every stack of the wave at once */
    maxParallel?: number;
}

/** Where a rollout is planned: the project, and whether it starts from nothing (`--from-empty`). */
export interface RolloutContext {
    projectDir: string;
    subProjectsDir?: string;
    outDir: string;
    fromEmpty: boolean;
}

/** What a rollout module exports: the stacks of an environment in waves, and optionally the checks between waves. */
export interface RolloutModule {
    rollout(environment: string, context: RolloutContext): RolloutWaveOfStacks[];
    /**
     * After a wave's plans: the wave checks the apply workflow runs, evaluated against the plans
     * so far (the simulated state). Returns why each check that could not pass fails; none if all pass.
     */
    checkWave?(environment: string, wave: RolloutWaveOfStacks, context: RolloutContext): string[];
    /**
     * Once every wave is planned: checks over all the plans together (e.g. failure scenarios).
     * `report` is printed with `--scenarios`; any problem fails the plan.
     */
    checkEnvironment?(environment: string, waves: readonly RolloutWaveOfStacks[], context: RolloutContext): { report: string[]; problems: string[] };
    /**
     * `--rehome <survivor>`: the environment as it would be with its primary's region left for
     * good and the survivor primary, written as a project to plan; `commands` reads both sets of
     * plans and says, in order, how to carry the state over.
     */
    rehome?(environment: string, survivor: string, context: RolloutContext): Promise<RehomedEnvironment>;
}

export interface RehomedEnvironment {
    projectDir: string;
    subProjectsDir: string;
    /** Where the policy pack's configs for the new topology are. @default the pack's own */
    policyConfigDir?: string;
    commands(rehomedOutDir: string, waves: readonly RolloutWaveOfStacks[]): string[];
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
        policyConfigDir: fromCwd(args["policy-config"]),
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

/**
 * The StackReferences a planned stack reads that a rollout from nothing could not satisfy: a stack
 * of its own wave (they run side by side) or of a later one, which has no outputs yet.
 */
export function readsAhead(planFile: string, stack: string, earlier: ReadonlySet<string>): string[] {
    const planned = JSON.parse(fs.readFileSync(planFile, "utf8")) as { resources?: Array<{ type: string; inputs?: { name?: unknown } }> };
    return (planned.resources ?? [])
        .filter((resource) => resource.type === "pulumi:pulumi:StackReference")
        .map(
            (resource) =>
                String(resource.inputs?.name ?? "")
                    .split("/")
                    .pop() ?? "",
        )
        .filter((read) => read !== stack && !earlier.has(read));
}

/** Plans every stack of an environment wave by wave, each reading the plans before it; stops at the first that fails. */
async function planEnvironment(environment: string, args: CliArgs, projectDir: string, mocks: MockCloudOptions): Promise<number> {
    const started = Date.now();
    const rollout = loadRollout(args.rollout);
    const context: RolloutContext = {
        projectDir,
        subProjectsDir: fromCwd(args["sub-projects"]),
        outDir: path.resolve(projectDir, fromCwd(args.out) ?? "out"),
        fromEmpty: args["from-empty"],
    };
    const waves = rollout.rollout(environment, context);
    const describe = (wave: RolloutWaveOfStacks, i: number) =>
        `wave ${i + 1} (${wave.name}): ${wave.stacks.join(", ")}${wave.maxParallel && wave.maxParallel < wave.stacks.length ? `, ${wave.maxParallel} at a time` : ""}`;
    console.log(`Rollout of ${environment}${context.fromEmpty ? " from an empty account" : ""}: ${waves.map(describe).join("; ")}\n`);
    // From nothing: no stack of the rollout has state, so none reads an earlier run's plans.
    if (context.fromEmpty)
        for (const stack of waves.flatMap((wave) => wave.stacks)) fs.rmSync(path.join(context.outDir, stack), { recursive: true, force: true });
    const totals: Record<string, number[]> = {};
    const waveTotals: Array<Record<string, number>> = [];
    const earlier = new Set<string>();
    for (const [index, wave] of waves.entries()) {
        const inWave: Record<string, number[]> = {};
        for (const stack of wave.stacks) {
            console.log(`== wave ${index + 1} (${wave.name}): stack ${stack}`);
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
        const problems = [
            ...(context.fromEmpty
                ? wave.stacks.flatMap((stack) =>
                      readsAhead(path.join(context.outDir, stack, "plan.json"), stack, earlier).map(
                          (read) => `stack ${stack} reads stack ${read}, which is not applied before wave ${index + 1}: from nothing it has no outputs yet`,
                      ),
                  )
                : []),
            ...(rollout.checkWave?.(environment, wave, context) ?? []),
        ];
        if (problems.length > 0) {
            process.stderr.write(
                `\nerror: rollout of ${environment} stopped after wave ${index + 1} (${wave.name}): its checks could not pass\n${problems.map((p) => `  ${p}`).join("\n")}\n`,
            );
            return 1;
        }
        if (rollout.checkWave) console.log(`wave ${index + 1} (${wave.name}): its checks pass against the plans so far\n`);
        for (const stack of wave.stacks) earlier.add(stack);
        // The stacks of a wave run side by side, `maxParallel` at a time.
        waveTotals.push(Object.fromEntries(Object.entries(inWave).map(([key, values]) => [key, wallClock(values, wave.maxParallel ?? values.length)])));
        for (const [key, values] of Object.entries(inWave)) totals[key] = [...(totals[key] ?? []), ...values];
    }
    const whole = rollout.checkEnvironment?.(environment, waves, context);
    if (whole && args.scenarios) console.log(`${whole.report.join("\n")}\n`);
    if (whole && whole.problems.length > 0) {
        process.stderr.write(
            `\nerror: ${environment} does not survive the loss of a region: a survivor depends on it\n${whole.problems.map((p) => `  ${p}`).join("\n")}\n`,
        );
        return 1;
    }
    console.log(
        `Planned ${waves.flatMap((wave) => wave.stacks).length} stacks of ${environment} in ${seconds(Date.now() - started)}; to apply them, wave by wave:`,
    );
    for (const [index, wave] of waves.entries())
        console.log(`  wave ${index + 1} (${wave.name}): ${wave.stacks.map((stack) => `pulumi up -s ${stack}`).join("; ")}`);
    for (const key of Object.keys(totals)) {
        const perWave = waveTotals.map((wave) => wave[key] ?? 0);
        const sum = Math.round(perWave.reduce((total, value) => total + value, 0) * 10) / 10;
        console.log(`Rollout ${key}: ${sum} (waves in sequence: ${perWave.join(" + ")})`);
    }
    return 0;
}

/**
 * `--rehome <survivor>`: once the environment as it is planned, the environment re-homed on the
 * survivor (the rollout module writes it), planned into `<out>/rehome-<survivor>` with every
 * check and rule, then the commands that carry the state over, from both sets of plans.
 */
async function planRehomed(environment: string, survivor: string, args: CliArgs, projectDir: string, mocks: MockCloudOptions): Promise<number> {
    const rollout = loadRollout(args.rollout);
    if (!rollout.rehome) throw new PlanInputError(`--rehome: the rollout module ${args.rollout} does not export rehome()`);
    const context: RolloutContext = {
        projectDir,
        subProjectsDir: fromCwd(args["sub-projects"]),
        outDir: path.resolve(projectDir, fromCwd(args.out) ?? "out"),
        fromEmpty: false,
    };
    const rehomed = await rollout.rehome(environment, survivor, context);
    const outDir = path.join(context.outDir, `rehome-${survivor}`);
    console.log(`\n== ${environment} re-homed on ${survivor} (${rehomed.projectDir})\n`);
    const status = await planEnvironment(
        environment,
        {
            ...args,
            dir: rehomed.projectDir,
            "sub-projects": rehomed.subProjectsDir,
            "policy-config": rehomed.policyConfigDir ?? args["policy-config"],
            out: outDir,
            rehome: undefined,
        },
        rehomed.projectDir,
        mocks,
    );
    if (status !== 0) {
        process.stderr.write(`error: ${environment} re-homed on ${survivor} does not plan cleanly (above): fix that before losing a region\n`);
        return status;
    }
    const waves = rollout.rollout(environment, { ...context, projectDir: rehomed.projectDir, subProjectsDir: rehomed.subProjectsDir, outDir });
    console.log(`\n${rehomed.commands(outDir, waves).join("\n")}`);
    return 0;
}

/** How long stacks run when `maxParallel` run at once: each starts when a slot frees, longest first. */
export function wallClock(durations: readonly number[], maxParallel: number): number {
    const slots: number[] = [];
    for (const duration of [...durations].sort((a, b) => b - a)) {
        if (slots.length < Math.max(1, maxParallel)) slots.push(duration);
        else {
            slots.sort((a, b) => a - b);
            slots[0] = (slots[0] ?? 0) + duration;
        }
    }
    return Math.round(Math.max(0, ...slots) * 10) / 10;
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
        if (args.env) {
            const status = await planEnvironment(args.env, args, projectDir, mocks);
            return status === 0 && args.rehome ? await planRehomed(args.env, args.rehome, args, projectDir, mocks) : status;
        }
        if (args.rehome) throw new PlanInputError(`--rehome needs --env: it re-homes a whole environment\n${USAGE}`);
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
