import type { CapacityType, ControlPlaneLogType, Environment, PaymentServiceConfig, NatGatewayMode, PlatformConfig } from "../config/schema";
import { DEFAULT_ROLLOUT_MAX_PARALLEL, CONTROL_PLANE_LOG_TYPES, INGRESS_CALLER } from "../config/schema";
import { ADDON_SETTINGS, settingsOf } from "../addons";
import { ALERTMANAGER_RECEIVERS_SECRET, receiverCredentials } from "../addons/alerting";
import { MONITORING_SETTINGS } from "../addons/kube-prometheus-stack";
import { ENVIRONMENT_PROJECT, paymentsNamespace } from "../names";
import { DEFAULT_UPGRADE_CONCURRENCY } from "../upgrades/plan";
import type { CallerSpec, ClusterSpec, NodePoolSpec, PlatformSpec, SecretSpec, ServiceSpec } from "./spec";

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

/** The alert receivers' credentials, when any receiver is configured: a platform secret no service reads. */
function alertingSecrets(config: PlatformConfig): SecretSpec[] {
    const monitoring = settingsOf({ addons: config.addons ?? {}, environment: config.environment }, MONITORING_SETTINGS);
    const keys = receiverCredentials(monitoring.receivers, monitoring.deadMansSwitch);
    return Object.keys(keys).length === 0 ? [] : [{ name: ALERTMANAGER_RECEIVERS_SECRET, services: [], source: { kind: "partner-bundle", keys } }];
}

/**
 * Resolves the topology: each cluster's class, with the cluster's overrides on top and the
 * platform defaults underneath, becomes a concrete spec of the cluster and its node pools.
 * Expects config that passed `validatePlatformConfig`; throws on a dangling class reference.
 */
export function expandTopology(config: PlatformConfig, project: string = ENVIRONMENT_PROJECT): PlatformSpec {
    const clusters = config.clusters.map((cluster, index) => expandCluster(config, cluster, index));
    return {
        environment: config.environment,
        project,
        costCenter: config.costCenter,
        adminRoleArn: config.adminRoleArn,
        deploy: config.deploy,
        preview: config.preview,
        drill: config.drill,
        addons: config.addons ?? {},
        dns: expandDns(config),
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
                ...alertingSecrets(config),
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

/** One cluster: its class, with the cluster's overrides on top and the defaults underneath. */
function expandCluster(config: PlatformConfig, cluster: PlatformConfig["clusters"][number], index: number): ClusterSpec {
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
}

/** The public zone, the API's name and how Route 53 checks it. */
function expandDns(config: PlatformConfig): PlatformSpec["dns"] {
    return {
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
    };
}

/** Each add-on's settings with its defaults filled in, by key (what the add-ons read through `settingsOf`). */
export function resolveAddonSettings(platform: Parameters<typeof settingsOf>[0]): Record<string, unknown> {
    return Object.fromEntries(ADDON_SETTINGS.map((declaration) => [declaration.key, settingsOf(platform, declaration)]));
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
