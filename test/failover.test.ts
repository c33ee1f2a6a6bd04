import { strict as assert } from "assert";
import { planClusterFailover, planFailover, resolveTraffic } from "../components/dns/failover";

const API = "api.payments.example.com";
const PROD = ["prod-use1", "prod-usw2", "prod-use2"];
const route = (down: string[], inverted: string[] = [], clusters = PROD) => resolveTraffic(planFailover(clusters, API, inverted), new Set(down));

describe("failover plan", () => {
    it("tiers three clusters: the primary, then an alias to the standby pair, each set's halves owned by two stacks", () => {
        const plan = planFailover(PROD, API);
        assert.deepEqual(
            plan.records.map((r) => [r.name, r.setIdentifier, r.failover, r.target.kind === "cluster" ? r.target.cluster : r.target.name, r.healthCheckId]),
            [
                [API, "prod-use1-primary", "PRIMARY", "prod-use1", "endpoint-prod-use1"],
                [`standby-1.${API}`, "prod-usw2-primary", "PRIMARY", "prod-usw2", "endpoint-prod-usw2"],
                // Healthy while its target tier answers with a healthy record (evaluate target health).
                [API, "prod-usw2-secondary", "SECONDARY", `standby-1.${API}`, undefined],
                [`standby-1.${API}`, "prod-use2-secondary", "SECONDARY", "prod-use2", "endpoint-prod-use2"],
            ],
        );
        assert.deepEqual(
            plan.healthChecks.map((c) => c.kind),
            ["endpoint", "endpoint", "endpoint"],
        );
    });

    it("gives every record a health check that exists, or evaluates its alias target's health", () => {
        for (const clusters of [PROD.slice(0, 2), PROD, [...PROD, "prod-euw1"]]) {
            const plan = planFailover(clusters, API);
            const ids = new Set(plan.healthChecks.map((c) => c.id));
            for (const record of plan.records)
                if (record.healthCheckId === undefined) assert.ok(record.target.kind === "alias" && record.evaluateTargetHealth, record.setIdentifier);
                else assert.ok(ids.has(record.healthCheckId), record.setIdentifier);
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
    it("the last cluster owns its check and the SECONDARY of the tier above, to its own load balancer", () => {
        const part = planClusterFailover({ cluster: "prod-use2", position: 2, count: 3, apiHost: API, inverted: false });
        assert.deepEqual(
            part.records.map((r) => [r.name, r.setIdentifier, r.target, r.healthCheckId]),
            [[`standby-1.${API}`, "prod-use2-secondary", { kind: "cluster", cluster: "prod-use2" }, "endpoint-prod-use2"]],
        );
    });

    it("a middle cluster's SECONDARY aliases only its own tier, so it needs no other stack", () => {
        const part = planClusterFailover({ cluster: "b", position: 1, count: 4, apiHost: API, inverted: false, healthCheckId: "hc-b" });
        assert.deepEqual(
            part.records.map((r) => [r.name, r.setIdentifier, r.healthCheckId, r.target]),
            [
                [`standby-1.${API}`, "b-primary", "hc-b", { kind: "cluster", cluster: "b" }],
                [API, "b-secondary", undefined, { kind: "alias", name: `standby-1.${API}` }],
            ],
        );
        const owned = new Set(part.records.map((r) => r.name));
        for (const r of part.records)
            if (r.target.kind === "alias") assert.ok(owned.has(r.target.name), `${r.setIdentifier} aliases a record of its own stack`);
    });

    it("the primary owns only the PRIMARY of the API host", () => {
        const part = planClusterFailover({ cluster: "a", position: 0, count: 3, apiHost: API, inverted: false });
        assert.deepEqual(
            part.records.map((r) => [r.name, r.failover]),
            [[API, "PRIMARY"]],
        );
        assert.throws(() => planClusterFailover({ cluster: "z", position: 3, count: 3, apiHost: API, inverted: false }), /z: position 3 is outside 0\.\.2/);
    });

    it("names tiers by topology position, so a cluster deployed later renames no one else's records", () => {
        const without = planFailover(["a", "b", "c", "d"], API, [], ["a", "c", "d"]);
        const all = planFailover(["a", "b", "c", "d"], API);
        const namesOf = (plan: typeof all, owner: string) => plan.records.filter((r) => r.setIdentifier.startsWith(`${owner}-`)).map((r) => r.name);
        assert.deepEqual(namesOf(without, "c"), [`standby-2.${API}`, `standby-1.${API}`]);
        assert.deepEqual(namesOf(all, "c"), namesOf(without, "c"));
        // b owns the API host's SECONDARY: until it is deployed, the API host fails over nowhere.
        assert.equal(resolveTraffic(without, new Set(["a"])), "a");
        assert.equal(resolveTraffic(without, new Set()), "a");
        assert.equal(resolveTraffic(all, new Set(["a"])), "b");
        assert.equal(resolveTraffic(all, new Set(["a", "b"])), "c");
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
