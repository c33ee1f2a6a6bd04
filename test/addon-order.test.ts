import { strict as assert } from "assert";
import { installOrder } from "../components/addons/order";
import { cronForRpo, cronPeriodMinutes } from "../components/backup/schedule";
import { istioRevision } from "../components/addons/istio";

describe("add-on install order", () => {
    it("puts every add-on after its dependencies, keeping declaration order otherwise", () => {
        const order = installOrder([
            { name: "istio-gateway", dependsOn: ["istiod"] },
            { name: "calico", dependsOn: [] },
            { name: "istiod", dependsOn: ["istio-base"] },
            { name: "istio-base", dependsOn: [] },
        ]);
        assert.deepEqual(order, ["calico", "istio-base", "istiod", "istio-gateway"]);
    });

    it("fails fast on a missing dependency, naming it", () => {
        assert.throws(
            () =>
                installOrder([
                    { name: "istiod", dependsOn: ["istio-base"] },
                    { name: "calico", dependsOn: [] },
                ]),
            {
                message: 'add-on "istiod" depends on "istio-base", which is not installed (installed: istiod, calico)',
            },
        );
    });

    it("names a dependency cycle", () => {
        assert.throws(
            () =>
                installOrder([
                    { name: "a", dependsOn: ["b"] },
                    { name: "b", dependsOn: ["c"] },
                    { name: "c", dependsOn: ["a"] },
                ]),
            { message: "add-on dependencies form a cycle: a → b → c → a" },
        );
    });

    it("refuses an add-on declared twice", () => {
        assert.throws(
            () =>
                installOrder([
                    { name: "a", dependsOn: [] },
                    { name: "a", dependsOn: [] },
                ]),
            { message: 'add-on "a" is declared twice' },
        );
    });
});

describe("backup schedule from the RPO", () => {
    const table: Array<[number, string]> = [
        [15, "*/15 * * * *"],
        [14, "*/12 * * * *"],
        [7, "*/6 * * * *"],
        [1, "* * * * *"],
        [60, "0 * * * *"],
        [90, "0 * * * *"],
        [240, "0 */4 * * *"],
        [1440, "0 0 * * *"],
        [10000, "0 0 * * *"],
    ];
    for (const [rpo, cron] of table) {
        it(`backs up every ${cron} for an RPO of ${rpo} minutes, never slower than the RPO`, () => {
            assert.equal(cronForRpo(rpo), cron);
            assert.ok(cronPeriodMinutes(cron) <= rpo);
        });
    }
    it("rejects a non-positive RPO", () => {
        assert.throws(() => cronForRpo(0), /an RPO is a whole number of minutes ≥ 1, not 0/);
    });
});

describe("istio revision", () => {
    it("labels the install by major-minor", () => {
        assert.equal(istioRevision("1.28.3"), "1-28");
    });
});
