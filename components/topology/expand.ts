import type {
    AwsEgressService,
    CapacityType,
    ControlPlaneLogType,
    DrRole,
    Environment,
    HttpMethod,
    PaymentServiceConfig,
    KubernetesVersion,
    NatGatewayMode,
    PlatformConfig,
    Taint,
} from "../config/schema";
import { DEFAULT_ROLLOUT_MAX_PARALLEL, CONTROL_PLANE_LOG_TYPES, INGRESS_CALLER } from "../config/schema";
import { ADDON_SETTINGS, settingsOf } from "../addons";
import { ALERTMANAGER_RECEIVERS_SECRET, receiverCredentials } from "../addons/alerting";
import { MONITORING_SETTINGS } from "../addons/monitoring";
import { ENVIRONMENT_PROJECT, paymentsNamespace } from "../names";
import type { PoolUpgradePolicy } from "../config/schema";
import { DEFAULT_UPGRADE_CONCURRENCY } from "../upgrades/plan";
import type { SupportType } from "../upgrades/calendar";

/** Defaults for everything a class or cluster may leave out, applied once, here. */
export const DEFAULT_ENDPOINT_PUBLIC_ACCESS = false;
export const DEFAULT_SECRETS_ENCRYPTION = true;
export const DEFAULT_CONTROL_PLANE_LOGGING: readonly ControlPlaneLogType[] = CONTROL_PLANE_LOG_TYPES;
export const DEFAULT_AVAILABILITY_ZONE_COUNT = 3;
export const DEFAULT_NAT_GATEWAY_MODE: NatGatewayMode = "perAz";
export const DEFAULT_CAPACITY_TYPE: CapacityType = "ON_DEMAND";
export const DEFAULT_DISK_SIZE_GIB = 50;
/** Share of a node pool EKS replaces at once while updating it: two of six nodes. */
export const DEFAULT_MAX_UNAVAILABLE_PERCENTAGE = 33;

export const DEFAULT_API_NAME = "api";
export const DEFAULT_TARGET_RPS = 100;
export const DEFAULT_TIMEOUT_MS = 2000;
export const DEFAULT_EGRESS_PORT = 443;
/** What Route 53 probes when the public service declares no deep health path: its liveness. */
export const DEFAULT_HEALTH_PATH = "/healthz";
/** Instances per regional database cluster: a writer and a reader in different zones. */
export const DEFAULT_DATABASE_INSTANCES = 2;
/** Days of automated backups: the most Aurora keeps in prod (point-in-time recovery), a week in staging. */
export const DEFAULT_DATABASE_BACKUP_RETENTION_DAYS: Readonly<Record<Environment, number>> = { prod: 35, staging: 7 };
/**
 * The default of `databaseEngineVersion` (minor upgrades are reviewed config changes the primary
 * takes as a step, never automatic): 16.8 supports Global Database, write forwarding and the global
 * writer endpoint (Aurora PostgreSQL release notes); its parameter-group family is `aurora-postgresql16`.
 */
export const AURORA_POSTGRESQL_VERSION = "16.8";
export const AURORA_POSTGRESQL_FAMILY = "aurora-postgresql16";

export const DEFAULT_HEALTH_CHECK_INTERVAL = 10;
export const DEFAULT_HEALTH_CHECK_FAILURE_THRESHOLD = 3;
export const DEFAULT_HEALTH_CHECK_REGIONS = ["us-east-1", "us-west-2", "eu-west-1"] as const;
export const DEFAULT_ROTATION_EPOCH = 1;
/** The seeds' DR plan: recover within 15 minutes, lose at most 5 minutes of data; the on-call answers within 5. */
export const DEFAULT_OBJECTIVES = { rtoMinutes: 15, rpoMinutes: 5, responseMinutes: 5 } as const;
export const DEFAULT_SECRET_REFRESH_INTERVAL = "15m";

export interface SecretSpec {
    readonly name: string;
    readonly services: readonly string[];
    readonly source:
        | { kind: "generated"; generator: "database-credentials" | "signing-key"; username?: string }
        | { kind: "partner"; key: string }
        /** Several partner values in one secret: its keys to partnerSecrets keys (the alert receivers' credentials). */
        | { kind: "partner-bundle"; keys: Readonly<Record<string, string>> };
}

export interface CallerSpec {
    /** A service name, or `ingress` for the Istio ingress gateway. */
    readonly service: string;
    /** Allowed methods; empty means any. */
    readonly methods: readonly HttpMethod[];
    /** Allowed paths (Istio globs); empty means any. */
    readonly paths: readonly string[];
}

export interface ServiceSpec {
    readonly name: string;
    readonly namespace: string;
    readonly image: string;
    readonly port: number;
    readonly minReplicas: number;
    readonly maxReplicas: number;
    readonly cpu: string;
    readonly memory: string;
    readonly cpuLimit?: string;
    readonly targetRequestsPerSecond: number;
    readonly public: boolean;
    /** What Route 53 probes in every region (the public service's). */
    readonly healthPath: string;
    readonly callers: readonly CallerSpec[];
    readonly slo: { availability: number; latency: { thresholdMs: number; percentile: number } };
    readonly timeoutMs: number;
    readonly canary?: { image: string; weight: number };
    /** Managed policies for the service's IRSA role; empty means no role. */
    readonly iamPolicyArns: readonly string[];
    /** What it calls outside the mesh: external hosts (through the egress gateway) and AWS services (VPC endpoints). */
    readonly egress: { readonly hosts: readonly { host: string; port: number }[]; readonly aws: readonly AwsEgressService[] };
    /** The Aurora database it owns, in every cluster (see components/data). */
    readonly database?: DatabaseSpec;
}

export interface DatabaseSpec {
    readonly instanceClass: string;
    readonly instances: number;
    readonly backupRetentionDays: number;
    /** The Aurora PostgreSQL version config declares (the clusters' `databaseEngineVersion`): the upgrade's target. */
    readonly engineVersion: string;
}

export interface ControlPlaneSpec {
    readonly endpointPublicAccess: boolean;
    readonly publicAccessCidrs: readonly string[];
    readonly logging: readonly ControlPlaneLogType[];
    readonly secretsEncryption: boolean;
}

export interface NodePoolSpec {
    readonly name: string;
    /** The machine deployment class it was built from. */
    readonly className: string;
    readonly kubernetesVersion: KubernetesVersion;
    readonly instanceTypes: readonly string[];
    readonly capacityType: CapacityType;
    readonly diskSizeGiB: number;
    readonly labels: Readonly<Record<string, string>>;
    readonly taints: readonly Taint[];
    readonly replicas: number;
    readonly min: number;
    readonly max: number;
    /** Cluster API's defer-upgrade / hold-upgrade-sequence. */
    readonly upgradePolicy?: PoolUpgradePolicy;
}

export interface ClusterSpec {
    readonly name: string;
    readonly region: string;
    readonly drRole: DrRole;
    /** Failover order, 1 first. */
    readonly drPriority: number;
    readonly vpcCidr: string;
    readonly className: string;
    /** Where the cluster is declared in the environment's config, for errors: `clusters[0]`. */
    readonly configPath: string;
    /** The control plane's version. The environment declares the target; a cluster stack sets the step it is at. */
    readonly kubernetesVersion: KubernetesVersion;
    /** The compatibility row the managed add-ons and the autoscaler image follow: the control plane's, except between upgrade steps. */
    readonly addonsVersion: KubernetesVersion;
    /** EKS support type, from the class: whether EKS upgrades the cluster itself at the end of standard support. */
    readonly supportType: SupportType;
    readonly upgrade: {
        readonly versions: readonly KubernetesVersion[];
        readonly concurrency: number;
        readonly maxUnavailablePercentage: number;
    };
    readonly controlPlane: ControlPlaneSpec;
    readonly availabilityZoneCount: number;
    readonly natGatewayMode: NatGatewayMode;
    /** The Aurora PostgreSQL version config declares for the global databases (the upgrade's target). */
    readonly databaseEngineVersion: string;
    readonly nodePools: readonly NodePoolSpec[];
}

export interface PlatformSpec {
    /** The environment's Pulumi project: it names the secrets' paths and the cluster stacks' organisation. */
    readonly project: string;
    readonly environment: Environment;
    readonly costCenter: string;
    readonly adminRoleArn: string;
    /** Where `pulumi up` runs from: its role and networks. @default none (every endpoint public) */
    readonly deploy?: { readonly roleArn: string; readonly cidrs: readonly string[]; readonly transitGateways: Readonly<Record<string, string>> };
    /** The role previews run as (view access). @default none */
    readonly preview?: { readonly roleArn: string };
    /** The role DR drills run as (the drill namespace and Velero restores). @default none */
    readonly drill?: { readonly roleArn: string };
    /** Each add-on's resolved settings, by their `addons.<key>` (the same for every cluster of the stack). */
    readonly addons: Readonly<Record<string, unknown>>;
    readonly dns: {
        zoneName: string;
        existingZone: boolean;
        /** The existing zone's ID (with `existingZone`). */
        zoneId?: string;
        /** The parent zone a created zone is delegated from. */
        parent?: { zoneId: string; roleArn?: string };
        /** Child zones other environments delegate under this one, and who writes each delegation. */
        delegations: readonly { zoneName: string; principalArn: string }[];
        apiHost: string;
        healthCheck: { requestInterval: number; failureThreshold: number; regions: readonly string[] };
        /** Route 53 ARC routing controls gate each region (see RecoveryControl). */
        recoveryControl: boolean;
    };
    readonly secrets: { rotationEpoch: number; refreshInterval: string; items: readonly SecretSpec[] };
    /** The cluster a DR drill has failed (its health check is inverted), if any. */
    readonly drillFailCluster?: string;
    /** By upstream registry host, the account its pull-through caches sign in with (`registryCredentials`). */
    readonly registryCredentials: Readonly<Record<string, { readonly username: string; readonly accessTokenPartnerSecret: string }>>;
    /** What the platform promises through a regional outage (see drNumbers). */
    readonly objectives: { readonly rtoMinutes: number; readonly rpoMinutes: number; readonly responseMinutes: number };
    /** How the clusters are rolled out: stacks applied at once within a wave. */
    readonly rollout: { readonly maxParallel: number };
    readonly runbookBaseUrl: string;
    readonly services: readonly ServiceSpec[];
    /** Clusters in failover order: the primary first. */
    readonly clusters: readonly ClusterSpec[];
}

/** The alert receivers' credentials, when any receiver is configured: a platform secret no service reads. */
function alertingSecrets(addons: Readonly<Record<string, unknown>>): SecretSpec[] {
    const monitoring = settingsOf(addons, MONITORING_SETTINGS);
    const keys = receiverCredentials(monitoring.receivers, monitoring.deadMansSwitch);
    return Object.keys(keys).length === 0 ? [] : [{ name: ALERTMANAGER_RECEIVERS_SECRET, services: [], source: { kind: "partner-bundle", keys } }];
}

/**
 * Resolves the topology: each cluster's class, with the cluster's overrides on top and the
 * platform defaults underneath, becomes a concrete spec of the cluster and its node pools.
 * Expects config that passed `validatePlatformConfig`; throws on a dangling class reference.
 */
export function expandTopology(config: PlatformConfig, project: string = ENVIRONMENT_PROJECT): PlatformSpec {
    const clusters = config.clusters.map((cluster, index): ClusterSpec => {
        const cls = config.clusterClasses[cluster.topology.class];
        if (!cls) throw new Error(`cluster ${cluster.name}: unknown class ${cluster.topology.class}`);
        const version = cluster.topology.version ?? cls.kubernetesVersion;
        const controlPlane = { ...cls.controlPlane, ...cluster.topology.controlPlane };
        const variables = { ...cls.variables, ...cluster.topology.variables };
        return {
            name: cluster.name,
            region: cluster.region,
            drRole: cluster.dr.role,
            drPriority: cluster.dr.priority,
            vpcCidr: cluster.network.vpcCidr,
            className: cluster.topology.class,
            configPath: `clusters[${index}]`,
            kubernetesVersion: version,
            addonsVersion: version,
            supportType: cls.supportType,
            upgrade: {
                versions: cls.upgrade?.versions ?? [],
                concurrency: cls.upgrade?.concurrency ?? DEFAULT_UPGRADE_CONCURRENCY,
                maxUnavailablePercentage: cls.upgrade?.maxUnavailablePercentage ?? DEFAULT_MAX_UNAVAILABLE_PERCENTAGE,
            },
            controlPlane: {
                endpointPublicAccess: controlPlane.endpointPublicAccess ?? DEFAULT_ENDPOINT_PUBLIC_ACCESS,
                publicAccessCidrs: controlPlane.publicAccessCidrs ?? [],
                logging: controlPlane.logging ?? DEFAULT_CONTROL_PLANE_LOGGING,
                secretsEncryption: controlPlane.secretsEncryption ?? DEFAULT_SECRETS_ENCRYPTION,
            },
            availabilityZoneCount: variables.availabilityZoneCount ?? DEFAULT_AVAILABILITY_ZONE_COUNT,
            natGatewayMode: variables.natGatewayMode ?? DEFAULT_NAT_GATEWAY_MODE,
            databaseEngineVersion: variables.databaseEngineVersion ?? AURORA_POSTGRESQL_VERSION,
            nodePools: cluster.topology.workers.machineDeployments.map((md): NodePoolSpec => {
                const mdClass = cls.machineDeploymentClasses[md.class];
                if (!mdClass) throw new Error(`cluster ${cluster.name}: unknown machine deployment class ${md.class}`);
                return {
                    name: md.name,
                    className: md.class,
                    kubernetesVersion: md.version ?? version,
                    instanceTypes: mdClass.instanceTypes,
                    capacityType: mdClass.capacityType ?? DEFAULT_CAPACITY_TYPE,
                    diskSizeGiB: mdClass.diskSizeGiB ?? DEFAULT_DISK_SIZE_GIB,
                    labels: mdClass.labels ?? {},
                    taints: mdClass.taints ?? [],
                    replicas: md.replicas,
                    min: md.min,
                    max: md.max,
                    ...(md.upgradePolicy ? { upgradePolicy: md.upgradePolicy } : {}),
                };
            }),
        };
    });
    return {
        environment: config.environment,
        project,
        costCenter: config.costCenter,
        adminRoleArn: config.adminRoleArn,
        deploy: config.deploy,
        preview: config.preview,
        drill: config.drill,
        addons: resolveAddonSettings(config),
        dns: {
            zoneName: config.dns.zoneName,
            existingZone: config.dns.existingZone ?? false,
            ...(config.dns.zoneId ? { zoneId: config.dns.zoneId } : {}),
            parent: config.dns.parent,
            delegations: config.dns.delegations ?? [],
            apiHost: `${config.dns.apiName ?? DEFAULT_API_NAME}.${config.dns.zoneName}`,
            recoveryControl: config.dns.recoveryControl ?? false,
            healthCheck: {
                requestInterval: config.dns.healthCheck?.requestInterval ?? DEFAULT_HEALTH_CHECK_INTERVAL,
                failureThreshold: config.dns.healthCheck?.failureThreshold ?? DEFAULT_HEALTH_CHECK_FAILURE_THRESHOLD,
                regions: config.dns.healthCheck?.regions ?? DEFAULT_HEALTH_CHECK_REGIONS,
            },
        },
        secrets: {
            rotationEpoch: config.secrets?.rotationEpoch ?? DEFAULT_ROTATION_EPOCH,
            refreshInterval: config.secrets?.refreshInterval ?? DEFAULT_SECRET_REFRESH_INTERVAL,
            items: [
                ...(config.secrets?.items ?? []).map((item): SecretSpec => ({
                    name: item.name,
                    services: item.services,
                    source: item.generated
                        ? { kind: "generated", generator: item.generated.kind, username: item.generated.username }
                        : { kind: "partner", key: item.partnerSecret ?? "" },
                })),
                ...alertingSecrets(resolveAddonSettings(config)),
            ],
        },
        drillFailCluster: config.drillFailCluster ? config.drillFailCluster : undefined,
        registryCredentials: config.registryCredentials ?? {},
        rollout: { maxParallel: config.rollout?.maxParallel ?? DEFAULT_ROLLOUT_MAX_PARALLEL },
        objectives: {
            rtoMinutes: config.objectives?.rtoMinutes ?? DEFAULT_OBJECTIVES.rtoMinutes,
            rpoMinutes: config.objectives?.rpoMinutes ?? DEFAULT_OBJECTIVES.rpoMinutes,
            responseMinutes: config.objectives?.responseMinutes ?? DEFAULT_OBJECTIVES.responseMinutes,
        },
        runbookBaseUrl: config.runbookBaseUrl,
        services: config.services.map((service) => expandService(service, config.environment, clusters[0]?.databaseEngineVersion)),
        clusters: [...clusters].sort((a, b) => a.drPriority - b.drPriority),
    };
}

/** Each add-on's settings with its defaults filled in, by key. */
export function resolveAddonSettings(config: PlatformConfig): Record<string, unknown> {
    const addons = (config.addons ?? {}) as Record<string, unknown>;
    return Object.fromEntries(ADDON_SETTINGS.map((declaration) => [declaration.key, declaration.resolve(addons[declaration.key], config.environment)]));
}

/** A service with defaults applied; a public service is always callable from the ingress gateway. */
export function expandService(service: PaymentServiceConfig, environment: Environment, databaseEngineVersion: string = AURORA_POSTGRESQL_VERSION): ServiceSpec {
    const callers: CallerSpec[] = (service.callers ?? []).map((caller) => ({
        service: caller.service,
        methods: caller.methods ?? [],
        paths: caller.paths ?? [],
    }));
    if (service.public === true && !callers.some((caller) => caller.service === INGRESS_CALLER)) {
        callers.unshift({ service: INGRESS_CALLER, methods: [], paths: [] });
    }
    return {
        name: service.name,
        namespace: paymentsNamespace(service.name),
        image: service.image,
        port: service.port,
        minReplicas: service.replicas.min,
        maxReplicas: service.replicas.max,
        cpu: service.resources.cpu,
        memory: service.resources.memory,
        cpuLimit: service.resources.cpuLimit,
        targetRequestsPerSecond: service.targetRequestsPerSecond ?? DEFAULT_TARGET_RPS,
        public: service.public ?? false,
        healthPath: service.healthPath ?? DEFAULT_HEALTH_PATH,
        callers,
        slo: service.slo,
        timeoutMs: service.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        canary: service.canary,
        iamPolicyArns: service.iamPolicyArns ?? [],
        egress: {
            hosts: (service.egress?.hosts ?? []).map((entry) => ({ host: entry.host, port: entry.port ?? DEFAULT_EGRESS_PORT })),
            // IAM authentication to its database signs with the pod's IRSA credentials, which come from STS.
            aws: service.database ? [...new Set([...(service.egress?.aws ?? []), "sts" as const])] : (service.egress?.aws ?? []),
        },
        ...(service.database
            ? {
                  database: {
                      instanceClass: service.database.instanceClass,
                      instances: service.database.instances ?? DEFAULT_DATABASE_INSTANCES,
                      backupRetentionDays: service.database.backupRetentionDays ?? DEFAULT_DATABASE_BACKUP_RETENTION_DAYS[environment],
                      engineVersion: databaseEngineVersion,
                  },
              }
            : {}),
    };
}
