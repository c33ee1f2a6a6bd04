import { inCode } from "../config/reference";
import { keyOwners } from "../cluster/kms";
import * as k8s from "@pulumi/kubernetes";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { BucketLock } from "../backup/bucket";
import { createBackupKey, createSecureBucket } from "../backup/bucket";
import { cronForRpo } from "../backup/schedule";
import { veleroPolicy } from "../cluster/iam";
import { irsaRole } from "../cluster/irsa";
import { VELERO_RESTORE_ROLE, VELERO } from "../names";
import { z } from "zod";
import type { Environment } from "../config/schema";
import type { AddonContext, PlatformAddon, SettingsOf } from "./addon";
import { declareSettings } from "./addon";
import { chartRelease, customResource, chartPodMonitor } from "./helm";
import type { Placement, ResourceRequirements } from "./placement";
import { HARDENED_CONTAINER, NON_ROOT_POD, systemPlacement } from "./placement";
import type { ChartPin } from "./versions";
import { IMAGES } from "./versions";

const VELERO_CHART = {
    chart: "velero",
    repo: "https://vmware-tanzu.github.io/helm-charts",
    version: "11.3.2",
    kubernetes: { min: "1.18", max: "1.34", source: "Velero README compatibility matrix: 1.17 expects 1.18-latest, tested on 1.31-1.34" },
} as const satisfies ChartPin;

/**
 * The namespaces a backup of the payments holds, named one by one: the pinned chart runs Velero
 * 1.17, which matches `includedNamespaces` literally (globs arrived in 1.18), so `payments-*`
 * would back up a namespace named `payments-*`: nothing.
 */
export function paymentsNamespaces(services: readonly { namespace: string }[]): string[] {
    return services.map((service) => service.namespace).sort();
}
/** Read-only location in a secondary cluster holding the primary's replicated backups. */
export const PRIMARY_REPLICA_LOCATION = "primary-replica";

/** Velero's own images upstream (Docker Hub); the tags stay the chart's. */
const VELERO_IMAGE = "docker.io/velero/velero";
const KUBECTL_IMAGE = "docker.io/bitnamilegacy/kubectl";

interface VeleroValues {
    image: { repository: string };
    initContainers: Array<{
        name: string;
        image: string;
        imagePullPolicy: "IfNotPresent";
        volumeMounts: Array<{ mountPath: string; name: string }>;
        resources: ResourceRequirements;
        securityContext: typeof HARDENED_CONTAINER;
    }>;
    podSecurityContext: typeof NON_ROOT_POD;
    containerSecurityContext: typeof HARDENED_CONTAINER;
    /** The upgrade-CRDs hook Job: its kubectl container, and its velero container's resources. */
    kubectl: { image: { repository: string }; containerSecurityContext: typeof HARDENED_CONTAINER; resources: ResourceRequirements };
    upgradeJobResources: ResourceRequirements;
    credentials: { useSecret: boolean };
    serviceAccount: { server: { create: boolean; name: string; annotations: Record<string, pulumi.Input<string>> } };
    configuration: { backupStorageLocation: []; volumeSnapshotLocation: []; defaultBackupStorageLocation: string };
    upgradeCRDs: boolean;
    snapshotsEnabled: boolean;
    deployNodeAgent: boolean;
    /** The chart binds its service account to this ClusterRole (by default, `cluster-admin`). */
    rbac: { create: true; clusterAdministrator: true; clusterAdministratorName: string };
    resources: ResourceRequirements;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    priorityClassName: string;
}

export const DEFAULT_RPO_MINUTES: Record<Environment, number> = { prod: 15, staging: 60 };
export const DEFAULT_BACKUP_RETENTION_DAYS = 30;
/** The longest RPO prod may run with. */
export const PROD_MAX_RPO_MINUTES = 15;

const backupConfig = z.strictObject({
    /** Recovery point objective: the longest gap between two backups. @default 15 in prod, 60 in staging */
    rpoMinutes: z.number().int().min(1).max(1440).optional(),
    /** How long backups are kept. @default 30 */
    retentionDays: z.number().int().min(1).max(3650).optional(),
    /**
     * Days each replicated backup is locked in the secondaries' replica buckets (S3 Object Lock,
     * COMPLIANCE in prod: no role, root included, can erase it; GOVERNANCE in staging).
     * @default retentionDays
     */
    lockDays: z.number().int().min(1).max(3650).optional(),
    /**
     * Another account's AWS Backup vault, in the primary's region, into which every database
     * recovery point is also copied: out of reach of anyone who controls this account. The other
     * account makes the vault and admits this account (`backup:CopyIntoBackupVault`); the
     * organisation allows cross-account backup. @default none
     */
    accountCopy: z
        .strictObject({
            account: z.string().regex(/^\d{12}$/, { error: "a 12-digit AWS account ID" }),
            vaultName: z.string().regex(/^[a-zA-Z0-9\-_]{2,50}$/, { error: "an AWS Backup vault name: 2-50 letters, digits, hyphens, underscores" }),
        })
        .optional(),
});

/** Object Lock mode of the replica buckets: prod's cannot be shortened by anyone; staging's can be, to tear it down. */
export const REPLICA_LOCK_MODE: Record<Environment, BucketLock["mode"]> = { prod: "COMPLIANCE", staging: "GOVERNANCE" };

/** `addons.backup`: how often Velero backs up the payments namespaces, and for how long it keeps them. */
export const BACKUP_SETTINGS = declareSettings({
    key: "backup",
    schema: backupConfig,
    reference: [
        {
            key: "`addons.backup.rpoMinutes`",
            values: "1–1440",
            default: `${inCode(DEFAULT_RPO_MINUTES.prod)} prod, ${inCode(DEFAULT_RPO_MINUTES.staging)} staging`,
            meaning: "longest gap between backups; prod may not exceed 15",
        },
        {
            key: "`addons.backup.retentionDays`",
            values: "1–3650",
            default: inCode(DEFAULT_BACKUP_RETENTION_DAYS),
            meaning: "backup TTL",
        },
        {
            key: "`addons.backup.lockDays`",
            values: "1–3650, at most `retentionDays`",
            default: "`retentionDays`",
            meaning: "days each replicated backup is locked (S3 Object Lock: COMPLIANCE in prod, GOVERNANCE in staging) in the secondaries' replica buckets",
        },
        {
            key: "`addons.backup.accountCopy`",
            values: "`{ account, vaultName }`",
            default: "none",
            meaning:
                "another account's AWS Backup vault, in the primary's region, every database recovery point is also copied into (the data key is shared with that account for it)",
        },
    ],
    resolve(config, environment) {
        const backup = config;
        const retentionDays = backup.retentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS;
        return {
            rpoMinutes: backup.rpoMinutes ?? DEFAULT_RPO_MINUTES[environment],
            retentionDays,
            lock: { mode: REPLICA_LOCK_MODE[environment], days: backup.lockDays ?? retentionDays },
            ...(backup.accountCopy ? { accountCopy: backup.accountCopy } : {}),
        };
    },
    check(config, environment) {
        const backup = config;
        const issues: Array<{ field: string; message: string }> = [];
        if (environment === "prod" && backup.rpoMinutes !== undefined && backup.rpoMinutes > PROD_MAX_RPO_MINUTES)
            issues.push({ field: "rpoMinutes", message: `prod needs an RPO of at most ${PROD_MAX_RPO_MINUTES} minutes (got ${backup.rpoMinutes}); lower it` });
        const retention = backup.retentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS;
        if (backup.lockDays !== undefined && backup.lockDays > retention)
            issues.push({
                field: "lockDays",
                message: `a replica locked for ${backup.lockDays} days outlives the ${retention}-day retention; lock at most ${retention} days, or keep backups longer`,
            });
        return issues;
    },
});

/** `addons.backup` with every default filled in (what `resolve` returns). */
export type BackupSettings = SettingsOf<typeof BACKUP_SETTINGS>;

/** The payments Schedule of a cluster; its backups are `<schedule>-<timestamp>`. */
export function veleroScheduleName(clusterName: string): string {
    return `payments-${clusterName}`;
}

/** `<hours>h0m0s`, Velero's TTL format. */
/**
 * Velero's cluster-wide access instead of the chart's default `cluster-admin` (Velero's "restrictive
 * RBAC" guidance): it reads everything, to back up whatever a namespace holds, and writes only what
 * a restore creates outside a namespace (its PersistentVolumes, a missing namespace). Inside its
 * own namespace the chart's Role gives it all; in each payment namespace a RoleBinding to
 * VELERO_RESTORE_ROLE (made by the payment service) lets it restore there, and nowhere else.
 */
export const VELERO_CLUSTER_ROLE = "payments-velero";

export function veleroTtl(days: number): string {
    return `${days * 24}h0m0s`;
}

/**
 * Velero with the AWS plugin: a per-cluster bucket and key, an IRSA role scoped to them, the
 * storage and snapshot locations, and a Schedule for the payments namespaces at the RPO. A
 * secondary also reads the environment's replica of the primary's backups in its region through a
 * read-only location, so it can restore the primary's state after losing the primary's region.
 */
export const veleroAddon: PlatformAddon<BackupSettings> = {
    name: "velero",
    component: "Velero",
    dependsOn: [],
    namespaces: [VELERO.namespace],
    platformNamespaces: true,
    charts: { velero: VELERO_CHART },
    customResources: { "velero.io/v1": ["Backup", "Restore", "Schedule", "BackupStorageLocation", "VolumeSnapshotLocation"] },
    settings: BACKUP_SETTINGS,
    // Failed and empty backups must page (velero 11.3.2 labels its pods and names its metrics port so).
    monitors: [chartPodMonitor("velero-monitor", VELERO.namespace, "velero", "http-monitoring")],
    sizes: {
        server: { cpu: "250m", memory: "512Mi" },
        plugin: { cpu: "10m", memory: "64Mi" },
        kubectl: { cpu: "50m", memory: "64Mi" },
        upgradeCrds: { cpu: "50m", memory: "128Mi" },
    },
    install(ctx) {
        const parent = ctx.parent;
        const cluster = ctx.cluster;
        const key = createBackupKey(`${ctx.name}-key`, cluster, keyOwners(ctx.platform), ctx.tags, parent);
        const own = createSecureBucket(`${ctx.name}-bucket`, { prefix: `${cluster.name}-velero-`, kmsKeyArn: key.arn, tags: ctx.tags }, parent);
        // A secondary reads the primary's replicated backups from the environment's bucket in its region.
        const replica = cluster.drRole === "secondary" ? ctx.backupReplica : undefined;
        if (cluster.drRole === "secondary" && !replica)
            throw new pulumi.RunError(
                `${cluster.name} is a secondary, but the environment reports no backup replica bucket for it; apply the environment stack first`,
            );

        const role = irsaRole(
            `${ctx.name}-role`,
            { oidc: ctx.oidc, permissionsBoundary: ctx.permissionsBoundary, serviceAccount: VELERO, tags: ctx.tags },
            parent,
        );
        new aws.iam.RolePolicy(
            `${ctx.name}-policy`,
            {
                role: role.id,
                policy: pulumi.all([own.bucket.arn, key.arn]).apply(([bucketArn, keyArn]) => JSON.stringify(veleroPolicy(bucketArn, keyArn, replica))),
            },
            { parent },
        );

        const values = veleroValues(ctx, role.arn);
        const roles = veleroRoles(ctx);
        const release = chartRelease(ctx, "velero", VELERO_CHART, VELERO.namespace, values, { dependsOn: roles });

        const defaultLocation = storageLocation(ctx, release, "backup-location", {
            name: "default",
            bucket: own.bucket.bucket,
            keyArn: key.arn,
            accessMode: "ReadWrite",
            isDefault: true,
        });
        const replicaLocation = replica
            ? storageLocation(ctx, release, "replica-location", {
                  name: PRIMARY_REPLICA_LOCATION,
                  bucket: replica.bucket,
                  keyArn: replica.keyArn,
                  accessMode: "ReadOnly",
                  isDefault: false,
              })
            : undefined;
        const snapshots = customResource(
            ctx,
            "snapshot-location",
            {
                apiVersion: "velero.io/v1",
                kind: "VolumeSnapshotLocation",
                metadata: { name: "default", namespace: VELERO.namespace },
                spec: { provider: "aws", config: { region: cluster.region } },
            },
            release,
        );
        const schedule = paymentsSchedule(ctx, release);

        return {
            ready: [release, defaultLocation, snapshots, schedule, ...(replicaLocation ? [replicaLocation] : [])],
            outputs: {
                backupBucket: own.bucket.bucket,
                backupBucketArn: own.bucket.arn,
                backupKeyArn: key.arn,
                backupLocation: "default",
                backupSchedule: veleroScheduleName(cluster.name),
                veleroRoleArn: role.arn,
                ...(replica
                    ? {
                          primaryReplicaBucket: replica.bucket,
                          primaryReplicaBucketArn: replica.bucketArn,
                          primaryReplicaLocation: PRIMARY_REPLICA_LOCATION,
                      }
                    : {}),
            },
            backup: { bucket: own.bucket, versioning: own.versioning, keyArn: key.arn },
        };
    },
};

/** Velero's chart values: its images from the region's caches, hardened, on the system pool, with the server's role; locations are declared apart. */
function veleroValues(ctx: AddonContext<BackupSettings>, roleArn: pulumi.Output<string>): VeleroValues {
    const cluster = ctx.cluster;
    return {
        image: { repository: ctx.images.repository(VELERO_IMAGE) },
        initContainers: [
            {
                name: "velero-plugin-for-aws",
                image: ctx.images.image(IMAGES.veleroAwsPlugin),
                imagePullPolicy: "IfNotPresent",
                volumeMounts: [{ mountPath: "/target", name: "plugins" }],
                resources: ctx.size("plugin"),
                securityContext: HARDENED_CONTAINER,
            },
        ],
        // The chart sets no security context; its scratch and plugin folders are emptyDirs.
        podSecurityContext: NON_ROOT_POD,
        containerSecurityContext: HARDENED_CONTAINER,
        kubectl: {
            image: { repository: ctx.images.repository(KUBECTL_IMAGE) },
            containerSecurityContext: HARDENED_CONTAINER,
            resources: ctx.size("kubectl"),
        },
        upgradeJobResources: ctx.size("upgradeCrds"),
        credentials: { useSecret: false },
        serviceAccount: { server: { create: true, name: VELERO.name, annotations: { "eks.amazonaws.com/role-arn": roleArn } } },
        // Locations are declared below as resources, so they can be reviewed and tested.
        configuration: { backupStorageLocation: [], volumeSnapshotLocation: [], defaultBackupStorageLocation: "default" },
        upgradeCRDs: true,
        snapshotsEnabled: true,
        deployNodeAgent: false,
        rbac: { create: true, clusterAdministrator: true, clusterAdministratorName: VELERO_CLUSTER_ROLE },
        resources: ctx.size("server"),
        ...systemPlacement(cluster),
        priorityClassName: "system-cluster-critical",
    };
}

/** Velero's own ClusterRoles, instead of the chart's cluster-admin: it reads everything and makes only what a restore makes outside a namespace; the write role each payment namespace binds. */
function veleroRoles(ctx: AddonContext<BackupSettings>): k8s.rbac.v1.ClusterRole[] {
    const parent = ctx.parent;
    return [
        new k8s.rbac.v1.ClusterRole(
            `${ctx.name}-cluster-role`,
            {
                metadata: { name: VELERO_CLUSTER_ROLE },
                rules: [
                    { apiGroups: ["*"], resources: ["*"], verbs: ["get", "list", "watch"] },
                    { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create", "patch", "update"] },
                    { apiGroups: [""], resources: ["namespaces"], verbs: ["create"] },
                ],
            },
            { parent, dependsOn: ctx.dependsOn },
        ),
        new k8s.rbac.v1.ClusterRole(
            `${ctx.name}-restore-role`,
            {
                metadata: { name: VELERO_RESTORE_ROLE },
                rules: [{ apiGroups: ["*"], resources: ["*"], verbs: ["create", "update", "patch", "delete"] }],
            },
            { parent, dependsOn: ctx.dependsOn },
        ),
    ];
}

/** The payments namespaces' backup, every RPO, kept for the retention. */
function paymentsSchedule(ctx: AddonContext<BackupSettings>, release: pulumi.Resource): pulumi.Resource {
    const cluster = ctx.cluster;
    return customResource(
        ctx,
        "payments-schedule",
        {
            apiVersion: "velero.io/v1",
            kind: "Schedule",
            // Named after the cluster: a standby syncs the primary's backups beside its own, and
            // a restore picks the primary's latest by this name.
            metadata: { name: veleroScheduleName(cluster.name), namespace: VELERO.namespace },
            spec: {
                schedule: cronForRpo(ctx.settings.rpoMinutes),
                useOwnerReferencesInBackup: false,
                template: {
                    includedNamespaces: paymentsNamespaces(ctx.platform.services),
                    // ExternalSecrets recreate them from Secrets Manager (a restore never brings
                    // them: rule restores-keep-identity); a locked copy would outlive a rotation.
                    excludedResources: ["secrets"],
                    storageLocation: "default",
                    volumeSnapshotLocations: ["default"],
                    snapshotVolumes: true,
                    ttl: veleroTtl(ctx.settings.retentionDays),
                },
            },
        },
        release,
    );
}

/** A BackupStorageLocation: a bucket and its key in the cluster's region, written to or only read. */
function storageLocation(
    ctx: AddonContext<BackupSettings>,
    release: pulumi.Resource,
    role: string,
    location: { name: string; bucket: pulumi.Input<string>; keyArn: pulumi.Input<string>; accessMode: "ReadWrite" | "ReadOnly"; isDefault: boolean },
): pulumi.Resource {
    return customResource(
        ctx,
        role,
        {
            apiVersion: "velero.io/v1",
            kind: "BackupStorageLocation",
            metadata: { name: location.name, namespace: VELERO.namespace },
            spec: {
                provider: "aws",
                objectStorage: { bucket: location.bucket },
                config: { region: ctx.cluster.region, kmsKeyId: location.keyArn },
                accessMode: location.accessMode,
                default: location.isDefault,
            },
        },
        release,
    );
}
