/**
 * One measured plan, in its own process so peak RSS belongs to it alone. Prints one JSON line.
 * Usage: worker <projectDir> <stack> <outDir>
 */
import * as path from "path";
import { mocks } from "../mocks";
import { plan } from "../offline-plan/plan";

const REPO = path.resolve(__dirname, "..", "..");

async function main(): Promise<void> {
    const [projectDir, stack, outDir] = process.argv.slice(2);
    const started = process.hrtime.bigint();
    const result = await plan({
        stack,
        mocks,
        projectDir,
        outDir,
        reportModule: path.join(REPO, "tools", "report.ts"),
        policyPack: path.join(REPO, "policy"),
        crdDir: path.resolve(REPO, "..", "shared", "crds"),
        chartsDir: path.resolve(REPO, "..", "shared", "charts"),
    });
    const planMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(
        JSON.stringify({
            planMs,
            resources: result.resources.length,
            maxRssMb: process.resourceUsage().maxRSS / 1024,
            violations: result.violations.length,
            timings: result.timings,
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
