import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { REPO_ROOT } from "./helpers/cli";
import { realDrillPlan, realPlanOf } from "./helpers/plans";

/** What a real stack file declares: its clusters and its services. */
function stackFile(stack: "staging" | "prod") {
    return (
        parse(fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${stack}.yaml`), "utf8")) as {
            config: {
                "payments-platform:clusters": Array<{ name: string; dr: { role: string } }>;
                "payments-platform:services": Array<{ name: string; database?: unknown }>;
            };
        }
    ).config;
}
const clustersOf = (stack: "staging" | "prod") => stackFile(stack)["payments-platform:clusters"];

/** One smoke plan per real stack file, as `npm run plan` runs it; every other test plans fixtures. */
describe("smoke plans of the real stacks", () => {
    for (const stack of ["staging", "prod"] as const) {
        it(`plans ${stack}: every cluster of Pulumi.${stack}.yaml, every manifest validated, no mandatory violation`, async () => {
            const result = await realPlanOf(stack);
            const clusters = clustersOf(stack).map((cluster) => cluster.name);
            assert.deepEqual(Object.keys(result.clusters).sort(), [...clusters].sort(), "a stack per cluster");
            assert.deepEqual(
                result.violations.filter((v) => v.enforcementLevel === "mandatory"),
                [],
            );
            const sharedCrds = fs.existsSync(path.resolve(REPO_ROOT, "..", "shared", "crds"));
            if (sharedCrds)
                for (const planned of [result.environment, ...Object.values(result.clusters)])
                    assert.deepEqual(
                        planned.notes,
                        [],
                        `every Kubernetes object of ${planned.plan.stack} has a schema, every chart's values were checked and every release rendered`,
                    );
            for (const [cluster, planned] of Object.entries(result.clusters)) {
                const releases = planned.plan.resources.filter((resource) => resource.type === "kubernetes:helm.sh/v3:Release").length;
                assert.ok(
                    planned.summary.some((line) => line.startsWith(`Helm: ${releases} release(s) rendered`)),
                    `every release of ${cluster} rendered by Helm: ${planned.summary.join("; ")}`,
                );
            }
        });
    }

    it("gives every service's database a writer in the primary's region and a member in every other, each after its writer", async () => {
        for (const environment of ["staging", "prod"] as const) {
            const result = await realPlanOf(environment);
            const config = stackFile(environment);
            const owners = config["payments-platform:services"].filter((service) => service.database).map((service) => service.name);
            assert.ok(owners.length > 0, `${environment} declares databases`);
            for (const cluster of config["payments-platform:clusters"]) {
                const resources = result.clusters[cluster.name].plan.resources;
                const members = resources.filter((r) => r.type === "aws:rds/cluster:Cluster");
                const globals = resources.filter((r) => r.type === "aws:rds/globalCluster:GlobalCluster");
                assert.deepEqual(
                    members.map((r) => (r.inputs as { globalClusterIdentifier: string }).globalClusterIdentifier).sort(),
                    owners.map((service) => `payments-${environment}-${service}`).sort(),
                    `${cluster.name}: a member of every global database`,
                );
                assert.equal(globals.length, cluster.dr.role === "primary" ? owners.length : 0, `${cluster.name}: global clusters only in the primary`);
                if (cluster.dr.role !== "primary")
                    for (const member of members)
                        assert.ok(
                            member.dependsOn.some((urn) =>
                                urn.endsWith(
                                    "pulumi:pulumi:StackReference::cluster-" + config["payments-platform:clusters"].find((c) => c.dr.role === "primary")?.name,
                                ),
                            ),
                        );
            }
        }
    });

    it("plans each environment stack without reading the cloud: its `up` starts with any region down", async () => {
        for (const environment of ["staging", "prod"] as const) assert.deepEqual((await realPlanOf(environment)).environment.invokes, [], environment);
    });

    it("gates prod's regions with ARC routing controls: one per cluster, kept on by a safety rule, required by each region's failover check", async () => {
        const result = await realPlanOf("prod");
        const env = result.environment.plan.resources;
        const controls = env.filter((r) => r.type === "aws:route53recoverycontrol/routingControl:RoutingControl");
        const clusters = clustersOf("prod");
        assert.deepEqual(controls.map((r) => (r.inputs as { name: string }).name).sort(), clusters.map((cluster) => `payments-prod-${cluster.name}`).sort());
        assert.ok(env.some((r) => r.type === "aws:route53recoverycontrol/safetyRule:SafetyRule"));
        let gated = 0;
        for (const [cluster, planned] of Object.entries(result.clusters)) {
            const resources = planned.plan.resources;
            const region = resources.find((r) => r.name === "payments-traffic-region");
            assert.deepEqual(
                (region?.inputs as { type: string; childHealthThreshold: number }).childHealthThreshold,
                2,
                `${cluster}: endpoint and control both`,
            );
            const own = resources.find(
                (r) =>
                    r.type === "aws:route53/record:Record" &&
                    (r.inputs as { failoverRoutingPolicies?: Array<{ type: string }> }).failoverRoutingPolicies?.[0]?.type === "PRIMARY",
            );
            // The last cluster owns no tier; the one before reads its gated check from its outputs.
            if (own) {
                gated += 1;
                assert.ok(own.dependsOn.includes(region?.urn ?? ""), `${cluster}: its PRIMARY record is gated by the control`);
            }
        }
        assert.equal(gated, Object.keys(result.clusters).length - 1);
        const staging = await realPlanOf("staging");
        assert.equal(
            staging.environment.plan.resources.filter((r) => r.type.startsWith("aws:route53recoverycontrol/")).length,
            0,
            "staging saves the ARC cost",
        );
        // The Region switch plans move traffic through the controls: prod pairs each secondary with the primary, staging has none.
        const plans = (resources: typeof env) =>
            resources.filter((r) => r.type === "aws:arcregionswitch/plan:Plan").map((r) => (r.inputs as { name: string }).name);
        assert.deepEqual(
            plans(env).sort(),
            clusters
                .filter((cluster) => cluster.dr.role !== "primary")
                .map((cluster) => `payments-prod-${cluster.name}`)
                .sort(),
        );
        assert.deepEqual(plans(staging.environment.plan.resources), []);
    });

    it("plans the DR drill against the prod plan", async () => {
        const result = await realDrillPlan();
        assert.deepEqual(
            result.violations.filter((v) => v.enforcementLevel === "mandatory"),
            [],
        );
        assert.ok(result.plan.resources.some((r) => r.type === "kubernetes:velero.io/v1:Restore"));
        // Prod has Region switch plans: the drill switches to the next cluster through its plan, and back.
        const executions = result.plan.resources.filter((r) => r.type === "command:local:Command" && r.name !== "held");
        assert.deepEqual(executions.map((r) => [r.name, (r.inputs as { environment: { TARGET_REGION: string } }).environment.TARGET_REGION]).sort(), [
            ["switch-away", "us-west-2"],
            ["switch-back", "us-east-1"],
        ]);
        // Switched back, so its guard lets a destroy through.
        assert.deepEqual((result.plan.resources.find((r) => r.name === "held")?.inputs as { environment: unknown }).environment, { HELD: "false" });
    });
});
