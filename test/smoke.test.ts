import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { REPO_ROOT } from "./helpers/cli";
import { realDrillPlan, realPlanOf } from "./helpers/plans";

/** One smoke plan per real stack file, as `npm run plan` runs it; every other test plans fixtures. */
describe("smoke plans of the real stacks", () => {
    for (const stack of ["staging", "prod"] as const) {
        it(`plans ${stack}: every cluster of Pulumi.${stack}.yaml, every manifest validated, no mandatory violation`, async () => {
            const result = await realPlanOf(stack);
            const doc = parse(fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${stack}.yaml`), "utf8")) as {
                config: { "payments-platform:clusters": Array<{ name: string }> };
            };
            const clusters = doc.config["payments-platform:clusters"].map((cluster) => cluster.name);
            assert.deepEqual(Object.keys(result.clusters).sort(), [...clusters].sort(), "a stack per cluster");
            assert.deepEqual(
                result.violations.filter((v) => v.enforcementLevel === "mandatory"),
                [],
            );
            const sharedCrds = fs.existsSync(path.resolve(REPO_ROOT, "..", "shared", "crds"));
            if (sharedCrds)
                for (const planned of [result.environment, ...Object.values(result.clusters)])
                    assert.deepEqual(planned.notes, [], `every Kubernetes object of ${planned.plan.stack} has a schema`);
        });
    }

    it("plans the DR drill against the prod plan", async () => {
        const result = await realDrillPlan();
        assert.deepEqual(
            result.violations.filter((v) => v.enforcementLevel === "mandatory"),
            [],
        );
        assert.ok(result.plan.resources.some((r) => r.type === "kubernetes:velero.io/v1:Restore"));
    });
});
