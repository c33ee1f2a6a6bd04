import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BackupReplication } from "../backup/replication";
import { PlatformAddon } from "../addons/addon";
import { GlobalTraffic } from "../dns/global-traffic";
import { MeshCa } from "../secrets/mesh-ca";
import { SecretSync } from "../secrets/secret-sync";
import { PlatformSpec } from "../topology/expand";
import { ClusterOutputs, PlatformCluster } from "./cluster";

export interface PlatformArgs {
    /** The validated, expanded topology (see `loadPlatformSpec`). Required. */
    spec: PlatformSpec;
    /** Partner-provided secret values (`partnerSecrets` config), a secret. @default {} */
    partnerSecrets?: pulumi.Output<Record<string, string>>;
    /** The add-ons every cluster gets. @default ADDONS, every add-on of the platform */
    addons?: readonly PlatformAddon[];
}

/** Tags every AWS resource carries, so cost and ownership are visible in every account. */
export function baseTags(spec: PlatformSpec): Record<string, string> {
    return { environment: spec.environment, "managed-by": "pulumi", "cost-center": spec.costCenter };
}

/** What the stack exports about secrets: never values. */
export interface SecretOutputs {
    arn: string;
    replicaRegions: string[];
}

/**
 * The whole platform: an AWS provider per region; the secrets and the mesh CA every cluster
 * reads; one cluster per topology entry, in failover order; backup replication from the
 * primary; and the global DNS that fails traffic over between them.
 */
export class Platform extends pulumi.ComponentResource {
    readonly clusters: PlatformCluster[];
    /** Per-cluster outputs keyed by cluster name. */
    readonly clusterOutputs: pulumi.Output<Record<string, ClusterOutputs>>;
    /** Admin kubeconfig per cluster name, each a secret. */
    readonly kubeconfigs: Record<string, pulumi.Output<string>>;
    readonly traffic: GlobalTraffic;
    readonly secretOutputs: pulumi.Output<Record<string, SecretOutputs>>;

    constructor(name: string, args: PlatformArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:Platform", name, {}, opts);
        const spec = args.spec;
        const regions = spec.clusters.map((cluster) => ({
            cluster,
            provider: new aws.Provider(
                `${name}-aws-${cluster.region}`,
                {
                    region: cluster.region as aws.Region,
                    // Also covers resources created inside packages' components (e.g. the EKS IAM role).
                    defaultTags: { tags: { ...baseTags(spec), cluster: cluster.name } },
                },
                { parent: this },
            ),
        }));
        const [primary] = regions;
        const tags = baseTags(spec);

        const secrets = new SecretSync(
            `${name}-secrets`,
            { platform: spec, regions, partnerSecrets: args.partnerSecrets ?? pulumi.output<Record<string, string>>({}), tags },
            { parent: this },
        );
        const meshCa = new MeshCa(
            `${name}-mesh-ca`,
            {
                environment: spec.environment,
                regions: regions.map((region) => ({ ...region, keyArn: keyArnOf(secrets, region.cluster.name) })),
                tags: { ...tags, cluster: primary.cluster.name },
            },
            { parent: this },
        );

        this.clusters = regions.map(
            ({ cluster, provider }) =>
                new PlatformCluster(
                    `${name}-${cluster.name}`,
                    {
                        spec: cluster,
                        platform: spec,
                        awsProvider: provider,
                        adminRoleArn: spec.adminRoleArn,
                        deletionProtection: spec.environment === "prod",
                        tags: { ...tags, cluster: cluster.name },
                        secrets: secrets.secrets,
                        meshCa: meshCa.clusters.get(cluster.name),
                        addons: args.addons,
                    },
                    { parent: this },
                ),
        );
        this.replicateBackups(name, spec, primary.provider);
        this.traffic = new GlobalTraffic(
            `${name}-traffic`,
            {
                platform: spec,
                clusters: this.clusters.map((cluster) => ({ name: cluster.spec.name, loadBalancer: cluster.ingressLoadBalancer })),
                tags: { ...tags, cluster: primary.cluster.name },
            },
            { parent: this, providers: [primary.provider] },
        );

        this.clusterOutputs = pulumi
            .all(this.clusters.map((cluster) => cluster.outputs))
            .apply((all) => Object.fromEntries(all.map((outputs) => [outputs.name, outputs])));
        // Kept apart from clusterOutputs: a secret inside would make the whole map secret.
        this.kubeconfigs = Object.fromEntries(this.clusters.map((cluster) => [cluster.spec.name, cluster.eks.kubeconfig]));
        this.secretOutputs = pulumi
            .all(
                secrets.secrets.map((secret) =>
                    pulumi.all([secret.arn]).apply(([arn]) => [secret.name, { arn, replicaRegions: secret.replicaRegions }] as const),
                ),
            )
            .apply((entries) => Object.fromEntries(entries));
        this.registerOutputs({ clusters: this.clusterOutputs, kubeconfigs: this.kubeconfigs, secrets: this.secretOutputs });
    }

    /** The primary's backups, replicated into every secondary's region (clusters are in failover order). */
    private replicateBackups(name: string, spec: PlatformSpec, primaryProvider: aws.Provider): void {
        const [primary, ...secondaries] = this.clusters;
        const source = primary?.addons.installs.get("velero")?.backup;
        if (!source || secondaries.length === 0) return;
        const destinations = secondaries.map((cluster) => {
            const backup = cluster.addons.installs.get("velero")?.backup;
            if (!backup?.replica) throw new Error(`secondary ${cluster.spec.name} has no replica bucket for the primary's backups`);
            return {
                cluster: cluster.spec.name,
                region: cluster.spec.region,
                bucketArn: backup.replica.bucket.arn,
                keyArn: backup.keyArn,
                versioning: backup.replica.versioning,
            };
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

function keyArnOf(secrets: SecretSync, cluster: string): pulumi.Output<string> {
    const key = secrets.keys.get(cluster);
    if (!key) throw new Error(`no secrets key for cluster ${cluster}`);
    return key.arn;
}
