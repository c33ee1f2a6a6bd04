import type { ConfigReferenceRow } from "../config/reference";
import { inCode } from "../config/reference";
import {
    AWS_EGRESS_SERVICES,
    CAPACITY_TYPES,
    CONTROL_PLANE_LOG_TYPES,
    DEFAULT_ROLLOUT_MAX_PARALLEL,
    DR_ROLES,
    ENVIRONMENTS,
    HEALTH_CHECK_INTERVALS,
    NAT_GATEWAY_MODES,
    SUPPORTED_KUBERNETES_VERSIONS,
} from "../config/schema";
import { SUPPORT_TYPES } from "../upgrades/calendar";
import { DEFAULT_UPGRADE_CONCURRENCY } from "../upgrades/plan";
import * as d from "./expand";

/** The values of an enum, as the table writes them: `a` | `b`. */
const oneOf = (values: readonly (string | number)[]) => values.map(inCode).join(" | ");
/** The supported Kubernetes minors, quoted as YAML needs them: `"1.32"`…`"1.34"`. */
const versions = () =>
    `${inCode(`"${SUPPORTED_KUBERNETES_VERSIONS[0]}"`)}…${inCode(`"${SUPPORTED_KUBERNETES_VERSIONS[SUPPORTED_KUBERNETES_VERSIONS.length - 1]}"`)}`;

/**
 * The config reference of the platform's own keys (each add-on documents its settings in its own
 * file): the README's table is generated from these rows and the add-ons' (`npm run docs`), and
 * every default is the constant the expansion applies.
 */
export const PLATFORM_CONFIG_REFERENCE: readonly ConfigReferenceRow[] = [
    {
        key: "`environment`",
        values: oneOf(ENVIRONMENTS),
        default: "required",
        meaning: "environment name, used in tags and environment-wide defaults",
    },
    {
        key: "`costCenter`",
        values: "string",
        default: "required",
        meaning: "`cost-center` tag on every AWS resource",
    },
    {
        key: "`adminRoleArn`",
        values: "IAM role ARN",
        default: "required",
        meaning: "granted cluster-admin in every cluster through an EKS access entry",
    },
    {
        key: "`deploy.roleArn`",
        values: "IAM role ARN",
        default: "required with a private endpoint",
        meaning: "the role `pulumi up` runs as: cluster admin in every cluster, and the Kubernetes provider's identity",
    },
    {
        key: "`deploy.cidrs`",
        values: "IPv4 CIDR list",
        default: "required with a private endpoint",
        meaning: "the deploy runners' networks, routed into every cluster VPC (not `0.0.0.0/0`, no overlap with a cluster VPC); admitted to the API on 443",
    },
    {
        key: "`deploy.transitGateways.<region>`",
        values: "transit gateway ID (`tgw-…`)",
        default: "required for every cluster region with `deploy`",
        meaning: "the transit gateway the runners' network is attached to in that region: the cluster VPC attaches to it and routes `deploy.cidrs` through it",
    },
    {
        key: "`preview.roleArn`",
        values: "IAM role ARN",
        default: "none",
        meaning: "the role pull-request previews run as: view access in every cluster",
    },
    {
        key: "`drill.roleArn`",
        values: "IAM role ARN",
        default: "none",
        meaning:
            "the role DR drills run as (without it a drill refuses to run): an access entry with no EKS access policy, mapped to the group `payments-dr-drill`, which Roles bind in the `dr-drill` namespace (its checks) and in `velero` (restores) only; never the admin",
    },
    {
        key: "`clusterClasses.<class>.kubernetesVersion`",
        values: `${versions()} (quoted)`,
        default: "required",
        meaning: "default version of clusters of this class",
    },
    {
        key: "`clusterClasses.<class>.supportType`",
        values: oneOf(SUPPORT_TYPES),
        default: "required",
        meaning:
            "EKS support type of the class's clusters: `STANDARD` ($0.10 per cluster hour) lets EKS upgrade a cluster by itself at the end of its version's standard support; `EXTENDED` ($0.60 past it) keeps it 12 months longer (README, \"Upgrades\")",
    },
    {
        key: "`clusterClasses.<class>.controlPlane.endpointPublicAccess`",
        values: "bool",
        default: inCode(d.DEFAULT_ENDPOINT_PUBLIC_ACCESS),
        meaning: "public API endpoint",
    },
    {
        key: "`clusterClasses.<class>.controlPlane.publicAccessCidrs`",
        values: "CIDR list",
        default: "`[]`",
        meaning: "required when the endpoint is public; `0.0.0.0/0` is refused",
    },
    {
        key: "`clusterClasses.<class>.controlPlane.logging`",
        values: `list of ${CONTROL_PLANE_LOG_TYPES.map(inCode).join(", ")}`,
        default:
            d.DEFAULT_CONTROL_PLANE_LOGGING.length === CONTROL_PLANE_LOG_TYPES.length
                ? `all ${CONTROL_PLANE_LOG_TYPES.length}`
                : d.DEFAULT_CONTROL_PLANE_LOGGING.map(inCode).join(", "),
        meaning: "control-plane logs sent to CloudWatch",
    },
    {
        key: "`clusterClasses.<class>.controlPlane.secretsEncryption`",
        values: "bool",
        default: inCode(d.DEFAULT_SECRETS_ENCRYPTION),
        meaning: "KMS envelope encryption of Secrets",
    },
    {
        key: "`clusterClasses.<class>.variables.availabilityZoneCount`",
        values: "2–6",
        default: inCode(d.DEFAULT_AVAILABILITY_ZONE_COUNT),
        meaning: "zones the VPC spans",
    },
    {
        key: "`clusterClasses.<class>.variables.natGatewayMode`",
        values: oneOf(NAT_GATEWAY_MODES),
        default: inCode(d.DEFAULT_NAT_GATEWAY_MODE),
        meaning: "one NAT gateway per zone, or one shared",
    },
    {
        key: "`clusterClasses.<class>.variables.databaseEngineVersion`",
        values: "Aurora PostgreSQL `16.<minor>`, 16.6 or later",
        default: inCode(d.AURORA_POSTGRESQL_VERSION),
        meaning: "the global databases' engine; every cluster must agree; a change is a minor upgrade the primary takes as its own step",
    },
    {
        key: "`clusterClasses.<class>.machineDeploymentClasses.<md>.instanceTypes`",
        values: "string list",
        default: "required",
        meaning: "EC2 instance types, first preferred",
    },
    {
        key: "`….<md>.capacityType`",
        values: oneOf(CAPACITY_TYPES),
        default: inCode(d.DEFAULT_CAPACITY_TYPE),
        meaning: "",
    },
    {
        key: "`….<md>.diskSizeGiB`",
        values: "20–16384",
        default: inCode(d.DEFAULT_DISK_SIZE_GIB),
        meaning: "root volume",
    },
    {
        key: "`….<md>.labels`",
        values: "map",
        default: "`{}`",
        meaning: "node labels",
    },
    {
        key: "`….<md>.taints`",
        values: "list of `{key, value?, effect}`",
        default: "`[]`",
        meaning: "node taints",
    },
    {
        key: "`clusterClasses.<class>.upgrade.versions`",
        values: "list of versions",
        default: "`[]`",
        meaning:
            "versions a jump of more than one minor chains through (Cluster API's ClusterClass `kubernetesVersions`); without them a change may move one minor",
    },
    {
        key: "`clusterClasses.<class>.upgrade.concurrency`",
        values: "int ≥ 1",
        default: inCode(DEFAULT_UPGRADE_CONCURRENCY),
        meaning: "node pools upgraded per `pulumi up` (Cluster API's `upgrade-concurrency`)",
    },
    {
        key: "`clusterClasses.<class>.upgrade.maxUnavailablePercentage`",
        values: "1–100",
        default: inCode(d.DEFAULT_MAX_UNAVAILABLE_PERCENTAGE),
        meaning: "share of a node pool EKS replaces at once while updating it; PodDisruptionBudgets are respected (`forceUpdateVersion: false`)",
    },
    {
        key: "`clusters[i].name`",
        values: "DNS label",
        default: "required",
        meaning: "unique in the stack",
    },
    {
        key: "`clusters[i].region`",
        values: "AWS region",
        default: "required",
        meaning: "one cluster per region",
    },
    {
        key: "`clusters[i].dr.role`",
        values: oneOf(DR_ROLES),
        default: "required",
        meaning: "exactly one primary",
    },
    {
        key: "`clusters[i].dr.priority`",
        values: "int ≥ 1",
        default: "required",
        meaning: "failover order, unique; the primary comes first",
    },
    {
        key: "`clusters[i].network.vpcCidr`",
        values: "IPv4 CIDR, /16–/20",
        default: "required",
        meaning: "must not overlap another cluster's",
    },
    {
        key: "`clusters[i].topology.class`",
        values: "class name",
        default: "required",
        meaning: "a key of `clusterClasses`",
    },
    {
        key: "`clusters[i].topology.version`",
        values: versions(),
        default: "the class's version",
        meaning: "control-plane version",
    },
    {
        key: "`clusters[i].topology.controlPlane`",
        values: "as the class's",
        default: "`{}`",
        meaning: "per-field overrides of the class",
    },
    {
        key: "`clusters[i].topology.variables`",
        values: "as the class's",
        default: "`{}`",
        meaning: "per-field overrides of the class",
    },
    {
        key: "`clusters[i].topology.workers.machineDeployments[j]`",
        values: "`{class, name, replicas, min, max, version?, upgradePolicy?}`",
        default: "required, ≥ 1",
        meaning:
            "node pools: one must be named `system` (add-ons run there); `min ≤ replicas ≤ max`; `version` at most the control plane's and at most 2 minors behind it; `upgradePolicy` `defer` keeps the pool where it is through an upgrade, `hold` keeps it and every later pool (and the add-ons)",
    },
    {
        key: "`rollout.maxParallel`",
        values: "1–20",
        default: inCode(DEFAULT_ROLLOUT_MAX_PARALLEL),
        meaning: 'cluster stacks the apply workflow applies at once within a wave (each its own job; README, "Rollout")',
    },
    {
        key: "`objectives.rtoMinutes`",
        values: "1–1440",
        default: inCode(d.DEFAULT_OBJECTIVES.rtoMinutes),
        meaning: "minutes from a region's failure to payments served, writable, from the next region; config that cannot meet it is refused",
    },
    {
        key: "`objectives.rpoMinutes`",
        values: "1–1440",
        default: inCode(d.DEFAULT_OBJECTIVES.rpoMinutes),
        meaning: "minutes of payment data a region's loss may cost",
    },
    {
        key: "`objectives.responseMinutes`",
        values: "0–120",
        default: inCode(d.DEFAULT_OBJECTIVES.responseMinutes),
        meaning:
            "minutes the on-call takes to acknowledge the page and execute the Region switch plan, or start the database failover without ARC (a step of the RTO)",
    },
    {
        key: "`dns.zoneName`",
        values: "DNS zone",
        default: "required",
        meaning: "public zone of the API, e.g. `payments.example.com`",
    },
    {
        key: "`dns.existingZone`",
        values: "bool",
        default: "`false`",
        meaning: "use the existing public zone of that name instead of creating it",
    },
    {
        key: "`dns.zoneId`",
        values: "`Z…`",
        default: "none",
        meaning:
            "the existing zone's ID, required with `existingZone` (a lookup by name would call Route 53's API, in us-east-1 only, on every run of the environment)",
    },
    {
        key: "`dns.recoveryControl`",
        values: "bool",
        default: "`false`",
        meaning:
            "Route 53 ARC routing controls gate each region, and an ARC Region switch plan per secondary moves the payments (about $2.50 an hour; prod on, staging off)",
    },
    {
        key: "`dns.parent.zoneId` / `dns.parent.roleArn`",
        values: "hosted zone ID / IAM role ARN",
        default: "required for a zone the program creates",
        meaning: "the parent zone that delegates to a created zone (NS records), and the role in the parent zone's account",
    },
    {
        key: "`dns.healthCheck.requestInterval`",
        values: oneOf(HEALTH_CHECK_INTERVALS),
        default: inCode(d.DEFAULT_HEALTH_CHECK_INTERVAL),
        meaning: "seconds between checks",
    },
    {
        key: "`dns.delegations`",
        values: "list of `{ zoneName, principalArn }`",
        default: "none",
        meaning:
            "zones other environments create under this one (staging's under prod's), each with the role (their deploy role) that assumes `payments-dns-delegation-<first label>` to write that zone's NS records and nothing else of this zone",
    },
    {
        key: "`dns.healthCheck.failureThreshold`",
        values: "1–10",
        default: inCode(d.DEFAULT_HEALTH_CHECK_FAILURE_THRESHOLD),
        meaning: "failures before a cluster is unhealthy",
    },
    {
        key: "`dns.healthCheck.regions`",
        values: "≥ 3 Route 53 checker regions",
        default: inCode(d.DEFAULT_HEALTH_CHECK_REGIONS.join(", ")),
        meaning: "",
    },
    {
        key: "`secrets.rotationEpoch`",
        values: "int ≥ 1",
        default: inCode(d.DEFAULT_ROTATION_EPOCH),
        meaning: "bump to regenerate every generated secret",
    },
    {
        key: "`secrets.refreshInterval`",
        values: "duration",
        default: inCode(d.DEFAULT_SECRET_REFRESH_INTERVAL),
        meaning: "how often clusters re-read Secrets Manager",
    },
    {
        key: "`secrets.items[n]`",
        values: "`{name, services, generated: {kind, username?} | partnerSecret}`",
        default: "none",
        meaning:
            "`kind`: `database-credentials` (needs `username`; for a database outside the platform: an Aurora database of `services[k].database` needs none) or `signing-key`",
    },
    {
        key: "`partnerSecrets.<key>`",
        values: "**secret** string",
        default: "none",
        meaning: "partner-provided values (`pulumi config set --secret --path`)",
    },
    {
        key: "`registryCredentials.<host>`",
        values: "`{ username, accessTokenPartnerSecret }`",
        default: "required for `docker.io` and `ghcr.io`",
        meaning: "the account each region's ECR pull-through cache signs in to that upstream with (a read-only token, under `partnerSecrets`)",
    },
    {
        key: "`drillFailCluster`",
        values: 'cluster name or `""`',
        default: '`""`',
        meaning: "a drill in progress: that cluster's health check is inverted",
    },
    {
        key: "`dns.apiName`",
        values: "DNS label",
        default: inCode(d.DEFAULT_API_NAME),
        meaning: "the API is `<apiName>.<zoneName>`; each cluster also serves `<cluster>.<apiName>.<zoneName>`",
    },
    {
        key: "`runbookBaseUrl`",
        values: "https URL",
        default: "required",
        meaning: "base of every alert's `runbook_url`",
    },
    {
        key: "`services[k].name`",
        values: "DNS label ≤ 30",
        default: "required",
        meaning: "namespace `payments-<name>`",
    },
    {
        key: "`services[k].image`",
        values: "pinned image",
        default: "required",
        meaning: "`repo:tag` (never `latest`) or `repo@sha256:…`",
    },
    {
        key: "`services[k].port`",
        values: "1024–65535",
        default: "required",
        meaning: "HTTP port; metrics on 9090",
    },
    {
        key: "`services[k].replicas`",
        values: "`{min ≥ 2, max}`",
        default: "required",
        meaning: "HPA bounds",
    },
    {
        key: "`services[k].resources`",
        values: "`{cpu, memory, cpuLimit?}`",
        default: "required",
        meaning: "memory is also the limit",
    },
    {
        key: "`services[k].targetRequestsPerSecond`",
        values: "int",
        default: inCode(d.DEFAULT_TARGET_RPS),
        meaning: "HPA request-rate target per pod",
    },
    {
        key: "`services[k].public`",
        values: "bool",
        default: "`false`",
        meaning: "the one service behind the API host",
    },
    {
        key: "`services[k].healthPath`",
        values: "path",
        default: inCode(d.DEFAULT_HEALTH_PATH),
        meaning:
            "the public service's deep health path, which its owners implement to check what a payment needs; Route 53 probes it in every region and the drill's smoke test calls it",
    },
    {
        key: "`services[k].callers`",
        values: "list of `{service, methods?, paths?}`",
        default: "`[]`",
        meaning: "the call graph; `ingress` = the gateway (public service only)",
    },
    {
        key: "`services[k].slo`",
        values: "`{availability, latency: {thresholdMs, percentile}}`",
        default: "required",
        meaning: "30-day SLOs; `thresholdMs` must be an Istio histogram bucket",
    },
    {
        key: "`services[k].timeoutMs`",
        values: "int",
        default: inCode(d.DEFAULT_TIMEOUT_MS),
        meaning: "route timeout",
    },
    {
        key: "`services[k].canary`",
        values: "`{image, weight 0–100}`",
        default: "none",
        meaning: "canary Deployment (two pods at least) and traffic share",
    },
    {
        key: "`services[k].iamPolicyArns`",
        values: "policy ARNs",
        default: "none",
        meaning: "IRSA role for the service's pods",
    },
    {
        key: "`services[k].egress.hosts`",
        values: "list of `{host, port?}`",
        default: "none",
        meaning: "external HTTPS the service calls, through the egress gateway; `port` defaults to `443`",
    },
    {
        key: "`services[k].egress.aws`",
        values: `list of ${AWS_EGRESS_SERVICES.map(inCode).join(", ")}`,
        default: "none",
        meaning: "AWS services the service calls, through the VPC endpoints",
    },
    {
        key: "`services[k].database.instanceClass`",
        values: "RDS instance class (`db.r7g.large`)",
        default: "none",
        meaning: 'the service\'s Aurora PostgreSQL Global Database (see "The data tier"): a member per cluster',
    },
    {
        key: "`services[k].database.instances`",
        values: "1–16",
        default: inCode(d.DEFAULT_DATABASE_INSTANCES),
        meaning: "instances per regional cluster (the writer or first reader, then readers)",
    },
    {
        key: "`services[k].database.backupRetentionDays`",
        values: "1–35",
        default: `${inCode(d.DEFAULT_DATABASE_BACKUP_RETENTION_DAYS.prod)} prod, ${inCode(d.DEFAULT_DATABASE_BACKUP_RETENTION_DAYS.staging)} staging`,
        meaning: "automated backups and point-in-time recovery",
    },
];
