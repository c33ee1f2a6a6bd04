import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { PlatformAddon } from "../addons/addon";
import { BackupReplication } from "../backup/replication";
import { ClusterTraffic, NextClusterTarget } from "../dns/cluster-traffic";
import { ClusterMeshCa } from "../secrets/mesh-ca";
import { SyncedSecret } from "../secrets/secret-sync";
import { ClusterSpec, PlatformSpec } from "../topology/expand";
import { PlatformCluster } from "./cluster";
import { baseTags } from "./environment";
import { ClusterStackOutputs, StackExports } from "./outputs";

/** A secondary's replica bucket for the primary's backups, from its stack's outputs. */
export interface BackupReplicaTarget {
    cluster: string;
    region: string;
    bucketArn: string;
    keyArn: string;
    /** The StackReference it was read from: that stack turned the bucket's versioning on. */
    stack: pulumi.Resource;
}

export interface ClusterStackArgs {
    /** The environment's expanded topology. Required. */
    platform: PlatformSpec;
    /** This cluster's spec (one of `platform.clusters`). Required. */
    cluster: ClusterSpec;
    /** What the environment stack made for every cluster. Required. */
    environment: {
        zoneId: pulumi.Input<string>;
        secrets: SyncedSecret[];
        /** The secrets KMS key in this cluster's region. */
        secretsKeyArn: pulumi.Input<string>;
        /** Secret. */
        meshRoot: pulumi.Input<{ certPem: string; keyPem: string }>;
    };
    /** The next deployed cluster in failover order, if any (see ClusterTraffic). */
    next?: NextClusterTarget;
    /** On the primary: the deployed secondaries' replica buckets, in failover order. @default [] */
    backupReplicas?: BackupReplicaTarget[];
    /** The platform add-ons to install. @default ADDONS */
    addons?: readonly PlatformAddon[];
}

/**
 * Everything of one cluster, in its own stack and its own region: its AWS provider, the cluster
 * (network, EKS, pools, add-ons, payments), its intermediate of the mesh CA, its share of the
 * API's DNS and, on the primary, the replication of its backups to the secondaries' replicas.
 */
export class ClusterStack extends pulumi.ComponentResource {
    readonly cluster: PlatformCluster;
    readonly traffic: ClusterTraffic;
    /** The stack's outputs, as the contract names them. */
    readonly outputs: StackExports<ClusterStackOutputs>;

    constructor(name: string, args: ClusterStackArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:ClusterStack", name, {}, opts);
        const { platform, cluster } = args;
        const tags = { ...baseTags(platform), cluster: cluster.name };
        const provider = new aws.Provider(
            `${name}-aws-${cluster.region}`,
            // Also covers resources created inside packages' components (e.g. the EKS IAM role).
            { region: cluster.region as aws.Region, defaultTags: { tags } },
            { parent: this },
        );
        const meshCa = new ClusterMeshCa(
            `${name}-mesh-ca`,
            {
                project: platform.project,
                environment: platform.environment,
                clusterName: cluster.name,
                root: pulumi.output(args.environment.meshRoot),
                keyArn: args.environment.secretsKeyArn,
                tags,
            },
            { parent: this, providers: [provider] },
        );
        this.cluster = new PlatformCluster(
            `${name}-${cluster.name}`,
            {
                spec: cluster,
                platform,
                awsProvider: provider,
                adminRoleArn: platform.adminRoleArn,
                deletionProtection: platform.environment === "prod",
                tags,
                secrets: args.environment.secrets,
                dnsZoneId: args.environment.zoneId,
                meshCa,
                addons: args.addons,
            },
            { parent: this },
        );
        this.traffic = new ClusterTraffic(
            `${name}-traffic`,
            { platform, cluster: cluster.name, zoneId: args.environment.zoneId, loadBalancer: this.cluster.ingressLoadBalancer, next: args.next, tags },
            { parent: this, providers: [provider] },
        );
        this.replicateBackups(name, args.backupReplicas ?? [], tags, provider);

        const backup = this.cluster.addons.installs.get("velero")?.backup;
        const replica = backup?.replica;
        this.outputs = {
            cluster: this.cluster.outputs,
            kubeconfig: pulumi.secret(this.cluster.eks.kubeconfig),
            ingress: this.cluster.ingressLoadBalancer,
            failover: this.traffic.published,
        };
        // Only secondaries hold a replica; the primary leaves the output out (never an undefined output).
        if (replica && backup)
            this.outputs.backupReplica = pulumi.all([replica.bucket.arn, backup.keyArn]).apply(([bucketArn, keyArn]) => ({ bucketArn, keyArn }));
        this.registerOutputs({ cluster: this.outputs.cluster, failover: this.outputs.failover });
    }

    /** On the primary: its backups, replicated into every deployed secondary's replica bucket. */
    private replicateBackups(name: string, replicas: BackupReplicaTarget[], tags: Record<string, string>, provider: aws.Provider): void {
        const source = this.cluster.addons.installs.get("velero")?.backup;
        if (this.cluster.spec.drRole !== "primary" || !source || replicas.length === 0) return;
        new BackupReplication(
            `${name}-backup-replication`,
            {
                source: { bucketId: source.bucket.id, bucketArn: source.bucket.arn, keyArn: source.keyArn },
                destinations: replicas.map((replica) => ({
                    cluster: replica.cluster,
                    region: replica.region,
                    bucketArn: replica.bucketArn,
                    keyArn: replica.keyArn,
                })),
                // The destinations' versioning was turned on by their stacks, applied before this one.
                dependsOn: [source.versioning, ...replicas.map((replica) => replica.stack)],
                tags,
            },
            { parent: this, providers: [provider] },
        );
    }
}
