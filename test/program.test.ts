import { strict as assert } from "assert";
import { planOf } from "./helpers/plans";
import type { EnvironmentPlan } from "./helpers/environment";
import { CLUSTER_OUTPUT_NAMES, ENVIRONMENT_OUTPUT_NAMES } from "../components/platform/outputs";
import type { PlanResource } from "../tools/offline-plan/plan-file";

function byType(result: { plan: { resources: PlanResource[] } }, type: string): PlanResource[] {
    return result.plan.resources.filter((r) => r.type === type);
}

describe("platform program under mocks", () => {
    for (const [stack, expected] of [
        [
            "prod",
            [
                ["prod-use1", "us-east-1", "primary", 1],
                ["prod-usw2", "us-west-2", "secondary", 2],
                ["prod-use2", "us-east-2", "secondary", 3],
            ],
        ],
        [
            "staging",
            [
                ["stg-use2", "us-east-2", "primary", 1],
                ["stg-usw2", "us-west-2", "secondary", 2],
            ],
        ],
    ] as const) {
        describe(stack, () => {
            let result: EnvironmentPlan;
            before(async () => {
                result = await planOf(stack);
            });

            it("exports exactly the contract: the environment's outputs, and each cluster stack's", () => {
                // Region switch plans exist only where ARC routing controls do.
                const arc = Object.keys((result.plan.outputs.routingControls as Record<string, string> | undefined) ?? {}).length > 0;
                assert.deepEqual(Object.keys(result.plan.outputs).sort(), ENVIRONMENT_OUTPUT_NAMES.filter((key) => arc || key !== "regionSwitch").sort());
                for (const [name] of expected) {
                    const outputs = Object.keys(result.clusters[name]?.plan.outputs ?? {}).sort();
                    assert.deepEqual(outputs, [...CLUSTER_OUTPUT_NAMES].sort(), name);
                }
            });

            it("exports name, region, role and priority per cluster, each from its own stack", () => {
                assert.deepEqual(
                    expected.map(([name]) => {
                        const c = result.clusters[name]?.plan.outputs.cluster as { name: string; region: string; role: string; priority: number };
                        return [c.name, c.region, c.role, c.priority];
                    }),
                    expected,
                );
                assert.deepEqual(
                    result.plan.outputs.failoverOrder,
                    expected.map(([name]) => name),
                );
                assert.equal(result.plan.outputs.environment, stack);
            });

            it("plans a first rollout: the environment, the primary, then the standbys from the last in failover order", () => {
                const [primary, ...standbys] = expected.map(([name]) => name);
                assert.deepEqual(result.order, [stack, primary, ...standbys.reverse()]);
            });

            it("builds the environment with one provider per region, and each cluster stack with one provider, in its own region", () => {
                const [environment] = byType(result.environment, "payments:platform:Environment");
                // One per cluster region; a new zone's delegation has its own (the parent zone's account).
                const envProviders = byType(result.environment, "pulumi:providers:aws").filter((p) => p.name !== "payments-aws-dns-parent");
                assert.deepEqual(envProviders.map((p) => (p.inputs as { region: string }).region).sort(), expected.map(([, region]) => region).sort());
                for (const provider of envProviders) assert.equal(provider.parent, environment.urn);
                for (const [name, region] of expected) {
                    const cluster = result.clusters[name];
                    assert.ok(cluster, name);
                    const providers = byType(cluster, "pulumi:providers:aws");
                    assert.deepEqual(
                        providers.map((p) => (p.inputs as { region: string }).region),
                        [region],
                        `${name} touches only its own region`,
                    );
                    const [component] = byType(cluster, "payments:platform:ClusterStack");
                    assert.deepEqual(
                        byType(cluster, "payments:platform:Cluster").map((c) => [c.name, c.parent]),
                        [[`payments-${name}`, component.urn]],
                    );
                    // Every AWS resource of the stack is created through its one regional provider.
                    for (const resource of cluster.plan.resources.filter((r) => r.custom && r.type.startsWith("aws:")))
                        assert.equal(resource.provider, providers[0].urn, resource.name);
                }
            });

            it("tags every provider's resources with environment, cluster, managed-by and cost-center", () => {
                for (const provider of result.plan.resources.filter((r) => r.type === "pulumi:providers:aws")) {
                    const inputs = provider.inputs as { region: string; defaultTags: string };
                    const cluster = expected.find(([, region]) => region === inputs.region)?.[0];
                    assert.deepEqual(JSON.parse(inputs.defaultTags), {
                        tags: { environment: stack, "managed-by": "pulumi", "cost-center": "cc-4100-payments", cluster },
                    });
                }
            });

            it("has unique URNs", () => {
                const urns = result.plan.resources.map((r) => r.urn);
                assert.equal(new Set(urns).size, urns.length);
            });
        });
    }
});
