import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { clusterAutoscalerPolicy } from "../cluster/iam";
import { irsaRole } from "../cluster/irsa";
import type { KubernetesVersion } from "../config/schema";
import { CLUSTER_AUTOSCALER } from "../names";
import type { PlatformAddon } from "./addon";
import { chartRelease } from "./helm";
import type { PlacedValues } from "./placement";
import { HARDENED_CONTAINER, NON_ROOT_POD, placedCritical } from "./placement";
import type { ChartPin } from "./versions";

/** Chart 9.59.0 (kubernetes/autoscaler, tag cluster-autoscaler-chart-9.59.0); the image is pinned per minor below. */
const CLUSTER_AUTOSCALER_CHART = {
    chart: "cluster-autoscaler",
    repo: "https://kubernetes.github.io/autoscaler",
    version: "9.59.0",
    // The chart runs any minor; the image below is what must match it.
    kubernetes: {
        min: "1.32",
        max: "1.34",
        source: "cluster-autoscaler README version table: one image minor per Kubernetes minor (CLUSTER_AUTOSCALER_IMAGE_TAGS)",
    },
} as const satisfies ChartPin;

/**
 * The autoscaler's image per Kubernetes minor: the project releases one minor per Kubernetes
 * minor and supports only that pairing (its README's version table); the latest patch of each
 * (tags cluster-autoscaler-1.<minor>.<patch> of kubernetes/autoscaler).
 */
export const CLUSTER_AUTOSCALER_IMAGE_TAGS: Record<KubernetesVersion, string> = {
    "1.32": "v1.32.7",
    "1.33": "v1.33.6",
    "1.34": "v1.34.5",
};

/** Seconds between the autoscaler's looks at pending pods (its default). */
export const SCAN_INTERVAL_SECONDS = 10;

interface ClusterAutoscalerValues extends PlacedValues {
    cloudProvider: "aws";
    awsRegion: string;
    autoDiscovery: { clusterName: string };
    image: { repository: string; tag: string };
    replicaCount: number;
    rbac: { serviceAccount: { create: boolean; name: string; annotations: Record<string, pulumi.Input<string>> } };
    extraArgs: Record<string, string | number | boolean>;
    podDisruptionBudget: { maxUnavailable: number };
    serviceMonitor: { enabled: boolean; namespace: string; interval: string };
    securityContext: typeof NON_ROOT_POD;
    containerSecurityContext: typeof HARDENED_CONTAINER;
}

/**
 * cluster-autoscaler: grows and shrinks each managed node group between the `min` and `max` its
 * machine deployment declares (EKS copies them onto the group's Auto Scaling group and tags the
 * group for auto-discovery), so the topology's sizes are the autoscaler's bounds one-to-one and
 * `desiredSize` is the autoscaler's (the node pools ignore changes to it). Two replicas with
 * leader election, on the system pool, scraped by Prometheus.
 */
export const clusterAutoscalerAddon: PlatformAddon = {
    name: "cluster-autoscaler",
    component: "ClusterAutoscaler",
    // Its ServiceMonitor is a Prometheus Operator kind.
    dependsOn: ["kube-prometheus-stack"],
    namespaces: [CLUSTER_AUTOSCALER.namespace],
    platformNamespaces: true,
    charts: { "cluster-autoscaler": CLUSTER_AUTOSCALER_CHART },
    customResources: {},
    sizes: { autoscaler: { cpu: "100m", memory: "600Mi" } },
    install(ctx) {
        const role = irsaRole(
            `${ctx.name}-role`,
            { oidc: ctx.oidc, permissionsBoundary: ctx.permissionsBoundary, serviceAccount: CLUSTER_AUTOSCALER, tags: ctx.tags },
            ctx.parent,
        );
        new aws.iam.RolePolicy(
            `${ctx.name}-policy`,
            { role: role.id, policy: JSON.stringify(clusterAutoscalerPolicy(ctx.cluster.name)) },
            { parent: ctx.parent },
        );
        const values: ClusterAutoscalerValues = {
            cloudProvider: "aws",
            awsRegion: ctx.cluster.region,
            autoDiscovery: { clusterName: ctx.cluster.name },
            image: {
                repository: ctx.images.repository("registry.k8s.io/autoscaling/cluster-autoscaler"),
                tag: CLUSTER_AUTOSCALER_IMAGE_TAGS[ctx.cluster.addonsVersion],
            },
            replicaCount: 2,
            rbac: { serviceAccount: { create: true, name: CLUSTER_AUTOSCALER.name, annotations: { "eks.amazonaws.com/role-arn": role.arn } } },
            extraArgs: {
                "leader-elect": true,
                "scan-interval": `${SCAN_INTERVAL_SECONDS}s`,
                // Zones of one pool stay level, so a zone's loss leaves capacity in the others.
                "balance-similar-node-groups": true,
                expander: "least-waste",
                "skip-nodes-with-system-pods": false,
                // Every payment pod (and Istio's sidecar) has an emptyDir, all of it scratch: without
                // this (default true) no node that ran one is ever drained (rule autoscaled-pods-evictable).
                "skip-nodes-with-local-storage": false,
            },
            podDisruptionBudget: { maxUnavailable: 1 },
            serviceMonitor: { enabled: true, namespace: CLUSTER_AUTOSCALER.namespace, interval: "30s" },
            // The chart sets none (its defaults are commented out).
            securityContext: NON_ROOT_POD,
            containerSecurityContext: HARDENED_CONTAINER,
            ...placedCritical(ctx.cluster, ctx.size("autoscaler")),
        };
        const release = chartRelease(ctx, "cluster-autoscaler", CLUSTER_AUTOSCALER_CHART, CLUSTER_AUTOSCALER.namespace, values);
        return { ready: [release], outputs: { clusterAutoscalerRoleArn: role.arn } };
    },
};
