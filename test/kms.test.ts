import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { KEY_ADMIN_ACTIONS, keyOwners, keyPolicy } from "../components/cluster/kms";
import { keysHaveExplicitPolicy } from "../policy/rules/kms";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
const owners = keyOwners({
    deploy: { roleArn: "arn:aws:iam::111111111111:role/deploy" },
    adminRoleArn: "arn:aws:iam::111111111111:role/admin",
});
const key = (policy: unknown, dependsOn: string[] = []) =>
    res("aws:kms/key:Key", "k", policy === undefined ? {} : { policy: typeof policy === "string" ? policy : JSON.stringify(policy) }, { dependsOn });

describe("KMS key policies", () => {
    it("names the deploy and admin roles administrators, the admin role alone break-glass, in the deploy role's account", () => {
        assert.deepEqual(owners, {
            accountId: "111111111111",
            administrators: ["arn:aws:iam::111111111111:role/deploy", "arn:aws:iam::111111111111:role/admin"],
            breakGlass: "arn:aws:iam::111111111111:role/admin",
        });
    });

    it("lets administrators manage but not use, the account use only through the key's services in its region", () => {
        const policy = keyPolicy(owners, { region: "us-west-2", via: ["s3"] });
        const [administer, deletion, use, grants] = policy.Statement;
        assert.deepEqual(administer?.Principal, { AWS: owners.administrators });
        assert.ok(!(administer?.Action as string[]).some((action) => /Decrypt|Encrypt|GenerateDataKey|CreateGrant|ScheduleKeyDeletion/.test(action)));
        assert.deepEqual(deletion, {
            Sid: "DeleteByBreakGlassOnly",
            Effect: "Allow",
            Principal: { AWS: owners.breakGlass },
            Action: "kms:ScheduleKeyDeletion",
            Resource: "*",
        });
        assert.deepEqual(use?.Condition, { StringEquals: { "kms:CallerAccount": "111111111111", "kms:ViaService": ["s3.us-west-2.amazonaws.com"] } });
        assert.deepEqual((grants?.Condition as Record<string, unknown>).Bool, { "kms:GrantIsForAWSResource": "true" });
        assert.equal(policy.Statement.length, 4, "no direct use without direct users");
        assert.ok(KEY_ADMIN_ACTIONS.includes("kms:PutKeyPolicy"), "administrators keep PutKeyPolicy, or KMS refuses the policy (lockout check)");
    });

    it("names a direct user by aws:PrincipalArn, as the role is made in the same up", () => {
        const direct = keyPolicy(owners, { region: "us-east-1", via: ["eks"], directUsers: ["arn:aws:iam::111111111111:role/cluster"] }).Statement[4];
        assert.deepEqual(direct?.Condition, { ArnEquals: { "aws:PrincipalArn": ["arn:aws:iam::111111111111:role/cluster"] } });
    });

    it("refuses a key used through no service", () => {
        assert.throws(() => keyPolicy(owners, { region: "us-east-1", via: [] }), /at least one service/);
    });

    describe("rule keys-have-explicit-policy", () => {
        it("takes keyPolicy's documents, and a policy still unknown while the key waits on a role", async () => {
            assert.deepEqual(await messages(keysHaveExplicitPolicy(M), [key(keyPolicy(owners, { region: "us-east-1", via: ["secretsmanager"] }))]), []);
            assert.deepEqual(
                await messages(keysHaveExplicitPolicy(M), [
                    key(keyPolicy(owners, { region: "us-east-1", via: ["eks"], directUsers: ["arn:aws:iam::111111111111:role/c"] })),
                ]),
                [],
            );
            const role = res("aws:iam/role:Role", "cluster", {});
            assert.deepEqual(await messages(keysHaveExplicitPolicy(M), [role, key(undefined, [role.urn])]), []);
        });

        it("refuses KMS's default policy", async () => {
            assert.deepEqual(await messages(keysHaveExplicitPolicy(M), [key(undefined)]), [
                "k has KMS's default key policy, which lets every principal of the account use it (kms:* to the root); set policy (keyPolicy).",
            ]);
        });

        it("refuses kms:*, unconfined use by the account, administrators who decrypt, and deletion shared", async () => {
            const root = "arn:aws:iam::111111111111:root";
            const admin = "arn:aws:iam::111111111111:role/admin";
            const statements = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
            assert.deepEqual(
                await messages(keysHaveExplicitPolicy(M), [key(statements({ Effect: "Allow", Principal: { AWS: root }, Action: "kms:*", Resource: "*" }))]),
                [`k's key policy grants kms:* to ${root}; grant administration and use in separate statements (keyPolicy).`],
            );
            assert.deepEqual(
                await messages(keysHaveExplicitPolicy(M), [
                    key(statements({ Effect: "Allow", Principal: { AWS: root }, Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: "*" })),
                ]),
                [
                    "k's key policy lets any principal of the account kms:Decrypt with no kms:ViaService or aws:PrincipalArn condition; confine it to the key's services or named roles.",
                ],
            );
            assert.deepEqual(
                await messages(keysHaveExplicitPolicy(M), [
                    key(
                        statements(
                            { Effect: "Allow", Principal: { AWS: [admin] }, Action: ["kms:PutKeyPolicy", "kms:DescribeKey"], Resource: "*" },
                            { Effect: "Allow", Principal: { AWS: admin }, Action: ["kms:Decrypt"], Resource: "*" },
                        ),
                    ),
                ]),
                [`k's key policy lets its administrator ${admin} decrypt; administrators manage a key, they do not read what it protects.`],
            );
            assert.deepEqual(
                await messages(keysHaveExplicitPolicy(M), [
                    key(statements({ Effect: "Allow", Principal: { AWS: [admin] }, Action: ["kms:ScheduleKeyDeletion", "kms:DisableKey"], Resource: "*" })),
                ]),
                [`k's key policy lets ${admin} schedule its deletion among other actions; grant kms:ScheduleKeyDeletion alone, to break-glass only.`],
            );
        });
    });
});
