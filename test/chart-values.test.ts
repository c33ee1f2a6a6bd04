import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readChartValues, unknownValues } from "../tools/charts/values-check";
import type { PlanFile } from "../tools/offline-plan/plan-file";
import { report } from "../tools/report";
import { REPO_ROOT } from "./helpers/cli";

const SHARED_CHARTS = path.resolve(REPO_ROOT, "..", "shared", "charts");

describe("Helm values the pinned charts read", () => {
    const chart = {
        defaults: {
            replicaCount: 1,
            webhook: { replicaCount: 1, nodeSelector: {} },
            nodeSelector: { "kubernetes.io/os": "linux" },
            podLabels: {},
            extraArgs: {},
        },
        schema: { type: "object", properties: { leaderElect: { type: "boolean" }, metrics: { type: "object", properties: { enabled: { type: "boolean" } } } } },
    };

    it("accepts keys of the defaults or the schema, and what the chart passes through whole", () => {
        const values = {
            replicaCount: 2,
            leaderElect: true,
            metrics: { enabled: true },
            webhook: { replicaCount: 2, nodeSelector: { pool: "system" } },
            nodeSelector: { pool: "system" },
            podLabels: { team: "payments" },
            extraArgs: { "log-level": "debug" },
        };
        assert.deepEqual(unknownValues(values, chart), []);
    });

    it("names every key the chart does not read, with its path", () => {
        const values = { replicas: 2, webhook: { replicaCont: 2 }, metrics: { enable: true }, nodeSelecter: { pool: "system" }, tolerations: [] };
        assert.deepEqual(unknownValues(values, chart), ["metrics.enable", "nodeSelecter", "replicas", "tolerations", "webhook.replicaCont"]);
        assert.deepEqual(unknownValues({ replicas: 2 }, chart, ["replicas"]), [], "an allow-listed path");
    });

    it("follows a schema's $ref: a root that is only a reference is not free-form", () => {
        const referenced = {
            defaults: { webhook: { replicaCount: 1 } },
            schema: {
                $ref: "#/$defs/values",
                $defs: {
                    values: {
                        type: "object",
                        additionalProperties: false,
                        properties: { global: { $ref: "#/$defs/global" }, webhook: { $ref: "#/$defs/webhook" } },
                    },
                    global: { type: "object", properties: { priorityClassName: { type: "string" } } },
                    webhook: { type: "object", additionalProperties: false, properties: { replicaCount: { type: "number" } } },
                },
            },
        };
        assert.deepEqual(unknownValues({ global: { priorityClassName: "x" }, webhook: { replicaCount: 2 } }, referenced), []);
        assert.deepEqual(unknownValues({ priorityClassName: "x", webhook: { priorityClassName: "x" } }, referenced), [
            "priorityClassName",
            "webhook.priorityClassName",
        ]);
    });

    it("refuses cert-manager's priorityClassName anywhere but under global, from its upstream schema", function () {
        if (!fs.existsSync(SHARED_CHARTS)) return this.skip(); // without ../shared/charts there is no chart data to read
        const certManager = readChartValues(SHARED_CHARTS, "cert-manager", "v1.19.6");
        assert.ok(certManager);
        const placed = { priorityClassName: "system-cluster-critical" };
        assert.deepEqual(unknownValues({ ...placed, webhook: placed, cainjector: placed, startupapicheck: placed }, certManager), [
            "cainjector.priorityClassName",
            "priorityClassName",
            "startupapicheck.priorityClassName",
            "webhook.priorityClassName",
        ]);
        assert.deepEqual(
            unknownValues({ global: placed, podDisruptionBudget: { enabled: true, minAvailable: 1 }, serviceAccount: { name: "x" } }, certManager),
            [],
        );
    });

    it("reads Istio's internal defaults and a chart's subcharts from the upstream data", function () {
        if (!fs.existsSync(SHARED_CHARTS)) return this.skip(); // without ../shared/charts there is no chart data to read
        const istiod = readChartValues(SHARED_CHARTS, "istiod", "1.28.3");
        assert.ok(istiod);
        assert.deepEqual(unknownValues({ autoscaleMin: 2, cni: { enabled: true }, resources: { requests: { cpu: "1" } } }, istiod), []);
        assert.deepEqual(unknownValues({ pilot: { autoscaleMin: 2 } }, istiod), ["pilot"], "istiod 1.28 reads no `pilot:` block");
        const cni = readChartValues(SHARED_CHARTS, "cni", "1.28.3");
        assert.ok(cni);
        assert.deepEqual(unknownValues({ priorityClassName: "system-node-critical" }, cni), ["priorityClassName"]);
        const stack = readChartValues(SHARED_CHARTS, "kube-prometheus-stack", "79.5.0");
        assert.ok(stack);
        assert.deepEqual(unknownValues({ grafana: { enabled: false }, "kube-state-metrics": { replicas: 1 } }, stack), [], "subcharts under their key");
        assert.equal(readChartValues(SHARED_CHARTS, "istiod", "9.9.9"), undefined);
    });

    describe("in the plan's reports", () => {
        const planWith = (values: Record<string, unknown>, version = "1.28.3"): PlanFile => ({
            project: "p",
            stack: "s",
            config: {},
            outputs: {},
            resources: [
                {
                    urn: "urn:pulumi:s::p::kubernetes:helm.sh/v3:Release::istiod",
                    type: "kubernetes:helm.sh/v3:Release",
                    name: "istiod",
                    parent: null,
                    provider: null,
                    dependsOn: [],
                    custom: true,
                    inputs: { chart: "istiod", version, values },
                },
            ],
        });
        const stackDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "values-"));

        it("fails the plan on a key the chart does not read", async function () {
            if (!fs.existsSync(SHARED_CHARTS)) return this.skip();
            await assert.rejects(report(planWith({ pilot: { autoscaleMin: 2 } }), stackDir(), { chartsDir: SHARED_CHARTS }), {
                message: "1 Helm value(s) that the pinned chart does not read (Helm would ignore them without a word):\n  - istiod (istiod 1.28.3): pilot",
            });
            assert.deepEqual((await report(planWith({ autoscaleMin: 2 }), stackDir(), { chartsDir: SHARED_CHARTS })).notes, []);
        });

        it("says what it could not check without a data directory, and fails naming a pinned chart with no data", async () => {
            assert.deepEqual((await report(planWith({ pilot: {} }), stackDir(), {})).notes, [
                "no chart data directory (--charts): Helm values were not checked against their charts",
                "1 Helm release(s) not rendered: no chart directory (--charts)",
            ]);
            const empty = fs.mkdtempSync(path.join(os.tmpdir(), "charts-"));
            await assert.rejects(report(planWith({ autoscaleMin: 2 }, "9.9.9"), stackDir(), { chartsDir: empty }), {
                name: "PlanInputError",
                message: `2 file(s) of the pinned charts missing from the chart directory (--charts): ${empty}/istiod-9.9.9/values.yaml, ${empty}/packages/istiod-9.9.9.tgz`,
            });
        });
    });
});
