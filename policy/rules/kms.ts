import type { StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asRecord, iamList, iamStatements, resourcesOfType } from "./util";

/** Actions that read or hand out what a key protects. */
const USE_ACTIONS = ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey*", "kms:CreateGrant"];
/** Conditions that confine an account-wide grant to a service, a named role or AWS resources. */
const CONFINING_CONDITION_KEYS = ["kms:ViaService", "aws:PrincipalArn", "kms:GrantIsForAWSResource"];

const isUse = (action: string) => USE_ACTIONS.includes(action) || action.startsWith("kms:GenerateDataKey") || action.startsWith("kms:ReEncrypt");
const principals = (statement: Record<string, unknown>): string[] => {
    const principal = statement.Principal;
    return principal === "*" ? ["*"] : iamList(asRecord(principal).AWS);
};
const conditionKeys = (statement: Record<string, unknown>): string[] =>
    Object.values(asRecord(statement.Condition)).flatMap((test) => Object.keys(asRecord(test)));
const isAccountWide = (principal: string) => principal === "*" || /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(principal) || /^\d{12}$/.test(principal);

/**
 * Every KMS key has an explicit key policy that keeps its administrators from reading what it
 * protects. KMS's default policy gives the account root `kms:*`, so any role with `kms:Decrypt` on
 * `*` in its IAM policy reads every secret and backup; key administrators who can also decrypt
 * make one compromised deploy identity read everything. See `keyPolicy` for the shape that passes.
 */
export function keysHaveExplicitPolicy(level: Level): StackValidationPolicy {
    return {
        name: "keys-have-explicit-policy",
        description:
            "KMS keys have an explicit policy: no kms:*, use only through a service or by named roles, administrators who cannot decrypt, deletion by one principal.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const key of resourcesOfType(args, "aws:kms/key:Key")) {
                const policy = key.props.policy;
                if (policy === undefined || policy === "") {
                    // A policy still unknown in a first preview shows as the key's dependency on what it names.
                    if (key.dependencies.length === 0)
                        report(
                            `${key.name} has KMS's default key policy, which lets every principal of the account use it (kms:* to the root); set policy (keyPolicy).`,
                            key.urn,
                        );
                    continue;
                }
                const allows = iamStatements(policy).filter((statement) => statement.Effect === "Allow");
                const decrypters = new Set<string>();
                const administrators = new Set<string>();
                for (const statement of allows) {
                    const actions = iamList(statement.Action);
                    const who = principals(statement);
                    if (actions.some((action) => action === "*" || action === "kms:*")) {
                        report(
                            `${key.name}'s key policy grants kms:* to ${who.join(", ")}; grant administration and use in separate statements (keyPolicy).`,
                            key.urn,
                        );
                        continue;
                    }
                    const uses = actions.filter(isUse);
                    const confined = conditionKeys(statement).some((condition) => CONFINING_CONDITION_KEYS.includes(condition));
                    if (uses.length > 0 && who.some(isAccountWide) && !confined)
                        report(
                            `${key.name}'s key policy lets any principal of the account ${uses.join(", ")} with no kms:ViaService or aws:PrincipalArn condition; confine it to the key's services or named roles.`,
                            key.urn,
                        );
                    if (uses.includes("kms:Decrypt")) who.forEach((principal) => decrypters.add(principal));
                    if (actions.includes("kms:PutKeyPolicy")) who.forEach((principal) => administrators.add(principal));
                    if (actions.includes("kms:ScheduleKeyDeletion") && (who.length !== 1 || actions.length !== 1))
                        report(
                            `${key.name}'s key policy lets ${who.join(", ")} schedule its deletion among other actions; grant kms:ScheduleKeyDeletion alone, to break-glass only.`,
                            key.urn,
                        );
                }
                for (const administrator of administrators)
                    if (decrypters.has(administrator))
                        report(
                            `${key.name}'s key policy lets its administrator ${administrator} decrypt; administrators manage a key, they do not read what it protects.`,
                            key.urn,
                        );
            }
        },
    };
}
