import type { PolicyDocument } from "../cluster/iam";

/** The tag that marks a role as a reader of platform secrets (External Secrets' roles); its value names the reader. */
export const SECRET_READER_TAG = "payments.io/secret-reader";
export const EXTERNAL_SECRETS_READER = "external-secrets";

/**
 * A secret's scope, as a tag: `cluster` (one cluster's, in its region) or `region` (made in every
 * region on its own); without it, a secret is one, replicated into every cluster region.
 */
export const SECRET_SCOPE_TAG = "payments.io/scope";

/** The Secrets Manager actions that read a secret's value. */
export const SECRET_READS = ["secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue"] as const;
const POLICY_CHANGES = ["secretsmanager:PutResourcePolicy", "secretsmanager:DeleteResourcePolicy"];

/**
 * A secret's resource policy: whatever an IAM policy grants (even `secretsmanager:*` on `*`), only
 * `readers` (the deploy role, whose stack writes and refreshes the value, and break-glass) and,
 * with `taggedReader`, roles tagged `payments.io/secret-reader=<taggedReader>` may read the value;
 * only `readers` may change the policy. Secrets Manager copies it to the secret's replicas.
 */
export function secretResourcePolicy(readers: readonly string[], taggedReader?: string): PolicyDocument {
    const notReaders = { ArnNotEquals: { "aws:PrincipalArn": [...readers] } };
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ReadersOnly",
                Effect: "Deny",
                Principal: "*",
                Action: [...SECRET_READS],
                Resource: "*",
                // Conditions of one statement all hold for the deny: neither a reader nor tagged as one.
                Condition: taggedReader ? { ...notReaders, StringNotEquals: { [`aws:PrincipalTag/${SECRET_READER_TAG}`]: taggedReader } } : notReaders,
            },
            { Sid: "PolicyByReadersOnly", Effect: "Deny", Principal: "*", Action: POLICY_CHANGES, Resource: "*", Condition: notReaders },
        ],
    };
}
