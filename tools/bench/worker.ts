/**
 * One measured plan of an environment (every stack, in rollout order, as `npm run plan -- --env`),
 * in its own process so peak RSS belongs to it alone. Prints one JSON line.
 * Usage: worker <projectDir> <environment> <outDir>
 */
import * as path from "path";
import { mocks } from "../mocks";
import { plan } from "../offline-plan/plan";
import { wallClock } from "../offline-plan/cli";
import { rollout } from "../rollout";

const REPO = path.resolve(__dirname, "..", "..");

async function main(): Promise<void> {
    const [projectDir, environment, outDir] = process.argv.slice(2);
    const subProjectsDir = path.join(projectDir, "stacks");
    const started = process.hrtime.bigint();
    const waves = rollout(environment, { projectDir, subProjectsDir, outDir, fromEmpty: true });
    const stacks = waves.flatMap((wave) => wave.stacks);
    let resources = 0;
    let violations = 0;
    // The rollout's estimated time to converge: waves one after another, each as long as its
    // stacks take side by side, `maxParallel` at a time.
    const minutes = new Map<string, number>();
    const timings = { program: 0, planFile: 0, reportsAndPolicies: 0 };
    for (const stack of stacks) {
        const result = await plan({
            stack,
            mocks,
            projectDir,
            subProjectsDir,
            outDir,
            reportModule: path.join(REPO, "tools", "report.ts"),
            policyPack: path.join(REPO, "policy"),
            crdDir: path.resolve(REPO, "..", "shared", "crds"),
            chartsDir: path.resolve(REPO, "..", "shared", "charts"),
        });
        resources += result.resources.length;
        violations += result.violations.length;
        minutes.set(
            stack,
            Object.values(result.totals).reduce((sum, value) => sum + value, 0),
        );
        for (const key of Object.keys(timings) as Array<keyof typeof timings>) timings[key] += result.timings[key];
    }
    const planMs = Number(process.hrtime.bigint() - started) / 1e6;
    const convergeMinutes = waves.reduce(
        (total, wave) =>
            total +
            wallClock(
                wave.stacks.map((stack) => minutes.get(stack) ?? 0),
                wave.maxParallel,
            ),
        0,
    );
    process.stdout.write(
        JSON.stringify({
            planMs,
            stacks: stacks.length,
            convergeMinutes: Math.round(convergeMinutes * 10) / 10,
            resources,
            maxRssMb: process.resourceUsage().maxRSS / 1024,
            violations,
            timings,
        }) + "\n",
    );
}

main().then(
    () => process.exit(0),
    (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
    },
);
