/**
 * The expanded topology's shape: what every stack builds from (the environment exports it as
 * `spec`, and each cluster stack checks what it reads against this schema). Declared once, as zod
 * schemas whose types the program uses; below the add-ons (which read it) and above config (whose
 * primitives it uses): expanding it is topology/expand.ts's job.
 */
import { z } from "zod";
import {
    AWS_EGRESS_SERVICES,
    CAPACITY_TYPES,
    CONTROL_PLANE_LOG_TYPES,
    DR_ROLES,
    ENVIRONMENTS,
    GENERATED_SECRET_KINDS,
    HTTP_METHODS,
    NAT_GATEWAY_MODES,
    POOL_UPGRADE_POLICIES,
    SUPPORTED_KUBERNETES_VERSIONS,
    taint,
} from "../config/schema";
import { SUPPORT_TYPES } from "../upgrades/calendar";

const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();
const kubernetesVersion = z.enum(SUPPORTED_KUBERNETES_VERSIONS);

export const secretSpec = z.object({
    name: z.string(),
    services: list(z.string()),
    source: z.discriminatedUnion("kind", [
        z.object({ kind: z.literal("generated"), generator: z.enum(GENERATED_SECRET_KINDS), username: z.string().optional() }),
        z.object({ kind: z.literal("partner"), key: z.string() }),
        /** Several partner values in one secret: its keys to partnerSecrets keys (the alert receivers' credentials). */
        z.object({ kind: z.literal("partner-bundle"), keys: z.record(z.string(), z.string()).readonly() }),
    ]),
});

export const callerSpec = z.object({
    /** A service name, or `ingress` for the Istio ingress gateway. */
    service: z.string(),
    /** Allowed methods; empty means any. */
    methods: list(z.enum(HTTP_METHODS)),
    /** Allowed paths (Istio globs); empty means any. */
    paths: list(z.string()),
});

export const databaseSpec = z.object({
    instanceClass: z.string(),
    instances: z.number(),
    backupRetentionDays: z.number(),
    /** The Aurora PostgreSQL version config declares (the clusters' `databaseEngineVersion`): the upgrade's target. */
    engineVersion: z.string(),
});

export const serviceSpec = z.object({
    name: z.string(),
    namespace: z.string(),
    image: z.string(),
    port: z.number(),
    minReplicas: z.number(),
    maxReplicas: z.number(),
    cpu: z.string(),
    memory: z.string(),
    cpuLimit: z.string().optional(),
    targetRequestsPerSecond: z.number(),
    public: z.boolean(),
    /** What Route 53 probes in every region (the public service's). */
    healthPath: z.string(),
    callers: list(callerSpec),
    slo: z.object({ availability: z.number(), latency: z.object({ thresholdMs: z.number(), percentile: z.number() }) }),
    timeoutMs: z.number(),
    canary: z.object({ image: z.string(), weight: z.number() }).optional(),
    /** Managed policies for the service's IRSA role; empty means no role. */
    iamPolicyArns: list(z.string()),
    /** What it calls outside the mesh: external hosts (through the egress gateway) and AWS services (VPC endpoints). */
    egress: z.object({ hosts: list(z.object({ host: z.string(), port: z.number() })), aws: list(z.enum(AWS_EGRESS_SERVICES)) }),
    /** The Aurora database it owns, in every cluster (see components/data). */
    database: databaseSpec.optional(),
});

export const controlPlaneSpec = z.object({
    endpointPublicAccess: z.boolean(),
    publicAccessCidrs: list(z.string()),
    logging: list(z.enum(CONTROL_PLANE_LOG_TYPES)),
    secretsEncryption: z.boolean(),
});

export const nodePoolSpec = z.object({
    name: z.string(),
    /** The machine deployment class it was built from. */
    className: z.string(),
    kubernetesVersion,
    instanceTypes: list(z.string()),
    capacityType: z.enum(CAPACITY_TYPES),
    diskSizeGiB: z.number(),
    labels: z.record(z.string(), z.string()).readonly(),
    taints: list(taint),
    replicas: z.number(),
    min: z.number(),
    max: z.number(),
    /** Cluster API's defer-upgrade / hold-upgrade-sequence. */
    upgradePolicy: z.enum(POOL_UPGRADE_POLICIES).optional(),
});

export const clusterSpec = z.object({
    name: z.string(),
    region: z.string(),
    drRole: z.enum(DR_ROLES),
    /** Failover order, 1 first. */
    drPriority: z.number(),
    vpcCidr: z.string(),
    className: z.string(),
    /** Where the cluster is declared in the environment's config, for errors: `clusters[0]`. */
    configPath: z.string(),
    /** The control plane's version. The environment declares the target; a cluster stack sets the step it is at. */
    kubernetesVersion,
    /** The compatibility row the managed add-ons and the autoscaler image follow: the control plane's, except between upgrade steps. */
    addonsVersion: kubernetesVersion,
    /** EKS support type, from the class: whether EKS upgrades the cluster itself at the end of standard support. */
    supportType: z.enum(SUPPORT_TYPES),
    upgrade: z.object({ versions: list(kubernetesVersion), concurrency: z.number(), maxUnavailablePercentage: z.number() }),
    controlPlane: controlPlaneSpec,
    availabilityZoneCount: z.number(),
    natGatewayMode: z.enum(NAT_GATEWAY_MODES),
    /** The Aurora PostgreSQL version config declares for the global databases (the upgrade's target). */
    databaseEngineVersion: z.string(),
    nodePools: list(nodePoolSpec),
});

export const platformSpec = z.object({
    /** The environment's Pulumi project: it names the secrets' paths and the cluster stacks' organisation. */
    project: z.string(),
    environment: z.enum(ENVIRONMENTS),
    costCenter: z.string(),
    adminRoleArn: z.string(),
    /** Where `pulumi up` runs from: its role and networks. @default none (every endpoint public) */
    deploy: z.object({ roleArn: z.string(), cidrs: list(z.string()), transitGateways: z.record(z.string(), z.string()).readonly() }).optional(),
    /** The role previews run as (view access). @default none */
    preview: z.object({ roleArn: z.string() }).optional(),
    /** The role DR drills run as (the drill namespace and Velero restores). @default none */
    drill: z.object({ roleArn: z.string() }).optional(),
    /** `addons` of the stack config, validated; read each add-on's, defaults filled in, through `settingsOf` (the same for every cluster of the stack). */
    addons: z.record(z.string(), z.unknown()).readonly(),
    dns: z.object({
        zoneName: z.string(),
        existingZone: z.boolean(),
        /** The existing zone's ID (with `existingZone`). */
        zoneId: z.string().optional(),
        /** The parent zone a created zone is delegated from. */
        parent: z.object({ zoneId: z.string(), roleArn: z.string().optional() }).optional(),
        /** Child zones other environments delegate under this one, and who writes each delegation. */
        delegations: list(z.object({ zoneName: z.string(), principalArn: z.string() })),
        apiHost: z.string(),
        healthCheck: z.object({ requestInterval: z.number(), failureThreshold: z.number(), regions: list(z.string()) }),
        /** Route 53 ARC routing controls gate each region (see RecoveryControl). */
        recoveryControl: z.boolean(),
    }),
    secrets: z.object({ rotationEpoch: z.number(), refreshInterval: z.string(), items: list(secretSpec) }),
    /** The cluster a DR drill has failed (its health check is inverted), if any. */
    drillFailCluster: z.string().optional(),
    /** By upstream registry host, the account its pull-through caches sign in with (`registryCredentials`). */
    registryCredentials: z.record(z.string(), z.object({ username: z.string(), accessTokenPartnerSecret: z.string() })).readonly(),
    /** What the platform promises through a regional outage (see drNumbers). */
    objectives: z.object({ rtoMinutes: z.number(), rpoMinutes: z.number(), responseMinutes: z.number() }),
    /** How the clusters are rolled out: stacks applied at once within a wave. */
    rollout: z.object({ maxParallel: z.number() }),
    runbookBaseUrl: z.string(),
    services: list(serviceSpec),
    /** Clusters in failover order: the primary first. */
    clusters: list(clusterSpec),
});

export type SecretSpec = z.infer<typeof secretSpec>;
export type CallerSpec = z.infer<typeof callerSpec>;
export type ServiceSpec = z.infer<typeof serviceSpec>;
export type DatabaseSpec = z.infer<typeof databaseSpec>;
export type ControlPlaneSpec = z.infer<typeof controlPlaneSpec>;
export type NodePoolSpec = z.infer<typeof nodePoolSpec>;
export type ClusterSpec = z.infer<typeof clusterSpec>;
export type PlatformSpec = z.infer<typeof platformSpec>;
