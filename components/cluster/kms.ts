import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PolicyDocument } from "./iam";
import { environmentAccount } from "./iam";

/**
 * Who owns the environment's KMS keys. Administrators (the deploy role, which creates and updates
 * every key, and the break-glass admin) manage a key but cannot use it; only break-glass may
 * schedule its deletion. Both are roles made outside the program, so a key policy may name them
 * as principals (KMS refuses a principal that does not exist yet).
 */
export interface KeyOwners {
    readonly accountId: string;
    readonly administrators: readonly string[];
    readonly breakGlass: string;
}

/** The key owners of an environment: its deploy role and its admin role (config `adminRoleArn`), the latter break-glass. */
export function keyOwners(spec: { deploy?: { roleArn: string }; adminRoleArn: string }): KeyOwners {
    const administrators = [...new Set([spec.deploy?.roleArn, spec.adminRoleArn].filter((arn): arn is string => arn !== undefined))];
    return { accountId: environmentAccount(spec), administrators, breakGlass: spec.adminRoleArn };
}

/**
 * Services a key is used through (`kms:ViaService`), by their endpoint prefix: `s3` for a bucket's
 * key, `secretsmanager`, `rds`, `backup`, `eks`.
 */
export type KeyService = "s3" | "secretsmanager" | "rds" | "backup" | "eks";

export interface KeyUse {
    /** The key's region: services are named by their regional endpoint. */
    readonly region: string;
    /** Account principals may use the key only through these services. Required, at least one. */
    readonly via: readonly KeyService[];
    /** Roles that use the key directly, not through a service (EKS's cluster role). @default none */
    readonly directUsers?: readonly string[];
    /** Only these roles may use the key, even through its services (the mesh root's: deploy and break-glass). @default any role of the account */
    readonly onlyPrincipals?: readonly string[];
    /**
     * Other accounts that may use the key through these services: AWS Backup copies a database's
     * recovery points into another account's vault only with the source key shared (AWS Backup
     * guide, "Creating backup copies across AWS accounts"). @default none
     */
    readonly sharedWith?: readonly string[];
}

/** What administering a key takes, and nothing that reads or grants its use (no Decrypt, no CreateGrant). */
export const KEY_ADMIN_ACTIONS = [
    "kms:CreateAlias",
    "kms:DeleteAlias",
    "kms:UpdateAlias",
    "kms:DescribeKey",
    "kms:EnableKey",
    "kms:DisableKey",
    "kms:EnableKeyRotation",
    "kms:DisableKeyRotation",
    "kms:RotateKeyOnDemand",
    "kms:GetKeyPolicy",
    "kms:GetKeyRotationStatus",
    "kms:PutKeyPolicy",
    "kms:UpdateKeyDescription",
    "kms:ListAliases",
    "kms:ListGrants",
    "kms:ListKeyPolicies",
    "kms:ListResourceTags",
    "kms:RevokeGrant",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:CancelKeyDeletion",
] as const;

/** What using a key takes. */
export const KEY_USE_ACTIONS = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"] as const;

/**
 * An explicit key policy in place of KMS's default (which gives the account root `kms:*`, so any
 * IAM policy with `kms:Decrypt` on `*` reads everything): administrators without use, use only
 * through the key's services by this account's principals (their own IAM policies name the key),
 * grants only for AWS resources, and deletion by break-glass alone.
 */
export function keyPolicy(owners: KeyOwners, use: KeyUse): PolicyDocument {
    if (use.via.length === 0) throw new Error("a key is used through at least one service");
    const account = `arn:aws:iam::${owners.accountId}:root`;
    const viaService = use.via.map((service) => `${service}.${use.region}.amazonaws.com`);
    const only = use.onlyPrincipals ? { ArnEquals: { "aws:PrincipalArn": [...use.onlyPrincipals] } } : {};
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "Administer", Effect: "Allow", Principal: { AWS: [...owners.administrators] }, Action: [...KEY_ADMIN_ACTIONS], Resource: "*" },
            { Sid: "DeleteByBreakGlassOnly", Effect: "Allow", Principal: { AWS: owners.breakGlass }, Action: "kms:ScheduleKeyDeletion", Resource: "*" },
            {
                Sid: "UseThroughServices",
                Effect: "Allow",
                Principal: { AWS: account },
                Action: [...KEY_USE_ACTIONS],
                Resource: "*",
                Condition: { StringEquals: { "kms:CallerAccount": owners.accountId, "kms:ViaService": viaService }, ...only },
            },
            {
                Sid: "GrantsForAwsResources",
                Effect: "Allow",
                Principal: { AWS: account },
                Action: "kms:CreateGrant",
                Resource: "*",
                Condition: {
                    StringEquals: { "kms:CallerAccount": owners.accountId, "kms:ViaService": viaService },
                    Bool: { "kms:GrantIsForAWSResource": "true" },
                    ...only,
                },
            },
            // Another account's AWS Backup reads the copy it makes, through the key's services only, and grants only for AWS resources.
            ...(use.sharedWith ?? []).flatMap((other) => [
                {
                    Sid: `UseForCopiesIn${other}`,
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${other}:root` },
                    Action: ["kms:Decrypt", "kms:DescribeKey"],
                    Resource: "*",
                    Condition: { StringEquals: { "kms:CallerAccount": other, "kms:ViaService": viaService } },
                },
                {
                    Sid: `GrantsForCopiesIn${other}`,
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${other}:root` },
                    Action: "kms:CreateGrant",
                    Resource: "*",
                    Condition: { StringEquals: { "kms:CallerAccount": other, "kms:ViaService": viaService }, Bool: { "kms:GrantIsForAWSResource": "true" } },
                },
            ]),
            ...(use.directUsers && use.directUsers.length > 0
                ? [
                      {
                          Sid: "DirectUse",
                          Effect: "Allow",
                          Principal: { AWS: account },
                          Action: [...KEY_USE_ACTIONS, "kms:ListGrants"],
                          Resource: "*",
                          // A condition, not a principal: the role is made in the same `up`.
                          Condition: { ArnEquals: { "aws:PrincipalArn": [...use.directUsers] } },
                      },
                  ]
                : []),
        ],
    };
}

export interface PlatformKeyArgs {
    description: string;
    owners: KeyOwners;
    use: KeyUse;
    /** The direct users' role ARNs, when only known at deploy time (overrides `use.directUsers`). */
    directUsers?: pulumi.Input<string>[];
    tags: Record<string, string>;
}

/** Days KMS waits before deleting a key whose deletion break-glass scheduled. */
export const KEY_DELETION_WINDOW_DAYS = 30;

/**
 * A rotating key with its explicit policy (`keyPolicy`). Kept on delete: the deploy role may not
 * schedule a key's deletion, so a key the program stops declaring stays, and deleting it is a
 * break-glass act, after whatever it encrypted is gone.
 */
export function platformKey(name: string, args: PlatformKeyArgs, opts: pulumi.CustomResourceOptions): aws.kms.Key {
    const policy = args.directUsers
        ? pulumi.all(args.directUsers).apply((directUsers) => JSON.stringify(keyPolicy(args.owners, { ...args.use, directUsers })))
        : JSON.stringify(keyPolicy(args.owners, args.use));
    return new aws.kms.Key(
        name,
        { description: args.description, enableKeyRotation: true, deletionWindowInDays: KEY_DELETION_WINDOW_DAYS, policy, tags: args.tags },
        { ...opts, retainOnDelete: true },
    );
}
