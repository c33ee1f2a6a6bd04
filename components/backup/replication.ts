import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { serviceTrustPolicy } from "../cluster/iam";

export interface ReplicationDestination {
    /** Cluster the replica serves; names the rule. */
    cluster: string;
    region: string;
    bucketArn: pulumi.Input<string>;
    /** The destination region's key: replicas are re-encrypted there. */
    keyArn: pulumi.Input<string>;
}

export interface ReplicationRule {
    id: string;
    priority: number;
    status: "Enabled";
    filter: Record<string, never>;
    deleteMarkerReplication: { status: "Disabled" };
    sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } };
    destination: {
        bucket: pulumi.Input<string>;
        storageClass: "STANDARD";
        encryptionConfiguration: { replicaKmsKeyId: pulumi.Input<string> };
        replicationTime: { status: "Enabled"; time: { minutes: 15 } };
        metrics: { status: "Enabled"; eventThreshold: { minutes: 15 } };
    };
}

/**
 * S3 Replication Time Control: 99.99 % of objects replicated within 15 minutes, under S3's SLA,
 * with the metrics (and missed-threshold events) that show when it is not. Without it S3 promises
 * no time at all, and the cluster-state RPO (Velero's interval plus replication) is a hope. RTC
 * requires its metrics on. Priced per GB replicated; Velero's backups are small.
 */
export const REPLICATION_TIME_MINUTES = 15;

/** One rule per destination, in failover order (priority 1 first). Pure. */
export function replicationRules(destinations: readonly ReplicationDestination[]): ReplicationRule[] {
    return destinations.map((destination, i) => ({
        id: `to-${destination.cluster}`,
        priority: i + 1,
        status: "Enabled",
        filter: {},
        // Deletes stay in the primary's region: a compromised primary (or its Velero) cannot erase
        // the replicas, which expire on their own lifecycle after their Object Lock.
        deleteMarkerReplication: { status: "Disabled" },
        sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
        destination: {
            bucket: destination.bucketArn,
            storageClass: "STANDARD",
            encryptionConfiguration: { replicaKmsKeyId: destination.keyArn },
            replicationTime: { status: "Enabled", time: { minutes: REPLICATION_TIME_MINUTES } },
            metrics: { status: "Enabled", eventThreshold: { minutes: REPLICATION_TIME_MINUTES } },
        },
    }));
}

export interface BackupReplicationArgs {
    source: { bucketId: pulumi.Input<string>; bucketArn: pulumi.Input<string>; keyArn: pulumi.Input<string> };
    destinations: ReplicationDestination[];
    /** Versioning of source and every destination must be on first. Required. */
    dependsOn: pulumi.Resource[];
    /** The environment's permissions boundary, for S3's replication role. Required. */
    permissionsBoundary: string;
    tags: Record<string, string>;
}

/**
 * Replicates the primary's Velero bucket into a bucket in each secondary's region, so a standby
 * can restore the primary's backups when the primary's region is gone. Created with the primary
 * region's provider.
 */
export class BackupReplication extends pulumi.ComponentResource {
    constructor(name: string, args: BackupReplicationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:backup:Replication", name, {}, opts);
        const role = new aws.iam.Role(
            `${name}-role`,
            { assumeRolePolicy: JSON.stringify(serviceTrustPolicy("s3.amazonaws.com")), permissionsBoundary: args.permissionsBoundary, tags: args.tags },
            { parent: this },
        );
        new aws.iam.RolePolicy(
            `${name}-policy`,
            {
                role: role.id,
                policy: pulumi
                    .all([
                        args.source.bucketArn,
                        args.source.keyArn,
                        pulumi.all(args.destinations.map((d) => d.bucketArn)),
                        pulumi.all(args.destinations.map((d) => d.keyArn)),
                    ])
                    .apply(([sourceArn, sourceKey, destinationArns, destinationKeys]) =>
                        JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                { Effect: "Allow", Action: ["s3:GetReplicationConfiguration", "s3:ListBucket"], Resource: sourceArn },
                                {
                                    Effect: "Allow",
                                    // Retention and legal hold: replicating into Object Lock buckets.
                                    Action: [
                                        "s3:GetObjectVersionForReplication",
                                        "s3:GetObjectVersionAcl",
                                        "s3:GetObjectVersionTagging",
                                        "s3:GetObjectRetention",
                                        "s3:GetObjectLegalHold",
                                    ],
                                    Resource: `${sourceArn}/*`,
                                },
                                {
                                    Effect: "Allow",
                                    // No s3:ReplicateDelete: deletes are never replicated.
                                    Action: ["s3:ReplicateObject", "s3:ReplicateTags"],
                                    Resource: destinationArns.map((arn) => `${arn}/*`),
                                },
                                { Effect: "Allow", Action: "kms:Decrypt", Resource: sourceKey },
                                { Effect: "Allow", Action: ["kms:Encrypt", "kms:GenerateDataKey"], Resource: destinationKeys },
                            ],
                        }),
                    ),
            },
            { parent: this },
        );
        new aws.s3.BucketReplicationConfig(
            `${name}-config`,
            { bucket: args.source.bucketId, role: role.arn, rules: replicationRules(args.destinations) },
            { parent: this, dependsOn: args.dependsOn },
        );
        this.registerOutputs({ roleArn: role.arn });
    }
}
