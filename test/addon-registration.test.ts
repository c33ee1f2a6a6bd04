import { strict as assert } from "assert";
import * as path from "path";
import { z } from "zod";
import { ADDONS } from "../components/addons";
import type { PlatformAddon } from "../components/addons/addon";
import { declareSettings } from "../components/addons/addon";
import { chartPodMonitor, chartRelease, customResource } from "../components/addons/helm";
import { clusterProgram } from "../stacks/cluster/program";
import { cloudMocks, mocks } from "../tools/mocks";
import type { EnvironmentPlan } from "./helpers/environment";
import { planEnvironment } from "./helpers/environment";
import { evaluatePolicies } from "../tools/offline-plan/policy";
import { policies } from "../policy/rules";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";
import { generatedSections } from "../tools/docs/sections";

/**
 * A new add-on is one file: this one, declared here and nowhere else, is planned in every
 * cluster, ordered after what it depends on, known to the mock cloud through its CRD
 * declaration, and left alone by Calico's application default-deny.
 */
const WIDGETS_SETTINGS = declareSettings({
    key: "widgets",
    schema: z.strictObject({ size: z.number().int().min(1).optional() }),
    reference: [{ key: "`addons.widgets.size`", values: "int ≥ 1", default: "`3`", meaning: "widgets per cluster" }],
    resolve: (config) => ({ size: config.size ?? 3 }),
});

const widgetsAddon: PlatformAddon<{ size: number }> = {
    name: "widgets",
    component: "Widgets",
    dependsOn: ["calico", "kube-prometheus-stack"],
    namespaces: ["widgets"],
    platformNamespaces: true,
    charts: {
        widgets: { chart: "widgets", repo: "https://charts.example.com", version: "1.2.3", kubernetes: { min: "1.30", max: "1.34", source: "test fixture" } },
    },
    customResources: { "widgets.example.com/v1": ["Widget"] },
    settings: WIDGETS_SETTINGS,
    monitors: [chartPodMonitor("widgets-monitor", "widgets", "widgets", "metrics")],
    install(ctx) {
        const release = chartRelease(ctx, "widgets", widgetsAddon.charts.widgets, "widgets", { replicas: 1 });
        const widget = customResource(
            ctx,
            "default",
            { apiVersion: "widgets.example.com/v1", kind: "Widget", metadata: { name: "default", namespace: "widgets" }, spec: { size: ctx.settings.size } },
            release,
        );
        return { ready: [release, widget] };
    },
};

describe("registering a new add-on in one file", () => {
    const projectDir = writeFixtureProject("widgets", fixtureConfig());
    const base = {
        ...PROJECT_PLAN_OPTIONS,
        projectDir,
        subProjectsDir: path.join(projectDir, "stacks"),
        reportModule: undefined,
        crdDir: undefined,
        policyPack: undefined,
    };
    const withWidgets = { cluster: () => clusterProgram([...ADDONS, widgetsAddon]) };
    let result: EnvironmentPlan;
    before(async () => {
        result = await planEnvironment({ ...base, environment: "widgets", mocks: cloudMocks([...ADDONS, widgetsAddon]), programs: withWidgets });
    });

    it("plans its release and its custom resource in every cluster, the resource after the release that brings its CRD", () => {
        const widgets = result.plan.resources.filter((r) => r.type === "kubernetes:widgets.example.com/v1:Widget");
        assert.deepEqual(widgets.map((w) => w.name).sort(), ["payments-t-use1-addons-widgets-default", "payments-t-usw2-addons-widgets-default"]);
        for (const widget of widgets) {
            assert.deepEqual((widget.inputs as { spec: unknown }).spec, { size: 3 }, "its own settings, defaults filled in");
            const release = result.plan.resources.find((r) => r.type === "kubernetes:helm.sh/v3:Release" && r.parent === widget.parent);
            assert.equal(release?.name, widget.name.replace(/-default$/, "-widgets"));
            assert.ok(widget.dependsOn.includes(release.urn), "the Widget waits for the chart with its CRD");
            assert.match(
                widget.parent ?? "",
                /\$payments:addons:Widgets::payments-t-use1-addons-widgets$|\$payments:addons:Widgets::payments-t-usw2-addons-widgets$/,
            );
        }
    });

    it("installs it after the add-ons it depends on", () => {
        const addons = result.clusters["t-use1"]?.resources.find((r) => r.type === "payments:addons:ClusterAddons");
        const order = addons?.outputs?.order as string[];
        assert.ok(order.indexOf("widgets") > order.indexOf("calico"));
        assert.ok(order.indexOf("widgets") > order.indexOf("kube-prometheus-stack"));
        const release = result.plan.resources.find((r) => r.name === "payments-t-use1-addons-widgets-widgets");
        const prometheus = result.plan.resources.find((r) => r.name === "payments-t-use1-addons-kube-prometheus-stack-kube-prometheus-stack");
        assert.ok(prometheus && release?.dependsOn.includes(prometheus.urn), "its release waits for the add-ons it depends on");
    });

    it("is scraped through the monitor it declares, which kube-prometheus-stack creates once its CRDs are served", () => {
        const monitor = result.plan.resources.find((r) => r.name === "payments-t-use1-addons-kube-prometheus-stack-widgets-monitor");
        assert.equal(monitor?.type, "kubernetes:monitoring.coreos.com/v1:PodMonitor");
        assert.deepEqual((monitor?.inputs as { metadata: unknown }).metadata, { name: "widgets", namespace: "monitoring" });
        assert.deepEqual((monitor?.inputs as { spec: { namespaceSelector: unknown } }).spec.namespaceSelector, { matchNames: ["widgets"] });
        const prometheus = result.plan.resources.find((r) => r.name === "payments-t-use1-addons-kube-prometheus-stack-kube-prometheus-stack");
        assert.ok(prometheus && monitor.dependsOn.includes(prometheus.urn), "after the release whose operator serves it");
        assert.match(monitor.parent ?? "", /\$payments:addons:Monitoring::payments-t-use1-addons-kube-prometheus-stack$/);
    });

    it("is a platform namespace for Calico's application default-deny", () => {
        const deny = result.plan.resources.find((r) => r.type === "kubernetes:projectcalico.org/v3:GlobalNetworkPolicy");
        const selector = (deny?.inputs as { spec: { namespaceSelector: string } }).spec.namespaceSelector;
        assert.match(selector, /^kubernetes\.io\/metadata\.name not in \{'kube-system', 'kube-public', 'kube-node-lease', .*'widgets'.*\}$/);
    });

    it("has its chart's row in the README's generated compatibility matrix (npm run docs), with no README edit", () => {
        const charts = generatedSections([...ADDONS, widgetsAddon])["compatibility-charts"];
        assert.deepEqual(charts[charts.length - 1], ["widgets/widgets", "1.2.3", "1.30–1.34", "test fixture"]);
        assert.equal(charts.length, generatedSections(ADDONS)["compatibility-charts"].length + 1);
    });

    it("passes the policy pack once registered, and is refused by the pack that does not know its CRD", async () => {
        const mandatory = async (addons: readonly PlatformAddon[]) =>
            (await Promise.all(Object.values(result.clusters).map((cluster) => evaluatePolicies(policies("mandatory", "advisory", addons), cluster.resources))))
                .flat()
                .filter((v) => v.enforcementLevel === "mandatory");
        assert.deepEqual(await mandatory([...ADDONS, widgetsAddon]), []);
        assert.deepEqual(
            (await mandatory(ADDONS)).map((v) => `${v.policy}: ${v.message}`).sort(),
            ["t-use1", "t-usw2"].map(
                (cluster) =>
                    `custom-resources-after-their-crds: payments-${cluster}-addons-widgets-default is a widgets.example.com/v1 Widget, which no add-on declares its charts bring; declare it in the add-on that installs its CRD.`,
            ),
        );
    });

    it("is refused by a cluster stack whose minor its chart does not run on, naming the gap", async () => {
        const oldWidgets: PlatformAddon = {
            ...widgetsAddon,
            charts: { widgets: { ...widgetsAddon.charts.widgets, kubernetes: { min: "1.28", max: "1.32", source: "its README" } } },
        };
        await assert.rejects(
            planEnvironment({
                ...base,
                environment: "widgets",
                mocks: cloudMocks([...ADDONS, oldWidgets]),
                programs: { cluster: () => clusterProgram([...ADDONS, oldWidgets]) },
            }),
            {
                message:
                    "payments-platform:clusters[1].topology.version: the compatibility matrix's row 1.33 is incomplete:\n  chart widgets/widgets 1.2.3 runs on 1.28-1.32 (its README), not 1.33; pin a version that supports 1.33 in the add-on's file",
            },
        );
    });

    it("is unknown to a mock cloud built without its declaration, as to a cluster without its CRD", async () => {
        await assert.rejects(planEnvironment({ ...base, environment: "widgets", mocks, programs: withWidgets }), {
            message:
                "the offline mock cloud does not know the resource type kubernetes:widgets.example.com/v1:Widget; add it to the mock cloud (the plan's --mocks module)",
        });
    });
});
