import { strict as assert } from "assert";
import { planClusterFailover, planFailover, resolveTraffic } from "../components/dns/failover";

const API = "api.payments.example.com";
const PROD = ["prod-use1", "prod-usw2", "prod-use2"];
const route = (down: string[], inverted: string[] = [], clusters = PROD) => resolveTraffic(planFailover(clusters, API, inverted), new Set(down));

describe("failover plan", () => {
    it("tiers three clusters: primary, then an alias to a health-checked standby pair", () => {
        const plan = planFailover(PROD, API);
        assert.deepEqual(
            plan.records.map((r) => [r.name, r.failover, r.target.kind === "cluster" ? r.target.cluster : r.target.name, r.healthCheckId]),
            [
                [API, "PRIMARY", "prod-use1", "endpoint-prod-use1"],
                [API, "SECONDARY", `standby-1.${API}`, "any-of-prod-usw2-prod-use2"],
                [`standby-1.${API}`, "PRIMARY", "prod-usw2", "endpoint-prod-usw2"],
                [`standby-1.${API}`, "SECONDARY", "prod-use2", "endpoint-prod-use2"],
            ],
        );
        assert.deepEqual(
            plan.healthChecks.find((c) => c.kind === "calculated"),
            { id: "any-of-prod-usw2-prod-use2", kind: "calculated", children: ["endpoint-prod-usw2", "endpoint-prod-use2"], threshold: 1, inverted: false },
        );
    });

    it("gives every record a health check that exists", () => {
        for (const clusters of [PROD.slice(0, 2), PROD, [...PROD, "prod-euw1"]]) {
            const plan = planFailover(clusters, API);
            const ids = new Set(plan.healthChecks.map((c) => c.id));
            for (const record of plan.records) assert.ok(ids.has(record.healthCheckId), record.setIdentifier);
        }
    });

    it("pairs two clusters directly", () => {
        const plan = planFailover(["stg-use2", "stg-usw2"], API);
        assert.deepEqual(
            plan.records.map((r) => [r.failover, r.target.kind]),
            [
                ["PRIMARY", "cluster"],
                ["SECONDARY", "cluster"],
            ],
        );
        assert.equal(plan.healthChecks.length, 2);
    });

    it("refuses a single cluster", () => {
        assert.throws(() => planFailover(["only"], API), /failover needs at least two clusters, got 1/);
    });
});

describe("each cluster's part of the failover routing", () => {
    it("the last cluster owns only its health check, and publishes itself for the cluster before it", () => {
        const part = planClusterFailover({ cluster: "prod-use2", position: 2, apiHost: API, inverted: false });
        assert.deepEqual(part.records, []);
        assert.deepEqual(part.tier, { clusters: ["prod-use2"], healthCheckIds: ["endpoint-prod-use2"] });
    });

    it("a cluster followed by a tier aliases it, guarded by a check over the tier's clusters, with the caller's check ids", () => {
        const part = planClusterFailover({
            cluster: "prod-use1",
            position: 0,
            apiHost: API,
            inverted: false,
            healthCheckId: "hc-1",
            next: {
                cluster: "prod-usw2",
                healthCheckId: "hc-2",
                tier: { record: `standby-1.${API}`, clusters: ["prod-usw2", "prod-use2"], healthCheckIds: ["hc-2", "hc-3"] },
            },
        });
        assert.deepEqual(
            part.records.map((r) => [r.name, r.setIdentifier, r.healthCheckId, r.target]),
            [
                [API, "prod-use1-primary", "hc-1", { kind: "cluster", cluster: "prod-use1" }],
                [API, "standby-1-secondary", "any-of-prod-usw2-prod-use2", { kind: "alias", name: `standby-1.${API}` }],
            ],
        );
        assert.deepEqual(part.healthChecks[1], {
            id: "any-of-prod-usw2-prod-use2",
            kind: "calculated",
            children: ["hc-2", "hc-3"],
            threshold: 1,
            inverted: false,
        });
        assert.deepEqual(part.tier, { record: API, clusters: ["prod-use1", "prod-usw2", "prod-use2"], healthCheckIds: ["hc-1", "hc-2", "hc-3"] });
    });

    it("names tiers by topology position, so a cluster deployed later renames no one else's records", () => {
        const without = planFailover(["a", "b", "c", "d"], API, [], ["a", "c", "d"]);
        const all = planFailover(["a", "b", "c", "d"], API);
        const namesOf = (plan: typeof all, owner: string) => plan.records.filter((r) => r.setIdentifier === `${owner}-primary`).map((r) => r.name);
        assert.deepEqual(namesOf(without, "c"), [`standby-2.${API}`]);
        assert.deepEqual(namesOf(all, "c"), namesOf(without, "c"));
        assert.equal(resolveTraffic(without, new Set(["a"])), "c", "b is not deployed: traffic skips it");
        assert.equal(resolveTraffic(all, new Set(["a"])), "b");
    });
});

describe("where Route 53 sends traffic", () => {
    const table: Array<[string[], string]> = [
        [[], "prod-use1"],
        [["prod-use1"], "prod-usw2"],
        [["prod-usw2"], "prod-use1"],
        [["prod-use2"], "prod-use1"],
        [["prod-use1", "prod-usw2"], "prod-use2"],
        [["prod-use1", "prod-use2"], "prod-usw2"],
        [["prod-usw2", "prod-use2"], "prod-use1"],
        // Everything down: the secondary is unhealthy, so Route 53 answers with the primary.
        [["prod-use1", "prod-usw2", "prod-use2"], "prod-use1"],
    ];
    for (const [down, expected] of table) {
        it(`sends traffic to ${expected} when ${down.length ? down.join(" and ") + " fail" : "all are healthy"}`, () => {
            assert.equal(route(down), expected);
        });
    }

    it("moves traffic off a healthy primary whose check is inverted for a drill", () => {
        assert.equal(route([], ["prod-use1"]), "prod-usw2");
        assert.equal(route(["prod-usw2"], ["prod-use1"]), "prod-use2");
    });

    it("still fails over if the drilled primary really fails: its inverted check turns healthy, but its load balancer target does not", () => {
        assert.equal(route(["prod-use1"], ["prod-use1"]), "prod-usw2");
    });

    it("fails two regions over to the second cluster in staging", () => {
        const staging = ["stg-use2", "stg-usw2"];
        assert.equal(route([], [], staging), "stg-use2");
        assert.equal(route(["stg-use2"], [], staging), "stg-usw2");
        assert.equal(route(["stg-use2", "stg-usw2"], [], staging), "stg-use2");
        assert.equal(route([], ["stg-use2"], staging), "stg-usw2");
    });
});
