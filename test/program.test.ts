import { strict as assert } from "assert";
import { PlanResult } from "../tools/offline-plan/plan";
import { planOf } from "./helpers/plans";
import { PLATFORM_OUTPUTS } from "../components/platform/outputs";

function byType(result: PlanResult, type: string) {
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
            let result: PlanResult;
            before(async () => {
                result = await planOf(stack);
            });

            it("exports exactly the platform's output contract", () => {
                assert.deepEqual(Object.keys(result.plan.outputs).sort(), [...PLATFORM_OUTPUTS].sort());
            });

            it("exports name, region, role and priority per cluster", () => {
                const clusters = result.plan.outputs.clusters as Record<string, { name: string; region: string; role: string; priority: number }>;
                assert.deepEqual(
                    Object.values(clusters)
                        .map((c) => [c.name, c.region, c.role, c.priority])
                        .sort((a, b) => Number(a[3]) - Number(b[3])),
                    expected,
                );
                assert.deepEqual(
                    result.plan.outputs.failoverOrder,
                    expected.map(([name]) => name),
                );
                assert.equal(result.plan.outputs.environment, stack);
            });

            it("builds a tree: Stack → Platform → one provider per region and one Cluster per topology entry", () => {
                const [stackResource] = byType(result, "pulumi:pulumi:Stack");
                const [platform] = byType(result, "payments:platform:Platform");
                assert.equal(platform.parent, stackResource.urn);
                const providers = byType(result, "pulumi:providers:aws");
                assert.deepEqual(providers.map((p) => (p.inputs as { region: string }).region).sort(), expected.map(([, region]) => region).sort());
                for (const provider of providers) assert.equal(provider.parent, platform.urn);
                const clusters = byType(result, "payments:platform:Cluster");
                assert.deepEqual(clusters.map((c) => c.name).sort(), expected.map(([name]) => `payments-${name}`).sort());
                for (const cluster of clusters) assert.equal(cluster.parent, platform.urn);
            });

            it("tags every provider's resources with environment, cluster, managed-by and cost-center", () => {
                for (const provider of byType(result, "pulumi:providers:aws")) {
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
