import type { ReplicaBucket } from "../platform/outputs";
import type { KeyOwners } from "../cluster/kms";
import { platformKey } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { BucketLock } from "./bucket";
import { BACKUP_REPLICA_TAG, createSecureBucket } from "./bucket";

export interface BackupReplicaBucketsArgs {
    /** The primary cluster, whose backups are replicated. Required. */
    primary: string;
    /** Each secondary cluster and the environment's provider in its region. Required. */
    secondaries: ReadonlyArray<{ cluster: string; region: string; provider: aws.Provider }>;
    /** Who administers the replicas' keys. Required. */
    keyOwners: KeyOwners;
    /** Object Lock of every replica, and the days after which S3 expires it (no Velero prunes a replica). Required. */
    lock: BucketLock & { expireDays: number };
    tags: Record<string, string>;
}

/**
 * The buckets the primary's Velero backups are replicated into, one per secondary region, each
 * with its own rotating key and Object Lock. They belong to the environment stack, applied before
 * any cluster: the primary's replication finds them on its first `up`, and a secondary reads its
 * replica from the environment, so no cluster stack needs another cluster's.
 */
export class BackupReplicaBuckets extends pulumi.ComponentResource {
    /** Secondary cluster → its replica bucket. */
    readonly buckets: Record<string, pulumi.Output<ReplicaBucket>>;

    constructor(name: string, args: BackupReplicaBucketsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:backup:ReplicaBuckets", name, {}, opts);
        this.buckets = Object.fromEntries(
            args.secondaries.map(({ cluster, region: regionName, provider }) => {
                const tags = { ...args.tags, cluster };
                const opts = { parent: this, provider };
                const key = platformKey(
                    `${name}-${cluster}-key`,
                    {
                        description: `${args.primary}'s Velero backups replicated to ${cluster}'s region`,
                        owners: args.keyOwners,
                        use: { region: regionName, via: ["s3"] },
                        tags,
                    },
                    opts,
                );
                new aws.kms.Alias(`${name}-${cluster}-key-alias`, { name: `alias/velero/${cluster}/primary-replica`, targetKeyId: key.keyId }, opts);
                // A component per region, so the bucket's parts inherit that region's provider.
                const region = new ReplicaRegion(`${name}-${cluster}`, { parent: this, providers: [provider] });
                const { bucket } = createSecureBucket(
                    `${name}-${cluster}-bucket`,
                    // The primary's deletes are not replicated; the replica keeps each copy locked, then expires it.
                    { prefix: `${args.primary}-velero-replica-`, kmsKeyArn: key.arn, tags: { ...tags, ...BACKUP_REPLICA_TAG }, lock: args.lock },
                    region,
                );
                region.done({ bucketArn: bucket.arn });
                const replica = pulumi
                    .all([bucket.bucket, bucket.arn, key.arn])
                    .apply(([name, arn, keyArn]): ReplicaBucket => ({ bucket: name, bucketArn: arn, keyArn }));
                return [cluster, replica];
            }),
        );
        this.registerOutputs({ buckets: this.buckets });
    }
}

/** One secondary region's replica bucket: a component so the bucket's parts inherit that region's provider. */
class ReplicaRegion extends pulumi.ComponentResource {
    constructor(name: string, opts: pulumi.ComponentResourceOptions) {
        super("payments:backup:ReplicaBucket", name, {}, opts);
    }

    done(outputs: Record<string, pulumi.Input<string>>): void {
        this.registerOutputs(outputs);
    }
}
