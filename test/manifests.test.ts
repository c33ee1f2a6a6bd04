import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse } from "yaml";
import { apiVersionOf, manifestPath, manifestsOf } from "../tools/manifests/manifests";
import { report } from "../tools/manifests/report";
import { goRegExp, ManifestValidator, readCrdSchemas } from "../tools/manifests/validate";
import type { PlanFile } from "../tools/offline-plan/plan-file";
import { REPO_ROOT } from "./helpers/cli";
import { planOf } from "./helpers/plans";

/** The upstream CRDs CI has beside the repository (never copied into it). */
const SHARED_CRDS = path.resolve(REPO_ROOT, "..", "shared", "crds");
const GROUP = "payments:platform:Cluster";

const planWith = (inputs: Record<string, unknown>): PlanFile => ({
    project: "p",
    stack: "s",
    config: {},
    outputs: {},
    resources: [
        {
            urn: "urn:pulumi:s::p::payments:platform:Cluster::payments-c1",
            type: "payments:platform:Cluster",
            name: "payments-c1",
            parent: null,
            provider: null,
            dependsOn: [],
            custom: false,
            inputs: {},
        },
        {
            urn: "urn:pulumi:s::p::payments:platform:Cluster$kubernetes:apps/v1:Deployment::d",
            type: "kubernetes:apps/v1:Deployment",
            name: "d",
            parent: "urn:pulumi:s::p::payments:platform:Cluster::payments-c1",
            provider: null,
            dependsOn: [],
            custom: true,
            inputs,
        },
    ],
});

/** A one-kind CRD directory, as `kubectl get crd -o yaml` would give (a List). */
function widgetCrds(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crds-"));
    const schema = {
        type: "object",
        properties: {
            apiVersion: { type: "string" },
            kind: { type: "string" },
            metadata: { type: "object" },
            spec: {
                type: "object",
                required: ["size"],
                properties: {
                    size: { type: "integer", format: "int32" },
                    mode: { type: "string", pattern: "^(?i)(fast|slow)?$" },
                    extra: { "x-kubernetes-preserve-unknown-fields": true },
                },
            },
        },
    };
    const list = {
        apiVersion: "v1",
        kind: "List",
        items: [
            {
                apiVersion: "apiextensions.k8s.io/v1",
                kind: "CustomResourceDefinition",
                spec: { group: "example.com", names: { kind: "Widget" }, versions: [{ name: "v1", served: true, schema: { openAPIV3Schema: schema } }] },
            },
        ],
    };
    fs.writeFileSync(path.join(dir, "widgets.yaml"), JSON.stringify(list));
    return dir;
}

describe("Kubernetes manifests", () => {
    it("names files by cluster, kind, namespace and name", () => {
        const [manifest] = manifestsOf(planWith({ metadata: { name: "web", namespace: "payments-x" }, spec: {} }), "payments:platform:Cluster");
        assert.equal(manifestPath(manifest), "c1/deployment-payments-x-web.yaml");
        assert.equal(apiVersionOf("core/v1"), "v1");
        assert.equal(apiVersionOf("networking.k8s.io/v1"), "networking.k8s.io/v1");
    });

    it("validates against the published models, reporting the schema path", async () => {
        const validator = new ManifestValidator(readCrdSchemas(undefined));
        assert.deepEqual(await validator.validate({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, spec: { template: {} } }), {
            status: "invalid",
            errors: "data/spec must have required property selector",
        });
        assert.deepEqual(
            await validator.validate({
                apiVersion: "monitoring.coreos.com/v1",
                kind: "PrometheusRule",
                metadata: { name: "r" },
                spec: { groups: [{ name: "g", rules: [{ record: "x", expr: "up" }] }] },
            }),
            { status: "valid" },
        );
        assert.deepEqual(
            await validator.validate({ apiVersion: "networking.istio.io/v1", kind: "VirtualService", metadata: { name: "v" }, spec: { hosts: "api" } }),
            { status: "invalid", errors: "data/spec/hosts must be array" },
        );
        assert.deepEqual(
            await validator.validate({
                apiVersion: "security.istio.io/v1",
                kind: "PeerAuthentication",
                metadata: { name: "p" },
                spec: { mtls: { mode: "STRICT" } },
            }),
            { status: "valid" },
        );
        assert.deepEqual(
            await validator.validate({
                apiVersion: "external-secrets.io/v1",
                kind: "ExternalSecret",
                metadata: { name: "e" },
                spec: { secretStoreRef: { name: "s", kind: "Vault" } },
            }),
            {
                status: "invalid",
                errors: "data/spec/secretStoreRef/kind must be equal to one of the allowed values",
            },
        );
        assert.deepEqual(await validator.validate({ apiVersion: "networking.istio.io/v1", kind: "NoSuchKind", metadata: { name: "n" } }), {
            status: "no-model",
        });
        assert.deepEqual(
            await validator.validate({ apiVersion: "velero.io/v1", kind: "Schedule", metadata: { name: "s" }, spec: {} }),
            { status: "no-model" },
            "without CRDs a custom resource has no schema",
        );
    });

    it("validates custom resources against the openAPIV3Schema of a CRD directory (a List, Go patterns, Kubernetes extensions)", async () => {
        const validator = new ManifestValidator(readCrdSchemas(widgetCrds()));
        const widget = (spec: Record<string, unknown>) => ({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" }, spec });
        assert.deepEqual(await validator.validate(widget({ size: 3, mode: "FAST", extra: { any: ["thing"] } })), { status: "valid" });
        assert.deepEqual(await validator.validate(widget({ size: "3" })), { status: "invalid", errors: "data/spec/size must be integer" });
        assert.deepEqual(await validator.validate(widget({})), { status: "invalid", errors: "data/spec must have required property 'size'" });
        assert.deepEqual(await validator.validate(widget({ size: 1, mode: "medium" })), {
            status: "invalid",
            errors: 'data/spec/mode must match pattern "^(?i)(fast|slow)?$"',
        });
        assert.deepEqual(
            await validator.validate({ apiVersion: "example.com/v2", kind: "Widget", metadata: { name: "w" } }),
            { status: "no-model" },
            "a version the CRD does not serve",
        );
    });

    it("reads Go's inline case-insensitive flag as JavaScript's", () => {
        assert.equal(goRegExp("^(?i)(Disabled|Strict)?$", "u").test("strict"), true);
        assert.equal(goRegExp("^(Disabled|Strict)?$", "u").test("strict"), false);
    });

    it("validates Calico and Velero objects against the upstream CRDs in ../shared/crds", async function () {
        if (!fs.existsSync(SHARED_CRDS)) return this.skip(); // said: without ../shared/crds this check cannot run
        const validator = new ManifestValidator(readCrdSchemas(SHARED_CRDS));
        assert.deepEqual(
            await validator.validate({ apiVersion: "velero.io/v1", kind: "Schedule", metadata: { name: "s" }, spec: { schedule: 5, template: {} } }),
            { status: "invalid", errors: "data/spec/schedule must be string" },
        );
        assert.deepEqual(
            await validator.validate({
                apiVersion: "operator.tigera.io/v1",
                kind: "Installation",
                metadata: { name: "default" },
                spec: { cni: { type: "AmazonVPC" } },
            }),
            { status: "valid" },
        );
        assert.deepEqual(
            await validator.validate({
                apiVersion: "operator.tigera.io/v1",
                kind: "Installation",
                metadata: { name: "default" },
                spec: { cni: { type: "Flannel2" } },
            }),
            {
                status: "invalid",
                errors: "data/spec/cni/type must be equal to one of the allowed values",
            },
        );
    });

    it("fails the plan on an invalid object, naming the file, the resource and the schema path", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-"));
        await assert.rejects(
            report(planWith({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { template: {} } }), dir, { groupType: GROUP }),
            {
                message:
                    "1 Kubernetes object(s) fail their schema:\n  - manifests/c1/deployment-_cluster-web.yaml (urn:pulumi:s::p::payments:platform:Cluster$kubernetes:apps/v1:Deployment::d): data/spec must have required property selector",
            },
        );
    });

    it("lists kinds that have no schema to validate against, and still writes them", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-"));
        const plan = planWith({ metadata: { name: "w", namespace: "n" }, spec: { size: 1 } });
        plan.resources[1] = {
            ...plan.resources[1],
            type: "kubernetes:example.com/v1:Widget",
            urn: "urn:pulumi:s::p::payments:platform:Cluster$kubernetes:example.com/v1:Widget::w",
        };
        const { outcome } = await report(plan, dir, { groupType: GROUP });
        assert.deepEqual(outcome?.unvalidated, [["example.com/v1 Widget", 1]]);
        assert.equal(
            fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"),
            "example.com/v1 Widget: 1 object(s) not schema-validated (no published model, and no CRD directory was given)\n",
        );
        const crds = path.join(os.tmpdir(), "no-such-crds");
        await report(plan, dir, { groupType: GROUP, crdDir: crds });
        assert.equal(
            fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"),
            "example.com/v1 Widget: 1 object(s) not schema-validated (no published model, and no CRD directory was given)\n",
            "a missing directory is no directory",
        );
        await report(plan, dir, { groupType: GROUP, crdDir: widgetCrds() });
        assert.match(
            fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"),
            /^none: all 1 objects were validated/,
            "with its CRD the kind is validated",
        );
        assert.deepEqual(parse(fs.readFileSync(path.join(dir, "manifests", "c1", "widget-n-w.yaml"), "utf8")), {
            apiVersion: "example.com/v1",
            kind: "Widget",
            metadata: { name: "w", namespace: "n" },
            spec: { size: 1 },
        });
    });

    it("writes and validates every object of the prod plan; every kind has a schema", async function () {
        if (!fs.existsSync(SHARED_CRDS)) return this.skip(); // said: without ../shared/crds Calico and Velero kinds have no schema
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifests-prod-"));
        const { plan } = (await planOf("prod")).clusters["prod-use1"] ?? assert.fail("no prod-use1 plan");
        const { files } = await report(plan, dir, { groupType: GROUP, crdDir: SHARED_CRDS });
        assert.deepEqual(files, [path.join(dir, "manifests")]);
        // What is written reads back (with another YAML library) as exactly the plan's object.
        const manifests = manifestsOf(plan, GROUP);
        const ledger = manifests.find((m) => m.cluster === "prod-use1" && m.kind === "Deployment" && m.name === "ledger");
        assert.ok(ledger);
        assert.deepEqual(parse(fs.readFileSync(path.join(dir, "manifests", "prod-use1", "deployment-payments-ledger-ledger.yaml"), "utf8")), ledger.object);
        assert.equal(
            fs.readFileSync(path.join(dir, "manifests", "UNVALIDATED.txt"), "utf8"),
            `none: all ${manifests.length} objects were validated against their schemas\n`,
        );
    });
});
