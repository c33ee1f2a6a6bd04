import { inCode } from "../config/reference";
import { apiHosts } from "../names";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { certManagerDnsPolicy } from "../cluster/iam";
import { irsaRole } from "../cluster/irsa";
import { CERT_MANAGER } from "../names";
import type { PlatformAddon, SettingsOf } from "./addon";
import { declareSettings } from "./addon";
import { chartRelease, customResource } from "./helm";
import type { OnePerNode, PlacedValues } from "./placement";
import { onePerNode, placedCritical, SYSTEM_CLUSTER_CRITICAL } from "./placement";
import type { ChartPin } from "./versions";

/** cert-manager/cert-manager, tag v1.19.6 (the chart is versioned with the app). */
const CERT_MANAGER_CHART = {
    chart: "cert-manager",
    repo: "https://charts.jetstack.io",
    version: "v1.19.6",
    kubernetes: { min: "1.31", max: "1.34", source: "cert-manager.io supported releases: 1.19 supports Kubernetes 1.31-1.34" },
} as const satisfies ChartPin;

/** The issuer every platform certificate names. */
export const CLUSTER_ISSUER = "letsencrypt";
export const DEFAULT_ACME_SERVER = "https://acme-v02.api.letsencrypt.org/directory";

const certificatesConfig = z.strictObject({
    /** The ACME directory certificates come from. @default Let's Encrypt production */
    acmeServer: z.url({ protocol: /^https$/, error: "must be an https URL of an ACME directory" }).optional(),
    /** Where the CA sends expiry notices. @default none */
    email: z.email().optional(),
});

/** `addons.certificates`: where the API's certificates come from. */
export const CERTIFICATE_SETTINGS = declareSettings({
    key: "certificates",
    schema: certificatesConfig,
    reference: [
        {
            key: "`addons.certificates.acmeServer`",
            values: "https URL",
            default: inCode(DEFAULT_ACME_SERVER),
            meaning: "the ACME directory the API's certificates come from (Let's Encrypt production)",
        },
        {
            key: "`addons.certificates.email`",
            values: "email",
            default: "none",
            meaning: "the ACME account's contact (expiry notices)",
        },
    ],
    resolve(config) {
        const certificates = config;
        return { acmeServer: certificates.acmeServer ?? DEFAULT_ACME_SERVER, email: certificates.email };
    },
});

/** `addons.certificates` with every default filled in (what `resolve` returns). */
export type CertificateSettings = SettingsOf<typeof CERTIFICATE_SETTINGS>;

/** One cert-manager pod's placement: its chart takes the priority class only once, under `global`. */
type CertManagerPlaced = Omit<PlacedValues, "priorityClassName">;

/** A cert-manager component's image: its repository in the region's cache; the tag stays the chart's app version. */
interface CertManagerImage {
    image: { repository: string };
}

/** Each cert-manager component's upstream repository (the chart's defaults), by its values key. */
const CERT_MANAGER_IMAGES = {
    controller: "quay.io/jetstack/cert-manager-controller",
    webhook: "quay.io/jetstack/cert-manager-webhook",
    cainjector: "quay.io/jetstack/cert-manager-cainjector",
    acmesolver: "quay.io/jetstack/cert-manager-acmesolver",
    startupapicheck: "quay.io/jetstack/cert-manager-startupapicheck",
} as const;

interface CertManagerValues extends CertManagerPlaced, CertManagerImage {
    global: { priorityClassName: string };
    crds: { enabled: boolean; keep: boolean };
    replicaCount: number;
    podDisruptionBudget: { enabled: boolean; minAvailable: number };
    serviceAccount: { create: boolean; name: string; annotations: Record<string, pulumi.Input<string>> };
    webhook: CertManagerPlaced &
        CertManagerImage & {
            replicaCount: number;
            podDisruptionBudget: { enabled: boolean; minAvailable: number };
            topologySpreadConstraints: OnePerNode[];
        };
    cainjector: CertManagerPlaced & CertManagerImage & { replicaCount: number; podDisruptionBudget: { enabled: boolean; minAvailable: number } };
    /** The pod that answers HTTP-01 challenges (unused with DNS-01, but its image is the controller's flag). */
    acmesolver: CertManagerImage;
    startupapicheck: CertManagerPlaced & CertManagerImage;
}

/**
 * cert-manager, issuing the API's certificate in every cluster with no person involved: ACME
 * DNS-01 against the API's public zone, through an IRSA role that may write TXT records of that
 * zone only. Chosen over ACM on the NLB so TLS still ends at the mesh's gateway (the load
 * balancer never sees cardholder traffic in the clear), each cluster renews on its own, and a
 * new region needs nothing issued by hand. Each cluster's `Certificate` waits until it is Ready.
 */
export const certManagerAddon: PlatformAddon<CertificateSettings> = {
    name: "cert-manager",
    component: "CertManager",
    dependsOn: [],
    namespaces: [CERT_MANAGER.namespace],
    platformNamespaces: true,
    charts: { "cert-manager": CERT_MANAGER_CHART },
    customResources: { "cert-manager.io/v1": ["Certificate", "ClusterIssuer", "Issuer"] },
    settings: CERTIFICATE_SETTINGS,
    sizes: {
        controller: { cpu: "50m", memory: "128Mi" },
        webhook: { cpu: "20m", memory: "64Mi" },
        cainjector: { cpu: "20m", memory: "128Mi" },
        startupapicheck: { cpu: "10m", memory: "32Mi" },
    },
    install(ctx) {
        const role = irsaRole(
            `${ctx.name}-role`,
            { oidc: ctx.oidc, permissionsBoundary: ctx.permissionsBoundary, serviceAccount: CERT_MANAGER, tags: ctx.tags },
            ctx.parent,
        );
        new aws.iam.RolePolicy(
            `${ctx.name}-dns01`,
            {
                role: role.id,
                policy: pulumi
                    .output(ctx.dnsZoneId)
                    .apply((zoneId) => JSON.stringify(certManagerDnsPolicy(zoneId, apiHosts(ctx.cluster.name, ctx.platform.dns.apiHost)))),
            },
            { parent: ctx.parent },
        );
        // The chart's schema refuses `priorityClassName` anywhere but `global` (additionalProperties:
        // false at the root and under each component): Helm would refuse the whole release.
        const placed = (component: string): CertManagerPlaced => {
            const { priorityClassName, ...rest } = placedCritical(ctx.cluster, ctx.size(component));
            return rest;
        };
        const pdb = { enabled: true, minAvailable: 1 };
        const image = (component: keyof typeof CERT_MANAGER_IMAGES): CertManagerImage => ({
            image: { repository: ctx.images.repository(CERT_MANAGER_IMAGES[component]) },
        });
        const values: CertManagerValues = {
            global: { priorityClassName: SYSTEM_CLUSTER_CRITICAL },
            crds: { enabled: true, keep: true },
            // Leader election is on by default (global.leaderElection).
            replicaCount: 2,
            podDisruptionBudget: pdb,
            serviceAccount: { create: true, name: CERT_MANAGER.name, annotations: { "eks.amazonaws.com/role-arn": role.arn } },
            ...placed("controller"),
            ...image("controller"),
            // The webhook fails closed: its two pods never share a node (the chart's webhook pod labels).
            webhook: {
                ...placed("webhook"),
                ...image("webhook"),
                replicaCount: 2,
                podDisruptionBudget: pdb,
                topologySpreadConstraints: onePerNode({ "app.kubernetes.io/instance": "cert-manager", "app.kubernetes.io/component": "webhook" }),
            },
            cainjector: { ...placed("cainjector"), ...image("cainjector"), replicaCount: 2, podDisruptionBudget: pdb },
            acmesolver: image("acmesolver"),
            startupapicheck: { ...placed("startupapicheck"), ...image("startupapicheck") },
        };
        const release = chartRelease(ctx, "cert-manager", CERT_MANAGER_CHART, CERT_MANAGER.namespace, values);
        const issuer = customResource(
            ctx,
            "cluster-issuer",
            {
                apiVersion: "cert-manager.io/v1",
                kind: "ClusterIssuer",
                metadata: { name: CLUSTER_ISSUER },
                spec: {
                    acme: {
                        server: ctx.settings.acmeServer,
                        ...(ctx.settings.email ? { email: ctx.settings.email } : {}),
                        privateKeySecretRef: { name: `${CLUSTER_ISSUER}-account-key` },
                        // Ambient credentials: the controller's IRSA role.
                        solvers: [{ dns01: { route53: { region: ctx.cluster.region, hostedZoneID: ctx.dnsZoneId } } }],
                    },
                },
            },
            release,
        );
        return { ready: [release, issuer] };
    },
};
