import { EXTERNAL_SECRETS_READER, SECRET_READER_TAG } from "../secrets/secret-policy";
import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { secretPathPrefix, secretsReadPolicy } from "../cluster/iam";
import { meshCaSecretName } from "../secrets/mesh-ca";
import { ISTIO_NAMESPACE, MONITORING_NAMESPACE } from "../names";
import type { PlatformSpec } from "../topology/spec";
import { irsaRole } from "../cluster/irsa";
import { EXTERNAL_SECRETS } from "../names";
import type { PlatformAddon } from "./addon";
import { chartRelease, customResource, KEEP_ON_DELETE, chartPodMonitor } from "./helm";
import type { OnePerNode, PlacedValues } from "./placement";
import { onePerNode, placedCritical } from "./placement";
import type { ChartPin } from "./versions";

const EXTERNAL_SECRETS_CHART = {
    chart: "external-secrets",
    repo: "https://charts.external-secrets.io",
    version: "1.1.0",
    // Upstream tests one minor per release and guarantees only that one; the chart refuses < 1.19.
    kubernetes: { min: "1.19", max: "1.34", source: "external-secrets.io stability-support: ESO 1.1 tested on 1.34; Chart.yaml kubeVersion >= 1.19.0-0" },
} as const satisfies ChartPin;

/**
 * What a cluster syncs from Secrets Manager, and where: every platform secret (the services',
 * Alertmanager's receivers) and the cluster's own mesh intermediate, into the namespaces that read
 * them. The External Secrets role reads exactly these names, and only these namespaces may use
 * the store. Pure.
 */
export function syncedSecrets(
    platform: Pick<PlatformSpec, "project" | "environment" | "secrets" | "services">,
    cluster: string,
): { names: string[]; namespaces: string[] } {
    const prefix = secretPathPrefix(platform.project, platform.environment);
    const readers = new Set(platform.secrets.items.flatMap((item) => item.services));
    return {
        names: [...platform.secrets.items.map((item) => `${prefix}${item.name}`), meshCaSecretName(platform.project, platform.environment, cluster)].sort(),
        namespaces: [
            ...new Set([
                ISTIO_NAMESPACE,
                MONITORING_NAMESPACE,
                ...platform.services.filter((service) => readers.has(service.name)).map((service) => service.namespace),
            ]),
        ].sort(),
    };
}

/** The ClusterSecretStore every ExternalSecret of the platform names. */
export const CLUSTER_SECRET_STORE = "aws-secrets-manager";
/** How often an ExternalSecret re-reads Secrets Manager unless told otherwise. */
export const DEFAULT_REFRESH_INTERVAL = "1h";

export interface ExternalSecretSpecArgs {
    /** The Kubernetes Secret to create and own. */
    target: string;
    /** Copy every key of this Secrets Manager secret's JSON... */
    extractKey?: string;
    /** ...or map chosen remote keys (and JSON properties) to Secret keys. */
    data?: Array<{ secretKey: string; key: string; property?: string }>;
    /** @default "1h" */
    refreshInterval?: string;
    /** Secret type and the like, e.g. `{ type: "kubernetes.io/tls" }`. @default none */
    template?: Record<string, unknown>;
}

/** The spec of an ExternalSecret read through the platform's ClusterSecretStore (this cluster's region). */
export function externalSecretSpec(args: ExternalSecretSpecArgs): Record<string, unknown> {
    return {
        refreshInterval: args.refreshInterval ?? DEFAULT_REFRESH_INTERVAL,
        secretStoreRef: { kind: "ClusterSecretStore", name: CLUSTER_SECRET_STORE },
        target: { name: args.target, creationPolicy: "Owner", ...(args.template ? { template: args.template } : {}) },
        ...(args.extractKey ? { dataFrom: [{ extract: { key: args.extractKey } }] } : {}),
        ...(args.data
            ? {
                  data: args.data.map((entry) => ({
                      secretKey: entry.secretKey,
                      remoteRef: { key: entry.key, ...(entry.property ? { property: entry.property } : {}) },
                  })),
              }
            : {}),
    };
}

/** The operator's one image (controller, webhook and cert controller run it), upstream; the tag stays the chart's app version. */
const EXTERNAL_SECRETS_IMAGE = "ghcr.io/external-secrets/external-secrets";

interface ExternalSecretsImage {
    image: { repository: string };
}

interface ExternalSecretsValues extends PlacedValues, ExternalSecretsImage {
    installCRDs: boolean;
    crds: { annotations: Record<string, string> };
    replicaCount: number;
    leaderElect: boolean;
    podDisruptionBudget: { enabled: boolean; minAvailable: number };
    serviceAccount: { name: string; annotations: Record<string, pulumi.Input<string>> };
    webhook: PlacedValues &
        ExternalSecretsImage & {
            replicaCount: number;
            podDisruptionBudget: { enabled: boolean; minAvailable: number };
            topologySpreadConstraints: OnePerNode[];
        };
    certController: PlacedValues & ExternalSecretsImage;
    rbac: { aggregateToEdit: boolean };
}

/**
 * External Secrets Operator, reading only this platform's secrets, from the cluster's own region
 * (its Secrets Manager replica), so losing another region never stops it.
 */
export const externalSecretsAddon: PlatformAddon = {
    name: "external-secrets",
    component: "ExternalSecrets",
    dependsOn: [],
    namespaces: [EXTERNAL_SECRETS.namespace],
    platformNamespaces: true,
    charts: { "external-secrets": EXTERNAL_SECRETS_CHART },
    customResources: { "external-secrets.io/v1": ["ExternalSecret", "ClusterSecretStore", "SecretStore"] },
    // A failed secret sync must page (external-secrets 1.1.0 labels its pods and names its metrics port so).
    monitors: [chartPodMonitor("external-secrets-monitor", EXTERNAL_SECRETS.namespace, "external-secrets", "metrics")],
    sizes: {
        controller: { cpu: "100m", memory: "256Mi" },
        webhook: { cpu: "50m", memory: "128Mi" },
        "cert-controller": { cpu: "50m", memory: "128Mi" },
    },
    install(ctx) {
        const parent = { parent: ctx.parent };
        const synced = syncedSecrets(ctx.platform, ctx.cluster.name);
        const accountId = aws.getCallerIdentityOutput({}, parent).accountId;
        const role = irsaRole(
            `${ctx.name}-role`,
            {
                oidc: ctx.oidc,
                permissionsBoundary: ctx.permissionsBoundary,
                serviceAccount: EXTERNAL_SECRETS,
                // The secrets' resource policies admit readers by this tag (secretResourcePolicy).
                tags: { ...ctx.tags, [SECRET_READER_TAG]: EXTERNAL_SECRETS_READER },
            },
            ctx.parent,
        );
        new aws.iam.RolePolicy(
            `${ctx.name}-read-secrets`,
            { role: role.id, policy: accountId.apply((account) => JSON.stringify(secretsReadPolicy(ctx.cluster.region, account, synced.names))) },
            parent,
        );

        const image: ExternalSecretsImage = { image: { repository: ctx.images.repository(EXTERNAL_SECRETS_IMAGE) } };
        const component = (name: string) => ({ ...placedCritical(ctx.cluster, ctx.size(name)), ...image });
        const values: ExternalSecretsValues = {
            installCRDs: true,
            // Kept if the release is ever replaced or removed: deleting a CRD deletes every ExternalSecret and store.
            crds: { annotations: KEEP_ON_DELETE },
            // Two controllers, one of them working: without leader election both reconcile and overwrite each other.
            replicaCount: 2,
            leaderElect: true,
            podDisruptionBudget: { enabled: true, minAvailable: 1 },
            serviceAccount: { name: EXTERNAL_SECRETS.name, annotations: { "eks.amazonaws.com/role-arn": role.arn } },
            ...component("controller"),
            // The webhook's failurePolicy is Fail: with one pod down, no ExternalSecret could change.
            // ... and never both on one node.
            webhook: {
                ...component("webhook"),
                replicaCount: 2,
                podDisruptionBudget: { enabled: true, minAvailable: 1 },
                // The chart's webhook pod labels (templates/webhook-deployment.yaml).
                topologySpreadConstraints: onePerNode({
                    "app.kubernetes.io/name": "external-secrets-webhook",
                    "app.kubernetes.io/instance": "external-secrets",
                }),
            },
            certController: component("cert-controller"),
            // The chart aggregates creating ExternalSecrets into `edit` and `admin`: anyone who can
            // edit a namespace could then sync any secret the store reaches (rule external-secrets-not-aggregated).
            rbac: { aggregateToEdit: false },
        };
        const release = chartRelease(ctx, "external-secrets", EXTERNAL_SECRETS_CHART, EXTERNAL_SECRETS.namespace, values);
        const store = customResource(
            ctx,
            "cluster-secret-store",
            {
                apiVersion: "external-secrets.io/v1",
                kind: "ClusterSecretStore",
                metadata: { name: CLUSTER_SECRET_STORE },
                spec: {
                    provider: {
                        aws: {
                            service: "SecretsManager",
                            region: ctx.cluster.region,
                            auth: { jwt: { serviceAccountRef: { name: EXTERNAL_SECRETS.name, namespace: EXTERNAL_SECRETS.namespace } } },
                        },
                    },
                    // Only the namespaces the platform syncs into may use the store (not any namespace
                    // whose users can create an ExternalSecret).
                    conditions: [{ namespaces: synced.namespaces }],
                },
            },
            release,
        );
        return { ready: [release, store], outputs: { externalSecretsRoleArn: role.arn } };
    },
};
