import type { DatabaseVault } from "../platform/outputs";
import type { KeyOwners } from "../cluster/kms";
import { platformKey } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

/**
 * Vault Lock's grace period: in COMPLIANCE mode the lock becomes immutable this many days after it
 * is set (until then it can be removed: the window to fix a mistake). Without it the lock is in
 * GOVERNANCE mode, which a privileged principal can lift (staging, so it can be torn down).
 */
export const VAULT_LOCK_GRACE_DAYS = 3;
/** The longest a recovery point may be kept: one year (the lock refuses longer retention). */
export const VAULT_MAX_RETENTION_DAYS = 365;

export interface DatabaseVaultsArgs {
    environment: string;
    /** Each cluster's region's provider (the environment's). */
    regions: readonly { cluster: string; region: string; provider: aws.Provider }[];
    /** Who administers the vaults' keys. Required. */
    keyOwners: KeyOwners;
    /** Recovery points are kept this long, and the lock refuses deleting them sooner. */
    retentionDays: number;
    /** COMPLIANCE (prod: no principal, root included, can delete or shorten) or GOVERNANCE. */
    mode: "COMPLIANCE" | "GOVERNANCE";
    tags: Record<string, string>;
}

/**
 * The databases' backups a ransomware or a bad migration cannot reach: an AWS Backup vault in
 * every cluster's region, each under its own rotating key and Vault Lock. Aurora Global Database
 * replicates a `DROP` to every region at once; these recovery points are copies outside it (the
 * primary's plan backs its writers up into its region's vault and copies into every other). They
 * belong to the environment stack, applied before any cluster, like the replica buckets.
 */
export class DatabaseVaults extends pulumi.ComponentResource {
    /** Cluster → the vault in its region. */
    readonly vaults: Record<string, pulumi.Output<DatabaseVault>>;

    constructor(name: string, args: DatabaseVaultsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:data:DatabaseVaults", name, {}, opts);
        this.vaults = Object.fromEntries(
            args.regions.map(({ cluster, region, provider }) => {
                const tags = { ...args.tags, cluster };
                const child = { parent: this, provider };
                const key = platformKey(
                    `${name}-${cluster}-key`,
                    {
                        description: `${cluster}'s region: the databases' backup vault`,
                        owners: args.keyOwners,
                        // Aurora's copies into a vault are made by RDS for AWS Backup.
                        use: { region, via: ["backup", "rds"] },
                        tags,
                    },
                    child,
                );
                const vault = new aws.backup.Vault(`${name}-${cluster}`, { name: `payments-${args.environment}-databases`, kmsKeyArn: key.arn, tags }, child);
                new aws.backup.VaultLockConfiguration(
                    `${name}-${cluster}-lock`,
                    {
                        backupVaultName: vault.name,
                        minRetentionDays: args.retentionDays,
                        maxRetentionDays: VAULT_MAX_RETENTION_DAYS,
                        ...(args.mode === "COMPLIANCE" ? { changeableForDays: VAULT_LOCK_GRACE_DAYS } : {}),
                    },
                    child,
                );
                return [cluster, pulumi.all([vault.name, vault.arn]).apply(([vaultName, arn]): DatabaseVault => ({ name: vaultName, arn }))];
            }),
        );
        this.registerOutputs({ vaults: this.vaults });
    }
}
