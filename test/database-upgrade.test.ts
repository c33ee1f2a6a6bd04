import { strict as assert } from "assert";
import { planDatabaseUpgrade } from "../components/upgrades/database";

const STEP = "Aurora global database 16.8 → 16.9 (every member upgraded in place by AWS, from the primary's stack)";

describe("Aurora global database upgrades", () => {
    it("creates a new global database at the target, and holds still when there", () => {
        assert.deepEqual(planDatabaseUpgrade({ target: "16.9", current: undefined, members: {}, otherStep: false }), {
            declare: "16.9",
            steps: [],
            issues: [],
        });
        assert.deepEqual(planDatabaseUpgrade({ target: "16.8", current: "16.8", members: { a: "16.8" }, otherStep: false }).steps, []);
    });

    it("steps the global cluster when every member runs its version, in an up of its own", () => {
        const members = { "prod-use1": "16.8", "prod-usw2": "16.8" };
        assert.deepEqual(planDatabaseUpgrade({ target: "16.9", current: "16.8", members, otherStep: false }), { declare: "16.9", steps: [STEP], issues: [] });
        assert.deepEqual(planDatabaseUpgrade({ target: "16.9", current: "16.8", members, otherStep: true }), {
            declare: "16.8",
            steps: [STEP],
            holding: "the cluster takes another upgrade step in this up; the database upgrades in an up of its own",
            issues: [],
        });
    });

    it("never starts while a member differs", () => {
        const plan = planDatabaseUpgrade({ target: "16.9", current: "16.8", members: { "prod-use1": "16.8", "prod-usw2": "16.9" }, otherStep: false });
        assert.equal(plan.declare, "16.8");
        assert.equal(
            plan.holding,
            "members run 16.9 in prod-usw2 while the global cluster runs 16.8: an earlier upgrade did not finish, and switchover or failover need every member on one version; finish it (aws rds describe-global-clusters, then modify the members) before the next step",
        );
    });

    it("refuses a major upgrade and a downgrade, naming the fix", () => {
        assert.deepEqual(planDatabaseUpgrade({ target: "17.4", current: "16.8", members: {}, otherStep: false }).issues, [
            "Aurora PostgreSQL 16.8 to 17.4 is a major upgrade: a global database takes it as a planned blue/green or snapshot migration, not an in-place step; set databaseEngineVersion back to a 16.x version",
        ]);
        assert.deepEqual(planDatabaseUpgrade({ target: "16.6", current: "16.8", members: {}, otherStep: false }).issues, [
            "Aurora cannot downgrade 16.8 to 16.6; set databaseEngineVersion to 16.8 or later",
        ]);
    });
});
