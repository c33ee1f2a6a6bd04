import { z } from "zod";
import { dnsLabel } from "./fields";
import { SUPPORT_TYPES } from "../upgrades/calendar";

/**
 * The shape of this project's stack config, as a Cluster API-style topology.
 *
 * `clusterClasses` is the ClusterClass analogue (what a kind of cluster looks like);
 * `clusters` is the `Cluster.spec.topology` analogue (which clusters exist, where, and what
 * they override). Every object is strict: a misspelt key is an error, never silently dropped.
 * Cross-field rules (references, overlaps, version skew) live in `validate.ts`.
 */

/**
 * Kubernetes minor versions this platform supports, oldest first: the rows of the compatibility
 * matrix (components/upgrades/compatibility.ts), each complete (a test checks it). EKS ended
 * extended support of 1.30 (July 2026) and 1.31 (November 2026), so they are gone.
 */

export const SUPPORTED_KUBERNETES_VERSIONS = ["1.32", "1.33", "1.34"] as const;

/** Control-plane log types EKS can ship to CloudWatch. */
export const CONTROL_PLANE_LOG_TYPES = ["api", "audit", "authenticator", "controllerManager", "scheduler"] as const;

export const ENVIRONMENTS = ["staging", "prod"] as const;
export const CAPACITY_TYPES = ["ON_DEMAND", "SPOT"] as const;
export const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
export const DR_ROLES = ["primary", "secondary"] as const;
export const NAT_GATEWAY_MODES = ["perAz", "single"] as const;
/** What Cluster API's `defer-upgrade` and `hold-upgrade-sequence` annotations do, as config (components/upgrades/plan.ts). */
export const POOL_UPGRADE_POLICIES = ["defer", "hold"] as const;
export type PoolUpgradePolicy = (typeof POOL_UPGRADE_POLICIES)[number];
/** Cluster stacks a rollout wave applies at once, unless `rollout.maxParallel` says otherwise. */
export const DEFAULT_ROLLOUT_MAX_PARALLEL = 5;

/** AWS region names such as `us-east-1`, `eu-central-1`, `us-gov-west-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const name = dnsLabel;

const kubernetesVersion = z.enum(SUPPORTED_KUBERNETES_VERSIONS, {
    error: (issue) =>
        typeof issue.input === "string" && /^1\.\d+$/.test(issue.input) && Number(issue.input.slice(2)) < Number(SUPPORTED_KUBERNETES_VERSIONS[0].slice(2))
            ? `Kubernetes ${issue.input} is older than this platform supports (oldest: ${SUPPORTED_KUBERNETES_VERSIONS[0]}, the oldest EKS still supports); choose ${SUPPORTED_KUBERNETES_VERSIONS.join(", ")}`
            : typeof issue.input === "string" && /^1\.\d+$/.test(issue.input)
              ? `Kubernetes ${issue.input} has no row in the compatibility matrix (supported: ${SUPPORTED_KUBERNETES_VERSIONS.join(", ")}); to plan it, add "${issue.input}" to SUPPORTED_KUBERNETES_VERSIONS with its row: the EKS managed add-on versions (components/cluster/versions.ts), the cluster-autoscaler image, and a chart pin of every add-on that supports it`
              : `Kubernetes version ${JSON.stringify(issue.input)} is not supported (supported: ${SUPPORTED_KUBERNETES_VERSIONS.join(", ")}); quote it in YAML, e.g. "1.33"`,
});

const iamRoleArn = z.string().regex(/^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/, {
    error: "not an IAM role ARN such as arn:aws:iam::123456789012:role/platform-admin",
});

export const ipv4Cidr = z.string().refine(
    (value) => {
        const match = CIDR_PATTERN.exec(value);
        if (!match) return false;
        const octets = match.slice(1, 5).map(Number);
        return octets.every((octet) => octet <= 255) && Number(match[5]) <= 32;
    },
    { error: (issue) => `${JSON.stringify(issue.input)} is not an IPv4 CIDR such as 10.0.0.0/16` },
);

const region = z.string().regex(REGION_PATTERN, {
    error: "not an AWS region name such as us-east-1 or eu-central-1",
});

/** An EC2 transit gateway ID. */
const transitGatewayId = z.string().regex(/^tgw-[0-9a-f]{8,17}$/, { error: "not a transit gateway ID such as tgw-0123456789abcdef0" });

export const taint = z.strictObject({
    key: z.string().min(1),
    value: z.string().optional(),
    effect: z.enum(TAINT_EFFECTS),
});

/** Settings of the managed control plane; every field optional so a cluster can override any one. */
export const controlPlaneSettings = z.strictObject({
    /** Whether the API server is reachable from the internet. @default false */
    endpointPublicAccess: z.boolean().optional(),
    /** CIDRs allowed to reach a public endpoint; required when `endpointPublicAccess` is true. @default [] */
    publicAccessCidrs: z.array(ipv4Cidr).optional(),
    /** Control-plane log types sent to CloudWatch. @default all five */
    logging: z.array(z.enum(CONTROL_PLANE_LOG_TYPES)).optional(),
    /** Envelope-encrypt Kubernetes Secrets with a dedicated KMS key. @default true */
    secretsEncryption: z.boolean().optional(),
});

/**
 * The oldest Aurora PostgreSQL 16 minor the databases may run: from it a secondary stays readable
 * through an unplanned event and its lag keeps rising (Aurora user guide, "Cross-Region resiliency
 * for Global Database secondary clusters": 16.6, 15.10, 14.15...). Before it the lag may go
 * silent, and the replication-lag alarm (components/data/replication-lag.ts) with it.
 */
export const MIN_DATABASE_ENGINE_MINOR = 6;

/** Variables a class declares with defaults and a cluster may override (ClusterClass `variables`). */
export const topologyVariables = z.strictObject({
    /** How many availability zones the cluster's network spans. @default 3 */
    availabilityZoneCount: z.number().int().min(2).max(6).optional(),
    /** `perAz` for one NAT gateway per zone (zone-independent egress), `single` to save cost. @default "perAz" */
    natGatewayMode: z.enum(NAT_GATEWAY_MODES).optional(),
    /**
     * Aurora PostgreSQL version of the services' global databases (one per environment: every
     * cluster must agree). A change is a minor upgrade the primary's stack takes as its own step
     * (components/upgrades/database.ts). @default "16.8"
     */
    databaseEngineVersion: z
        .string()
        .regex(/^16\.\d+$/, { error: 'an Aurora PostgreSQL 16 minor version such as "16.8" (the parameter group family is aurora-postgresql16)', abort: true })
        .refine((version) => Number(version.split(".")[1]) >= MIN_DATABASE_ENGINE_MINOR, {
            error: `16.${MIN_DATABASE_ENGINE_MINOR} or later: before it a secondary's replication lag may go silent when replication stops, and the lag alarm with it (Aurora user guide, "Cross-Region resiliency for Global Database secondary clusters")`,
        })
        .optional(),
});

export const machineDeploymentClass = z.strictObject({
    /** EC2 instance types, first preferred. Required. */
    instanceTypes: z.array(z.string().min(1)).min(1),
    /** @default "ON_DEMAND" */
    capacityType: z.enum(CAPACITY_TYPES).optional(),
    /** Root volume size. @default 50 */
    diskSizeGiB: z.number().int().min(20).max(16384).optional(),
    /** Kubernetes node labels. @default {} */
    labels: z.record(z.string(), z.string()).optional(),
    /** Kubernetes node taints. @default [] */
    taints: z.array(taint).optional(),
});

export const clusterClass = z.strictObject({
    /** Default Kubernetes version of clusters of this class. Required. */
    kubernetesVersion,
    /**
     * EKS support type (`upgradePolicy.supportType`), chosen on purpose: STANDARD ($0.10 per
     * cluster hour) lets EKS upgrade the cluster by itself when its version's standard support
     * ends; EXTENDED ($0.60 once past it) keeps the version 12 months longer. Required.
     */
    supportType: z.enum(SUPPORT_TYPES),
    /** Control-plane defaults for clusters of this class. @default {} (see controlPlaneSettings) */
    controlPlane: controlPlaneSettings.optional(),
    /** Named worker classes that `machineDeployments[].class` refers to. Required, at least one. */
    machineDeploymentClasses: z.record(name("machine deployment class name"), machineDeploymentClass),
    /** Variable defaults for clusters of this class. @default {} */
    variables: topologyVariables.optional(),
    /** How clusters of this class upgrade (see "Upgrades" in the README). @default {} */
    upgrade: z
        .strictObject({
            /** Versions a multi-minor change chains through (Cluster API's ClusterClass kubernetesVersions). @default [] (one minor per change) */
            versions: z.array(kubernetesVersion).optional(),
            /** Node pools upgraded per `up`. @default 1 */
            concurrency: z.number().int().min(1).optional(),
            /** Share of a node pool's nodes EKS replaces at once during its update. @default 33 */
            maxUnavailablePercentage: z.number().int().min(1).max(100).optional(),
        })
        .optional(),
});

export const machineDeployment = z.strictObject({
    /** A key of the class's `machineDeploymentClasses`. Required. */
    class: z.string().min(1),
    /** Node-pool name, unique in its cluster. Required. */
    name: name("node pool name"),
    /** Kubelet version; must not be newer than the control plane. @default the cluster's version */
    version: kubernetesVersion.optional(),
    /** `defer` keeps this pool at its version through an upgrade; `hold` keeps it and every later pool. @default none */
    upgradePolicy: z.enum(POOL_UPGRADE_POLICIES).optional(),
    /** Desired node count at creation; the autoscaler owns it afterwards. Required. */
    replicas: z.number().int().min(0),
    /** Autoscaling lower bound. Required. */
    min: z.number().int().min(0),
    /** Autoscaling upper bound. Required. */
    max: z.number().int().min(1),
});

export const cluster = z.strictObject({
    /** Cluster name, unique in the stack. Required. */
    name: name("cluster name"),
    /** AWS region, one cluster per region. Required. */
    region,
    /** Disaster-recovery role and failover order (1 = first). Required. */
    dr: z.strictObject({
        role: z.enum(DR_ROLES),
        priority: z.number().int().min(1),
    }),
    /** The cluster's VPC; CIDRs must not overlap across clusters. Required. */
    network: z.strictObject({
        vpcCidr: ipv4Cidr,
    }),
    topology: z.strictObject({
        /** A key of `clusterClasses`. Required. */
        class: z.string().min(1),
        /** Control-plane Kubernetes version. @default the class's kubernetesVersion */
        version: kubernetesVersion.optional(),
        /** Overrides of the class's control-plane settings. @default {} */
        controlPlane: controlPlaneSettings.optional(),
        workers: z.strictObject({
            machineDeployments: z.array(machineDeployment).min(1),
        }),
        /** Overrides of the class's variables. @default {} */
        variables: topologyVariables.optional(),
    }),
});

/**
 * Environment-wide settings of the platform add-ons, `addons.<key>`: each add-on declares its own
 * (schema, defaults, checks) in its file, and validation checks each key against its add-on's
 * declaration (config/validate.ts, `addonSettingsSchema`). Config sits below the add-ons, so here
 * it is only a map of keys.
 */
export const addonSettings = z.record(z.string(), z.unknown());

/** Istio's default request-duration histogram buckets (ms): a latency SLO must sit on one. */
export const ISTIO_LATENCY_BUCKETS_MS = [
    0.5, 1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 600000, 1800000, 3600000,
] as const;
export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;
/** The caller name that stands for the Istio ingress gateway (internet traffic). */
export const INGRESS_CALLER = "ingress";

/** `repo:tag` (never `latest`) or `repo@sha256:<64 hex>`: a deployment must name exactly one image. */
export const PINNED_IMAGE_PATTERN =
    /^[a-z0-9]([a-z0-9._/-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9._-]+)*(@sha256:[0-9a-f]{64}|:(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})$/;

const pinnedImage = z.string().regex(PINNED_IMAGE_PATTERN, {
    error: (issue) => `image ${JSON.stringify(issue.input)} is not pinned; use a version tag (not "latest") or a digest (@sha256:...)`,
});
const quantity = (what: string, pattern: RegExp, example: string) =>
    z.string().regex(pattern, { error: `${what} must be a Kubernetes quantity such as ${example}` });
const cpu = quantity("cpu", /^\d+(\.\d+)?m?$/, '"500m" or "1"');
const memory = quantity("memory", /^\d+(Ki|Mi|Gi)$/, '"512Mi"');

/** AWS services a payment service may call (through its region's VPC endpoints). */
export const AWS_EGRESS_SERVICES = ["sts", "s3", "kms", "secretsmanager", "dynamodb", "sqs", "sns"] as const;
export type AwsEgressService = (typeof AWS_EGRESS_SERVICES)[number];

export const paymentService = z.strictObject({
    /** Service name; its namespace is `payments-<name>`. Required. */
    name: z.string().regex(/^[a-z]([-a-z0-9]{0,28}[a-z0-9])?$/, { error: "service name must be a DNS label of at most 30 characters" }),
    /** Pinned image. Required. */
    image: pinnedImage,
    /** Container port serving HTTP (and /metrics). Required. */
    port: z.number().int().min(1024).max(65535),
    /** Autoscaling bounds; at least 2 so a node drain never takes the service down. Required. */
    replicas: z.strictObject({ min: z.number().int().min(2), max: z.number().int().min(2) }),
    /** Per-pod requests; memory is also the limit. Required. */
    resources: z.strictObject({ cpu, memory, cpuLimit: cpu.optional() }),
    /** Requests per second per pod the autoscaler aims for. @default 100 */
    targetRequestsPerSecond: z.number().int().min(1).optional(),
    /** Routed from the public API host through the ingress gateway. @default false */
    public: z.boolean().optional(),
    /**
     * The public service's deep health path, which its owners implement to check what a payment
     * needs (the ledger, the databases): Route 53 probes it in every region, so a region that
     * cannot take payments fails over. @default "/healthz" (liveness only)
     */
    healthPath: z
        .string()
        .regex(/^\/[A-Za-z0-9/_.-]*$/, { error: 'a path such as "/v1/health/deep"' })
        .optional(),
    /** Who may call this service, and how; `ingress` is the gateway. @default [] */
    callers: z
        .array(
            z.strictObject({
                service: z.string().min(1),
                methods: z.array(z.enum(HTTP_METHODS)).min(1).optional(),
                paths: z
                    .array(z.string().regex(/^\/[^\s]*$/, { error: 'a path starts with "/"' }))
                    .min(1)
                    .optional(),
            }),
        )
        .optional(),
    /** Availability and latency objectives over 30 days. Required. */
    slo: z.strictObject({
        /** Percentage of requests that succeed, e.g. 99.95. */
        availability: z.number().gt(90).lt(100),
        /** `percentile` % of requests complete within `thresholdMs` (an Istio histogram bucket). */
        latency: z.strictObject({ thresholdMs: z.number().positive(), percentile: z.number().gt(50).lt(100) }),
    }),
    /** Upstream request timeout. @default 2000 */
    timeoutMs: z.number().int().min(10).max(60000).optional(),
    /**
     * What the service calls outside the mesh; nothing else gets out. `hosts` leave through the
     * egress gateway (HTTPS, TLS passed through); `aws` services are reached through this region's
     * VPC endpoints, never the internet. @default none
     */
    egress: z
        .strictObject({
            hosts: z
                .array(
                    z.strictObject({
                        host: z.string().regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: "not a DNS name such as api.partner.example" }),
                        /** TLS port. @default 443 */
                        port: z.number().int().min(1).max(65535).optional(),
                    }),
                )
                .min(1)
                .optional(),
            aws: z.array(z.enum(AWS_EGRESS_SERVICES)).min(1).optional(),
        })
        .optional(),
    /**
     * The Aurora PostgreSQL database this service owns: a Global Database with its writer in the
     * primary's region and a secondary cluster in every other cluster's region. The service's
     * pods connect with IAM authentication (no password) as a user named after the service.
     * @default none
     */
    database: z
        .strictObject({
            /** Instance class of every instance, e.g. db.r7g.large. Required. */
            instanceClass: z.string().regex(/^db\.[a-z0-9]+\.[a-z0-9]+$/, { error: "not an RDS instance class such as db.r7g.large" }),
            /** Instances per regional cluster: the writer (or, in a secondary, the first reader) and readers. @default 2 */
            instances: z.number().int().min(1).max(16).optional(),
            /** Days of automated backups (point-in-time recovery). @default 35 in prod, 7 in staging */
            backupRetentionDays: z.number().int().min(1).max(35).optional(),
        })
        .optional(),
    /** IAM policies the service's pods may use through IRSA (e.g. reading a model bucket). @default none: no role */
    iamPolicyArns: z
        .array(z.string().regex(/^arn:aws(-[a-z]+)*:iam::(aws|\d{12}):policy\/.+$/, { error: "not an IAM policy ARN" }))
        .min(1)
        .optional(),
    /** Route `weight` % of traffic to this image's canary. @default none */
    canary: z.strictObject({ image: pinnedImage, weight: z.number().int().min(0).max(100) }).optional(),
});

export const HEALTH_CHECK_INTERVALS = [10, 30] as const;

/** The public DNS of the payments API, its health checks and failover. */
export const dnsSettings = z.strictObject({
    /** Public hosted zone, e.g. payments.example.com. Required. */
    zoneName: z.string().regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: "not a DNS zone name such as payments.example.com" }),
    /** Use the existing public zone of that name (already delegated) instead of creating it. @default false */
    existingZone: z.boolean().optional(),
    /**
     * The existing zone's ID (`aws route53 list-hosted-zones-by-name --dns-name <zoneName>`).
     * Required with `existingZone`: looking the zone up by name would call Route 53's API, which
     * answers in us-east-1 only, on every run of the environment stack.
     */
    zoneId: z
        .string()
        .regex(/^Z[A-Z0-9]{1,32}$/, { error: "not a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ" })
        .optional(),
    /**
     * Where a zone the platform creates is delegated from: the parent public zone's ID, and the
     * role to assume when that zone is in another account. Required when `existingZone` is false.
     */
    parent: z
        .strictObject({
            zoneId: z.string().regex(/^Z[A-Z0-9]{1,32}$/, { error: "not a Route 53 hosted zone ID such as Z0123456789ABCDEFGHIJ" }),
            roleArn: z
                .string()
                .regex(/^arn:aws:iam::\d{12}:role\/[\w+=,.@\/-]+$/, { error: "not an IAM role ARN" })
                .optional(),
        })
        .optional(),
    /**
     * Zones other environments create under this one (staging's under prod's), each with the role
     * (their deploy role) that may write its delegation: this stack makes the role they assume,
     * allowed the NS records of that zone and nothing else of this one. @default none
     */
    delegations: z
        .array(
            z.strictObject({
                zoneName: z
                    .string()
                    .regex(/^([a-z0-9]([-a-z0-9]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: "not a DNS zone name such as staging.payments.example.com" }),
                principalArn: iamRoleArn,
            }),
        )
        .optional(),
    /** Record name of the API in the zone. @default "api" */
    apiName: z
        .string()
        .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/)
        .optional(),
    /**
     * Route 53 Application Recovery Controller: a routing control per cluster (a safety rule keeps
     * one on) that the failover records require besides their health checks, so a region is
     * moved out (or back) by switching a control, not by editing config. Costs about $2.50 an
     * hour for the ARC cluster. @default false (health checks alone)
     */
    recoveryControl: z.boolean().optional(),
    healthCheck: z
        .strictObject({
            /** Seconds between checks from each checker: 10 (fast) or 30. @default 10 */
            requestInterval: z.union([z.literal(10), z.literal(30)]).optional(),
            /** Consecutive failures before a region is unhealthy. @default 3 */
            failureThreshold: z.number().int().min(1).max(10).optional(),
            /** Route 53 checker regions (at least 3). @default us-east-1, us-west-2, eu-west-1 */
            regions: z
                .array(z.enum(["us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1", "sa-east-1"]))
                .min(3)
                .optional(),
        })
        .optional(),
});

export const GENERATED_SECRET_KINDS = ["database-credentials", "signing-key"] as const;

/** Secrets of the payment services: one source of truth in Secrets Manager, replicated to every region. */
export const secretSettings = z.strictObject({
    /** Bump to regenerate every generated value (rotation); clusters pick it up on their next refresh. @default 1 */
    rotationEpoch: z.number().int().min(1).optional(),
    /** How often External Secrets re-reads Secrets Manager. @default "15m" */
    refreshInterval: z
        .string()
        .regex(/^\d+[smh]$/, { error: 'a duration such as "15m" or "1h"' })
        .optional(),
    items: z.array(
        z.strictObject({
            /** Secret name; in Secrets Manager `<project>/<environment>/<name>`, in Kubernetes the Secret's name. Required. */
            name: z.string().regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, { error: "secret name must be a DNS label" }),
            /** Services whose namespaces receive it. Required. */
            services: z.array(z.string().min(1)).min(1),
            /** Generated by Pulumi (random), rotated by rotationEpoch. */
            generated: z.strictObject({ kind: z.enum(GENERATED_SECRET_KINDS), username: z.string().min(1).optional() }).optional(),
            /** A key of `partnerSecrets`: a value from a partner, set with `pulumi config set --secret`. */
            partnerSecret: z.string().min(1).optional(),
        }),
    ),
});

/** Config keys whose values are secrets: never echoed in errors. */
export const SECRET_CONFIG_KEYS = ["partnerSecrets"] as const;

/** Everything under the `payments-platform:` namespace of a stack's config. */
export const platformConfig = z.strictObject({
    /** `staging` or `prod`; drives environment-wide defaults and tags. Required. */
    environment: z.enum(ENVIRONMENTS),
    /** Cost-center tag applied to every AWS resource. Required. */
    costCenter: z.string().min(1),
    /** IAM role granted cluster-admin in every cluster through an EKS access entry. Required. */
    adminRoleArn: iamRoleArn,
    /**
     * Where `pulumi up` runs from: the role it assumes (cluster admin in every cluster, and the
     * Kubernetes provider's identity) and the networks it reaches private API endpoints from
     * (admitted on 443 by each cluster's security group). Required when any endpoint is private.
     */
    deploy: z
        .strictObject({
            roleArn: iamRoleArn,
            cidrs: z.array(ipv4Cidr).min(1),
            /**
             * By region, the transit gateway the deploy runners' network is attached to: each
             * cluster's VPC attaches to its region's, and its private route tables send `cidrs`
             * through it. Required for every cluster's region.
             */
            transitGateways: z.record(region, transitGatewayId),
        })
        .optional(),
    /** The role pull-request previews run as: read-only (view) in every cluster. @default none */
    preview: z.strictObject({ roleArn: iamRoleArn }).optional(),
    /**
     * The role DR drills run as: in each cluster, only the drill's namespace and Velero's restores.
     * @default none (a drill refuses to run: it never drives a cluster as the admin)
     */
    drill: z.strictObject({ roleArn: iamRoleArn }).optional(),
    clusterClasses: z.record(name("cluster class name"), clusterClass),
    clusters: z.array(cluster).min(1),
    /** Settings of the platform add-ons, each checked against its add-on's declaration. @default {} (see addonSettings) */
    addons: addonSettings.optional(),
    /** Public DNS of the payments API. Required. */
    dns: dnsSettings,
    /** Base of the runbook links on every alert. Required. */
    runbookBaseUrl: z.string().regex(/^https:\/\/[^\s]+[^/]$/, { error: "an https:// URL without a trailing slash" }),
    /** The payment services deployed into every cluster. Required, at least one. */
    services: z.array(paymentService).min(1),
    /** Secrets synced into the services' namespaces. @default none */
    secrets: secretSettings.optional(),
    /** Partner-provided secret values (`secure:`), by name. @default {} */
    partnerSecrets: z.record(z.string(), z.string()).optional(),
    /**
     * The accounts ECR's pull-through caches sign in to upstream registries with, by registry host
     * (components/images/mirrors.ts): its user name and the `partnerSecrets` key of its access
     * token. Required for each registry that needs one (docker.io, ghcr.io).
     */
    registryCredentials: z.record(z.string(), z.strictObject({ username: z.string().min(1), accessTokenPartnerSecret: z.string().min(1) })).optional(),
    /** A DR drill in progress: this cluster's health check is inverted so traffic fails over. @default "" (none) */
    drillFailCluster: z.string().optional(),
    /** How the apply workflow rolls the clusters out (README, "Rollout"). @default { maxParallel: 5 } */
    rollout: z
        .strictObject({
            /** Cluster stacks applied at once within a wave (each is its own job). @default 5 */
            maxParallel: z.number().int().min(1).max(20).optional(),
        })
        .optional(),
    /** What the platform promises through a regional outage; config that cannot meet it is refused. @default RTO 15, RPO 5, response 5 */
    objectives: z
        .strictObject({
            /** Minutes from a region's failure to payments served, writable, from the next region. @default 15 */
            rtoMinutes: z.number().int().min(1).max(1440).optional(),
            /** Minutes of payment data a region's loss may cost. @default 5 */
            rpoMinutes: z.number().int().min(1).max(1440).optional(),
            /** Minutes the on-call takes to acknowledge a page and start the database failover. @default 5 */
            responseMinutes: z.number().int().min(0).max(120).optional(),
        })
        .optional(),
});

export type KubernetesVersion = (typeof SUPPORTED_KUBERNETES_VERSIONS)[number];
export type ControlPlaneLogType = (typeof CONTROL_PLANE_LOG_TYPES)[number];
export type Environment = (typeof ENVIRONMENTS)[number];
export type CapacityType = (typeof CAPACITY_TYPES)[number];
export type DrRole = (typeof DR_ROLES)[number];
export type NatGatewayMode = (typeof NAT_GATEWAY_MODES)[number];
export type Taint = z.infer<typeof taint>;
export type ControlPlaneSettings = z.infer<typeof controlPlaneSettings>;
export type TopologyVariables = z.infer<typeof topologyVariables>;
export type MachineDeploymentClass = z.infer<typeof machineDeploymentClass>;
export type ClusterClass = z.infer<typeof clusterClass>;
export type MachineDeployment = z.infer<typeof machineDeployment>;
export type ClusterConfig = z.infer<typeof cluster>;
export type PlatformConfig = z.infer<typeof platformConfig>;
export type PaymentServiceConfig = z.infer<typeof paymentService>;
export type HttpMethod = (typeof HTTP_METHODS)[number];
