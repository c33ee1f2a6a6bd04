import * as aws from "@pulumi/aws";
import { planFileStackReferences } from "../stack-references";
import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { parentsFirst } from "../order";
import type { PlanResult } from "../plan";
import { plan } from "../plan";
import { renderTree, summarise, toPlainValue } from "../plan-file";
import { loadStackConfig, SECRET_PLACEHOLDER } from "../stack-config";
import { mocks } from "./fixtures/mocks";

const FIXTURES = path.join(__dirname, "fixtures");
const TINY = path.join(FIXTURES, "tiny");
const BROKEN = path.join(FIXTURES, "broken");
const LIBRARY = path.resolve(__dirname, "..");

/** The library's command line, as a project would run it (its TypeScript hooks, its CLI, a mocks module). */
function runPlanCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
    const cli = [path.join(LIBRARY, "cli.ts"), "--mocks", path.join(FIXTURES, "mocks.ts")];
    const result = spawnSync(process.execPath, ["--require", path.join(LIBRARY, "register.cjs"), ...cli, ...args], { cwd: FIXTURES, encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("stack config loading", () => {
    it("merges project defaults and stack values as the CLI does", () => {
        const config = loadStackConfig(TINY, "dev");
        assert.equal(config.project, "tiny");
        assert.equal(config.main, path.join(TINY, "index.ts"));
        assert.deepEqual(config.values, {
            "tiny:greeting": "hello",
            "aws:region": "eu-central-1",
            "tiny:apiKey": SECRET_PLACEHOLDER,
            "tiny:count": "3",
            "tiny:nested": '{"zeta":1,"alpha":2}',
        });
        assert.deepEqual(config.secretKeys, ["tiny:apiKey"]);
    });

    it("names the known stacks when the stack does not exist", () => {
        assert.throws(() => loadStackConfig(BROKEN, "prod"), {
            message: 'unknown stack "prod": there is no Pulumi.prod.yaml (known stacks: default-provider, duplicate-urn, orphan-remote, throws, unknown-type)',
        });
    });
});

describe("wire values to plan values", () => {
    it("redacts secrets, marks unknowns, keeps resource references as URNs and sorts keys", () => {
        const secret = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "hunter2" };
        const ref = { "4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:pulumi:s::p::t::n", id: "x" };
        assert.deepEqual(toPlainValue({ b: [secret, 1], a: "04da6b54-80e4-46f7-96ec-b56ff0331ba9", c: ref }), {
            a: "[unknown]",
            b: ["[secret]", 1],
            c: { resource: "urn:pulumi:s::p::t::n" },
        });
        assert.deepEqual(Object.keys(toPlainValue({ b: 1, a: 2 }) as object), ["a", "b"]);
    });
});

describe("registration order from a plan", () => {
    it("puts every resource after its parent, keeping the given order otherwise", () => {
        const r = (urn: string, parent: string | null) => ({ urn, parent });
        const ordered = parentsFirst([r("a-child", "c"), r("b", null), r("c", "d"), r("d", null), r("e", "missing")]).map((x) => x.urn);
        assert.deepEqual(ordered, ["d", "c", "a-child", "b", "e"]);
    });
});

describe("plan of a small program, in-process", () => {
    let result: PlanResult;
    let outDir: string;
    before(async () => {
        outDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-"));
        result = await plan({ stack: "dev", projectDir: TINY, outDir, mocks });
    });

    it("writes out/<stack>/plan.json with the documented shape", () => {
        const written = JSON.parse(fs.readFileSync(path.join(outDir, "dev", "plan.json"), "utf8"));
        assert.deepEqual(Object.keys(written), ["project", "stack", "config", "outputs", "resources"]);
        assert.equal(written.project, "tiny");
        assert.equal(written.stack, "dev");
        for (const resource of written.resources) {
            assert.deepEqual(Object.keys(resource), ["urn", "type", "name", "parent", "provider", "dependsOn", "custom", "inputs"]);
        }
    });

    it("records the invokes a program makes, each with the region it went to, and none for a program that makes none", async () => {
        assert.deepEqual(result.invokes, [], "the tiny program reads nothing from the cloud");
        const reading = await plan({
            stack: "dev",
            projectDir: TINY,
            outDir: fs.mkdtempSync(path.join(os.tmpdir(), "plan-")),
            mocks: { ...mocks, invokes: { "aws:index/getRegion:getRegion": (_inputs, region) => ({ name: region, region, id: region }) } },
            program: () => {
                const provider = new aws.Provider("reader", { region: "eu-west-1" });
                return { region: aws.getRegionOutput({}, { provider }).name };
            },
        });
        assert.deepEqual(reading.invokes, [{ token: "aws:index/getRegion:getRegion", region: "eu-west-1" }]);
        assert.equal(reading.plan.outputs.region, "eu-west-1");
    });

    it("orders resources by URN so the file is stable", () => {
        const urns = result.plan.resources.map((r) => r.urn);
        assert.deepEqual(urns, [...urns].sort());
        assert.equal(new Set(urns).size, urns.length);
    });

    it("records parents, providers and dependencies as the engine would", () => {
        const byName = new Map(result.plan.resources.map((r) => [r.name, r]));
        const stack = byName.get("tiny-dev");
        const box = byName.get("box");
        const provider = byName.get("box-aws");
        const vpc = byName.get("box-vpc");
        assert.equal(stack?.type, "pulumi:pulumi:Stack");
        assert.equal(box?.parent, stack?.urn);
        assert.equal(provider?.parent, box?.urn);
        assert.equal(vpc?.parent, box?.urn);
        assert.equal(vpc?.provider, provider?.urn);
        assert.equal(vpc?.urn, "urn:pulumi:dev::tiny::tiny:index:Box$aws:ec2/vpc:Vpc::box-vpc");
        assert.equal(vpc?.custom, true);
        assert.equal(box?.custom, false);
    });

    it("redacts every secret in config, inputs and outputs", () => {
        const text = fs.readFileSync(path.join(outDir, "dev", "plan.json"), "utf8");
        assert.equal(text.includes(SECRET_PLACEHOLDER), false, "the secret's value leaked into plan.json");
        assert.equal(result.plan.config["tiny:apiKey"], "[secret]");
        assert.equal(result.plan.outputs.key, "[secret]");
        const inputs = (name: string) => result.plan.resources.find((r) => r.name === name)?.inputs as Record<string, unknown>;
        assert.equal(inputs("box-aws").accessKey, "[secret]");
        assert.deepEqual(inputs("box-vpc").tags, { note: "[secret]" });
        assert.equal(inputs("box-vpc").cidrBlock, "10.0.0.0/16");
    });

    it("exports the program's outputs, with config decoded", () => {
        assert.deepEqual(result.plan.outputs, {
            count: 3,
            greeting: "hello",
            key: "[secret]",
            region: "eu-central-1",
            subnet: result.plan.outputs.subnet,
            vpcId: result.plan.outputs.vpcId,
        });
        assert.match(String(result.plan.outputs.vpcId), /^vpc-0[0-9a-f]{16}$/);
        assert.deepEqual(result.plan.config["tiny:nested"], { alpha: 2, zeta: 1 });
    });

    it("names resources by their engine URN everywhere, two components deep included", () => {
        const subnet = result.plan.resources.find((r) => r.name === "box-subnet");
        assert.equal(subnet?.urn, "urn:pulumi:dev::tiny::tiny:index:Box$tiny:index:Inner$aws:ec2/subnet:Subnet::box-subnet");
        assert.equal(subnet?.parent, "urn:pulumi:dev::tiny::tiny:index:Box$tiny:index:Inner::box-inner");
        // An exported resource carries its URN as a plain string; the mock runtime's would be "tiny:index:Inner$aws:...".
        assert.equal((result.plan.outputs.subnet as { urn: string }).urn, subnet?.urn);
    });

    it("gives the same bytes on a second run", async () => {
        const first = fs.readFileSync(path.join(outDir, "dev", "plan.json"), "utf8");
        await plan({ stack: "dev", projectDir: TINY, outDir, mocks });
        assert.equal(fs.readFileSync(path.join(outDir, "dev", "plan.json"), "utf8"), first);
    });

    it("prints a preview-style tree with children under their parents", () => {
        assert.equal(
            renderTree(result.resources),
            [
                "     Type                            Name",
                " +   pulumi:pulumi:Stack             tiny-dev",
                " +   └─ tiny:index:Box               box",
                " +      ├─ pulumi:providers:aws      box-aws",
                " +      ├─ tiny:index:Inner          box-inner",
                " +      │  └─ aws:ec2/subnet:Subnet  box-subnet",
                " +      └─ aws:ec2/vpc:Vpc           box-vpc",
            ].join("\n"),
        );
    });

    it("summarises counts per type and per group", () => {
        const { byType, byGroup } = summarise(result.resources, "tiny:index:Box");
        assert.deepEqual(byType, [
            ["aws:ec2/subnet:Subnet", 1],
            ["aws:ec2/vpc:Vpc", 1],
            ["pulumi:providers:aws", 1],
            ["pulumi:pulumi:Stack", 1],
            ["tiny:index:Box", 1],
            ["tiny:index:Inner", 1],
        ]);
        assert.deepEqual(byGroup, [
            ["box", 5],
            ["(outside any group)", 1],
        ]);
    });
});

describe("plan CLI failures", () => {
    const noStackTrace = (stderr: string) => assert.doesNotMatch(stderr, /^\s+at /m, `stack trace printed:\n${stderr}`);

    it("reports a duplicate URN", () => {
        const { status, stderr } = runPlanCli(["--stack", "duplicate-urn", "--dir", BROKEN]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /error: duplicate URN urn:pulumi:duplicate-urn::broken::aws:ec2\/vpc:Vpc::same: two resources of type aws:ec2\/vpc:Vpc are named "same" under the same parent type; the engine would refuse this, so give one of them another name\n/,
        );
        noStackTrace(stderr);
    });

    it("names a resource type the mock cloud does not know", () => {
        const { status, stderr } = runPlanCli(["--stack", "unknown-type", "--dir", BROKEN]);
        assert.equal(status, 1);
        assert.match(stderr, /the offline mock cloud does not know the resource type aws:gamelift\/alias:Alias/);
        noStackTrace(stderr);
    });

    it("refuses a resource that would use a disabled default provider", () => {
        const { status, stderr } = runPlanCli(["--stack", "default-provider", "--dir", BROKEN]);
        assert.equal(status, 1);
        assert.match(
            stderr,
            /urn:pulumi:default-provider::broken::aws:ec2\/vpc:Vpc::no-provider would use the default aws provider, which pulumi:disable-default-providers forbids/,
        );
    });

    it("refuses a remote component registered without providers", () => {
        const { status, stderr } = runPlanCli(["--stack", "orphan-remote", "--dir", BROKEN]);
        assert.equal(status, 1);
        assert.match(stderr, /error: urn:pulumi:orphan-remote::broken::eks:index:Cluster::orphan is a remote component registered without providers/);
        noStackTrace(stderr);
    });

    it("reports a program error at its TypeScript line but no stack trace; --verbose gives the trace", () => {
        const source = fs.readFileSync(path.join(BROKEN, "index.ts"), "utf8").split("\n");
        const line = source.findIndex((text) => text.includes('throw new Error("something the program did not expect")')) + 1;
        assert.ok(line > 0);
        const { status, stderr } = runPlanCli(["--stack", "throws", "--dir", BROKEN]);
        assert.equal(status, 1);
        assert.ok(stderr.includes(`error: program failed: something the program did not expect (at broken/index.ts:${line})`), stderr);
        noStackTrace(stderr);
        const verbose = runPlanCli(["--stack", "throws", "--dir", BROKEN, "--verbose"]);
        assert.equal(verbose.status, 1);
        assert.ok(verbose.stderr.includes(`at Object.<anonymous> (${path.join(BROKEN, "index.ts")}:${line}:`), verbose.stderr);
    });

    it("reports the error the same way with a report module", () => {
        const report = path.join(FIXTURES, "report.ts");
        for (const [stack, message] of [
            ["throws", "error: program failed: something the program did not expect (at broken/index.ts:"],
            ["unknown-type", "error: the offline mock cloud does not know the resource type aws:gamelift/alias:Alias"],
        ]) {
            const { status, stderr } = runPlanCli([
                "--stack",
                stack,
                "--dir",
                BROKEN,
                "--report",
                report,
                "--out",
                fs.mkdtempSync(path.join(os.tmpdir(), "broken-")),
            ]);
            assert.equal(status, 1);
            assert.ok(stderr.includes(message), stderr);
            noStackTrace(stderr);
        }
    });

    it("runs the report module after the program, printing its files and notes", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "tiny-report-"));
        const { status, stdout, stderr } = runPlanCli(["--stack", "dev", "--dir", TINY, "--out", out, "--quiet", "--report", "report.ts"]);
        assert.equal(status, 0, stderr);
        assert.equal(fs.readFileSync(path.join(out, "dev", "count.txt"), "utf8"), "6\n");
        assert.ok(stdout.includes(`report written to ${path.relative(FIXTURES, path.join(out, "dev", "count.txt"))}\n`), stdout);
        assert.ok(stderr.includes("warning: counted without CRDs: true\n"), stderr);
    });

    it("ends a successful plan with the count, where the time went, and the plan's path", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "tiny-cli-"));
        const { status, stdout } = runPlanCli(["--stack", "dev", "--dir", TINY, "--out", out, "--quiet"]);
        assert.equal(status, 0);
        assert.match(
            stdout,
            /\n6 resources to create in stack dev \(\d+\.\ds: program \d+\.\ds, reports and policies \d+\.\ds\); plan written to .*dev\/plan\.json\n/,
        );
    });

    it("names a report module that does not exist", () => {
        const { status, stderr } = runPlanCli(["--stack", "throws", "--dir", BROKEN, "--report", "no-such-report.ts"]);
        assert.equal(status, 1);
        assert.ok(stderr.includes(`error: report module ${path.join(FIXTURES, "no-such-report.ts")} does not exist\n`), stderr);
    });

    it("rejects an unknown stack and a missing --stack, naming the stacks of the project and its sub-projects", () => {
        const unknown = runPlanCli(["--stack", "qa", "--dir", TINY, "--sub-projects", path.join(TINY, "projects")]);
        assert.equal(unknown.status, 1);
        assert.match(unknown.stderr, /error: unknown stack "qa": there is no Pulumi.qa.yaml \(known stacks: dev, read\)/);
        const missing = runPlanCli(["--dir", TINY]);
        assert.equal(missing.status, 1);
        assert.match(missing.stderr, /error: --stack or --env is required \(known stacks: dev\)/);
        const noMocks = spawnSync(
            process.execPath,
            ["--require", path.join(LIBRARY, "register.cjs"), path.join(LIBRARY, "cli.ts"), "--stack", "dev", "--dir", TINY],
            { encoding: "utf8" },
        );
        assert.equal(noMocks.status, 1);
        assert.match(noMocks.stderr, /error: --mocks is required: a module that exports the mock cloud as `mocks`/);
        const badFlag = runPlanCli(["--stack", "dev", "--dir", TINY, "--colour"]);
        assert.equal(badFlag.status, 1);
        assert.match(badFlag.stderr, /error: Unknown option '--colour'/);
    });
});

describe("stack references between offline plans", () => {
    const subProjectsDir = path.join(TINY, "projects");

    it("reads another stack's outputs from its plan, keeping secrets secret", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "refs-"));
        const source = await plan({ stack: "dev", projectDir: TINY, outDir, mocks });
        const reader = await plan({ stack: "read", projectDir: TINY, subProjectsDir, outDir, mocks });
        assert.equal(reader.plan.project, "reader");
        assert.equal(reader.plan.outputs.vpcId, source.plan.outputs.vpcId);
        assert.equal(reader.plan.outputs.key, "[secret]");
    });

    it("reads a known stack with no plan yet as a stack never updated (no outputs), and says so", async () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "refs-"));
        await assert.rejects(plan({ stack: "read", projectDir: TINY, subProjectsDir, outDir, mocks }), {
            message: "Required output 'key' does not exist on stack 'acme/tiny/dev'.",
        });
        const notes: string[] = [];
        const read = planFileStackReferences(outDir, ["dev"], (note) => notes.push(note));
        assert.deepEqual(read("acme/tiny/dev"), { outputs: {}, secretOutputNames: [] });
        assert.match(notes[0], /^StackReference acme\/tiny\/dev: no offline plan at .*dev\/plan\.json, so it reads as a stack never updated \(no outputs\)$/);
    });

    it("reads the stack being planned, on its first plan, as no outputs without a note", () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "refs-"));
        const notes: string[] = [];
        const read = planFileStackReferences(outDir, ["dev"], (note) => notes.push(note), "dev");
        assert.deepEqual(read("acme/tiny/dev"), { outputs: {}, secretOutputNames: [] });
        assert.deepEqual(notes, []);
    });

    it("fails naming the stack to plan first when a reference names a stack no project defines", () => {
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "refs-"));
        assert.throws(() => planFileStackReferences(outDir, ["dev"])("acme/tiny/qa"), {
            message: /^StackReference acme\/tiny\/qa: no offline plan at .*qa\/plan\.json; run "npm run plan -- --stack qa" first$/,
        });
    });
});
