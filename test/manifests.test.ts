import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { apiVersionOf, manifestPath, manifestsOf } from "../tools/manifests/manifests";
import { report } from "../tools/manifests/report";
import { MAX_REMEMBERED_STACKS, readKnownKinds, rememberKinds } from "../tools/manifests/known-kinds";
import { preloadModels, validateObject } from "../tools/manifests/validate";
import { parse } from "yaml";
import { plan as runPlan } from "../tools/plan";
import { listFiles } from "../tools/runner/files";
import { PlanFile } from "../tools/runner/plan-file";
import { REPO_ROOT } from "./helpers/cli";
import { planOf } from "./helpers/plans";

const planWith = (inputs: Record<string, unknown>): PlanFile => ({
    project: "p",
    stack: "s",
    config: {},
    outputs: {},
    resources: [
        { urn: "urn:pulumi:s::p::payments:platform:Cluster::payments-c1", type: "payments:platform:Cluster", name: "payments-c1", parent: null, provider: null, dependsOn: [], custom: false, inputs: {} },
        { urn: "urn:pulumi:s::p::payments:platform:Cluster$kubernetes:apps/v1:Deployment::d", type: "kubernetes:apps/v1:Deployment", name: "d", parent: "urn:pulumi:s::p::payments:platform:Cluster::payments-c1", provider: null, dependsOn: [], custom: true, inputs },
    ],
});

describe("Kubernetes manifests", () => {
    it("names files by cluster, kind, namespace and name", () => {
        const [manifest] = manifestsOf(planWith({ metadata: { name: "web", namespace: "payments-x" }, spec: {} }), "payments:platform:Cluster");
        assert.equal(manifestPath(manifest), "c1/deployment-payments-x-web.yaml");
        assert.equal(apiVersionOf("core/v1"), "v1");
        assert.equal(apiVersionOf("networking.k8s.io/v1"), "networking.k8s.io/v1");
    });

    it("validates against the published schema, reporting the schema path", async () => {
        assert.deepEqual(await validateObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, spec: { template: {} } }), {
            status: "invalid",
            errors: "data/spec must have required property selector",
        });
        assert.deepEqual(await validateObject({ apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRule", metadata: { name: "r" }, spec: { groups: [{ name: "g", rules: [{ record: "x", expr: "up" }] }] } }), { status: "valid" });
        assert.deepEqual(await validateObject({ apiVersion: "velero.io/v1", kind: "Schedule", metadata: { name: "s" }, spec: { schedule: 5, template: {} } }), { status: "invalid", errors: "data/spec/schedule must be string" });
        assert.deepEqual(await validateObject({ apiVersion: "operator.tigera.io/v1", kind: "Installation", metadata: { name: "default" }, spec: { cni: { type: "AmazonVPC" } } }), { status: "valid" });
        assert.deepEqual(await validateObject({ apiVersion: "networking.istio.io/v1", kind: "VirtualService", metadata: { name: "v" }, spec: { hosts: "api" } }), { status: "invalid", errors: "data/spec/hosts must be array" });
        assert.deepEqual(await validateObject({ apiVersion: "security.istio.io/v1", kind: "PeerAuthentication", metadata: { name: "p" }, spec: { mtls: { mode: "STRICT" } } }), { status: "valid" });
        assert.deepEqual(await validateObject({ apiVersion: "external-secrets.io/v1", kind: "ExternalSecret", metadata: { name: "e" }, spec: { secretStoreRef: { name: "s", kind: "Vault" } } }), {
            status: "invalid",
            errors: "data/spec/secretStoreRef/kind must be equal to one of the allowed values",
        });
        assert.deepEqual(await validateObject({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }), { status: "no-model" });
        assert.deepEqual(await validateObject({ apiVersion: "networking.istio.io/v1", kind: "NoSuchKind", metadata: { name: "n" } }), { status: "no-model" });
    });

    it("fails the plan on an invalid object, naming the file, the resource and the schema path", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-"));
        await assert.rejects(report(planWith({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { template: {} } }), dir), {
            message: "1 Kubernetes object(s) fail their schema:\n  - manifests/c1/deployment-_cluster-web.yaml (urn:pulumi:s::p::payments:platform:Cluster$kubernetes:apps/v1:Deployment::d): data/spec must have required property selector",
        });
    });

    it("lists kinds that have no schema to validate against, and still writes them", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-"));
        const plan = planWith({ metadata: { name: "w", namespace: "n" }, spec: {} });
        plan.resources[1] = { ...plan.resources[1], type: "kubernetes:example.com/v1:Widget", urn: "urn:pulumi:s::p::payments:platform:Cluster$kubernetes:example.com/v1:Widget::w" };
        await report(plan, dir);
        assert.equal(fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"), "example.com/v1 Widget: 1 object(s) not schema-validated (no model available)\n");
        assert.deepEqual(parse(fs.readFileSync(path.join(dir, "manifests", "c1", "widget-n-w.yaml"), "utf8")), { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w", namespace: "n" }, spec: {} });
    });

    it("writes and validates every object of the prod plan; every kind has a schema", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-prod-"));
        const written = await report((await planOf("prod")).plan, dir);
        assert.deepEqual(written, [path.join(dir, "manifests")]);
        // What is written reads back (with another YAML library) as exactly the plan's object.
        const ledger = manifestsOf((await planOf("prod")).plan, "payments:platform:Cluster").find((m) => m.cluster === "prod-use1" && m.kind === "Deployment" && m.name === "ledger");
        assert.ok(ledger);
        assert.deepEqual(parse(fs.readFileSync(path.join(dir, "manifests", "prod-use1", "deployment-payments-ledger-ledger.yaml"), "utf8")), ledger.object);
        const objects = manifestsOf((await planOf("prod")).plan, "payments:platform:Cluster").length;
        assert.equal(fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"), `none: all ${objects} objects were validated against their schemas\n`);
    });

    it("streams manifests while the program runs, writing exactly what the finished plan gives", async function () {
        this.timeout(60_000);
        const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "streamed-"));
        const streamed = await runPlan({ stack: "prod", projectDir: REPO_ROOT, outDir, reportModule: path.join(REPO_ROOT, "tools", "report.ts") });
        const stackDir = path.join(outDir, "prod");
        assert.ok(streamed.reports.includes(path.join(stackDir, "manifests")));
        assert.ok(streamed.reports.includes(path.join(stackDir, "topology.svg")));
        const afterwards = fs.mkdtempSync(path.join(os.tmpdir(), "afterwards-"));
        await report(streamed.plan, afterwards);
        const files = listFiles(path.join(stackDir, "manifests")).sort();
        assert.deepEqual(files, listFiles(path.join(afterwards, "manifests")).sort());
        for (const file of files) assert.equal(fs.readFileSync(path.join(stackDir, "manifests", file), "utf8"), fs.readFileSync(path.join(afterwards, "manifests", file), "utf8"), file);
    });
});

describe("warm start of the manifest thread", () => {
    it("remembers each stack's kinds from its latest plan, sorted; a missing or damaged file is no kinds", () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinds-")), "kinds.json");
        assert.deepEqual(readKnownKinds("prod", file), []);
        rememberKinds("prod", ["v1 Service", "apps/v1 Deployment", "v1 Service"], file);
        rememberKinds("prod-drill", ["velero.io/v1 Restore"], file);
        assert.deepEqual(readKnownKinds("prod", file), ["apps/v1 Deployment", "v1 Service"]);
        assert.deepEqual(readKnownKinds("prod-drill", file), ["velero.io/v1 Restore"]);
        rememberKinds("prod", ["velero.io/v1 Schedule"], file);
        assert.deepEqual(readKnownKinds("prod", file), ["velero.io/v1 Schedule"], "a kind the stack no longer has is not preloaded again");
        fs.writeFileSync(file, "{not json");
        assert.deepEqual(readKnownKinds("prod", file), []);
    });

    it("forgets the least recently planned stacks beyond the limit", () => {
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinds-")), "kinds.json");
        for (let i = 0; i <= MAX_REMEMBERED_STACKS; i++) rememberKinds(`stack-${i}`, [`v1 Kind${i}`], file);
        assert.deepEqual(readKnownKinds("stack-0", file), []);
        assert.deepEqual(readKnownKinds("stack-1", file), ["v1 Kind1"]);
        assert.deepEqual(readKnownKinds(`stack-${MAX_REMEMBERED_STACKS}`, file), [`v1 Kind${MAX_REMEMBERED_STACKS}`]);
    });

    it("preloading never fails: unknown and malformed kinds are skipped, and objects validate as before", async () => {
        await preloadModels(["apps/v1 Deployment", "example.com/v1 Widget", "nonsense", "v1 NoSuchKind"]);
        assert.deepEqual(await validateObject({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, spec: { selector: {}, template: {} } }), { status: "valid" });
        assert.deepEqual(await validateObject({ apiVersion: "v1", kind: "NoSuchKind", metadata: { name: "x" } }), { status: "no-model" });
    });
});
