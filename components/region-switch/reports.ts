import * as pulumi from "@pulumi/pulumi";
import { createSecureBucket } from "../backup/bucket";
import type { KeyOwners } from "../cluster/kms";
import { platformKey } from "../cluster/kms";

/**
 * Where ARC writes each Region switch plan's execution reports (automatic reports: every step,
 * its timing, the alarms' states), the evidence of every drill and every real switch: a
 * versioned, KMS-encrypted bucket with its own rotating key. Construct it with the provider of
 * the region to keep them in (`providers`); its children inherit it.
 */
export class RegionSwitchReports extends pulumi.ComponentResource {
    readonly bucketName: pulumi.Output<string>;
    readonly bucketArn: pulumi.Output<string>;
    readonly keyArn: pulumi.Output<string>;

    constructor(
        name: string,
        args: { environment: string; region: string; keyOwners: KeyOwners; tags: Record<string, string> },
        opts?: pulumi.ComponentResourceOptions,
    ) {
        // The type token from when the plans lived under components/dns: changing it would change every URN below.
        super("payments:dns:RegionSwitchReports", name, {}, opts);
        const key = platformKey(
            `${name}-key`,
            {
                description: `Region switch execution reports of payments-${args.environment}`,
                owners: args.keyOwners,
                use: { region: args.region, via: ["s3"] },
                tags: args.tags,
            },
            { parent: this },
        );
        const { bucket } = createSecureBucket(
            `${name}-bucket`,
            { prefix: `payments-${args.environment}-region-switch-`, kmsKeyArn: key.arn, tags: args.tags },
            this,
        );
        this.bucketName = bucket.bucket;
        this.bucketArn = bucket.arn;
        this.keyArn = key.arn;
        this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn, keyArn: this.keyArn });
    }
}
