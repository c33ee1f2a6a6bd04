import { strict as assert } from "assert";
import { INSTANCE_TYPES, kubeReservedCpuMilli, poolNode, schedulable } from "../components/cluster/capacity";

describe("node capacity", () => {
    it("reserves CPU as the EKS AMI does: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% above", () => {
        assert.deepEqual([1, 2, 4, 8].map(kubeReservedCpuMilli), [60, 70, 80, 90]);
    });

    it("gives pods what is left of a node after the kubelet, the eviction threshold and the per-node agents", () => {
        // m7i.large: 8 GiB → 7536Mi visible; 255 + 11 × 29 + 100 reserved; 284 for the agents.
        assert.deepEqual(schedulable("m7i.large"), { cpuMilli: 2000 - 70 - 305, memoryMi: 7536 - 674 - 284 });
        assert.deepEqual(schedulable("c7i.2xlarge"), { cpuMilli: 8000 - 90 - 305, memoryMi: 15073 - 993 - 284 });
        assert.equal(schedulable("x9.mega"), undefined);
    });

    it("sizes a pool by its smallest instance type, and names the types it does not know", () => {
        assert.deepEqual(poolNode(["m7i.xlarge", "c7i.xlarge"]).node, { cpuMilli: 4000 - 80 - 305, memoryMi: 7536 - 993 - 284 });
        assert.deepEqual(poolNode(["m7i.xlarge", "x9.mega"]), { unknown: ["x9.mega"] });
    });

    it("knows every instance type the stack files use", () => {
        for (const type of ["m7i.xlarge", "m6i.xlarge", "c7i.2xlarge", "c6i.2xlarge", "m7i.large", "m6i.large"]) assert.ok(INSTANCE_TYPES[type], type);
    });
});
