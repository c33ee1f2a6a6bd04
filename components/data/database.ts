import { writerPath } from "./writer-path";
import { secretResourcePolicy } from "../secrets/secret-policy";
import { keyOwners } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as postgresql from "@pulumi/postgresql";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { PASSWORD_LENGTH, SECRET_RECOVERY_WINDOW_DAYS } from "../secrets/secret-sync";
import type { ClusterSpec, DatabaseSpec, PlatformSpec, ServiceSpec } from "../topology/spec";
import { AURORA_POSTGRESQL_FAMILY } from "../topology/expand";
import type { DatabaseConnection } from "./names";
import { databaseNames, DRILL_DATABASE_USER, MASTER_USERNAME, POSTGRES_PORT } from "./names";
import { globalDbRpoSeconds, replicationLagAlarm } from "./replication-lag";

const ENGINE = "aurora-postgresql";

/** Automated backups and maintenance, outside the US business day. */
const BACKUP_WINDOW = "03:00-04:00";
const MAINTENANCE_WINDOW = "sun:05:00-sun:06:00";
/** Days Performance Insights keeps (the free tier). */
const PERFORMANCE_INSIGHTS_DAYS = 7;
/**
 * What AWS sets on a member as the writer moves (switchover, failover) and as the global cluster's
 * engine is upgraded (every member in place): not ours to revert.
 */
const MEMBER_CHANGES = ["replicationSourceIdentifier", "globalClusterIdentifier", "engineVersion"];

type DatabaseNames = ReturnType<typeof databaseNames>;

/** This region's member, and where its writer is. */
interface Member {
    regional: aws.rds.Cluster;
    writerEndpoint: pulumi.Input<string>;
    globalClusterId: pulumi.Output<string>;
}

export interface ServiceDatabaseArgs {
    /** The owning service; its `database` is set. Required. */
    service: ServiceSpec & { database: DatabaseSpec };
    platform: PlatformSpec;
    cluster: ClusterSpec;
    /**
     * The global cluster's writer, when this cluster is not the primary: its stack's outputs and
     * the StackReference they came from (this cluster's member joins only after it exists).
     * Absent on the primary, which creates the global cluster and its writer.
     */
    writer?: { globalClusterId: pulumi.Input<string>; writerEndpoint: pulumi.Input<string>; stack: pulumi.Resource };
    /**
     * The engine version to declare: on the primary, the global cluster's (the database upgrade's
     * step for this `up`); on a secondary, the writer's, which a joining member must match. Required.
     */
    engineVersion: pulumi.Input<string>;
    network: { vpcId: pulumi.Input<string>; subnetIds: pulumi.Input<string>[] };
    /** The EKS cluster security group (every node, so every pod): the only source admitted besides the deploy network. */
    clusterSecurityGroupId: pulumi.Input<string>;
    /** This region's key for storage and Performance Insights. Required. */
    keyArn: pulumi.Input<string>;
    /** The environment's secrets key per region: the master credential's secret and its replicas (primary only). */
    secretsKeyArns: Readonly<Record<string, string>>;
    /** Where the replication-lag alarm pages (the environment's SNS topic in this region). @default none: no alarm (no one to page) */
    alarmTopicArn?: pulumi.Input<string>;
    tags: Record<string, string>;
}

/**
 * A service's Aurora PostgreSQL database in one region. On the primary: the Global Database,
 * its writer cluster, the master credential (random, in Secrets Manager, replicated to every
 * database region, break-glass only) and, through the writer, the service's own PostgreSQL user
 * (IAM authentication, no password) owning its database. Elsewhere: a secondary cluster of that
 * global cluster. Every cluster is encrypted with its region's key, requires TLS, takes daily
 * backups with point-in-time recovery, and admits only the cluster's nodes and the deploy network.
 */
export class ServiceDatabase extends pulumi.ComponentResource {
    readonly connection: pulumi.Output<DatabaseConnection>;
    readonly globalClusterId: pulumi.Output<string>;
    /** The engine version this region's member runs, as AWS reports it (members follow the global cluster). */
    readonly engineVersion: pulumi.Output<string>;
    /** This region's Aurora cluster (what a backup plan selects). */
    readonly clusterArn: pulumi.Output<string>;

    constructor(name: string, args: ServiceDatabaseArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:data:Database", name, {}, opts);
        const { service, platform, cluster } = args;
        const names = databaseNames(platform.environment, service.name, cluster.name);
        const prod = platform.environment === "prod";
        // A prod database outlives `pulumi destroy`: it must be unprotected on purpose first.
        const keep = { parent: this, protect: prod };

        const { securityGroup, pods } = this.firewall(name, args, names);
        const subnets = new aws.rds.SubnetGroup(
            `${name}-subnets`,
            { name: names.regional, subnetIds: args.network.subnetIds, tags: args.tags },
            { parent: this },
        );
        const parameters = this.parameterGroup(name, args, names);
        const common = {
            clusterIdentifier: names.regional,
            engine: ENGINE,
            engineVersion: args.engineVersion,
            dbSubnetGroupName: subnets.name,
            vpcSecurityGroupIds: [securityGroup.id],
            dbClusterParameterGroupName: parameters.name,
            storageEncrypted: true,
            kmsKeyId: args.keyArn,
            iamDatabaseAuthenticationEnabled: true,
            backupRetentionPeriod: service.database.backupRetentionDays,
            preferredBackupWindow: BACKUP_WINDOW,
            preferredMaintenanceWindow: MAINTENANCE_WINDOW,
            copyTagsToSnapshot: true,
            deletionProtection: prod,
            enabledCloudwatchLogsExports: ["postgresql"],
            tags: args.tags,
        };
        const member = args.writer ? this.joinWriter(name, args, common, args.writer) : this.createWriter(name, args, names, common);
        const regional = member.regional;
        this.globalClusterId = member.globalClusterId;
        if (args.alarmTopicArn)
            new aws.cloudwatch.MetricAlarm(
                `${name}-replication-lag`,
                {
                    ...replicationLagAlarm(platform.environment, service.name, cluster.name, platform.objectives.rpoMinutes, args.alarmTopicArn),
                    tags: args.tags,
                },
                { parent: this, dependsOn: [regional] },
            );
        this.instances(name, args, names, regional, subnets, keep);
        // The pods' way in exists before anyone is told where the database is.
        this.connection = pulumi
            .all([member.writerEndpoint, regional.readerEndpoint, regional.clusterResourceId, regional.arn, pods.id])
            .apply(([writer, reader, clusterResourceId, clusterArn]) => ({
                writerEndpoint: writer,
                readerEndpoint: reader,
                port: POSTGRES_PORT,
                database: names.database,
                user: names.user,
                clusterResourceId,
                clusterArn,
            }));
        this.engineVersion = regional.engineVersionActual;
        this.clusterArn = regional.arn;
        this.registerOutputs({ connection: this.connection, globalClusterId: this.globalClusterId, engineVersion: this.engineVersion });
    }

    /** The database's security group: PostgreSQL from the cluster's pods, the deploy network and, where the writer can be, the other clusters' VPCs. */
    private firewall(
        name: string,
        args: ServiceDatabaseArgs,
        names: DatabaseNames,
    ): { securityGroup: aws.ec2.SecurityGroup; pods: aws.vpc.SecurityGroupIngressRule } {
        const parent = { parent: this };
        const securityGroup = new aws.ec2.SecurityGroup(
            `${name}-sg`,
            {
                vpcId: args.network.vpcId,
                // Unchanged since the other clusters were admitted: a security group's description cannot change in place.
                description: `${args.service.name}'s database: PostgreSQL from the cluster's nodes and the deploy network`,
                tags: { ...args.tags, Name: `${names.regional}-db` },
            },
            parent,
        );
        // Rules apart from the group: the database is created beside the EKS control plane (about
        // 20 minutes each) instead of after it; only the pods' rule waits for the cluster's group.
        const ingress = (role: string, source: { referencedSecurityGroupId: pulumi.Input<string> } | { cidrIpv4: string }, description: string) =>
            new aws.vpc.SecurityGroupIngressRule(
                `${name}-ingress-${role}`,
                {
                    securityGroupId: securityGroup.id,
                    ipProtocol: "tcp",
                    fromPort: POSTGRES_PORT,
                    toPort: POSTGRES_PORT,
                    description,
                    tags: args.tags,
                    ...source,
                },
                parent,
            );
        const pods = ingress("pods", { referencedSecurityGroupId: args.clusterSecurityGroupId }, "the cluster's nodes, so its pods");
        (args.platform.deploy?.cidrs ?? []).forEach((cidr, i) => ingress(`deploy-${i}`, { cidrIpv4: cidr }, "deploy runners: users and grants"));
        // The other clusters' pods, when this region holds the writer (components/data/writer-path.ts).
        (writerPath(args.platform, args.cluster.name)?.peers ?? []).forEach((peer) =>
            ingress(`peer-${peer.cluster}`, { cidrIpv4: peer.vpcCidr }, `${peer.cluster}'s pods (${peer.region}), writing here after a switch`),
        );
        return { securityGroup, pods };
    }

    /** TLS required, slow statements logged, and the managed RPO. */
    private parameterGroup(name: string, args: ServiceDatabaseArgs, names: DatabaseNames): aws.rds.ClusterParameterGroup {
        return new aws.rds.ClusterParameterGroup(
            `${name}-params`,
            {
                name: names.regional,
                family: AURORA_POSTGRESQL_FAMILY,
                description: `${args.service.name}: TLS required`,
                parameters: [
                    { name: "rds.force_ssl", value: "1" },
                    { name: "log_min_duration_statement", value: "1000" },
                    // Aurora PostgreSQL's managed RPO (Aurora user guide, "Managing RPOs for Aurora
                    // PostgreSQL-based global databases"): the writer holds commits while no secondary
                    // is within the objective, so a region's loss never costs more than it (20 s at least).
                    { name: "rds.global_db_rpo", value: String(globalDbRpoSeconds(args.platform.objectives.rpoMinutes)) },
                ],
                tags: args.tags,
            },
            { parent: this },
        );
    }

    /** On the primary: the Global Database, its writer cluster, the master credential and the users. */
    private createWriter(name: string, args: ServiceDatabaseArgs, names: DatabaseNames, common: aws.rds.ClusterArgs): Member {
        const prod = args.platform.environment === "prod";
        const keep = { parent: this, protect: prod };
        const global = new aws.rds.GlobalCluster(
            `${name}-global`,
            {
                globalClusterIdentifier: names.global,
                engine: ENGINE,
                // A change is the global database's minor upgrade: AWS moves every member (planDatabaseUpgrade).
                engineVersion: args.engineVersion,
                storageEncrypted: true,
                deletionProtection: prod,
                tags: args.tags,
            },
            keep,
        );
        const password = new random.RandomPassword(
            `${name}-master-password`,
            // RDS refuses "/", "@", '"' and spaces; a new epoch is a new password, which RDS applies in place.
            { length: PASSWORD_LENGTH, special: true, overrideSpecial: "-_.~", keepers: { epoch: String(args.platform.secrets.rotationEpoch) } },
            { parent: this },
        );
        const regional = new aws.rds.Cluster(
            `${name}-cluster`,
            {
                ...common,
                globalClusterIdentifier: global.id,
                masterUsername: MASTER_USERNAME,
                masterPassword: password.result,
                skipFinalSnapshot: !prod,
                finalSnapshotIdentifier: prod ? `${names.regional}-final` : undefined,
            },
            { ...keep, ignoreChanges: MEMBER_CHANGES },
        );
        this.masterCredential(name, args, names, regional, password);
        this.serviceUser(name, names, global.endpoint, password, regional, prod);
        return { regional, writerEndpoint: global.endpoint, globalClusterId: global.id };
    }

    /** Elsewhere: a secondary member of the primary's global cluster, joining once the writer's stack made it. */
    private joinWriter(name: string, args: ServiceDatabaseArgs, common: aws.rds.ClusterArgs, writer: NonNullable<ServiceDatabaseArgs["writer"]>): Member {
        const regional = new aws.rds.Cluster(
            `${name}-cluster`,
            {
                ...common,
                globalClusterIdentifier: writer.globalClusterId,
                // A member holds the writer's data; the writer's final snapshot is the copy.
                skipFinalSnapshot: true,
            },
            // Joins only once the writer's stack has made the global cluster and its writer.
            { parent: this, protect: args.platform.environment === "prod", ignoreChanges: MEMBER_CHANGES, dependsOn: [writer.stack] },
        );
        return { regional, writerEndpoint: writer.writerEndpoint, globalClusterId: pulumi.output(writer.globalClusterId) };
    }

    /** The region's instances, the first promoted first. */
    private instances(
        name: string,
        args: ServiceDatabaseArgs,
        names: DatabaseNames,
        regional: aws.rds.Cluster,
        subnets: aws.rds.SubnetGroup,
        keep: pulumi.CustomResourceOptions,
    ): void {
        for (let i = 0; i < args.service.database.instances; i++) {
            new aws.rds.ClusterInstance(
                `${name}-instance-${i + 1}`,
                {
                    identifier: `${names.regional}-${i + 1}`,
                    clusterIdentifier: regional.id,
                    instanceClass: args.service.database.instanceClass,
                    engine: ENGINE,
                    engineVersion: args.engineVersion,
                    dbSubnetGroupName: subnets.name,
                    publiclyAccessible: false,
                    autoMinorVersionUpgrade: false,
                    performanceInsightsEnabled: true,
                    performanceInsightsKmsKeyId: args.keyArn,
                    performanceInsightsRetentionPeriod: PERFORMANCE_INSIGHTS_DAYS,
                    // Failover order within the region: the first instance first.
                    promotionTier: i,
                    tags: args.tags,
                },
                { ...keep, ignoreChanges: ["engineVersion"] },
            );
        }
    }

    /** The master credential, for break-glass: in Secrets Manager, replicated to every database region. */
    private masterCredential(name: string, args: ServiceDatabaseArgs, names: DatabaseNames, cluster: aws.rds.Cluster, password: random.RandomPassword): void {
        const others = args.platform.clusters.filter((other) => other.name !== args.cluster.name);
        const secret = new aws.secretsmanager.Secret(
            `${name}-master-secret`,
            {
                name: names.masterSecret,
                description: `${args.service.name}'s database master credential (break-glass; services use IAM authentication)`,
                kmsKeyId: args.secretsKeyArns[args.cluster.name],
                recoveryWindowInDays: SECRET_RECOVERY_WINDOW_DAYS,
                replicas: others.map((other) => ({ region: other.region, kmsKeyId: args.secretsKeyArns[other.name] })),
                // After a re-homing (README, "Losing a region for good") a region holds the promoted copy of a
                // former replica under this name: the new primary takes it back as its replica.
                forceOverwriteReplicaSecret: true,
                tags: args.tags,
            },
            { parent: this },
        );
        // Break-glass only: no service, and no External Secrets, reads it.
        new aws.secretsmanager.SecretPolicy(
            `${name}-master-secret-policy`,
            { secretArn: secret.arn, policy: JSON.stringify(secretResourcePolicy(keyOwners(args.platform).administrators)), blockPublicPolicy: true },
            { parent: this },
        );
        new aws.secretsmanager.SecretVersion(
            `${name}-master-secret-version`,
            {
                secretId: secret.id,
                secretString: pulumi.secret(
                    pulumi.jsonStringify({
                        engine: "postgres",
                        username: MASTER_USERNAME,
                        password: password.result,
                        dbClusterIdentifier: cluster.clusterIdentifier,
                    }),
                ),
            },
            { parent: this },
        );
    }

    /**
     * The service's PostgreSQL user, made through the writer by the deploy runner: it logs in with
     * IAM (`rds_iam`) and owns the service's database. Users live in the replicated storage, so
     * every region's cluster has them. Beside it, the DR drill's user and its markers' database.
     */
    private serviceUser(
        name: string,
        names: DatabaseNames,
        writerEndpoint: pulumi.Output<string>,
        password: random.RandomPassword,
        cluster: aws.rds.Cluster,
        protect: boolean,
    ): void {
        const provider = new postgresql.Provider(
            `${name}-postgres`,
            // The RDS master is not a PostgreSQL superuser; the writer requires TLS.
            { host: writerEndpoint, port: POSTGRES_PORT, username: MASTER_USERNAME, password: password.result, sslmode: "require", superuser: false },
            { parent: this, dependsOn: [cluster] },
        );
        const user = new postgresql.Role(`${name}-user`, { name: names.user, login: true, roles: ["rds_iam"] }, { parent: this, provider });
        new postgresql.Database(`${name}-database`, { name: names.database, owner: user.name }, { parent: this, provider, protect });
        // The drill's write markers live apart from the service's data, in a database of their own.
        const drill = new postgresql.Role(`${name}-drill-user`, { name: DRILL_DATABASE_USER, login: true, roles: ["rds_iam"] }, { parent: this, provider });
        new postgresql.Database(`${name}-drill-database`, { name: DRILL_DATABASE_USER, owner: drill.name }, { parent: this, provider });
    }
}
