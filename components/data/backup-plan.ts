import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AWS_BACKUP_SERVICE_POLICY, serviceTrustPolicy } from "../cluster/iam";
import type { DatabaseVault } from "../platform/outputs";

/** A recovery point every four hours: a bad migration loses at most four hours to its last good copy. */
export const DATABASE_BACKUP_SCHEDULE = "cron(0 */4 * * ? *)";

export interface DatabaseBackupPlanArgs {
    /** The cluster (its name) whose regional Aurora clusters are the global databases' writers. */
    cluster: string;
    /** The regional Aurora clusters to back up. */
    databaseArns: pulumi.Input<string>[];
    /** This region's vault, and every other cluster's region's vault (its ARN), for copies. */
    vault: DatabaseVault;
    copies: readonly string[];
    /** Another account's vault in this region, also copied into (`addons.backup.accountCopy`). @default none */
    accountCopyVaultArn?: string;
    retentionDays: number;
    /** The environment's permissions boundary, for AWS Backup's role. Required. */
    permissionsBoundary: string;
    tags: Record<string, string>;
}

/**
 * On the primary: an AWS Backup plan that snapshots its writers every four hours into its region's
 * locked vault and copies each recovery point into every other cluster region's locked vault, so
 * neither a `DROP` the Global Database replicated nor the loss of the region takes every copy;
 * and, where config names one, into another account's vault, so neither does this account's compromise.
 */
export class DatabaseBackupPlan extends pulumi.ComponentResource {
    constructor(name: string, args: DatabaseBackupPlanArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:data:DatabaseBackupPlan", name, {}, opts);
        const lifecycle = { deleteAfter: args.retentionDays };
        const plan = new aws.backup.Plan(
            `${name}-plan`,
            {
                name: `payments-${args.cluster}-databases`,
                rules: [
                    {
                        ruleName: "every-four-hours",
                        targetVaultName: args.vault.name,
                        schedule: DATABASE_BACKUP_SCHEDULE,
                        startWindow: 60,
                        completionWindow: 180,
                        lifecycle,
                        copyActions: [...args.copies, ...(args.accountCopyVaultArn ? [args.accountCopyVaultArn] : [])].map((destinationVaultArn) => ({
                            destinationVaultArn,
                            lifecycle,
                        })),
                        recoveryPointTags: args.tags,
                    },
                ],
                tags: args.tags,
            },
            { parent: this },
        );
        const role = new aws.iam.Role(
            `${name}-role`,
            { assumeRolePolicy: JSON.stringify(serviceTrustPolicy("backup.amazonaws.com")), permissionsBoundary: args.permissionsBoundary, tags: args.tags },
            { parent: this },
        );
        const attachment = new aws.iam.RolePolicyAttachment(`${name}-role-policy`, { role: role.name, policyArn: AWS_BACKUP_SERVICE_POLICY }, { parent: this });
        new aws.backup.Selection(
            `${name}-selection`,
            { name: "writers", planId: plan.id, iamRoleArn: role.arn, resources: args.databaseArns },
            { parent: this, dependsOn: [attachment] },
        );
        this.registerOutputs({ planId: plan.id });
    }
}
