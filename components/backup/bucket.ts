import type { KeyOwners } from "../cluster/kms";
import { platformKey } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";

/** Days an overwritten or deleted backup object stays recoverable before S3 drops it. */
export const NONCURRENT_VERSION_DAYS = 30;
/** Days before an abandoned multipart upload is cleaned up. */
export const ABORT_MULTIPART_DAYS = 7;

/** S3 Object Lock on a bucket: every object version kept unchanged for `days`. */
export interface BucketLock {
    /** COMPLIANCE: no one, root included, can delete or shorten it. GOVERNANCE: a role with s3:BypassGovernanceRetention can. */
    mode: "COMPLIANCE" | "GOVERNANCE";
    days: number;
}

/** The tag that marks a bucket holding another cluster's replicated backups (policies look for it). */
export const BACKUP_REPLICA_TAG = { "payments.io/backup": "replica" } as const;

export interface SecureBucket {
    bucket: aws.s3.Bucket;
    /** Replication needs versioning on first; dependents wait on this. */
    versioning: aws.s3.BucketVersioning;
}

/**
 * An S3 bucket for backups: versioned, SSE-KMS with the given key, public access blocked,
 * owner-enforced, TLS-only, with lifecycle rules for old versions and stray uploads.
 */
export function createSecureBucket(
    name: string,
    args: {
        prefix: string;
        kmsKeyArn: pulumi.Input<string>;
        tags: Record<string, string>;
        /** Object Lock, and objects expired after `expireDays` (a replica, which no Velero prunes). @default none */
        lock?: BucketLock & { expireDays: number };
        /** Objects expired after this many days, without a lock (run artifacts nobody prunes). @default never */
        expireDays?: number;
    },
    parent: pulumi.Resource,
): SecureBucket {
    const opts = { parent };
    const bucket = new aws.s3.Bucket(
        `${name}`,
        // Object Lock is switched on by its configuration below, which S3 accepts on an existing
        // versioned bucket: `objectLockEnabled` here would replace a bucket that holds backups.
        { bucketPrefix: args.prefix, forceDestroy: false, tags: args.tags },
        opts,
    );
    const versioning = new aws.s3.BucketVersioning(`${name}-versioning`, { bucket: bucket.id, versioningConfiguration: { status: "Enabled" } }, opts);
    if (args.lock)
        new aws.s3.BucketObjectLockConfiguration(
            `${name}-lock`,
            { bucket: bucket.id, objectLockEnabled: "Enabled", rule: { defaultRetention: { mode: args.lock.mode, days: args.lock.days } } },
            { parent, dependsOn: [versioning] },
        );
    new aws.s3.BucketServerSideEncryptionConfiguration(
        `${name}-encryption`,
        {
            bucket: bucket.id,
            rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: args.kmsKeyArn }, bucketKeyEnabled: true }],
        },
        opts,
    );
    new aws.s3.BucketPublicAccessBlock(
        `${name}-public-access`,
        { bucket: bucket.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
        opts,
    );
    new aws.s3.BucketOwnershipControls(`${name}-ownership`, { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } }, opts);
    new aws.s3.BucketLifecycleConfiguration(
        `${name}-lifecycle`,
        {
            bucket: bucket.id,
            rules: lifecycleRules(args),
        },
        { parent, dependsOn: [versioning] },
    );
    new aws.s3.BucketPolicy(
        `${name}-tls-only`,
        {
            bucket: bucket.id,
            policy: bucket.arn.apply((arn) => JSON.stringify(tlsOnlyPolicy(arn))),
        },
        opts,
    );
    return { bucket, versioning };
}

/** Old versions expire, a replica's copies after their lock, run artifacts after their days, stray uploads are aborted. Pure. */
function lifecycleRules(args: { lock?: { expireDays: number }; expireDays?: number }) {
    return [
        { id: "expire-noncurrent-versions", status: "Enabled", filter: {}, noncurrentVersionExpiration: { noncurrentDays: NONCURRENT_VERSION_DAYS } },
        // A replica's copies are never deleted by a Velero (deletes are not replicated): they expire here, after their lock.
        ...(args.lock ? [{ id: "expire-replicas", status: "Enabled", filter: {}, expiration: { days: args.lock.expireDays } }] : []),
        ...(args.expireDays !== undefined ? [{ id: "expire-objects", status: "Enabled", filter: {}, expiration: { days: args.expireDays } }] : []),
        { id: "abort-incomplete-uploads", status: "Enabled", filter: {}, abortIncompleteMultipartUpload: { daysAfterInitiation: ABORT_MULTIPART_DAYS } },
    ];
}

/** Every request over TLS, or refused. Pure. */
function tlsOnlyPolicy(arn: string) {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "DenyInsecureTransport",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:*",
                Resource: [arn, `${arn}/*`],
                Condition: { Bool: { "aws:SecureTransport": "false" } },
            },
        ],
    };
}

/** A KMS key for one cluster's backups, used through S3 (Velero, and replication to the secondaries). */
export function createBackupKey(
    name: string,
    cluster: { name: string; region: string },
    owners: KeyOwners,
    tags: Record<string, string>,
    parent: pulumi.Resource,
): aws.kms.Key {
    const clusterName = cluster.name;
    const key = platformKey(
        name,
        { description: `Velero backups of EKS cluster ${clusterName}`, owners, use: { region: cluster.region, via: ["s3"] }, tags },
        { parent },
    );
    new aws.kms.Alias(`${name}-alias`, { name: `alias/velero/${clusterName}`, targetKeyId: key.keyId }, { parent });
    return key;
}
