import { strict as assert } from "assert";
import { writeHandOver } from "../tools/offline-plan/entry-point";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT, runPlanCli } from "./helpers/cli";
import { FIXTURE_STACKS } from "./helpers/plans";

/** `npm run plan` as a user runs it: the project's options on the offline-plan library. */
describe("npm run plan", () => {
    it("names the project's stacks, sub-projects included, for an unknown or missing --stack", () => {
        // The stack files, the root project's and every sub-project's: a new one is named without editing this test.
        const stackFiles = (dir: string) =>
            fs
                .readdirSync(dir)
                .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
                .filter((stack): stack is string => stack !== undefined);
        const subProjects = fs.readdirSync(path.join(REPO_ROOT, "stacks")).map((project) => path.join(REPO_ROOT, "stacks", project));
        const known = [REPO_ROOT, ...subProjects].flatMap(stackFiles).sort().join(", ");
        assert.ok(known.includes("prod-drill") && known.includes("stg-use2"), known);
        const unknown = runPlanCli(["--stack", "qa"]);
        assert.equal(unknown.status, 1);
        assert.ok(unknown.stderr.includes(`error: unknown stack "qa": there is no Pulumi.qa.yaml (known stacks: ${known})`), unknown.stderr);
        const missing = runPlanCli([]);
        assert.equal(missing.status, 1);
        assert.ok(missing.stderr.includes(`error: --stack or --env is required (known stacks: ${known})`), missing.stderr);
    });

    it("exits non-zero on bad config, listing every problem with its path and no stack trace", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "badconfig-"));
        // A project of its own whose program is the environment's (the CLI takes no `main` outside the project).
        fs.writeFileSync(path.join(dir, "Pulumi.yaml"), "name: payments-platform\nruntime: nodejs\nmain: index.ts\n");
        writeHandOver(dir, path.join(REPO_ROOT, "index.ts"));
        const prod = fs.readFileSync(path.join(FIXTURE_STACKS, "Pulumi.prod.yaml"), "utf8");
        const bad = prod
            .replace("region: us-west-2", "region: us-west2")
            .replace("{ class: payments, name: payments, replicas: 6", "{ class: gpu, name: payments, replicas: 6");
        assert.notEqual(bad, prod);
        fs.writeFileSync(path.join(dir, "Pulumi.bad.yaml"), bad);
        const { status, stdout, stderr } = runPlanCli(["--stack", "bad", "--dir", dir]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: invalid stack config \(2 problems\) in Pulumi.bad.yaml:\n {2}- clusters\[0\].topology.workers.machineDeployments\[1\].class: unknown class "gpu" \(known: system, payments\)\n {2}- clusters\[1\].region: not an AWS region name such as us-east-1 or eu-central-1\n/,
        );
        assert.doesNotMatch(stderr, /^\s+at /m);
        assert.equal(stdout, "", "no tree is printed for a failed plan");
        assert.equal(fs.existsSync(path.join(dir, "out", "bad", "plan.json")), false, "no plan file is written for a failed plan");
    });
});
