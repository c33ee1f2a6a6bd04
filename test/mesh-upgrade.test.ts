import { strict as assert } from "assert";
import type { MeshRevisions } from "../components/upgrades/mesh";
import { describeMeshStep, planMeshUpgrade } from "../components/upgrades/mesh";

const KNOWN = ["1-27", "1-28", "1-29"];

/** The states a cluster goes through, one `up` at a time, from `start` until the plan has no step left. */
function journey(start: MeshRevisions, target: string): MeshRevisions[] {
    const states = [start];
    for (let up = 0; up < 10; up++) {
        const plan = planMeshUpgrade(states[states.length - 1], target, KNOWN);
        assert.deepEqual(plan.issues, []);
        if (plan.steps.length === 0) return states;
        states.push(plan.declare);
    }
    throw new Error("no end");
}

describe("Istio revision upgrades", () => {
    it("installs the target at once on a first rollout, and holds still when there", () => {
        assert.deepEqual(planMeshUpgrade(undefined, "1-28", KNOWN), { declare: { revisions: ["1-28"], workloads: "1-28" }, steps: [], issues: [] });
        assert.deepEqual(planMeshUpgrade({ revisions: ["1-28"], workloads: "1-28" }, "1-28", KNOWN).steps, []);
    });

    it("runs both revisions until the workloads have moved, then removes the old one in a later up", () => {
        assert.deepEqual(journey({ revisions: ["1-28"], workloads: "1-28" }, "1-29"), [
            { revisions: ["1-28"], workloads: "1-28" },
            { revisions: ["1-28", "1-29"], workloads: "1-28" },
            { revisions: ["1-28", "1-29"], workloads: "1-29" },
            { revisions: ["1-29"], workloads: "1-29" },
        ]);
        assert.deepEqual(planMeshUpgrade({ revisions: ["1-28"], workloads: "1-28" }, "1-29", KNOWN).steps.map(describeMeshStep), [
            "Istio 1-29: install its control plane beside 1-28 (workloads stay on 1-28)",
            "Istio 1-28 → 1-29: relabel the meshed namespaces and gateways, restarting every payment Deployment onto 1-29",
            "Istio 1-28: remove its control plane (no workload uses it)",
        ]);
    });

    it("rolls back the same way: workloads first, the newer control plane after", () => {
        assert.deepEqual(journey({ revisions: ["1-28", "1-29"], workloads: "1-29" }, "1-28"), [
            { revisions: ["1-28", "1-29"], workloads: "1-29" },
            { revisions: ["1-28", "1-29"], workloads: "1-28" },
            { revisions: ["1-28"], workloads: "1-28" },
        ]);
        // Abandoning a canary nobody moved to removes it at once.
        assert.deepEqual(journey({ revisions: ["1-28", "1-29"], workloads: "1-28" }, "1-28"), [
            { revisions: ["1-28", "1-29"], workloads: "1-28" },
            { revisions: ["1-28"], workloads: "1-28" },
        ]);
    });

    it("never runs three revisions: an unused one goes before another is installed", () => {
        assert.deepEqual(journey({ revisions: ["1-27", "1-28"], workloads: "1-28" }, "1-29")[1], { revisions: ["1-28"], workloads: "1-28" });
    });

    it("refuses a running revision it has no chart for, and a jump past one minor", () => {
        assert.deepEqual(planMeshUpgrade({ revisions: ["1-26"], workloads: "1-26" }, "1-28", KNOWN).issues, [
            "Istio revision 1-26 runs in the cluster, but ISTIO_RELEASES (components/addons/istio.ts) has no chart for it: keep its row until the upgrade has moved every workload off it and removed it",
        ]);
        assert.deepEqual(planMeshUpgrade({ revisions: ["1-26"], workloads: "1-26" }, "1-29", [...KNOWN, "1-26"]).issues, [
            "Istio 1-26 to 1-29 skips more than one minor; Istio's canary upgrade goes at most 2 minors at a time: upgrade through 1-28 first",
        ]);
    });
});
