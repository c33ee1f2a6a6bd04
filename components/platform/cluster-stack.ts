import type { Zone } from "../network/subnets";
import { environmentAccount, permissionsBoundaryArn } from "../cluster/iam";
import type { DatabaseVault } from "./outputs";
import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PlatformAddon } from "../addons/addon";
import { BackupReplication } from "../backup/replication";
import { ClusterTraffic } from "../dns/cluster-traffic";
import type { ReplicaBucket } from "./outputs";
import type { ClusterCa } from "../secrets/mesh-ca";
import type { SyncedSecret } from "../secrets/secret-sync";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";
import { PlatformCluster } from "./cluster";
import { baseTags } from "./environment";
import type { ClusterStackOutputs, StackExports } from "./outputs";
import type { MeshStatus, UpgradeStatus } from "../upgrades/plan";
import type { DatabasePlacement } from "../data/placement";

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
        /** This cluster's ARC routing control, when the environment has them. */
        routingControlArn?: string;
        /** The Region switch plans' execution role, when the environment has plans. */
        regionSwitchRoleArn?: string;
        /** The environment's alarm topic in this cluster's region, when CloudWatch alarms page someone. */
        alarmTopicArn?: string;
        /** The databases' locked backup vaults, by cluster, when the environment has them: the primary backs its writers up into them. */
        databaseVaults?: Readonly<Record<string, DatabaseVault>>;
        /** The Secrets Manager name of this cluster's mesh intermediate, which the environment signed. */
        meshIntermediate: string;
        /** Each secondary's bucket for the primary's replicated backups (all of them: the primary replicates into each). */
        backupReplicas: Readonly<Record<string, ReplicaBucket>>;
        /** The environment's StackReference: the replica buckets' versioning was turned on by that stack. */
        stack: pulumi.Resource;
    };
    /** The platform add-ons to install. @default ADDONS */
    addons?: readonly PlatformAddon[];
    /** The stack's AWS provider, in the cluster's region (the program reads the cloud through it first). Required. */
    provider: aws.Provider;
    /** The zones the cluster's network spans, read through that provider before anything is declared. Required. */
    zones: readonly Zone[];
    /** Where this `up` leaves the cluster's upgrade, exported for the next wave and the next `up`. Required. */
    upgrade: Omit<UpgradeStatus, "pools" | "mesh"> & { mesh: MeshStatus };
    /** The services' databases this cluster holds (see databasePlacement); each secondary member depends on `writerStack`. @default {} */
    databases?: DatabasePlacement["placed"];
    /** On the primary: each global database's engine version this `up` declares (the database upgrade's step). @default each service's configured version */
    databaseEngineVersions?: Readonly<Record<string, string>>;
    /** The primary's StackReference, which the secondary members wait on. Required with joined databases. */
    writerStack?: pulumi.Resource;
    /** The environment's secrets key per cluster. Required with databases on the primary. */
    secretsKeyArns?: Readonly<Record<string, string>>;
}

function writerStackOf(args: ClusterStackArgs): pulumi.Resource {
    if (!args.writerStack) throw new Error(`${args.cluster.name} joins global databases but was given no writerStack to wait on`);
    return args.writerStack;
}

/** The tags of every AWS resource of a cluster's stack. */
export function clusterTags(platform: PlatformSpec, cluster: ClusterSpec): Record<string, string> {
    return { ...baseTags(platform), cluster: cluster.name };
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
        const tags = clusterTags(platform, cluster);
        const provider = args.provider;
        const meshCa: ClusterCa = { remoteKey: args.environment.meshIntermediate };
        this.cluster = new PlatformCluster(
            `${name}-${cluster.name}`,
            {
                spec: cluster,
                zones: args.zones,
                platform,
                awsProvider: provider,
                adminRoleArn: platform.adminRoleArn,
                regionSwitchRoleArn: args.environment.regionSwitchRoleArn,
                alarmTopicArn: args.environment.alarmTopicArn,
                databaseVaults: args.environment.databaseVaults,
                deletionProtection: platform.environment === "prod",
                tags,
                secrets: args.environment.secrets,
                dnsZoneId: args.environment.zoneId,
                meshCa,
                mesh: { revisions: args.upgrade.mesh.revisions, workloads: args.upgrade.mesh.workloads },
                addons: args.addons,
                databases: Object.fromEntries(
                    Object.entries(args.databases ?? {}).map(([service, placed]) => [
                        service,
                        placed === "writer" ? placed : { ...placed, stack: writerStackOf(args) },
                    ]),
                ),
                databaseEngineVersions: args.databaseEngineVersions,
                secretsKeyArns: args.secretsKeyArns,
                backupReplica: args.environment.backupReplicas[cluster.name],
            },
            { parent: this },
        );
        this.traffic = new ClusterTraffic(
            `${name}-traffic`,
            {
                platform,
                cluster: cluster.name,
                zoneId: args.environment.zoneId,
                loadBalancer: this.cluster.ingressLoadBalancer,
                routingControlArn: args.environment.routingControlArn,
                tags,
            },
            { parent: this, providers: [provider] },
        );
        this.replicateBackups(name, args, tags, provider);

        this.outputs = {
            cluster: this.cluster.outputs,
            kubeconfig: pulumi.secret(this.cluster.eks.kubeconfig),
            ...(this.cluster.eks.drillKubeconfig ? { drillKubeconfig: this.cluster.eks.drillKubeconfig } : {}),
            ingress: this.cluster.ingressLoadBalancer,
            failover: this.traffic.published,
            databases: pulumi
                .all(
                    Object.entries(this.cluster.databases).map(([service, database]) =>
                        pulumi.all([service, database.globalClusterId, database.connection, database.engineVersion]),
                    ),
                )
                .apply((entries) =>
                    Object.fromEntries(
                        entries.map(([service, globalClusterId, connection, engineVersion]) => [
                            service,
                            { globalClusterId, writerEndpoint: connection.writerEndpoint, readerEndpoint: connection.readerEndpoint, engineVersion },
                        ]),
                    ),
                ),
            upgrade: pulumi
                .all(this.cluster.nodePools.map((pool) => pulumi.all([pool.spec.name, pool.spec.kubernetesVersion, pool.nodeGroupName])))
                .apply((pools) => ({
                    ...args.upgrade,
                    pools: Object.fromEntries(pools.map(([pool, version, nodeGroup]) => [pool, { nodeGroup, version }])),
                })),
        };
        this.registerOutputs({ cluster: this.outputs.cluster, failover: this.outputs.failover });
    }

    /** On the primary: its backups, replicated into the environment's bucket in every secondary's region. */
    private replicateBackups(name: string, args: ClusterStackArgs, tags: Record<string, string>, provider: aws.Provider): void {
        const source = this.cluster.addons.installs.get("velero")?.backup;
        if (this.cluster.spec.drRole !== "primary" || !source) return;
        const destinations = args.platform.clusters.flatMap((cluster) => {
            const replica = args.environment.backupReplicas[cluster.name];
            return replica ? [{ cluster: cluster.name, region: cluster.region, bucketArn: replica.bucketArn, keyArn: replica.keyArn }] : [];
        });
        if (destinations.length === 0) return;
        new BackupReplication(
            `${name}-backup-replication`,
            {
                source: { bucketId: source.bucket.id, bucketArn: source.bucket.arn, keyArn: source.keyArn },
                destinations,
                // The destinations' versioning was turned on by the environment stack, applied before this one.
                dependsOn: [source.versioning, args.environment.stack],
                permissionsBoundary: permissionsBoundaryArn(environmentAccount(args.platform), args.platform.environment),
                tags,
            },
            { parent: this, providers: [provider] },
        );
    }
}
