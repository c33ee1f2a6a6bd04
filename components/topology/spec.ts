/**
 * The expanded topology's shape: what every stack builds from (the environment exports it as
 * `spec`). Types only, below the add-ons (which read it) and above config (whose primitives it
 * uses): expanding it is topology/expand.ts's job.
 */
import type {
    AwsEgressService,
    CapacityType,
    ControlPlaneLogType,
    DrRole,
    Environment,
    HttpMethod,
    KubernetesVersion,
    NatGatewayMode,
    PoolUpgradePolicy,
    Taint,
} from "../config/schema";
import type { SupportType } from "../upgrades/calendar";

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
    /** `addons` of the stack config, validated; read each add-on's, defaults filled in, through `settingsOf` (the same for every cluster of the stack). */
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
