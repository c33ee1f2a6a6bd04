import { strict as assert } from "assert";
import { criticalPath } from "../tools/timing/critical-path";
import { deployGraph, estimate } from "../tools/timing/deploy-graph";
import { DEFAULT_SECONDS, durationOf } from "../tools/timing/durations";
import type { PlanFile } from "../tools/offline-plan/plan-file";

describe("deploy critical path", () => {
    it("finds the longest chain of a hand-built graph, parallel branches not adding up", () => {
        // a(10) → b(30) → d(5); a → c(50) → d; e(1) alone.
        const result = criticalPath([
            { id: "a", seconds: 10, dependsOn: [] },
            { id: "b", seconds: 30, dependsOn: ["a"] },
            { id: "c", seconds: 50, dependsOn: ["a"] },
            { id: "d", seconds: 5, dependsOn: ["b", "c"] },
            { id: "e", seconds: 1, dependsOn: [] },
        ]);
        assert.equal(result.totalSeconds, 65);
        assert.deepEqual(
            result.path.map((step) => [step.id, step.doneAt]),
            [
                ["a", 10],
                ["c", 60],
                ["d", 65],
            ],
        );
    });

    it("refuses a cycle and a dependency that is not in the graph", () => {
        assert.throws(() => criticalPath([{ id: "a", seconds: 1, dependsOn: ["a"] }]), { message: "dependency cycle through a" });
        assert.throws(() => criticalPath([{ id: "a", seconds: 1, dependsOn: ["z"] }]), { message: "z is a dependency but not a node of the graph" });
    });

    const resource = (urn: string, type: string, extra: Partial<PlanFile["resources"][number]> = {}): PlanFile["resources"][number] => ({
        urn,
        type,
        name: urn,
        parent: null,
        provider: null,
        dependsOn: [],
        custom: true,
        inputs: {},
        ...extra,
    });
    const plan = (resources: PlanFile["resources"]) => ({ project: "p", stack: "s", config: {}, outputs: {}, resources }) as PlanFile;

    it("waits for everything under a component it depends on, and times an unknown type at the default, listing it", () => {
        const graph = plan([
            resource("cluster", "eks:index:Cluster", { custom: false }),
            resource("addons", "payments:addons:ClusterAddons", { custom: false }),
            resource("release", "kubernetes:helm.sh/v3:Release", { parent: "addons", dependsOn: ["cluster"], inputs: { chart: "kube-prometheus-stack" } }),
            resource("widget", "example:index:Widget", { dependsOn: ["addons"] }),
        ]);
        const { nodes, unknownTypes } = deployGraph(graph);
        assert.deepEqual([...(nodes.find((node) => node.id === "widget")?.dependsOn ?? [])].sort(), ["addons", "release"]);
        assert.deepEqual(unknownTypes, ["example:index:Widget"]);
        const result = estimate(graph);
        assert.equal(result.totalSeconds, 600 + 240 + DEFAULT_SECONDS, "EKS, then the chart, then the unknown widget");
        assert.deepEqual(
            result.path.map((step) => step.id),
            ["cluster", "release", "widget"],
        );
    });

    it("estimates an update of some resources: the others take no time", () => {
        const graph = plan([
            resource("cluster", "eks:index:Cluster", { custom: false }),
            resource("group", "aws:eks/nodeGroup:NodeGroup", { dependsOn: ["cluster"] }),
        ]);
        assert.equal(estimate(graph, new Set(["group"])).totalSeconds, 900, "a node group's rolling update");
        assert.equal(estimate(graph).totalSeconds, 840);
    });

    it("gives known charts their own time and others the release default", () => {
        assert.equal(durationOf("kubernetes:helm.sh/v3:Release", { chart: "kube-prometheus-stack" }).createSeconds, 240);
        assert.equal(durationOf("kubernetes:helm.sh/v3:Release", { chart: "widgets" }).createSeconds, 60);
        assert.equal(durationOf("aws:iam/role:Role", {}).known, false);
    });
});
