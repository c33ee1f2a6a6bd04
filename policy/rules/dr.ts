import { HELD_DRILL_GUARD } from "../../stacks/dr-drill/switch";
import { parseEcrImage } from "../../components/workloads/images";
import { parseImage, UPSTREAM_REGISTRIES } from "../../components/images/mirrors";
import { RESTORE_NEVER_OVERWRITES } from "../../components/backup/restore";
import { SECRET_SCOPE_TAG } from "../../components/secrets/secret-policy";
import { DRILL_LABEL, RUN_ONCE_IGNORED } from "../../components/names";
import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import {
    ancestorOfType,
    asArray,
    asRecord,
    CLUSTER_COMPONENT,
    dnsName,
    ENVIRONMENT_COMPONENT,
    containersOf,
    podSpecOf,
    resourcesOfType,
    STACK_REFERENCE,
    waitsFor,
} from "./util";

/** The longest gap between runs of a simple cron (`*\/n * * * *`, `0 *\/n * * *`, daily), in minutes. */
export function cronGapMinutes(cron: string): number | undefined {
    const [minute, hour, ...rest] = cron.trim().split(/\s+/);
    if (rest.length !== 3 || rest.some((field) => field !== "*")) return undefined;
    if (minute === "*" && hour === "*") return 1;
    if (/^\*\/\d+$/.test(minute) && hour === "*") return Number(minute.slice(2));
    if (/^\d+$/.test(minute) && hour === "*") return 60;
    if (/^\d+$/.test(minute) && /^\*\/\d+$/.test(hour)) return Number(hour.slice(2)) * 60;
    if (/^\d+$/.test(minute) && /^\d+$/.test(hour)) return 24 * 60;
    return undefined;
}

export function backupsWithinRpo(level: Level): StackValidationPolicy {
    return {
        name: "backups-within-rpo",
        description: "Every cluster has a Velero Schedule of the payments namespaces at least as frequent as the RPO.",
        enforcementLevel: level,
        configSchema: { properties: { rpoMinutes: { type: "number", default: 15 } } },
        validateStack: (args, report) => {
            const rpo = args.getConfig<{ rpoMinutes: number }>().rpoMinutes;
            const clusters = resourcesOfType(args, CLUSTER_COMPONENT);
            for (const cluster of clusters) {
                const schedules = resourcesOfType(args, "kubernetes:velero.io/v1:Schedule").filter(
                    (r) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn === cluster.urn,
                );
                const covering = schedules.filter((s) =>
                    asArray(asRecord(asRecord(s.props.spec).template).includedNamespaces).some((ns) => String(ns).startsWith("payments")),
                );
                if (covering.length === 0) {
                    report(`cluster ${cluster.name} has no Velero Schedule of the payments namespaces; install the velero add-on.`, cluster.urn);
                    continue;
                }
                for (const schedule of covering) {
                    const cron = String(asRecord(schedule.props.spec).schedule ?? "");
                    const gap = cronGapMinutes(cron);
                    if (gap === undefined || gap > rpo)
                        report(
                            `${schedule.name} backs up on "${cron}", which can leave more than ${rpo} minutes between backups; lower addons.backup.rpoMinutes.`,
                            schedule.urn,
                        );
                }
            }
        },
    };
}

export function routedRecordsHealthChecked(level: Level): StackValidationPolicy {
    return {
        name: "routed-records-health-checked",
        description:
            "Every Route 53 record with a routing policy (failover, weighted, latency, geolocation) has a health check, or is an alias that evaluates its target's health.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const record of resourcesOfType(args, "aws:route53/record:Record")) {
                const routed = ["failoverRoutingPolicies", "weightedRoutingPolicies", "latencyRoutingPolicies", "geolocationRoutingPolicies"].some(
                    (key) => asArray(record.props[key]).length > 0,
                );
                // Route 53 answers an alias with evaluate-target-health as healthy only while its
                // target has a healthy record (Route 53 developer guide, "Evaluate target health").
                const evaluatesTarget = asArray(record.props.aliases).some((alias) => asRecord(alias).evaluateTargetHealth === true);
                if (routed && !record.props.healthCheckId && !evaluatesTarget)
                    report(
                        `${record.name} routes traffic for ${String(record.props.name)} without a health check; set healthCheckId, or alias a record set with evaluateTargetHealth.`,
                        record.urn,
                    );
            }
        },
    };
}

/**
 * Regions the stack works in: those of its AWS providers (every resource of this platform has an
 * explicit regional provider). The environment stack has one per cluster; a cluster stack, one.
 */
function providerRegions(args: Parameters<StackValidationPolicy["validateStack"]>[0]): string[] {
    return [
        ...new Set(
            resourcesOfType(args, "pulumi:providers:aws")
                .map((r) => String(r.props.region ?? ""))
                .filter((region) => region !== ""),
        ),
    ].sort();
}

/** Resources whose provider's region is where they are managed, not where anything of the platform lives. */
const MANAGED_ELSEWHERE = /^aws:(arcregionswitch|route53recoverycontrol|iam)\/|^aws:ecr\/replicationConfiguration:/;

/**
 * The regions the platform lives in, as the environment stack sees them: its providers' regions
 * but those whose resources are all managed there from elsewhere (ARC's control planes in
 * us-east-1 and us-west-2 with the plans' IAM role, the payment images' source registry): after a region is left for good
 * those providers remain, and no secret has to follow them.
 */
function homeRegions(args: Parameters<StackValidationPolicy["validateStack"]>[0]): string[] {
    const used = new Map<string, boolean>();
    for (const resource of args.resources) {
        const provider = resource.provider?.urn;
        if (provider) used.set(provider, (used.get(provider) ?? false) || !MANAGED_ELSEWHERE.test(resource.type));
    }
    return [
        ...new Set(
            resourcesOfType(args, "pulumi:providers:aws")
                .filter((provider) => used.get(provider.urn) !== false)
                .map((provider) => String(provider.props.region ?? ""))
                .filter((region) => region !== ""),
        ),
    ].sort();
}

export function multiRegion(level: Level): StackValidationPolicy {
    return {
        name: "multi-region",
        description: "An environment's clusters span at least the configured number of regions (prod: 2).",
        enforcementLevel: level,
        configSchema: { properties: { minRegions: { type: "number", default: 2 } } },
        validateStack: (args, report) => {
            // Only the environment stack declares every cluster; a cluster stack is one region by design.
            if (resourcesOfType(args, ENVIRONMENT_COMPONENT).length === 0) return;
            const min = args.getConfig<{ minRegions: number }>().minRegions;
            const regions = homeRegions(args);
            if (regions.length < min)
                report(
                    `the environment's clusters span ${regions.length} region(s) (${regions.join(", ") || "none"}); add clusters until they span at least ${min}.`,
                );
        },
    };
}

export function secretReplicasCoverRegions(level: Level): StackValidationPolicy {
    return {
        name: "secret-replicas-cover-regions",
        description: "Every Secrets Manager secret exists (itself or a replica) in every cluster's region.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const regions = homeRegions(args);
            const secrets = resourcesOfType(args, "aws:secretsmanager/secret:Secret");
            const scope = (secret: (typeof secrets)[number]) => asRecord(secret.props.tags)[SECRET_SCOPE_TAG];
            for (const secret of secrets) {
                // Secrets scoped to one cluster (its own intermediate CA) live only in its region.
                if (ancestorOfType(secret, CLUSTER_COMPONENT) || scope(secret) === "cluster") continue;
                // A secret made in each region on its own (the image caches' credentials): one of its name in every region.
                if (scope(secret) === "region") {
                    const homes = new Set(
                        secrets
                            .filter((other) => scope(other) === "region" && other.props.name === secret.props.name)
                            .map((other) => String(other.provider?.props.region ?? "")),
                    );
                    const missing = regions.filter((region) => !homes.has(region));
                    if (missing.length > 0)
                        report(
                            `${secret.name} is made per region (${SECRET_SCOPE_TAG}=region), but not in ${missing.join(", ")}; make one there too.`,
                            secret.urn,
                        );
                    continue;
                }
                const home = String(secret.provider?.props.region ?? "");
                const covered = new Set([home, ...asArray(secret.props.replicas).map((replica) => String(asRecord(replica).region))]);
                const missing = regions.filter((region) => !covered.has(region));
                if (missing.length > 0)
                    report(
                        `${secret.name} has no replica in ${missing.join(", ")}; clusters there could not read it after losing ${home}. Add replicas.`,
                        secret.urn,
                    );
            }
        },
    };
}

/**
 * Route 53 refuses an alias to a record of its own zone that does not exist yet (InvalidChangeBatch:
 * "Tried to create an alias that targets X ... but that target was not found"), and nothing
 * orders two records of one stack unless a dependency says so: every same-zone alias must
 * depend on every record of the name it targets in this stack. A target that no record of this
 * stack creates must come from another stack applied before this one: the alias must depend on
 * a StackReference (its target name read from that stack's outputs).
 */
export function aliasesAfterTheirTargets(level: Level): StackValidationPolicy {
    return {
        name: "aliases-after-their-targets",
        description: "Every Route 53 alias to a record in its own zone depends on that record, which the stack creates.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const records = resourcesOfType(args, "aws:route53/record:Record");
            for (const record of records) {
                const zone = record.props.zoneId;
                for (const alias of asArray(record.props.aliases).map(asRecord)) {
                    // An unknown zone (a zone created in the same update, in a real preview) compares as the record's own.
                    if (typeof zone === "string" && typeof alias.zoneId === "string" && alias.zoneId !== zone) continue;
                    const targets = records.filter((candidate) => candidate.props.zoneId === zone && dnsName(candidate.props.name) === dnsName(alias.name));
                    if (targets.length === 0) {
                        if (!waitsFor(record).some((dependency) => dependency.type === STACK_REFERENCE))
                            report(
                                `${record.name} aliases ${dnsName(alias.name)} in its own zone, which no record of this stack creates and no StackReference it depends on provides; Route 53 refuses an alias whose target does not exist.`,
                                record.urn,
                            );
                        continue;
                    }
                    for (const target of targets.filter((candidate) => !waitsFor(record).some((dependency) => dependency.urn === candidate.urn)))
                        report(
                            `${record.name} aliases ${dnsName(alias.name)} but does not depend on ${target.name}, so Route 53 may be asked for the alias first and refuse it; add ${target.name} to its dependsOn.`,
                            record.urn,
                        );
                }
            }
        },
    };
}

const CLUSTER_STACK_COMPONENT = "payments:platform:ClusterStack";

/**
 * A cluster's stack touches one region: applying it while another region is down, or changing
 * it, never reaches another region. (Route 53 is global; its resources go through the same provider.)
 */
export function clusterStackOneRegion(level: Level): StackValidationPolicy {
    return {
        name: "cluster-stack-one-region",
        description: "A cluster stack's AWS providers are all in the cluster's one region.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            if (resourcesOfType(args, CLUSTER_STACK_COMPONENT).length === 0) return;
            const regions = providerRegions(args);
            if (regions.length !== 1)
                report(
                    `the cluster stack works in ${regions.length} region(s) (${regions.join(", ") || "none"}); a cluster's stack must touch exactly its own, so losing another region never blocks it.`,
                );
        },
    };
}

/**
 * A cluster pulls every image from its own region: an ECR image from another region's registry
 * (the one CI pushes to, say) or from a registry outside AWS (Docker Hub, Quay: both run in
 * us-east-1) would leave the cluster unable to start a pod, scale or replace a node when that
 * place is gone, exactly when it must take the traffic. The environment replicates the payment
 * images into every cluster region (regionalImage) and caches the upstream registries there
 * (components/images/mirrors.ts). Images are read where the cluster's nodes will pull them: pod
 * templates (the program's and the charts' rendered ones), Calico's Installation `registry` (the
 * operator's images) and Istio's `global.hub` (istiod and every proxy it injects).
 */
export function clusterPullsImagesFromItsRegion(level: Level): StackValidationPolicy {
    return {
        name: "cluster-pulls-images-from-its-region",
        description:
            "Every image a cluster stack runs (its pods', its charts', Calico's and the mesh proxies') is pulled from ECR in the cluster's own region.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            if (resourcesOfType(args, CLUSTER_STACK_COMPONENT).length === 0) return;
            const [region, ...others] = providerRegions(args);
            if (!region || others.length > 0) return;
            const pulls = (resource: (typeof args.resources)[number], image: string, what: string) => {
                const problem = imagePullProblem(image, region);
                if (problem) report(`${resource.name} (${resource.type}) ${what} ${problem}`, resource.urn);
            };
            for (const resource of args.resources) {
                const pod = podSpecOf(resource.type, resource.props);
                for (const container of pod ? containersOf(pod) : []) {
                    const image = String(container.image ?? "");
                    // Istio's gateway charts leave the image to the injector (`auto`), which takes istiod's hub (checked below).
                    if (image !== "auto") pulls(resource, image, `pulls ${image}:`);
                }
            }
            for (const installation of resourcesOfType(args, "kubernetes:operator.tigera.io/v1:Installation")) {
                const registry = String(asRecord(installation.props.spec).registry ?? "quay.io/");
                pulls(installation, `${registry}calico/node:latest`, `has Calico's operator pull from ${registry}:`);
            }
            for (const release of resourcesOfType(args, HELM_RELEASE).filter((candidate) => ISTIO_IMAGE_CHARTS.includes(String(candidate.props.chart)))) {
                const hub = String(asRecord(asRecord(release.props.values).global).hub ?? "docker.io/istio");
                pulls(release, `${hub}/proxyv2:latest`, `pulls Istio's images (global.hub ${hub}):`);
            }
        },
    };
}

const HELM_RELEASE = "kubernetes:helm.sh/v3:Release";
/** Istio's charts that run images from `global.hub`: the node agent and istiod (whose injector gives every proxy its image). */
const ISTIO_IMAGE_CHARTS = ["cni", "istiod"];

/** Why pulling `image` from a cluster in `region` would fail when another place is lost; undefined when it is the region's own ECR. Pure. */
export function imagePullProblem(image: string, region: string): string | undefined {
    const ecr = parseEcrImage(image);
    if (ecr)
        return ecr.region === region
            ? undefined
            : `from ${ecr.region}: losing ${ecr.region} stops this ${region} cluster from starting pods; pull from ${region}'s replica (${ecr.account}.dkr.ecr.${region}.amazonaws.com/${ecr.repository}).`;
    const { host } = parseImage(image);
    const cache = UPSTREAM_REGISTRIES.find((registry) => registry.host === host);
    return `from ${host}, outside AWS: when ${host} is down or refuses the pull, this ${region} cluster cannot start pods; ${
        cache
            ? `pull through ${region}'s cache of it (<account>.dkr.ecr.${region}.amazonaws.com/${cache.prefix}/..., components/images/mirrors.ts).`
            : `mirror it into ${region}'s ECR, or add ${host} to UPSTREAM_REGISTRIES (components/images/mirrors.ts) if ECR can cache it.`
    }`;
}

/**
 * The environment stack is applied first and must stay appliable with any region down: it reads
 * no cluster stack (which would make it wait on one), and its AWS providers make no call at
 * start-up (credential and account lookups go to each region's STS).
 */
export function environmentIndependentOfRegions(level: Level): StackValidationPolicy {
    return {
        name: "environment-independent-of-regions",
        description: "The environment stack reads no other stack, and its AWS providers skip start-up calls to each region.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            if (resourcesOfType(args, ENVIRONMENT_COMPONENT).length === 0) return;
            for (const reference of resourcesOfType(args, STACK_REFERENCE))
                report(
                    `the environment stack reads ${String(reference.props.name)}; it is applied before every cluster and must not depend on one.`,
                    reference.urn,
                );
            for (const provider of resourcesOfType(args, "pulumi:providers:aws")) {
                const quiet = [provider.props.skipCredentialsValidation, provider.props.skipRequestingAccountId].every(
                    (flag) => flag === true || flag === "true",
                );
                if (!quiet)
                    report(
                        `${provider.name} (${String(provider.props.region)}) validates credentials or looks up the account at start-up, through that region's STS; set skipCredentialsValidation and skipRequestingAccountId so the environment applies with the region down.`,
                        provider.urn,
                    );
            }
        },
    };
}

/** The Velero each pinned chart version ships (its Chart.yaml appVersion). */
export const VELERO_OF_CHART: Readonly<Record<string, string>> = { "11.3.2": "1.17.1" };

const VELERO_KINDS = ["kubernetes:velero.io/v1:Schedule", "kubernetes:velero.io/v1:Backup", "kubernetes:velero.io/v1:Restore"];

/**
 * Velero before 1.18 matches `includedNamespaces` literally: a glob such as `payments-*` selects
 * a namespace of that very name, so every backup is empty and says Completed. Refused unless the
 * Velero the cluster's chart ships reads globs.
 */
export function veleroNamespacesLiteral(level: Level): StackValidationPolicy {
    return {
        name: "velero-namespaces-literal",
        description: "Velero backups and restores name their namespaces literally unless the installed Velero (1.18+) reads globs.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const releases = resourcesOfType(args, "kubernetes:helm.sh/v3:Release").filter((release) => release.props.chart === "velero");
            for (const type of VELERO_KINDS) {
                for (const resource of resourcesOfType(args, type)) {
                    const spec = asRecord(resource.props.spec);
                    const namespaces = asArray((type.endsWith(":Schedule") ? asRecord(spec.template) : spec).includedNamespaces).map(String);
                    const globs = namespaces.filter((ns) => /[*?[]/.test(ns) && ns !== "*");
                    if (globs.length === 0) continue;
                    const cluster = ancestorOfType(resource, CLUSTER_COMPONENT)?.urn;
                    const release = releases.find((candidate) => ancestorOfType(candidate, CLUSTER_COMPONENT)?.urn === cluster) ?? releases[0];
                    const velero = release ? VELERO_OF_CHART[String(release.props.version)] : undefined;
                    const [major, minor] = (velero ?? "0.0").split(".").map(Number);
                    if (velero && (major > 1 || minor >= 18)) continue;
                    report(
                        `${resource.name} selects namespaces by glob (${globs.join(", ")}), which Velero ${velero ?? "of an unknown chart version"} matches literally: the backup would be empty. Name the namespaces.`,
                        resource.urn,
                    );
                }
            }
        },
    };
}

/**
 * A Velero Restore never overwrites a running cluster's identity: `existingResourcePolicy:
 * update` would replace the survivor's ServiceAccounts with the failed cluster's (their IRSA
 * roles trust only the failed cluster's OIDC provider: every AWS call fails) and its secrets
 * with stale copies; ServiceAccounts, Secrets and ExternalSecrets are excluded outright.
 */
export function restoresKeepIdentity(level: Level): ResourceValidationPolicy {
    return {
        name: "restores-keep-identity",
        description: "Velero Restores neither update existing objects nor restore ServiceAccounts, Secrets or ExternalSecrets.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "kubernetes:velero.io/v1:Restore") return;
            const spec = asRecord(args.props.spec);
            if (spec.existingResourcePolicy === "update")
                report(`${args.name} updates objects that already exist in the cluster it restores into; use existingResourcePolicy none.`);
            const excluded = asArray(spec.excludedResources).map(String);
            const missing = RESTORE_NEVER_OVERWRITES.filter((resource) => !excluded.includes(resource));
            if (missing.length > 0) report(`${args.name} would restore ${missing.join(", ")} from another cluster; add them to excludedResources.`);
        },
    };
}

/** The label every payment namespace carries (components/workloads/payment-service.ts). */
const PAYMENT_NAMESPACE_LABEL = "payments.io/service";

/**
 * A payment namespace holds no persistent volume: payments keep their state in Aurora, which
 * survives a region. A volume is an EBS volume, and its Velero backup an EBS snapshot, both bound
 * to one region and one zone: a restore into the survivor cannot bring it (the drill restores
 * with `restorePVs: false`), so a payment that kept state there would lose it with the region,
 * while the drill reported a complete restore.
 */
export function paymentsHoldNoVolumes(level: Level): StackValidationPolicy {
    return {
        name: "payments-hold-no-volumes",
        description: "No PersistentVolumeClaim, claim template or claim volume in a payment namespace: payment state lives in Aurora.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const payments = new Set(
                resourcesOfType(args, "kubernetes:core/v1:Namespace")
                    .filter((namespace) => asRecord(asRecord(namespace.props.metadata).labels)[PAYMENT_NAMESPACE_LABEL] !== undefined)
                    .map((namespace) => String(asRecord(namespace.props.metadata).name)),
            );
            for (const resource of args.resources) {
                const namespace = String(asRecord(resource.props.metadata).namespace ?? "");
                if (!payments.has(namespace)) continue;
                const pod = podSpecOf(resource.type, resource.props);
                const claims = [
                    ...(resource.type === "kubernetes:core/v1:PersistentVolumeClaim" ? ["the claim itself"] : []),
                    ...asArray(asRecord(resource.props.spec).volumeClaimTemplates).map(
                        (template) => `claim template ${String(asRecord(asRecord(template).metadata).name)}`,
                    ),
                    ...asArray(pod?.volumes)
                        .map(asRecord)
                        .filter((volume) => volume.persistentVolumeClaim !== undefined || volume.ephemeral !== undefined)
                        .map((volume) => `volume ${String(volume.name)}`),
                ];
                if (claims.length > 0)
                    report(
                        `${resource.name} (${namespace}) keeps state on a volume (${claims.join(", ")}): an EBS volume and its snapshots stay in their region, so a region's loss takes it; keep a payment's state in its Aurora database.`,
                        resource.urn,
                    );
            }
        },
    };
}

/** What a drill stack may hold besides its own labelled Kubernetes objects and plan executions: how it reads and reaches the platform. */
const DRILL_PLUMBING = /^pulumi:(pulumi:(Stack|StackReference)|providers:)/;

/**
 * A DR drill owns nothing of the platform (config `drillStack`: the drill's stacks): it reads the
 * platform through StackReferences, and everything it creates is its own, so `pulumi destroy` of
 * the drill removes exactly what the drill added. Every Kubernetes object carries the drill label;
 * a local command only executes a Region switch plan and undoes nothing on destroy (the platform
 * stays where the last execution left it); no cloud resource at all.
 */
export function drillsOwnNothing(level: Level): StackValidationPolicy {
    return {
        name: "drills-own-nothing",
        description: "A drill stack creates only its own labelled Kubernetes objects and Region switch plan executions.",
        enforcementLevel: level,
        configSchema: { properties: { drillStack: { type: "boolean", default: false } } },
        validateStack: (args, report) => {
            if (!args.getConfig<{ drillStack: boolean }>().drillStack) return;
            for (const resource of args.resources) {
                if (DRILL_PLUMBING.test(resource.type)) continue;
                if (resource.type.startsWith("kubernetes:")) {
                    if (!asRecord(asRecord(resource.props.metadata).labels)[DRILL_LABEL])
                        report(
                            `${resource.name} carries no ${DRILL_LABEL} label: a drill's objects are its own, or destroying the drill would delete a platform object; label it, or leave it to the platform.`,
                            resource.urn,
                        );
                } else if (resource.type === "command:local:Command") {
                    // A held drill's guard creates nothing and only refuses a destroy.
                    const guard =
                        resource.props.create === ":" &&
                        String(resource.props.delete ?? "").startsWith(HELD_DRILL_GUARD) &&
                        !/\baws\b/.test(String(resource.props.delete));
                    if (guard) continue;
                    if (!String(resource.props.create ?? "").includes("start-plan-execution") || resource.props.delete !== undefined)
                        report(
                            `${resource.name} runs something other than a Region switch plan execution, or undoes something on destroy; a drill moves the platform only through its plans.`,
                            resource.urn,
                        );
                } else {
                    report(
                        `${resource.name} (${resource.type}) is a cloud resource: a drill creates none, it reads the platform through StackReferences.`,
                        resource.urn,
                    );
                }
            }
        },
    };
}

/** What a command does to the world that must happen once: switch a routing control, execute a Region switch plan. */
const ACTS_ONCE = /update-routing-control-state|start-plan-execution/;

/**
 * A `command.local.Command` that switches a routing control or executes a Region switch plan runs
 * only when its `triggers` change: with no `update` command, any other changed input (an edited
 * script, a reordered environment) runs `create` again at the next `up`, which would switch a
 * control left Off in a failover back On, or execute a drill's plan a second time.
 */
export function commandsActOnce(level: Level): ResourceValidationPolicy {
    return {
        name: "commands-act-once",
        description: "Commands that switch routing controls or execute Region switch plans ignore changes to everything but their triggers.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "command:local:Command" || !ACTS_ONCE.test(String(args.props.create ?? "")) || args.props.update !== undefined) return;
            const missing = RUN_ONCE_IGNORED.filter((input) => !args.opts.ignoreChanges.includes(input));
            if (missing.length > 0)
                report(
                    `${args.name} acts on the world once, but a change to its ${missing.join(", ")} would run it again at the next up; add ${missing.join(", ")} to its ignoreChanges (RUN_ONCE_IGNORED) and let triggers decide.`,
                );
        },
    };
}
