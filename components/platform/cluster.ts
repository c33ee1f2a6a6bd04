import type { Zone } from "../network/subnets";
import { writerPath } from "../data/writer-path";
import { keyOwners, platformKey } from "../cluster/kms";
import { environmentAccount, permissionsBoundaryArn } from "../cluster/iam";
import { settingsOf } from "../addons/settings";
import { BACKUP_SETTINGS } from "../addons/velero";
import type { DatabaseVault } from "./outputs";
import { DatabaseBackupPlan } from "../data/backup-plan";
import type { MeshRevisions } from "../upgrades/mesh";
import type { ReplicaBucket } from "./outputs";
import * as aws from "@pulumi/aws";
import type * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ADDONS } from "../addons";
import { systemPlacement } from "../addons/placement";
import type { PlatformAddon } from "../addons/addon";
import { ClusterAddons } from "../addons/cluster-addons";
import type { ClusterInfo } from "../cluster/cluster-info";
import { EksCluster } from "../cluster/eks-cluster";
import { ManagedAddons, NodeNetworking } from "../cluster/managed-addons";
import { NodePool } from "../cluster/node-pool";
import { INGRESS_GATEWAY } from "../names";
import { Network } from "../network/network";
import type { ClusterCa } from "../secrets/mesh-ca";
import type { SyncedSecret } from "../secrets/secret-sync";
import { Payments, PAYMENTS_NEED_ADDONS } from "../workloads/payments";
import type { ClusterOutputs, LoadBalancerTarget } from "./outputs";
import type { ClusterSpec, DatabaseSpec, PlatformSpec, ServiceSpec } from "../topology/spec";
import { ServiceDatabase } from "../data/database";

export interface PlatformClusterArgs {
    /** The expanded topology of this cluster. Required. */
    spec: ClusterSpec;
    /** The zones its network spans (`availableZones`, read by the program first). Required. */
    zones: readonly Zone[];
    /** The whole platform, for add-ons that need the other clusters (the primary, the services). Required. */
    platform: PlatformSpec;
    /** On a secondary: the environment's bucket holding the primary's replicated backups here. @default none */
    backupReplica?: ReplicaBucket;
    /** The AWS provider for the cluster's region; every AWS child is created through it. Required. */
    awsProvider: aws.Provider;
    /** IAM role given cluster-admin. Required. */
    adminRoleArn: string;
    /** Protect the control plane from deletion (prod). @default false */
    deletionProtection?: boolean;
    /** Tags for every AWS resource of the cluster (environment, cluster, managed-by, cost-center). Required. */
    tags: Record<string, string>;
    /** Platform secrets to sync into the services' namespaces. @default [] */
    secrets?: SyncedSecret[];
    /** The API's public zone (DNS-01 validation of the API's certificate). Required. */
    dnsZoneId: pulumi.Input<string>;
    /** This cluster's mesh intermediate CA. @default none */
    meshCa?: ClusterCa;
    /** The Istio control planes to run and the one workloads use (planMeshUpgrade's step for this `up`). Required. */
    mesh: MeshRevisions;
    /** The platform add-ons to install. @default ADDONS, every add-on of the platform */
    addons?: readonly PlatformAddon[];
    /**
     * The services whose database this cluster holds, each with its global cluster's writer when
     * this is not the primary (see ServiceDatabase). @default {} (no database)
     */
    databases?: Readonly<Record<string, DatabaseWriter | "writer">>;
    /**
     * On the primary: each global database's engine version this `up` declares (the database
     * upgrade's step). @default each service's configured version
     */
    databaseEngineVersions?: Readonly<Record<string, string>>;
    /** The environment's secrets key per cluster (the master credentials' secrets and replicas). @default {} */
    secretsKeyArns?: Readonly<Record<string, string>>;
    /** The environment's Region switch execution role, given scaling access to the payment namespaces. @default none */
    regionSwitchRoleArn?: string;
    /** The environment's alarm topic in this region: database alarms page through it. @default none (no alarms) */
    alarmTopicArn?: string;
    /** The databases' locked backup vaults by cluster: on the primary, its writers are backed up into its region's and copied into the others. @default none */
    databaseVaults?: Readonly<Record<string, DatabaseVault>>;
}

/** A global cluster's writer, as a secondary's member reads it from the primary's stack. */
export interface DatabaseWriter {
    globalClusterId: pulumi.Input<string>;
    writerEndpoint: pulumi.Input<string>;
    /** The version the writer's member runs: a member joins at it. */
    engineVersion: pulumi.Input<string>;
    stack: pulumi.Resource;
}

/**
 * One cluster of the topology in its own region: its network, EKS control plane, node pools and
 * managed add-ons, and (in later layers) the platform add-ons and workloads.
 */
export class PlatformCluster extends pulumi.ComponentResource {
    readonly spec: ClusterSpec;
    readonly network: Network;
    readonly eks: EksCluster;
    readonly nodePools: NodePool[];
    /** Provider for everything installed into this cluster. */
    readonly k8sProvider: k8s.Provider;
    readonly addons: ClusterAddons;
    readonly payments: Payments;
    /** Its databases, by service. */
    readonly databases: Readonly<Record<string, ServiceDatabase>>;
    /** The ingress gateway's NLB, for DNS aliases. */
    readonly ingressLoadBalancer: pulumi.Output<LoadBalancerTarget>;
    /** Non-secret per-cluster outputs (the kubeconfig is exported apart, as a secret). */
    readonly outputs: pulumi.Output<ClusterOutputs>;

    constructor(name: string, args: PlatformClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        // The regional provider is passed down so every AWS child lands in this cluster's region.
        super("payments:platform:Cluster", name, {}, { ...opts, providers: [args.awsProvider] });
        const spec = args.spec;
        this.spec = spec;

        // Every role made for the cluster is bounded by the environment's policy (its stack makes it first).
        const permissionsBoundary = permissionsBoundaryArn(environmentAccount(args.platform), args.platform.environment);
        this.network = this.createNetwork(name, args, permissionsBoundary);
        this.eks = this.createEks(name, args, permissionsBoundary);
        const { nodePools, managedAddons } = this.createNodes(name, args, permissionsBoundary);
        this.nodePools = nodePools;
        this.k8sProvider = this.eks.k8sProvider;
        const info: ClusterInfo = {
            cluster: spec,
            platform: args.platform,
            k8sProvider: this.k8sProvider,
            oidc: { providerArn: this.eks.oidcProviderArn, issuer: this.eks.oidcIssuer },
            tags: args.tags,
            dnsZoneId: args.dnsZoneId,
            meshCa: args.meshCa,
            mesh: args.mesh,
            permissionsBoundary,
            backupReplica: args.backupReplica,
        };
        this.addons = new ClusterAddons(
            `${name}-addons`,
            { addons: args.addons ?? ADDONS, info, clusterReady: [...this.nodePools, managedAddons] },
            { parent: this },
        );
        this.databases = this.createDatabases(name, args);
        this.payments = new Payments(
            `${name}-payments`,
            {
                info,
                dependsOn: PAYMENTS_NEED_ADDONS.flatMap((addon) => this.addons.installs.get(addon)?.ready ?? []),
                secrets: args.secrets,
                databases: Object.fromEntries(Object.entries(this.databases).map(([service, database]) => [service, database.connection])),
            },
            { parent: this, providers: [this.k8sProvider] },
        );
        // The NLB the cloud controller made for the gateway Service, found by the tags it sets.
        // Waiting on the gateway keeps a first preview from looking for it before it exists.
        this.ingressLoadBalancer = aws.lb
            .getLoadBalancerOutput(
                {
                    tags: {
                        "kubernetes.io/service-name": `${INGRESS_GATEWAY.namespace}/${INGRESS_GATEWAY.release}`,
                        [`kubernetes.io/cluster/${spec.name}`]: "owned",
                    },
                },
                { parent: this, dependsOn: this.addons.installs.get("istio-gateway")?.ready ?? [] },
            )
            .apply((lb) => ({ dnsName: lb.dnsName, zoneId: lb.zoneId }));
        const backup = this.addons.installs.get("velero")?.outputs ?? {};

        this.outputs = pulumi.output({
            name: spec.name,
            region: spec.region,
            role: spec.drRole,
            priority: spec.drPriority,
            endpoint: this.eks.endpoint,
            oidcIssuer: this.eks.oidcIssuer,
            oidcProviderArn: this.eks.oidcProviderArn,
            nodeGroups: pulumi.all(this.nodePools.map((pool) => pool.nodeGroupName)),
            vpcId: this.network.vpcId,
            backupBucket: pulumi.output(backup.backupBucket ?? ""),
            backupLocation: pulumi.output(backup.backupLocation ?? ""),
            backupSchedule: pulumi.output(backup.backupSchedule ?? ""),
            primaryReplicaBucket: backup.primaryReplicaBucket,
            primaryReplicaLocation: backup.primaryReplicaLocation,
            addons: this.addons.order,
            apiHosts: this.payments.apiHosts,
        });
        this.registerOutputs({ outputs: this.outputs, kubeconfig: this.eks.kubeconfig });
    }

    /** Its VPC: subnets in the zones the program read, endpoints, the deploy path and the routes to the other database regions. */
    private createNetwork(name: string, args: PlatformClusterArgs, permissionsBoundary: string): Network {
        const spec = args.spec;
        return new Network(
            `${name}-network`,
            {
                clusterName: spec.name,
                vpcCidr: spec.vpcCidr,
                zones: args.zones,
                natGatewayMode: spec.natGatewayMode,
                workloadAwsServices: [...new Set(args.platform.services.flatMap((service) => service.egress.aws))],
                deployPath: args.platform.deploy
                    ? { transitGatewayId: args.platform.deploy.transitGateways[spec.region], cidrs: args.platform.deploy.cidrs }
                    : undefined,
                peerVpcs: (writerPath(args.platform, spec.name)?.peers ?? []).map((peer) => ({ cluster: peer.cluster, vpcCidr: peer.vpcCidr })),
                permissionsBoundary,
                accountId: environmentAccount(args.platform),
                tags: args.tags,
            },
            { parent: this },
        );
    }

    /** The EKS control plane, its roles and keys, and who may use its API. */
    private createEks(name: string, args: PlatformClusterArgs, permissionsBoundary: string): EksCluster {
        const spec = args.spec;
        return new EksCluster(
            `${name}-cluster`,
            {
                spec,
                awsProvider: args.awsProvider,
                permissionsBoundary,
                vpcId: this.network.vpcId,
                privateSubnetIds: this.network.privateSubnetIds,
                adminRoleArn: args.adminRoleArn,
                accountId: environmentAccount(args.platform),
                keyOwners: keyOwners(args.platform),
                deploy: args.platform.deploy,
                deployRoutes: this.network.deployRoutes,
                preview: args.platform.preview,
                drill: args.platform.drill,
                regionSwitch: args.regionSwitchRoleArn
                    ? { roleArn: args.regionSwitchRoleArn, namespaces: args.platform.services.map((service) => service.namespace) }
                    : undefined,
                deletionProtection: args.deletionProtection,
                tags: args.tags,
            },
            { parent: this },
        );
    }

    /** The node pools, after the node networking they need, and the EKS managed add-ons that need the pools. */
    private createNodes(name: string, args: PlatformClusterArgs, permissionsBoundary: string): { nodePools: NodePool[]; managedAddons: ManagedAddons } {
        const spec = args.spec;
        const addonsCommon = {
            clusterName: this.eks.clusterName,
            kubernetesVersion: spec.addonsVersion,
            oidcProviderArn: this.eks.oidcProviderArn,
            oidcIssuer: this.eks.oidcIssuer,
            permissionsBoundary,
            tags: args.tags,
        };
        const networking = new NodeNetworking(
            `${name}-node-networking`,
            { ...addonsCommon, formerParent: { name: `${name}-managed-addons`, parent: this } },
            { parent: this },
        );
        const nodePools = spec.nodePools.map(
            (pool) =>
                new NodePool(
                    `${name}-pool-${pool.name}`,
                    {
                        pool,
                        clusterName: this.eks.clusterName,
                        nodeRoleArn: this.eks.nodeRoleArn,
                        subnetIds: this.network.privateSubnetIds,
                        maxUnavailablePercentage: spec.upgrade.maxUnavailablePercentage,
                        dependsOn: networking.addons,
                        tags: args.tags,
                    },
                    { parent: this },
                ),
        );
        const managedAddons = new ManagedAddons(
            `${name}-managed-addons`,
            { ...addonsCommon, nodePools, networking, systemPlacement: systemPlacement(spec) },
            { parent: this },
        );
        return { nodePools, managedAddons };
    }

    /** The services' databases in this region, encrypted with the cluster's own data key. */
    private createDatabases(name: string, args: PlatformClusterArgs): Record<string, ServiceDatabase> {
        const owners = args.platform.services.filter((service): service is ServiceSpec & { database: DatabaseSpec } => service.database !== undefined);
        const placed = owners.filter((service) => args.databases?.[service.name] !== undefined);
        if (placed.length === 0) return {};
        const accountCopy = settingsOf(args.platform, BACKUP_SETTINGS).accountCopy;
        const key = platformKey(
            `${name}-data-key`,
            {
                description: `${args.spec.name}: databases' storage and Performance Insights`,
                owners: keyOwners(args.platform),
                // AWS Backup copies the databases' snapshots, into another account's vault too when config names one.
                use: {
                    region: args.spec.region,
                    via: ["rds", "backup"],
                    ...(accountCopy ? { sharedWith: [accountCopy.account] } : {}),
                },
                tags: args.tags,
            },
            { parent: this },
        );
        new aws.kms.Alias(
            `${name}-data-key-alias`,
            { name: `alias/payments/${args.platform.environment}/${args.spec.name}/data`, targetKeyId: key.keyId },
            { parent: this },
        );
        const databases = Object.fromEntries(
            placed.map((service) => {
                const writer = args.databases?.[service.name];
                return [
                    service.name,
                    new ServiceDatabase(
                        `${name}-db-${service.name}`,
                        {
                            service,
                            platform: args.platform,
                            cluster: args.spec,
                            writer: writer === "writer" ? undefined : writer,
                            engineVersion:
                                writer === "writer" || writer === undefined
                                    ? (args.databaseEngineVersions?.[service.name] ?? service.database.engineVersion)
                                    : writer.engineVersion,
                            network: { vpcId: this.network.vpcId, subnetIds: this.network.privateSubnetIds },
                            clusterSecurityGroupId: this.eks.clusterSecurityGroupId,
                            keyArn: key.arn,
                            secretsKeyArns: args.secretsKeyArns ?? {},
                            alarmTopicArn: args.alarmTopicArn,
                            tags: args.tags,
                        },
                        { parent: this },
                    ),
                ];
            }),
        );
        // The writers' backups outside the Global Database, which replicates a DROP everywhere at once.
        const vault = args.databaseVaults?.[args.spec.name];
        const writers = Object.entries(databases).filter(([service]) => args.databases?.[service] === "writer");
        if (vault && writers.length > 0)
            new DatabaseBackupPlan(
                `${name}-database-backups`,
                {
                    cluster: args.spec.name,
                    databaseArns: writers.map(([, database]) => database.clusterArn),
                    vault,
                    copies: Object.entries(args.databaseVaults ?? {})
                        .filter(([cluster]) => cluster !== args.spec.name)
                        .map(([, copy]) => copy.arn),
                    // Aurora's copies go either to another account or to another region, not both at once
                    // (AWS Backup guide, "Copy a backup"): the other account's vault is in this region.
                    ...(accountCopy
                        ? { accountCopyVaultArn: `arn:aws:backup:${args.spec.region}:${accountCopy.account}:backup-vault:${accountCopy.vaultName}` }
                        : {}),
                    retentionDays: settingsOf(args.platform, BACKUP_SETTINGS).retentionDays,
                    permissionsBoundary: permissionsBoundaryArn(environmentAccount(args.platform), args.platform.environment),
                    tags: args.tags,
                },
                { parent: this },
            );
        return databases;
    }
}
