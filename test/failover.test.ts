import { strict as assert } from "assert";
import { planFailover, resolveTraffic } from "../components/dns/failover";

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
