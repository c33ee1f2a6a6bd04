import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BackupReplication } from "../backup/replication";
import { PlatformSpec } from "../topology/expand";
import { ClusterOutputs, PlatformCluster } from "./cluster";

export interface PlatformArgs {
    /** The validated, expanded topology (see `loadPlatformSpec`). Required. */
    spec: PlatformSpec;
}

/** Tags every AWS resource carries, so cost and ownership are visible in every account. */
export function baseTags(spec: PlatformSpec): Record<string, string> {
    return { environment: spec.environment, "managed-by": "pulumi", "cost-center": spec.costCenter };
}

/**
 * The whole platform: one AWS provider per region and one cluster per topology entry, in
 * failover order.
 */
export class Platform extends pulumi.ComponentResource {
    readonly clusters: PlatformCluster[];
    /** Per-cluster outputs keyed by cluster name. */
    readonly clusterOutputs: pulumi.Output<Record<string, ClusterOutputs>>;
    /** Admin kubeconfig per cluster name, each a secret. */
    readonly kubeconfigs: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: PlatformArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:Platform", name, {}, opts);
        const providers = new Map<string, aws.Provider>();
        this.clusters = args.spec.clusters.map((spec) => {
            const awsProvider = new aws.Provider(
                `${name}-aws-${spec.region}`,
                {
                    region: spec.region as aws.Region,
                    // Also covers resources created inside packages' components (e.g. the EKS IAM role).
                    defaultTags: { tags: { ...baseTags(args.spec), cluster: spec.name } },
                },
                { parent: this },
            );
            providers.set(spec.name, awsProvider);
            return new PlatformCluster(
                `${name}-${spec.name}`,
                { spec, platform: args.spec, awsProvider, adminRoleArn: args.spec.adminRoleArn, deletionProtection: args.spec.environment === "prod", tags: { ...baseTags(args.spec), cluster: spec.name } },
                { parent: this },
            );
        });
        this.replicateBackups(name, args.spec, providers);
        this.clusterOutputs = pulumi
            .all(this.clusters.map((cluster) => cluster.outputs))
            .apply((all) => Object.fromEntries(all.map((outputs) => [outputs.name, outputs])));
        // Kept apart from clusterOutputs: a secret inside would make the whole map secret.
        this.kubeconfigs = Object.fromEntries(this.clusters.map((cluster) => [cluster.spec.name, cluster.eks.kubeconfig]));
        this.registerOutputs({ clusters: this.clusterOutputs, kubeconfigs: this.kubeconfigs });
    }

    /** The primary's backups, replicated into every secondary's region (clusters are in failover order). */
    private replicateBackups(name: string, spec: PlatformSpec, providers: Map<string, aws.Provider>): void {
        const [primary, ...secondaries] = this.clusters;
        const source = primary?.addons.installs.get("velero")?.backup;
        const primaryProvider = primary && providers.get(primary.spec.name);
        if (!source || !primaryProvider || secondaries.length === 0) return;
        const destinations = secondaries.map((cluster) => {
            const backup = cluster.addons.installs.get("velero")?.backup;
            if (!backup?.replica) throw new Error(`secondary ${cluster.spec.name} has no replica bucket for the primary's backups`);
            return { cluster: cluster.spec.name, region: cluster.spec.region, bucketArn: backup.replica.bucket.arn, keyArn: backup.keyArn, versioning: backup.replica.versioning };
        });
        new BackupReplication(
            `${name}-backup-replication`,
            {
                source: { bucketId: source.bucket.id, bucketArn: source.bucket.arn, keyArn: source.keyArn },
                destinations,
                dependsOn: [source.versioning, ...destinations.map((destination) => destination.versioning)],
                tags: { ...baseTags(spec), cluster: primary.spec.name },
            },
            { parent: this, providers: [primaryProvider] },
        );
    }
}
