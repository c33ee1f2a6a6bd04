import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { onePerZone } from "../components/addons/placement";
import { replicatedStateSpreadOverZones } from "../policy/rules/zones";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
const prometheus = (spec: Record<string, unknown>) => res("kubernetes:monitoring.coreos.com/v1:Prometheus", "prometheus", { spec });
const storage = { volumeClaimTemplate: { spec: { resources: { requests: { storage: "50Gi" } } } } };

describe("rule replicated-state-spread-over-zones", () => {
    it("takes replicas with volumes spread over zones, a single replica, and replicas with no volume", async () => {
        assert.deepEqual(
            await messages(replicatedStateSpreadOverZones(M), [
                prometheus({ replicas: 2, storage, topologySpreadConstraints: onePerZone({ "app.kubernetes.io/name": "prometheus" }) }),
            ]),
            [],
        );
        assert.deepEqual(await messages(replicatedStateSpreadOverZones(M), [prometheus({ replicas: 1, storage })]), []);
        assert.deepEqual(await messages(replicatedStateSpreadOverZones(M), [prometheus({ replicas: 2 })]), []);
    });

    it("refuses replicas that each keep a zonal volume and may share a zone, a StatefulSet's included", async () => {
        assert.deepEqual(await messages(replicatedStateSpreadOverZones(M), [prometheus({ replicas: 2, storage })]), [
            "prometheus (kubernetes:monitoring.coreos.com/v1:Prometheus) runs 2 replicas, each with its own zonal volume, and no spread over topology.kubernetes.io/zone: one zone's loss can take them all; add a zone topology spread (onePerZone).",
        ]);
        const statefulSet = res("kubernetes:apps/v1:StatefulSet", "db", {
            spec: { replicas: 3, volumeClaimTemplates: [{}], template: { spec: { topologySpreadConstraints: [{ topologyKey: "kubernetes.io/hostname" }] } } },
        });
        assert.equal((await messages(replicatedStateSpreadOverZones(M), [statefulSet])).length, 1, "a spread over nodes is not over zones");
    });
});
