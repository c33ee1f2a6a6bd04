import { strict as assert } from "assert";
import { mocks } from "../tools/mocks";
import * as path from "path";
import { planEnvironment } from "./helpers/environment";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { fixtureConfig, fixtureService, writeFixtureProject } from "./fixtures/platform";

/** A payment service is config only: one entry in a stack file, and the platform deploys it everywhere. */
describe("adding a payment service to a stack file", () => {
    it("deploys it, hardened, meshed, autoscaled and alerted, in every cluster, within the policy pack", async () => {
        const config = fixtureConfig((c) =>
            (c.services as unknown[]).push(fixtureService("refunds", { callers: [{ service: "gateway", methods: ["POST"], paths: ["/v1/refunds"] }] })),
        );
        const projectDir = writeFixtureProject("refunds", config);
        const result = await planEnvironment({
            ...PROJECT_PLAN_OPTIONS,
            mocks,
            projectDir,
            subProjectsDir: path.join(projectDir, "stacks"),
            environment: "refunds",
            reportModule: undefined,
        });
        for (const cluster of ["t-use1", "t-usw2"]) {
            const kinds = result.plan.resources
                .filter((r) => r.name.startsWith(`payments-${cluster}-payments-refunds-`) && r.type.startsWith("kubernetes:"))
                .map((r) => r.type.split(":")[2]);
            for (const kind of [
                "Namespace",
                "Deployment",
                "HorizontalPodAutoscaler",
                "PodDisruptionBudget",
                "NetworkPolicy",
                "AuthorizationPolicy",
                "PrometheusRule",
            ]) {
                assert.ok(kinds.includes(kind), `${cluster}: refunds has a ${kind} (has ${[...new Set(kinds)].sort().join(", ")})`);
            }
        }
        assert.deepEqual(
            result.violations.filter((v) => v.enforcementLevel === "mandatory"),
            [],
        );
    });
});
