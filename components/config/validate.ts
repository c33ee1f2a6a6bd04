import { ENVIRONMENT_PROJECT, SYSTEM_POOL_NAME } from "../names";
import { formatPath } from "./fields";
export { formatPath };
import type { PlatformSpec } from "../topology/spec";
import { registryCredentialIssues } from "../images/mirrors";
import { drNumbers } from "../platform/dr-numbers";
import { PLAN_NAME_PATTERN, regionSwitchPlanName } from "../region-switch/plans";
import { AURORA_POSTGRESQL_VERSION, expandTopology } from "../topology/expand";
import { minorOf } from "../upgrades/minor";
import { supportVerdict } from "../upgrades/calendar";
import { MONITORING_SETTINGS } from "../addons/kube-prometheus-stack";
import { HEARTBEAT_RECEIVER, receiverCredentials } from "../addons/alerting";
import { z } from "zod";
import { ADDON_SETTINGS, ADDONS, sizedComponents } from "../addons";
import { cidrsOverlap, hasHostBits, parseCidr } from "../network/cidr";
import type { ClusterClass, ClusterConfig, ControlPlaneSettings, PlatformConfig } from "./schema";
import {
    cluster as clusterSchema,
    clusterClass as clusterClassSchema,
    platformConfig,
    REGION_PATTERN,
    INGRESS_CALLER,
    ISTIO_LATENCY_BUCKETS_MS,
    SECRET_CONFIG_KEYS,
} from "./schema";

/** One problem in the stack config: where it is (`clusters[1].region`) and what to do about it. */
export interface ConfigIssue {
    readonly path: string;
    readonly message: string;
}

/** A valid config, with what it should change soon (versions near the end of their EKS support). */
/** Valid config comes back expanded too (`spec`): the topology is expanded once, here, and the program builds from that. */
export type ValidationResult = { ok: true; config: PlatformConfig; spec: PlatformSpec; warnings: ConfigIssue[] } | { ok: false; issues: ConfigIssue[] };

export interface ValidationOptions {
    /** The day versions are judged on against EKS's calendar (see `planDate`). @default none: the calendar is not consulted */
    today?: string;
    /** The Pulumi project the stack belongs to, which names its resources. @default the environment's project */
    project?: string;
}

/**
 * Kubelets may lag the control plane by this many minors in config. EKS allows three
 * (EKS_MAX_KUBELET_SKEW); config asks for two so that the control plane can always take its next
 * upgrade without leaving the supported skew.
 */
export const MAX_WORKER_MINOR_SKEW = 2;

/** The system pool's name, which every class declares (re-exported for the checks' callers). */
export { SYSTEM_POOL_NAME };

/** VPC sizes we can carve into public and private subnets for up to six zones. */
export const VPC_PREFIX_LARGEST = 16;
export const VPC_PREFIX_SMALLEST = 20;

/**
 * `addons`, as each add-on declares its settings (components/addons: ADDON_SETTINGS): every key
 * one of theirs, every value valid under its schema.
 */
const ADDONS_CONFIG = z.strictObject({
    addons: z.strictObject(Object.fromEntries(ADDON_SETTINGS.map((declaration) => [declaration.key, declaration.schema.optional()]))).optional(),
});

/**
 * Validates raw stack config (already JSON-decoded) against the schema and the cross-field rules,
 * collecting every problem instead of stopping at the first. Pure: no Pulumi, no I/O.
 */
export function validatePlatformConfig(raw: unknown, options: ValidationOptions = {}): ValidationResult {
    const parsed = platformConfig.safeParse(raw, { reportInput: true });
    const issues: ConfigIssue[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => describeZodIssue(issue, platformConfig));
    // Each add-on's settings against its own declaration, reported under `addons.<key>`.
    const addonsRaw = isRecord(raw) ? raw.addons : undefined;
    const addons = ADDONS_CONFIG.safeParse({ addons: addonsRaw }, { reportInput: true });
    if (!addons.success) issues.push(...addons.error.issues.flatMap((issue) => describeZodIssue(issue, ADDONS_CONFIG)));

    // Cross-field rules run on every class and cluster that is well-formed on its own, so that a
    // typo in one cluster does not hide an overlap between two others.
    const rawObject = isRecord(raw) ? raw : {};
    const rawClasses = isRecord(rawObject.clusterClasses) ? rawObject.clusterClasses : {};
    const classes = new Map<string, ClusterClass>();
    for (const [name, value] of Object.entries(rawClasses)) {
        const result = clusterClassSchema.safeParse(value);
        if (result.success) classes.set(name, result.data);
    }
    const clusters: Array<{ index: number; cluster: ClusterConfig }> = [];
    (Array.isArray(rawObject.clusters) ? rawObject.clusters : []).forEach((value: unknown, index: number) => {
        const result = clusterSchema.safeParse(value);
        if (result.success) clusters.push({ index, cluster: result.data });
    });

    issues.push(...checkClasses(classes));
    const config = parsed.success && addons.success ? { ...parsed.data, addons: addons.data.addons } : undefined;
    const spec = config && issues.length === 0 ? expandedOrUndefined(config, options.project ?? ENVIRONMENT_PROJECT) : undefined;
    if (config)
        issues.push(
            ...checkDeployPath(config),
            ...checkAddons(config),
            ...checkServices(config),
            ...checkSecrets(config),
            ...checkDrill(config),
            ...checkFailoverCapacity(config),
            ...checkDatabaseEngine(config),
            ...(spec ? drNumbers(spec).problems : []),
            ...checkDelegation(config),
            ...checkRegionSwitch(config),
            ...checkAlerting(config),
            ...checkSizes(config),
            ...registryCredentialIssues(config.registryCredentials ?? {}, Object.keys(config.partnerSecrets ?? {})),
        );
    const allClustersParsed = Array.isArray(rawObject.clusters) && clusters.length === rawObject.clusters.length;
    issues.push(...checkClusters(clusters, classes, Object.keys(rawClasses), allClustersParsed));
    const support = options.today ? checkEksSupport(clusters, classes, options.today) : { refusals: [], warnings: [] };
    issues.push(...support.refusals);

    if (issues.length > 0 || !config) return { ok: false, issues: sortIssues(issues) };
    // Expanded here only if it failed above, which then says why.
    return { ok: true, config, spec: spec ?? expandTopology(config, options.project ?? ENVIRONMENT_PROJECT), warnings: sortIssues(support.warnings) };
}

/**
 * Every cluster's control-plane version against EKS's calendar on `today`, with its class's
 * support type: refused once EKS would upgrade it by itself, warned within SUPPORT_WARNING_DAYS.
 * Reported where the version is set: the cluster's `topology.version`, else its class's.
 */
function checkEksSupport(
    clusters: ReadonlyArray<{ index: number; cluster: ClusterConfig }>,
    classes: ReadonlyMap<string, ClusterClass>,
    today: string,
): { refusals: ConfigIssue[]; warnings: ConfigIssue[] } {
    const verdicts = new Map<string, { level: "warn" | "refuse"; message: string }>();
    for (const { index, cluster } of clusters) {
        const cls = classes.get(cluster.topology.class);
        if (!cls) continue;
        const version = cluster.topology.version ?? cls.kubernetesVersion;
        const path = cluster.topology.version ? `clusters[${index}].topology.version` : `clusterClasses.${cluster.topology.class}.kubernetesVersion`;
        const verdict = supportVerdict(version, cls.supportType, today);
        if (verdict.level !== "ok") verdicts.set(path, verdict);
    }
    const issues = (level: "warn" | "refuse") =>
        [...verdicts].filter(([, verdict]) => verdict.level === level).map(([path, verdict]) => ({ path, message: verdict.message }));
    return { refusals: issues("refuse"), warnings: issues("warn") };
}

/** `addons.sizes` names components the add-ons declare. */
function checkSizes(config: PlatformConfig): ConfigIssue[] {
    const known = sizedComponents(ADDONS);
    const sizes = ((config.addons as Record<string, unknown> | undefined)?.sizes ?? {}) as Record<string, unknown>;
    return Object.keys(sizes)
        .filter((key) => !known.includes(key))
        .map((key) => {
            const hint = closest(key, known);
            return {
                path: `addons.sizes.${key}`,
                message: `no add-on component "${key}"${hint ? `; did you mean "${hint}"?` : ""} (known: ${known.join(", ")})`,
            };
        });
}

/** Each alert receiver's credential is a partner secret the stack has. */
function checkAlerting(config: PlatformConfig): ConfigIssue[] {
    const monitoring = MONITORING_SETTINGS.resolve((config.addons as Record<string, unknown> | undefined)?.monitoring, config.environment);
    const receivers = monitoring.receivers;
    const partner = Object.keys(config.partnerSecrets ?? {});
    const cloudwatch: ConfigIssue[] = [];
    const cloudwatchKey = monitoring.cloudwatch?.pagerduty.integrationKeyPartnerSecret;
    // Prometheus cannot see Aurora's replication lag: only a CloudWatch alarm can page on it.
    if (config.environment === "prod" && !cloudwatchKey && config.services.some((service) => service.database))
        cloudwatch.push({
            path: "addons.monitoring.cloudwatch",
            message:
                "prod's databases need their replication lag to page someone; set cloudwatch.pagerduty.integrationKeyPartnerSecret to the partnerSecrets key holding a PagerDuty Amazon CloudWatch integration's key",
        });
    if (cloudwatchKey && !partner.includes(cloudwatchKey))
        cloudwatch.push({
            path: "addons.monitoring.cloudwatch.pagerduty.integrationKeyPartnerSecret",
            message: `no partnerSecrets.${cloudwatchKey}; set it with: pulumi config set --secret --path 'partnerSecrets.${cloudwatchKey}' <value>`,
        });
    return [
        ...cloudwatch,
        ...Object.entries(receiverCredentials(receivers, monitoring.deadMansSwitch))
            .filter(([, key]) => !partner.includes(key))
            .map(([severity, key]) => {
                const receiver = receivers[severity as "page" | "ticket"];
                const field = receiver && "pagerduty" in receiver ? "pagerduty.routingKeyPartnerSecret" : "slack.webhookUrlPartnerSecret";
                return {
                    path:
                        severity === HEARTBEAT_RECEIVER
                            ? "addons.monitoring.deadMansSwitch.webhookUrlPartnerSecret"
                            : `addons.monitoring.receivers.${severity}.${field}`,
                    message: `no partnerSecrets.${key}; set it with: pulumi config set --secret --path 'partnerSecrets.${key}' <value>`,
                };
            }),
    ];
}

/**
 * With ARC, each secondary gets a Region switch plan paired with the primary (see
 * regionSwitchPlans), named after it; ARC refuses a plan name that is not 1–32 letters, digits
 * and inner hyphens. (Clusters' regions are distinct already: one cluster per region.)
 */
function checkRegionSwitch(config: PlatformConfig): ConfigIssue[] {
    if (!config.dns.recoveryControl) return [];
    const primary = config.clusters.find((cluster) => cluster.dr.role === "primary");
    if (!primary) return [];
    const issues: ConfigIssue[] = [];
    // The plans watch each region's probe of the API (its alarm) as their application health: ARC's actual recovery time.
    if (!MONITORING_SETTINGS.resolve((config.addons as Record<string, unknown> | undefined)?.monitoring, config.environment).cloudwatch)
        issues.push({
            path: "addons.monitoring.cloudwatch",
            message:
                "the Region switch plans (dns.recoveryControl) watch each region's probe of the API as their application health, and the probes run with CloudWatch paging; set cloudwatch.pagerduty.integrationKeyPartnerSecret",
        });
    config.clusters.forEach((cluster, index) => {
        if (cluster === primary) return;
        const planName = regionSwitchPlanName(config.environment, cluster.name);
        if (!PLAN_NAME_PATTERN.test(planName))
            issues.push({
                path: `clusters[${index}].name`,
                message: `its Region switch plan would be named ${planName} (${planName.length} characters); ARC allows 32 letters, digits and hyphens: shorten the cluster's name`,
            });
    });
    return issues;
}

/**
 * A zone the platform creates answers nobody until its parent delegates to it (NS records in the
 * parent): every health check of the API would fail, and failover would have nowhere to go.
 */
function checkDelegation(config: PlatformConfig): ConfigIssue[] {
    if (config.dns.existingZone && !config.dns.zoneId)
        return [
            {
                path: "dns.zoneId",
                message: `set the existing zone's ID (aws route53 list-hosted-zones-by-name --dns-name ${config.dns.zoneName}): looking ${config.dns.zoneName} up by name would call Route 53's API, which answers in us-east-1 only, on every run of the environment stack`,
            },
        ];
    if (!config.dns.existingZone && config.dns.zoneId)
        return [
            {
                path: "dns.zoneId",
                message:
                    "names an existing zone, but dns.existingZone is false: the environment would create the zone; set existingZone: true, or remove zoneId",
            },
        ];
    if (config.dns.existingZone || config.dns.parent) return [];
    return [
        {
            path: "dns.parent",
            message: `${config.dns.zoneName} would be a new zone that nothing delegates to, so it would never resolve; set dns.parent.zoneId to its parent zone (and dns.parent.roleArn if that zone is in another account), or dns.existingZone: true for a zone already delegated`,
        },
    ];
}

/** The expanded topology, for the objectives it must meet (see drNumbers); none for a dangling reference, which is reported where it is. */
function expandedOrUndefined(config: PlatformConfig, project: string): PlatformSpec | undefined {
    try {
        return expandTopology(config, project);
    } catch {
        return undefined;
    }
}

/**
 * A global database has one engine version: its members in every cluster run it (switchover and
 * failover refuse members that differ), so every cluster's `databaseEngineVersion` must agree.
 */
function checkDatabaseEngine(config: PlatformConfig): ConfigIssue[] {
    const resolved = config.clusters.map((cluster, index) => {
        const own = cluster.topology.variables?.databaseEngineVersion;
        const classVersion = config.clusterClasses[cluster.topology.class]?.variables?.databaseEngineVersion;
        return {
            cluster: cluster.name,
            version: own ?? classVersion ?? AURORA_POSTGRESQL_VERSION,
            path:
                own !== undefined
                    ? `clusters[${index}].topology.variables.databaseEngineVersion`
                    : `clusterClasses.${cluster.topology.class}.variables.databaseEngineVersion`,
        };
    });
    const first = resolved[0];
    if (!first) return [];
    return resolved
        .filter((entry) => entry.version !== first.version)
        .map((entry) => ({
            path: entry.path,
            message: `${entry.cluster} would run Aurora PostgreSQL ${entry.version}, ${first.cluster} ${first.version}: a global database has one engine version across its regions; set the same on every cluster`,
        }));
}

/**
 * A secondary takes the primary's whole load when the primary fails: each of its node pools
 * must be able to grow (its `max`, which the cluster autoscaler honours) to at least the nodes
 * the primary's pool of the same name runs now (`replicas`). Running them warm is not required;
 * the autoscaler adds nodes in minutes (README, "Autoscaling").
 */
function checkFailoverCapacity(config: PlatformConfig): ConfigIssue[] {
    const primary = config.clusters.find((cluster) => cluster.dr.role === "primary");
    if (!primary) return [];
    const issues: ConfigIssue[] = [];
    config.clusters.forEach((cluster, i) => {
        if (cluster === primary) return;
        cluster.topology.workers.machineDeployments.forEach((pool, j) => {
            const primaryPool = primary.topology.workers.machineDeployments.find((candidate) => candidate.name === pool.name);
            // A primary pool that is itself out of bounds is reported where it is wrong, not here.
            const primaryValid = primaryPool !== undefined && primaryPool.min <= primaryPool.replicas && primaryPool.replicas <= primaryPool.max;
            if (primaryPool && primaryValid && pool.max < primaryPool.replicas)
                issues.push({
                    path: `clusters[${i}].topology.workers.machineDeployments[${j}].max`,
                    message: `${cluster.name}'s ${pool.name} pool can grow to ${pool.max} nodes, fewer than the ${primaryPool.replicas} the primary ${primary.name} runs: it could not take the primary's load; raise max to at least ${primaryPool.replicas}`,
                });
        });
    });
    return issues;
}

/**
 * A private API endpoint answers only networks routed into the cluster's VPC and admitted by its
 * security group: without a declared deploy network, `pulumi up` builds the AWS half and then
 * times out on every Kubernetes object. `0.0.0.0/0` is no deploy network.
 */
function checkDeployPath(config: PlatformConfig): ConfigIssue[] {
    const privateClusters = config.clusters.filter((cluster) => {
        const publicAccess =
            cluster.topology.controlPlane?.endpointPublicAccess ?? config.clusterClasses[cluster.topology.class]?.controlPlane?.endpointPublicAccess;
        return publicAccess !== true;
    });
    const issues: ConfigIssue[] = [];
    // Each cluster's pods write to their database's writer in whichever region holds it (components/data/writer-path.ts).
    const databaseService = config.services.find((service) => service.database);
    if (databaseService && config.clusters.length > 1 && !config.deploy)
        issues.push({
            path: "deploy",
            message: `${databaseService.name}'s writer moves between regions, and each cluster reaches the other regions' VPCs through its region's transit gateway (peered across regions); set deploy: { roleArn, cidrs, transitGateways } (README, "The deploy path")`,
        });
    if (privateClusters.length > 0 && !config.deploy) {
        issues.push({
            path: "deploy",
            message: `${privateClusters.map((cluster) => cluster.name).join(", ")} have a private API endpoint, and nothing says where pulumi up reaches them from; set deploy: { roleArn, cidrs, transitGateways } to the deploy runner's role, its networks and the transit gateway they are attached to in each region (README, "The deploy path")`,
        });
    }
    // Each cluster VPC attaches to its region's transit gateway and routes the deploy networks through it.
    if (config.deploy)
        // (A malformed region has its own error.)
        for (const region of [...new Set(config.clusters.map((cluster) => cluster.region))].filter((region) => REGION_PATTERN.test(region)).sort())
            if (!config.deploy.transitGateways[region])
                issues.push({
                    path: `deploy.transitGateways.${region}`,
                    message: `no transit gateway for ${region} (clusters ${config.clusters
                        .filter((cluster) => cluster.region === region)
                        .map((cluster) => cluster.name)
                        .join(
                            ", ",
                        )}), so nothing routes the deploy networks into their VPCs; name the transit gateway the deploy runners' network is attached to in ${region}`,
                });
    (config.deploy?.cidrs ?? []).forEach((cidr, index) => {
        const path = `deploy.cidrs[${index}]`;
        if (cidr.endsWith("/0")) issues.push({ path, message: `${cidr} would open every cluster's API to the internet; name the deploy runners' networks` });
        // The runners' network is routed into every cluster VPC (a transit gateway): it cannot overlap one.
        const overlapped = config.clusters.find((cluster) => cidrsOverlap(cidr, cluster.network.vpcCidr));
        if (overlapped && !cidr.endsWith("/0"))
            issues.push({
                path,
                message: `${cidr} overlaps cluster ${overlapped.name}'s VPC ${overlapped.network.vpcCidr}, so it cannot be routed to it; use a network outside every cluster VPC`,
            });
    });
    return issues;
}

/** Each add-on's own checks of its settings (declared in its file). */
function checkAddons(config: PlatformConfig): ConfigIssue[] {
    const addons = (config.addons ?? {}) as Record<string, unknown>;
    return ADDON_SETTINGS.flatMap((declaration) =>
        (declaration.check?.(addons[declaration.key], config.environment) ?? []).map((issue) => ({
            path: `addons.${declaration.key}.${issue.field}`,
            message: issue.message,
        })),
    );
}

function checkSecrets(config: PlatformConfig): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const items = (config.secrets?.items ?? []).map((item, index) => ({ item, index }));
    const services = config.services.map((service) => service.name);
    const partner = Object.keys(config.partnerSecrets ?? {});
    issues.push(
        ...duplicates(
            items,
            ({ item }) => item.name,
            ({ index }) => `secrets.items[${index}].name`,
            "secret name",
        ),
    );
    for (const { item, index } of items) {
        const path = `secrets.items[${index}]`;
        if ((item.generated === undefined) === (item.partnerSecret === undefined)) {
            issues.push({ path, message: "set exactly one of generated (Pulumi makes the value) and partnerSecret (a partner gave it)" });
        }
        if (item.generated?.kind === "database-credentials" && item.generated.username === undefined) {
            issues.push({ path: `${path}.generated.username`, message: "database credentials need a username" });
        }
        if (item.partnerSecret !== undefined && !partner.includes(item.partnerSecret)) {
            issues.push({
                path: `${path}.partnerSecret`,
                message: `no partnerSecrets.${item.partnerSecret}; set it with: pulumi config set --secret --path 'partnerSecrets.${item.partnerSecret}' <value>`,
            });
        }
        item.services.forEach((service, serviceIndex) => {
            if (!services.includes(service))
                issues.push({
                    path: `${path}.services[${serviceIndex}]`,
                    message: `unknown service ${JSON.stringify(service)} (known: ${services.join(", ")})`,
                });
        });
    }
    return issues;
}

function checkDrill(config: PlatformConfig): ConfigIssue[] {
    const target = config.drillFailCluster ?? "";
    const names = config.clusters.map((cluster) => cluster.name);
    if (target === "" || names.includes(target)) return [];
    return [{ path: "drillFailCluster", message: `unknown cluster ${JSON.stringify(target)} (known: ${names.join(", ")}); set "" to end the drill` }];
}

function checkServices(config: PlatformConfig): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    config.services.forEach((service, index) =>
        (service.iamPolicyArns ?? []).forEach((arn, i) => {
            // An AWS-managed policy grants a whole service's API (AdministratorAccess, every bucket...).
            if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn))
                issues.push({
                    path: `services[${index}].iamPolicyArns[${i}]`,
                    message: `${arn} is AWS-managed and grants far more than one service needs; attach a customer-managed policy scoped to what ${service.name} reads`,
                });
        }),
    );
    config.services.forEach((service, index) => {
        if (service.healthPath !== undefined && service.public !== true)
            issues.push({
                path: `services[${index}].healthPath`,
                message: "only the public service is probed by Route 53; declare the deep health path on it, or remove this one",
            });
    });
    const services = config.services.map((service, index) => ({ service, index }));
    const names = config.services.map((service) => service.name);
    issues.push(
        ...duplicates(
            services,
            ({ service }) => service.name,
            ({ index }) => `services[${index}].name`,
            "service name",
        ),
    );
    const publics = services.filter(({ service }) => service.public === true);
    for (const { index } of publics.slice(1)) {
        issues.push({
            path: `services[${index}].public`,
            message: `only one service can be the public API (services[${publics[0].index}] already is); route the rest through it`,
        });
    }
    for (const { service, index } of services) {
        const path = `services[${index}]`;
        if (service.replicas.min > service.replicas.max) {
            issues.push({ path: `${path}.replicas.min`, message: `min ${service.replicas.min} is greater than max ${service.replicas.max}` });
        }
        const threshold = service.slo.latency.thresholdMs;
        if (!(ISTIO_LATENCY_BUCKETS_MS as readonly number[]).includes(threshold)) {
            const below = [...ISTIO_LATENCY_BUCKETS_MS].reverse().find((bucket) => bucket < threshold);
            const above = ISTIO_LATENCY_BUCKETS_MS.find((bucket) => bucket > threshold);
            issues.push({
                path: `${path}.slo.latency.thresholdMs`,
                message: `${threshold} is not an Istio latency histogram bucket, so the SLO cannot be measured exactly; use ${[below, above].filter((b) => b !== undefined).join(" or ")}`,
            });
        }
        (service.callers ?? []).forEach((caller, callerIndex) => {
            const callerPath = `${path}.callers[${callerIndex}].service`;
            if (caller.service === service.name) {
                issues.push({ path: callerPath, message: "a service cannot list itself as a caller" });
            } else if (caller.service === INGRESS_CALLER) {
                if (service.public !== true)
                    issues.push({
                        path: callerPath,
                        message: `only the public service can be called from "${INGRESS_CALLER}"; set public: true or remove this caller`,
                    });
            } else if (!names.includes(caller.service)) {
                issues.push({
                    path: callerPath,
                    message: `unknown caller ${JSON.stringify(caller.service)} (known: ${[INGRESS_CALLER, ...names.filter((n) => n !== service.name)].join(", ")})`,
                });
            }
        });
        issues.push(
            ...duplicates(
                (service.callers ?? []).map((caller, callerIndex) => ({ caller, callerIndex })),
                ({ caller }) => caller.service,
                ({ callerIndex }) => `${path}.callers[${callerIndex}].service`,
                "caller",
                "merge their methods and paths",
            ),
        );
    }
    return issues;
}

function checkClasses(classes: Map<string, ClusterClass>): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    for (const [name, cls] of classes) {
        const path = `clusterClasses.${name}`;
        if (Object.keys(cls.machineDeploymentClasses).length === 0) {
            issues.push({ path: `${path}.machineDeploymentClasses`, message: "must declare at least one machine deployment class" });
        }
        if (cls.controlPlane) issues.push(...checkControlPlane(`${path}.controlPlane`, cls.controlPlane));
    }
    return issues;
}

function checkControlPlane(path: string, settings: ControlPlaneSettings): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const cidrs = settings.publicAccessCidrs ?? [];
    if (settings.endpointPublicAccess === true && cidrs.length === 0) {
        issues.push({
            path: `${path}.publicAccessCidrs`,
            message: "a public API endpoint needs publicAccessCidrs (your office or VPN ranges); or set endpointPublicAccess: false",
        });
    }
    cidrs.forEach((cidr, index) => {
        if (parseCidr(cidr).prefix === 0) {
            issues.push({
                path: `${path}.publicAccessCidrs[${index}]`,
                message: `${cidr} opens the API server to the whole internet; list specific ranges instead`,
            });
        }
    });
    return issues;
}

function checkClusters(
    clusters: Array<{ index: number; cluster: ClusterConfig }>,
    classes: Map<string, ClusterClass>,
    declaredClassNames: string[],
    allClustersParsed: boolean,
): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const at = (index: number, rest: string) => `clusters[${index}].${rest}`;

    issues.push(
        ...duplicates(
            clusters,
            ({ cluster }) => cluster.name,
            ({ index }) => at(index, "name"),
            "cluster name",
        ),
    );
    issues.push(
        ...duplicates(
            clusters,
            ({ cluster }) => cluster.region,
            ({ index }) => at(index, "region"),
            "region",
            "run one cluster per region in a stack",
        ),
    );
    issues.push(
        ...duplicates(
            clusters,
            ({ cluster }) => String(cluster.dr.priority),
            ({ index }) => at(index, "dr.priority"),
            "DR priority",
            "failover order must be unambiguous",
        ),
    );

    issues.push(...checkPrimary(clusters, allClustersParsed));
    clusters.forEach(({ index, cluster }, a) => {
        issues.push(...checkVpcCidr(index, cluster, clusters.slice(0, a)));
        issues.push(...checkTopology(index, cluster, classes, declaredClassNames));
    });
    return issues;
}

/** Exactly one primary, first in failover order (only claimed missing when every cluster was read). */
function checkPrimary(clusters: Array<{ index: number; cluster: ClusterConfig }>, allClustersParsed: boolean): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const at = (index: number, rest: string) => `clusters[${index}].${rest}`;
    const primaries = clusters.filter(({ cluster }) => cluster.dr.role === "primary");
    // A malformed cluster may be the primary: only claim "no primary" when every cluster was read.
    if (allClustersParsed && clusters.length > 0 && primaries.length === 0) {
        issues.push({ path: "clusters", message: 'no cluster has dr.role "primary"; mark exactly one cluster as primary' });
    }
    if (primaries.length > 1) {
        const names = primaries.map(({ index }) => `clusters[${index}]`).join(", ");
        for (const { index } of primaries.slice(1)) {
            issues.push({
                path: at(index, "dr.role"),
                message: `several primaries (${names}); exactly one cluster may be primary, make the others "secondary"`,
            });
        }
    }
    if (primaries.length === 1) {
        const primary = primaries[0];
        const earlier = clusters.filter(({ cluster }) => cluster !== primary.cluster && cluster.dr.priority <= primary.cluster.dr.priority);
        if (earlier.length > 0) {
            issues.push({
                path: at(primary.index, "dr.priority"),
                message: `the primary must come first in failover order, but clusters[${earlier[0].index}] has priority ${earlier[0].cluster.dr.priority}; give the primary the lowest priority number`,
            });
        }
    }
    return issues;
}

/** A VPC range of a size EKS's subnets fit, on its network address, disjoint from the clusters declared before it. */
function checkVpcCidr(index: number, cluster: ClusterConfig, earlier: Array<{ index: number; cluster: ClusterConfig }>): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const at = (i: number, rest: string) => `clusters[${i}].${rest}`;
    const cidr = cluster.network.vpcCidr;
    const prefix = parseCidr(cidr).prefix;
    if (prefix < VPC_PREFIX_LARGEST || prefix > VPC_PREFIX_SMALLEST) {
        issues.push({
            path: at(index, "network.vpcCidr"),
            message: `${cidr} is a /${prefix}; a cluster VPC must be between /${VPC_PREFIX_LARGEST} and /${VPC_PREFIX_SMALLEST}`,
        });
    } else if (hasHostBits(cidr)) {
        issues.push({ path: at(index, "network.vpcCidr"), message: `${cidr} has host bits set; use the network address of the range` });
    }
    for (const other of earlier) {
        if (cidrsOverlap(cidr, other.cluster.network.vpcCidr)) {
            issues.push({
                path: at(index, "network.vpcCidr"),
                message: `${cidr} overlaps clusters[${other.index}].network.vpcCidr ${other.cluster.network.vpcCidr}; give every cluster a disjoint range so VPCs can be peered`,
            });
        }
    }
    return issues;
}

function checkTopology(index: number, cluster: ClusterConfig, classes: Map<string, ClusterClass>, declaredClassNames: string[]): ConfigIssue[] {
    const issues: ConfigIssue[] = [];
    const topology = cluster.topology;
    const path = `clusters[${index}].topology`;
    const deployments = topology.workers.machineDeployments;

    issues.push(
        ...duplicates(
            deployments.map((md, mdIndex) => ({ md, mdIndex })),
            ({ md }) => md.name,
            ({ mdIndex }) => `${path}.workers.machineDeployments[${mdIndex}].name`,
            "node pool name",
        ),
    );
    if (!deployments.some((md) => md.name === SYSTEM_POOL_NAME)) {
        issues.push({
            path: `${path}.workers.machineDeployments`,
            message: `no node pool named "${SYSTEM_POOL_NAME}"; the platform add-ons run there, add one`,
        });
    }
    deployments.forEach((md, mdIndex) => {
        const mdPath = `${path}.workers.machineDeployments[${mdIndex}]`;
        if (md.min > md.replicas)
            issues.push({ path: `${mdPath}.min`, message: `min ${md.min} is greater than replicas ${md.replicas}; lower min or raise replicas` });
        if (md.replicas > md.max)
            issues.push({ path: `${mdPath}.replicas`, message: `replicas ${md.replicas} is greater than max ${md.max}; lower replicas or raise max` });
    });

    if (!declaredClassNames.includes(topology.class)) {
        issues.push({ path: `${path}.class`, message: `unknown class ${JSON.stringify(topology.class)} (known: ${listOrNone(declaredClassNames)})` });
        return issues;
    }
    const cls = classes.get(topology.class);
    if (!cls) return issues; // the class itself is malformed and already reported

    if (topology.controlPlane) {
        issues.push(...checkControlPlane(`${path}.controlPlane`, { ...cls.controlPlane, ...topology.controlPlane }));
    }
    const controlPlaneVersion = topology.version ?? cls.kubernetesVersion;
    const workerClasses = Object.keys(cls.machineDeploymentClasses);
    deployments.forEach((md, mdIndex) => {
        const mdPath = `${path}.workers.machineDeployments[${mdIndex}]`;
        if (!workerClasses.includes(md.class)) {
            issues.push({ path: `${mdPath}.class`, message: `unknown class ${JSON.stringify(md.class)} (known: ${listOrNone(workerClasses)})` });
        }
        const skew = md.version !== undefined ? workerSkewIssue(controlPlaneVersion, md.version) : undefined;
        if (skew) issues.push({ path: `${mdPath}.version`, message: skew });
    });
    return issues;
}

/**
 * What is wrong with a worker at `worker` under a control plane at `controlPlane`, if anything:
 * never newer, and at most MAX_WORKER_MINOR_SKEW behind. Pure.
 */
export function workerSkewIssue(controlPlane: string, worker: string): string | undefined {
    const skew = minorOf(controlPlane) - minorOf(worker);
    if (skew < 0) return `worker version ${worker} is newer than the control plane ${controlPlane}; upgrade the control plane first`;
    if (skew > MAX_WORKER_MINOR_SKEW)
        return `worker version ${worker} is ${skew} minor versions behind the control plane ${controlPlane} (at most ${MAX_WORKER_MINOR_SKEW} allowed); upgrade the node pool`;
    return undefined;
}

/** One issue for every item whose key was already used by an earlier item. */
function duplicates<T>(items: T[], key: (item: T) => string, pathOf: (item: T) => string, what: string, why?: string): ConfigIssue[] {
    const firstSeen = new Map<string, T>();
    const issues: ConfigIssue[] = [];
    for (const item of items) {
        const value = key(item);
        const first = firstSeen.get(value);
        if (first === undefined) {
            firstSeen.set(value, item);
        } else {
            issues.push({ path: pathOf(item), message: `duplicate ${what} ${JSON.stringify(value)} (also at ${pathOf(first)})${why ? `; ${why}` : ""}` });
        }
    }
    return issues;
}

// ---- zod issue rendering -------------------------------------------------------------------

function describeZodIssue(issue: z.core.$ZodIssue, root: z.ZodType): ConfigIssue[] {
    const path = formatPath(issue.path);
    if ((SECRET_CONFIG_KEYS as readonly PropertyKey[]).includes(issue.path[0])) {
        // Never echo a secret back: say where and what kind of value, not what it was.
        return [
            {
                path,
                message:
                    issue.code === "invalid_type" ? `expected ${issue.expected} (value not shown: it is secret)` : "invalid value (not shown: it is secret)",
            },
        ];
    }
    switch (issue.code) {
        case "unrecognized_keys": {
            const known = knownKeysAt(root, issue.path);
            return issue.keys.map((key) => {
                const guess = closest(key, known);
                const hint = guess ? `did you mean ${JSON.stringify(guess)}? ` : "";
                return { path: formatPath([...issue.path, key]), message: `unknown key (${hint}known: ${listOrNone(known)})` };
            });
        }
        case "invalid_type":
            if (issue.input === undefined) return [{ path, message: `required key is missing (expected ${issue.expected})` }];
            return [{ path, message: `expected ${issue.expected}, got ${describeValue(issue.input)}` }];
        case "invalid_value":
            if (!issue.message.startsWith("Invalid option")) return [{ path, message: issue.message }];
            return [{ path, message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")} (got ${describeValue(issue.input)})` }];
        case "too_small":
            if (issue.origin === "array") return [{ path, message: `must list at least ${String(issue.minimum)} item(s)` }];
            return [{ path, message: `must be at least ${String(issue.minimum)} (got ${describeValue(issue.input)})` }];
        case "too_big":
            return [{ path, message: `must be at most ${String(issue.maximum)} (got ${describeValue(issue.input)})` }];
        case "invalid_key":
            return issue.issues.map((inner) => ({ path: formatPath(issue.path), message: `key: ${inner.message}` }));
        default:
            return [{ path, message: issue.message }];
    }
}

function describeValue(value: unknown): string {
    if (value === null) return "null";
    if (Array.isArray(value)) return "a list";
    if (typeof value === "object") return "an object";
    return JSON.stringify(value);
}

/** The keys a strict object schema accepts at `path`, for "did you mean" hints. */
function knownKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
    let current: z.core.$ZodType = schema;
    for (const segment of path) {
        current = unwrap(current);
        const def = current._zod.def;
        if (def.type === "object") current = (def as z.core.$ZodObjectDef).shape[String(segment)];
        else if (def.type === "array") current = (def as z.core.$ZodArrayDef).element;
        else if (def.type === "record") current = (def as z.core.$ZodRecordDef).valueType;
        else return [];
        if (current === undefined) return [];
    }
    const def = unwrap(current)._zod.def;
    return def.type === "object" ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
    let current = schema;
    while (current._zod.def.type === "optional" || current._zod.def.type === "default") {
        current = (current._zod.def as z.core.$ZodOptionalDef).innerType;
    }
    return current;
}

/** The candidate within edit distance 2, or that the word is a prefix of (`diskSize`), if any. */
export function closest(word: string, candidates: string[]): string | undefined {
    let best: { candidate: string; distance: number } | undefined;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const isPrefix = lower.length >= 4 && candidate.toLowerCase().startsWith(lower);
        const distance = candidate.toLowerCase() === lower ? 0 : isPrefix ? 1 : editDistance(word, candidate);
        if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
    }
    return best?.candidate;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

function listOrNone(items: string[]): string {
    return items.length > 0 ? items.join(", ") : "none declared";
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sortIssues(issues: ConfigIssue[]): ConfigIssue[] {
    return [...issues].sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
}
