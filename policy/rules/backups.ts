import type { StackValidationPolicy } from "@pulumi/policy";
import { BACKUP_REPLICA_TAG } from "../../components/backup/bucket";
import type { Level } from "./util";
import { asArray, asRecord, resourcesOfType, waitsFor } from "./util";

const [REPLICA_TAG_KEY, REPLICA_TAG_VALUE] = Object.entries(BACKUP_REPLICA_TAG)[0];

/**
 * Replicated backups no one in the primary can erase: replication never carries deletes (a
 * compromised primary, or its Velero, would otherwise empty the replicas too), and every replica
 * bucket locks what it receives with S3 Object Lock (config `mode`: COMPLIANCE in prod's stacks,
 * where not even root can shorten it; any mode by default) for at least `minDays`.
 */
export function backupReplicasImmutable(level: Level): StackValidationPolicy {
    return {
        name: "backup-replicas-immutable",
        description: "Backup replication never replicates deletes; replica buckets lock their objects with S3 Object Lock.",
        enforcementLevel: level,
        configSchema: {
            // ANY: a lock of either mode; prod's stacks require COMPLIANCE.
            properties: { mode: { type: "string", enum: ["COMPLIANCE", "GOVERNANCE", "ANY"], default: "ANY" }, minDays: { type: "number", default: 7 } },
        },
        validateStack: (args, report) => {
            const { mode, minDays } = args.getConfig<{ mode: string; minDays: number }>();
            for (const config of resourcesOfType(args, "aws:s3/bucketReplicationConfig:BucketReplicationConfig"))
                for (const rule of asArray(config.props.rules).map(asRecord))
                    if (asRecord(rule.deleteMarkerReplication).status === "Enabled")
                        report(
                            `${config.name} replicates deletes (rule ${String(rule.id)}): whoever can delete in the primary erases the replicas too; set deleteMarkerReplication Disabled.`,
                            config.urn,
                        );
            const locks = resourcesOfType(args, "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration");
            for (const bucket of resourcesOfType(args, "aws:s3/bucket:Bucket")) {
                if (asRecord(bucket.props.tags)[REPLICA_TAG_KEY] !== REPLICA_TAG_VALUE) continue;
                const lock = locks.find((candidate) => waitsFor(candidate).some((dependency) => dependency.urn === bucket.urn));
                const retention = asRecord(asRecord(lock?.props.rule).defaultRetention);
                if (!lock)
                    report(
                        `${bucket.name} holds replicated backups but has no Object Lock configuration; anyone who can delete there can erase them.`,
                        bucket.urn,
                    );
                else if ((mode !== "ANY" && retention.mode !== mode) || typeof retention.days !== "number" || retention.days < minDays)
                    report(
                        `${bucket.name} locks replicated backups ${String(retention.mode ?? "without a mode")} for ${String(retention.days ?? 0)} day(s); this stack requires ${mode === "ANY" ? "a lock" : mode} for at least ${minDays}.`,
                        bucket.urn,
                    );
            }
        },
    };
}

/**
 * A backup replication rule runs under Replication Time Control, with its metrics: the
 * cluster-state RPO the plans state (Velero's interval plus replication) counts on S3's 15-minute
 * SLA, which S3 gives only with RTC; without it replication has no time bound at all.
 */
export function backupReplicationTimed(level: Level): StackValidationPolicy {
    return {
        name: "backup-replication-timed",
        description: "Backup replication rules use S3 Replication Time Control and its metrics.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const config of resourcesOfType(args, "aws:s3/bucketReplicationConfig:BucketReplicationConfig"))
                for (const rule of asArray(config.props.rules).map(asRecord)) {
                    const destination = asRecord(rule.destination);
                    if (asRecord(destination.replicationTime).status !== "Enabled" || asRecord(destination.metrics).status !== "Enabled")
                        report(
                            `${config.name} replicates (rule ${String(rule.id)}) with no time bound; set destination.replicationTime and destination.metrics Enabled (S3 Replication Time Control, 15 minutes).`,
                            config.urn,
                        );
                }
        },
    };
}
