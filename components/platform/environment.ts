import { keyOwners } from "../cluster/kms";
import { delegationPolicy, delegationRoleName, environmentAccount, permissionsBoundaryName, permissionsBoundaryPolicy } from "../cluster/iam";
import type { DatabaseVault } from "./outputs";
import { DatabaseVaults } from "../data/backup-vaults";
import { RegionalProbes } from "./regional-probes";
import { RecoveryControl } from "../dns/recovery-control";
import type { RegionSwitchOutputs } from "./outputs";
import { RegionSwitch } from "../region-switch/region-switch";
import { settingsOf } from "../addons/settings";
import { MONITORING_SETTINGS } from "../addons/kube-prometheus-stack";
import { BACKUP_SETTINGS } from "../addons/velero";
import type { ReplicaBucket } from "./outputs";
import { BackupReplicaBuckets } from "../backup/replica-buckets";
import { AlarmTopics } from "./alarm-topics";
import { quietRegionProvider } from "./quiet-provider";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { MeshIntermediateSecret } from "./outputs";
import { MeshCa } from "../secrets/mesh-ca";
import { SecretSync } from "../secrets/secret-sync";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";
import type { SecretOutputs } from "./outputs";
import { imageReplications } from "../workloads/images";
import { PullThroughCaches } from "../images/pull-through-cache";

export interface EnvironmentArgs {
    /** The validated, expanded topology (see `loadPlatformSpec`). Required. */
    spec: PlatformSpec;
    /** Partner-provided secret values (`partnerSecrets` config), a secret. @default {} */
    partnerSecrets?: pulumi.Output<Record<string, string>>;
}

/** Tags every AWS resource carries, so cost and ownership are visible in every account. */
export function baseTags(spec: PlatformSpec): Record<string, string> {
    return { environment: spec.environment, "managed-by": "pulumi", "cost-center": spec.costCenter };
}

export { QUIET_REGION_PROVIDER } from "./quiet-provider";

/** A cluster's region and the environment's provider in it. */
interface RegionProvider {
    cluster: ClusterSpec;
    provider: aws.Provider;
}

/** A partnerSecrets value the stack needs, or an error naming the key when it is not set. */
function partnerSecret(values: pulumi.Output<Record<string, string>>, key: string): pulumi.Output<string> {
    return values.apply((secrets) => {
        const value = secrets[key];
        if (!value) throw new pulumi.RunError(`partnerSecrets.${key}: not set`);
        return value;
    });
}

/** The platform's secrets as stacks see them: where each lives and who reads it, never its value. */
function secretOutputs(sync: SecretSync): pulumi.Output<Record<string, SecretOutputs>> {
    return pulumi
        .all(
            sync.secrets.map((secret) =>
                secret.arn.apply(
                    (arn) =>
                        [
                            secret.name,
                            { arn, remoteKey: secret.remoteKey, services: [...secret.services], replicaRegions: secret.replicaRegions } satisfies SecretOutputs,
                        ] as const,
                ),
            ),
        )
        .apply((entries) => Object.fromEntries(entries));
}

/**
 * The environment stack: what is global or primary-region by nature, and what every cluster
 * reads, applied before any cluster. The public zone; the platform secrets (written in the
 * primary's region, replicated to every cluster's region with that region's key); the mesh root
 * of trust; the secondaries' buckets for the primary's replicated backups. It reads no cluster stack, so it never waits on, or is blocked by, a region.
 */
export class Environment extends pulumi.ComponentResource {
    readonly zoneId: pulumi.Output<string>;
    readonly secrets: pulumi.Output<Record<string, SecretOutputs>>;
    readonly secretsKeyArns: Record<string, pulumi.Output<string>>;
    /** Cluster → where its mesh intermediate is kept (signed here; the root key stays in this stack). */
    readonly meshIntermediates: Record<string, pulumi.Output<MeshIntermediateSecret>>;
    /** Cluster name → its ARC routing control's ARN; empty without `dns.recoveryControl`. */
    readonly routingControls: Record<string, pulumi.Output<string>>;
    /** The Region switch plans and their execution role; undefined without `dns.recoveryControl`. */
    readonly regionSwitch?: pulumi.Output<RegionSwitchOutputs>;
    /** Cluster name → the SNS topic its region's CloudWatch alarms page through; empty without `addons.monitoring.cloudwatch`. */
    readonly alarmTopics: Record<string, pulumi.Output<string>>;
    /** Secondary cluster → the bucket in its region the primary's backups are replicated into. */
    readonly backupReplicas: Record<string, pulumi.Output<ReplicaBucket>>;
    /** The permissions boundary every role of the platform carries. */
    readonly permissionsBoundary: pulumi.Output<string>;
    /** Cluster → the databases' locked backup vault in its region; empty without databases. */
    readonly databaseVaults: Record<string, pulumi.Output<DatabaseVault>>;

    constructor(name: string, args: EnvironmentArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:platform:Environment", name, {}, opts);
        const spec = args.spec;
        const tags = baseTags(spec);
        const regions: RegionProvider[] = spec.clusters.map((cluster) => ({
            cluster,
            provider: quietRegionProvider(`${name}-aws-${cluster.region}`, cluster.region, { ...tags, cluster: cluster.name }, this),
        }));
        const [primary] = regions;
        if (!primary) throw new pulumi.RunError("clusters: the environment needs at least one cluster");
        const primaryTags = { ...tags, cluster: primary.cluster.name };
        const partnerSecrets = args.partnerSecrets ?? pulumi.output<Record<string, string>>({});

        // The ceiling of every role the platform makes, here and in the cluster stacks (which name it by its ARN).
        const boundary = new aws.iam.Policy(
            `${name}-permissions-boundary`,
            {
                name: permissionsBoundaryName(spec.environment),
                description: "payments-platform: the permissions boundary of every role it makes (no identity changes, no destroying the recovery)",
                policy: JSON.stringify(permissionsBoundaryPolicy()),
                tags: primaryTags,
            },
            { parent: this, provider: primary.provider },
        );
        this.permissionsBoundary = boundary.arn;
        const secrets = new SecretSync(`${name}-secrets`, { platform: spec, regions, partnerSecrets, tags }, { parent: this });
        this.secretsKeyArns = Object.fromEntries([...secrets.keys].map(([cluster, key]) => [cluster, key.arn]));
        const meshCa = new MeshCa(
            `${name}-mesh-ca`,
            {
                project: spec.project,
                environment: spec.environment,
                regions: regions.map((region) => ({ ...region, keyArn: this.secretsKeyArns[region.cluster.name] })),
                keyOwners: keyOwners(spec),
                tags: primaryTags,
            },
            { parent: this },
        );
        this.meshIntermediates = meshCa.intermediates;
        this.zoneId = this.publicZone(name, spec, primary, primaryTags);
        this.secrets = secretOutputs(secrets);
        const recovery = this.recovery(name, spec, regions, primaryTags);
        this.routingControls = recovery.routingControls;
        this.regionSwitch = recovery.regionSwitch;
        this.replicateImages(name, spec, regions, tags);
        this.imageCaches(name, spec, regions, tags, partnerSecrets);
        const backups = this.backups(name, spec, regions, tags);
        this.backupReplicas = backups.replicas;
        this.databaseVaults = backups.vaults;
        this.alarmTopics = this.paging(name, spec, regions, tags, partnerSecrets);
        this.registerOutputs({
            alarmTopics: this.alarmTopics,
            zoneId: this.zoneId,
            secrets: this.secrets,
            secretsKeyArns: this.secretsKeyArns,
            routingControls: this.routingControls,
            regionSwitch: this.regionSwitch,
            backupReplicas: this.backupReplicas,
            databaseVaults: this.databaseVaults,
        });
    }

    /** The public zone (Route 53 is global: the primary's provider creates it), its delegation from the parent, and the roles other environments delegate with. */
    private publicZone(name: string, spec: PlatformSpec, primary: RegionProvider, tags: Record<string, string>): pulumi.Output<string> {
        let zoneId: pulumi.Output<string>;
        if (spec.dns.existingZone) {
            // Its ID from config, not a lookup: the environment reads nothing from the cloud at start-up.
            if (!spec.dns.zoneId) throw new pulumi.RunError("dns.zoneId: set the existing zone's ID (dns.existingZone is true)");
            zoneId = pulumi.output(spec.dns.zoneId);
        } else {
            const zone = new aws.route53.Zone(
                `${name}-zone`,
                { name: spec.dns.zoneName, comment: "payments-platform public API", tags },
                { parent: this, provider: primary.provider },
            );
            zoneId = zone.zoneId;
            this.delegate(name, spec, zone, primary.cluster.region, tags);
        }
        this.delegationRoles(name, spec, tags, primary.provider, zoneId);
        return zoneId;
    }

    /** With ARC (`dns.recoveryControl`): the routing controls, and the Region switch plans that move traffic last, through them. */
    private recovery(
        name: string,
        spec: PlatformSpec,
        regions: readonly RegionProvider[],
        tags: Record<string, string>,
    ): { routingControls: Record<string, pulumi.Output<string>>; regionSwitch?: pulumi.Output<RegionSwitchOutputs> } {
        if (!spec.dns.recoveryControl) return { routingControls: {} };
        const recoveryControl = new RecoveryControl(`${name}-recovery-control`, { platform: spec, tags }, { parent: this });
        const last = regions[regions.length - 1] ?? regions[0];
        const regionSwitch = new RegionSwitch(
            `${name}-region-switch`,
            {
                platform: spec,
                routingControls: recoveryControl.routingControls,
                controlPanelArn: recoveryControl.controlPanelArn,
                arcClusterArn: recoveryControl.clusterArn,
                reportsProvider: last.provider,
                reportsRegion: last.cluster.region,
                // The regional probes (with CloudWatch paging) give each region an API health alarm.
                applicationHealthAlarms: settingsOf(spec, MONITORING_SETTINGS).cloudwatch !== undefined,
                permissionsBoundary: this.permissionsBoundary,
                tags,
            },
            { parent: this },
        );
        return { routingControls: recoveryControl.routingControls, regionSwitch: regionSwitch.outputs };
    }

    /** Every chart image is pulled through its cluster region's cache of the upstream registry (components/images/mirrors.ts). */
    private imageCaches(
        name: string,
        spec: PlatformSpec,
        regions: readonly RegionProvider[],
        tags: Record<string, string>,
        partnerSecrets: pulumi.Output<Record<string, string>>,
    ): void {
        new PullThroughCaches(
            `${name}-image-caches`,
            {
                regions: regions.map(({ cluster, provider }) => ({ region: cluster.region, provider, tags: { ...tags, cluster: cluster.name } })),
                accountId: environmentAccount(spec),
                credentials: Object.fromEntries(
                    Object.entries(spec.registryCredentials).map(([host, credential]) => [
                        host,
                        { username: credential.username, accessToken: partnerSecret(partnerSecrets, credential.accessTokenPartnerSecret) },
                    ]),
                ),
                administrators: keyOwners(spec).administrators,
            },
            { parent: this },
        );
    }

    /** The primary's backups replicated into each secondary's bucket, and the databases' locked vaults (with databases). */
    private backups(
        name: string,
        spec: PlatformSpec,
        regions: readonly RegionProvider[],
        tags: Record<string, string>,
    ): { replicas: Record<string, pulumi.Output<ReplicaBucket>>; vaults: Record<string, pulumi.Output<DatabaseVault>> } {
        const backup = settingsOf(spec, BACKUP_SETTINGS);
        const replicas = new BackupReplicaBuckets(
            `${name}-backup-replicas`,
            {
                primary: spec.clusters[0]?.name ?? "",
                secondaries: regions
                    .filter((region) => region.cluster.drRole === "secondary")
                    .map((region) => ({ cluster: region.cluster.name, region: region.cluster.region, provider: region.provider })),
                lock: { ...backup.lock, expireDays: backup.retentionDays },
                keyOwners: keyOwners(spec),
                tags,
            },
            { parent: this },
        ).buckets;
        if (!spec.services.some((service) => service.database !== undefined)) return { replicas, vaults: {} };
        const vaults = new DatabaseVaults(
            `${name}-database-vaults`,
            {
                environment: spec.environment,
                regions: regions.map((region) => ({ cluster: region.cluster.name, region: region.cluster.region, provider: region.provider })),
                retentionDays: backup.retentionDays,
                keyOwners: keyOwners(spec),
                mode: backup.lock.mode,
                tags,
            },
            { parent: this },
        ).vaults;
        return { replicas, vaults };
    }

    /**
     * With CloudWatch paging (`addons.monitoring.cloudwatch`): each region's alarm topic, and the
     * probes that page a lost region from the regions that survive it. Returns the topics.
     */
    private paging(
        name: string,
        spec: PlatformSpec,
        regions: readonly RegionProvider[],
        tags: Record<string, string>,
        partnerSecrets: pulumi.Output<Record<string, string>>,
    ): Record<string, pulumi.Output<string>> {
        const cloudwatch = settingsOf(spec, MONITORING_SETTINGS).cloudwatch;
        if (!cloudwatch) return {};
        const topicArns = new AlarmTopics(
            `${name}-alarms`,
            { platform: spec, regions, integrationKey: partnerSecret(partnerSecrets, cloudwatch.pagerduty.integrationKeyPartnerSecret), tags },
            { parent: this },
        ).topicArns;
        new RegionalProbes(
            `${name}-probes`,
            { platform: spec, regions, topicArns, accountId: environmentAccount(spec), permissionsBoundary: this.permissionsBoundary, tags },
            { parent: this },
        );
        return topicArns;
    }

    /**
     * Every payment image's ECR repository replicated from the registry CI pushes to into every
     * other cluster region, so each cluster pulls from its own region (regionalImage) and a lost
     * region takes no survivor's images with it. One replication configuration per source
     * registry: ECR keeps one per registry, so this stack owns it (README, "Deploying for real").
     */
    private replicateImages(
        name: string,
        spec: PlatformSpec,
        regions: ReadonlyArray<{ cluster: { region: string }; provider: aws.Provider }>,
        tags: Record<string, string>,
    ): void {
        const images = spec.services.flatMap((service) => [service.image, ...(service.canary ? [service.canary.image] : [])]);
        for (const replication of imageReplications(
            images,
            spec.clusters.map((cluster) => cluster.region),
        )) {
            const provider =
                regions.find((region) => region.cluster.region === replication.sourceRegion)?.provider ??
                quietRegionProvider(`${name}-aws-${replication.sourceRegion}`, replication.sourceRegion, tags, this);
            new aws.ecr.ReplicationConfiguration(
                `${name}-images-${replication.sourceRegion}`,
                {
                    replicationConfiguration: {
                        rules: [
                            {
                                destinations: replication.destinations.map((region) => ({ region, registryId: replication.account })),
                                repositoryFilters: replication.repositories.map((repository) => ({ filter: repository, filterType: "PREFIX_MATCH" })),
                            },
                        ],
                    },
                },
                { parent: this, provider },
            );
        }
    }

    /**
     * The new zone's NS records in its parent zone, without which nothing resolves in it: through
     * a provider that assumes the parent zone's account role when it is another account's.
     */
    /**
     * The roles other environments assume to delegate their zones under this one: each may write
     * the NS records of its own zone only (delegationPolicy), never the rest of this zone.
     */
    private delegationRoles(name: string, spec: PlatformSpec, tags: Record<string, string>, provider: aws.Provider, zoneId: pulumi.Output<string>): void {
        for (const delegation of spec.dns.delegations) {
            const label = delegation.zoneName.split(".")[0] ?? delegation.zoneName;
            const role = new aws.iam.Role(
                `${name}-dns-delegation-${label}`,
                {
                    name: delegationRoleName(delegation.zoneName),
                    description: `Writes the delegation of ${delegation.zoneName} in ${spec.dns.zoneName}, and nothing else`,
                    assumeRolePolicy: JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [{ Effect: "Allow", Principal: { AWS: delegation.principalArn }, Action: "sts:AssumeRole" }],
                    }),
                    permissionsBoundary: this.permissionsBoundary,
                    tags,
                },
                { parent: this, provider },
            );
            new aws.iam.RolePolicy(
                `${name}-dns-delegation-${label}-policy`,
                { role: role.id, policy: zoneId.apply((id) => JSON.stringify(delegationPolicy(id, delegation.zoneName))) },
                { parent: this, provider },
            );
        }
    }

    private delegate(name: string, spec: PlatformSpec, zone: aws.route53.Zone, region: string, tags: Record<string, string>): void {
        const parentZone = spec.dns.parent;
        if (!parentZone) throw new pulumi.RunError(`dns.parent: ${spec.dns.zoneName} is a new zone and nothing delegates to it; set dns.parent.zoneId`);
        const provider = quietRegionProvider(
            `${name}-aws-dns-parent`,
            region,
            tags,
            this,
            parentZone.roleArn ? { assumeRoles: [{ roleArn: parentZone.roleArn, sessionName: "payments-platform-dns-delegation" }] } : {},
        );
        new aws.route53.Record(
            `${name}-zone-delegation`,
            { zoneId: parentZone.zoneId, name: spec.dns.zoneName, type: "NS", ttl: DELEGATION_TTL_SECONDS, records: zone.nameServers },
            { parent: this, provider },
        );
    }
}

/** The parent's NS records for the zone: two days, as registries use for delegations. */
export const DELEGATION_TTL_SECONDS = 172800;
