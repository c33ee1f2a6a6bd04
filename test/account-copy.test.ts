import { strict as assert } from "assert";
import * as path from "path";
import { keyOwners, keyPolicy } from "../components/cluster/kms";
import { validatePlatformConfig } from "../components/config/validate";
import { keysHaveExplicitPolicy } from "../policy/rules/kms";
import { fixtureConfig, servicesWithLedgerDatabase, writeFixtureProject } from "./fixtures/platform";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { planEnvironment } from "./helpers/environment";
import { messages, res } from "./helpers/policy";

const owners = keyOwners({
    adminRoleArn: "arn:aws:iam::111111111111:role/admin",
    deploy: { roleArn: "arn:aws:iam::111111111111:role/deploy" },
});

describe("the databases' backups copied into another account", () => {
    it("shares the data key with that account through its services only, for AWS resources' grants only", async () => {
        const policy = keyPolicy(owners, { region: "us-east-1", via: ["rds", "backup"], sharedWith: ["222233334444"] });
        const shared = policy.Statement.filter(
            (statement) => JSON.stringify(statement.Principal) === JSON.stringify({ AWS: "arn:aws:iam::222233334444:root" }),
        );
        assert.deepEqual(shared, [
            {
                Sid: "UseForCopiesIn222233334444",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::222233334444:root" },
                Action: ["kms:Decrypt", "kms:DescribeKey"],
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": "222233334444", "kms:ViaService": ["rds.us-east-1.amazonaws.com", "backup.us-east-1.amazonaws.com"] },
                },
            },
            {
                Sid: "GrantsForCopiesIn222233334444",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::222233334444:root" },
                Action: "kms:CreateGrant",
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": "222233334444", "kms:ViaService": ["rds.us-east-1.amazonaws.com", "backup.us-east-1.amazonaws.com"] },
                    Bool: { "kms:GrantIsForAWSResource": "true" },
                },
            },
        ]);
        // Confined to the key's services: the rule that refuses an account-wide use lets it through.
        assert.deepEqual(await messages(keysHaveExplicitPolicy("mandatory"), [res("aws:kms/key:Key", "data", { policy: JSON.stringify(policy) })]), []);
    });

    it("refuses an account ID or a vault name AWS would not take, naming the path", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => (config.addons = { ...(config.addons as object), backup: { accountCopy: { account: "2222", vaultName: "x" } } })),
        );
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(
                result.issues.map((issue) => issue.path),
                ["addons.backup.accountCopy.account", "addons.backup.accountCopy.vaultName"],
            );
    });

    it("in a plan: the primary's backup plan copies into the other account's vault in its region, and its data key is shared", async function () {
        this.timeout(180_000);
        const config = fixtureConfig((edit) => {
            edit.services = servicesWithLedgerDatabase();
            edit.addons = { ...(edit.addons as object), backup: { rpoMinutes: 15, accountCopy: { account: "222233334444", vaultName: "payments-isolated" } } };
        });
        const projectDir = writeFixtureProject("accountcopy", config);
        const plans = async () =>
            planEnvironment({
                ...PROJECT_PLAN_OPTIONS,
                projectDir,
                subProjectsDir: path.join(projectDir, "stacks"),
                reportModule: undefined,
                crdDir: undefined,
                environment: "accountcopy",
            });
        // Twice, as the environment converges: the primary's writers exist on the second rollout.
        await plans();
        const result = await plans();
        const primary = Object.values(result.clusters).find((cluster) => cluster.plan.resources.some((r) => r.type === "aws:backup/plan:Plan"));
        assert.ok(primary, "the primary backs its writers up");
        const backupPlan = primary.plan.resources.find((r) => r.type === "aws:backup/plan:Plan")?.inputs as {
            rules: Array<{ copyActions: Array<{ destinationVaultArn: string }> }>;
        };
        const region = (primary.plan.outputs.cluster as { region: string }).region;
        assert.ok(
            backupPlan.rules[0]?.copyActions.some(
                (copy) => copy.destinationVaultArn === `arn:aws:backup:${region}:222233334444:backup-vault:payments-isolated`,
            ),
            JSON.stringify(backupPlan.rules[0]?.copyActions),
        );
        const dataKey = primary.plan.resources.find((r) => r.type === "aws:kms/key:Key" && r.name.endsWith("-data-key"))?.inputs as { policy: string };
        assert.match(dataKey.policy, /"Sid":"UseForCopiesIn222233334444"/);
    });
});
