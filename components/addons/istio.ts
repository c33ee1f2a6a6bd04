import { inCode } from "../config/reference";
import * as k8s from "@pulumi/kubernetes";
import { z } from "zod";
import { dnsLabel } from "../config/fields";
import type { AddonContext, PlatformAddon, SettingsOf } from "./addon";
import { declareSettings } from "./addon";
import { EGRESS_GATEWAY, INGRESS_GATEWAY, ISTIO_NAMESPACE } from "../names";
import { externalSecretSpec } from "./external-secrets";
import { chartRelease, customResource } from "./helm";
import type { OnePerNode, Placement, ResourceRequirements } from "./placement";
import { onePerNode, SYSTEM_CLUSTER_CRITICAL, systemPlacement } from "./placement";
import type { ChartPin } from "./versions";
import type { MeshRevisions } from "../upgrades/mesh";
import { LEGACY_MESH, revisionMinor } from "../upgrades/mesh";

const ISTIO_REPO = "https://istio-release.storage.googleapis.com/charts";

/**
 * Every Istio minor the program can run, by revision, with its charts' release and the
 * Kubernetes minors it supports. The target is ISTIO_TARGET_REVISION; during a canary upgrade
 * the revision being left keeps its row (its istiod is still declared) until the upgrade removed it.
 */
export const ISTIO_RELEASES: Readonly<Record<string, { version: string; kubernetes: ChartPin["kubernetes"] }>> = {
    /** istio.io "Supported releases": Istio 1.28 supports Kubernetes 1.30 to 1.34. */
    "1-28": { version: "1.28.3", kubernetes: { min: "1.30", max: "1.34", source: "istio.io supported releases: 1.28 supports Kubernetes 1.30-1.34" } },
};

/** The Istio revision clusters converge on (components/upgrades/mesh.ts walks them there). */
export const ISTIO_TARGET_REVISION = "1-28";

/** The four charts of one Istio release: they upgrade together. */
export function istioCharts(revision: string): Record<"base" | "cni" | "istiod" | "gateway", ChartPin> {
    const release = ISTIO_RELEASES[revision];
    if (!release) throw new Error(`Istio revision ${revision} has no row in ISTIO_RELEASES`);
    const pin = (chart: string): ChartPin => ({ chart, repo: ISTIO_REPO, version: release.version, kubernetes: release.kubernetes });
    return { base: pin("base"), cni: pin("cni"), istiod: pin("istiod"), gateway: pin("gateway") };
}

/** The target release's charts: what the compatibility matrix and the chart checks read. */
const ISTIO_CHARTS = istioCharts(ISTIO_TARGET_REVISION);

/** The newest of a cluster's running revisions: its CRDs (base) and node agent (cni) serve every control plane up to it. */
export function newestRevision(mesh: MeshRevisions): string {
    return [...mesh.revisions].sort((a, b) => revisionMinor(a) - revisionMinor(b))[mesh.revisions.length - 1];
}

export const GATEWAY_SCHEMES = ["internet-facing", "internal"] as const;
export type GatewayScheme = (typeof GATEWAY_SCHEMES)[number];

export const DEFAULT_MESH_ID = "payments-mesh";
/** Route 53's health checkers probe each cluster's API through this NLB from the internet. */
export const DEFAULT_GATEWAY_SCHEME: GatewayScheme = "internet-facing";
export const DEFAULT_GATEWAY_MIN_REPLICAS = 2;
export const DEFAULT_GATEWAY_MAX_REPLICAS = 6;
/** Every partner call leaves through the egress gateway: two replicas survive a node, six absorb a spike. */
export const DEFAULT_EGRESS_GATEWAY_MIN_REPLICAS = 2;
export const DEFAULT_EGRESS_GATEWAY_MAX_REPLICAS = 6;

const istioConfig = z.strictObject({
    /** Mesh ID shared by every cluster of the stack (one root of trust). @default "payments-mesh" */
    meshId: dnsLabel("mesh ID").optional(),
    /** Whether the ingress gateway's NLB faces the internet (failover needs it to). @default "internet-facing" */
    gatewayScheme: z.enum(GATEWAY_SCHEMES).optional(),
    /** Ingress gateway autoscaling bounds. @default 2 and 6 */
    gatewayMinReplicas: z.number().int().min(1).optional(),
    gatewayMaxReplicas: z.number().int().min(1).optional(),
    /** Egress gateway autoscaling bounds (its pod size: `addons.sizes["istio-egress-gateway/gateway"]`). @default 2 and 6 */
    egressGatewayMinReplicas: z
        .number()
        .int()
        .min(2, { error: "the egress gateway carries every partner call: at least 2 replicas, to survive a node" })
        .optional(),
    egressGatewayMaxReplicas: z.number().int().min(2).optional(),
});

/** `addons.istio`, shared by istiod (the mesh ID) and the ingress gateway (its NLB and replicas). */
export const ISTIO_SETTINGS = declareSettings({
    key: "istio",
    schema: istioConfig,
    reference: [
        {
            key: "`addons.istio.meshId`",
            values: "DNS label",
            default: inCode(DEFAULT_MESH_ID),
            meaning: "mesh ID shared by the stack's clusters",
        },
        {
            key: "`addons.istio.gatewayScheme`",
            values: "`internet-facing` (`internal` is refused)",
            default: inCode(DEFAULT_GATEWAY_SCHEME),
            meaning: "the ingress gateway's NLB; Route 53's health checkers must reach it",
        },
        {
            key: "`addons.istio.gatewayMinReplicas` / `gatewayMaxReplicas`",
            values: "int",
            default: `${inCode(DEFAULT_GATEWAY_MIN_REPLICAS)} / ${inCode(DEFAULT_GATEWAY_MAX_REPLICAS)}`,
            meaning: "gateway HPA bounds",
        },
        {
            key: "`addons.istio.egressGatewayMinReplicas` / `egressGatewayMaxReplicas`",
            values: "int, min ≥ 2",
            default: `${inCode(DEFAULT_EGRESS_GATEWAY_MIN_REPLICAS)} / ${inCode(DEFAULT_EGRESS_GATEWAY_MAX_REPLICAS)}`,
            meaning: 'egress gateway HPA bounds (every partner call leaves through it); its pod size is `addons.sizes["istio-egress-gateway/gateway"]`',
        },
    ],
    resolve(config) {
        const istio = config;
        return {
            meshId: istio.meshId ?? DEFAULT_MESH_ID,
            gatewayScheme: istio.gatewayScheme ?? DEFAULT_GATEWAY_SCHEME,
            gatewayMinReplicas: istio.gatewayMinReplicas ?? DEFAULT_GATEWAY_MIN_REPLICAS,
            gatewayMaxReplicas: istio.gatewayMaxReplicas ?? DEFAULT_GATEWAY_MAX_REPLICAS,
            egressGatewayMinReplicas: istio.egressGatewayMinReplicas ?? DEFAULT_EGRESS_GATEWAY_MIN_REPLICAS,
            egressGatewayMaxReplicas: istio.egressGatewayMaxReplicas ?? DEFAULT_EGRESS_GATEWAY_MAX_REPLICAS,
        };
    },
    check(config) {
        const istio = config;
        const bounds = (minKey: "gatewayMinReplicas" | "egressGatewayMinReplicas", maxKey: "gatewayMaxReplicas" | "egressGatewayMaxReplicas") => {
            const [min, max] = [istio[minKey], istio[maxKey]];
            return min !== undefined && max !== undefined && min > max ? [{ field: minKey, message: `${minKey} ${min} is greater than ${maxKey} ${max}` }] : [];
        };
        const issues: Array<{ field: string; message: string }> = [
            ...bounds("gatewayMinReplicas", "gatewayMaxReplicas"),
            ...bounds("egressGatewayMinReplicas", "egressGatewayMaxReplicas"),
        ];
        // Route 53's health checkers run outside every VPC: behind an internal NLB every cluster's
        // check fails, and failover has nowhere healthy to send traffic.
        if (istio.gatewayScheme === "internal")
            issues.push({
                field: "gatewayScheme",
                message: "an internal NLB cannot be probed by Route 53's health checkers, on which failover depends; use internet-facing",
            });
        return issues;
    },
});

/** `addons.istio` with every default filled in (what `resolve` returns). */
export type IstioSettings = SettingsOf<typeof ISTIO_SETTINGS>;

/** The revision of an Istio release: `1.28.3` → `1-28`, the label its control plane and its workloads carry. */
export function istioRevision(version: string): string {
    const [major, minor] = version.split(".");
    return `${major}-${minor}`;
}

/**
 * Every VPC is its own Istio network and each cluster its own mesh, sharing one root of trust:
 * there are no east-west gateways, and failover between clusters is regional, through DNS.
 */
export function istioNetwork(clusterName: string): string {
    return `network-${clusterName}`;
}

/** Annotations that make the gateway Service an NLB: internet-facing (the default, which Route 53's checkers need), or internal where config says so. */
export function gatewayServiceAnnotations(scheme: GatewayScheme): Record<string, string> {
    return {
        "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
        "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
        ...(scheme === "internal" ? { "service.beta.kubernetes.io/aws-load-balancer-internal": "true" } : {}),
    };
}

interface IstioBaseValues {
    defaultRevision: string;
}

/** The default seccomp profile of the container runtime (Pod Security "restricted"); Istio's charts set none by default. */
const RUNTIME_DEFAULT_SECCOMP = { type: "RuntimeDefault" } as const;

/** Where Istio's images come from upstream (its charts' `global.hub` is `docker.io/istio`): the node agent, istiod and every proxy it injects. */
const ISTIO_REGISTRY = "docker.io";
const ISTIO_NAMESPACE_ON_HUB = "istio";

/** The hub a cluster's Istio pulls from: the region's cache of Docker Hub's `istio/` images (a namespace, not an official image). */
function istioHub(images: AddonContext["images"]): string {
    return `${images.registry(ISTIO_REGISTRY)}/${ISTIO_NAMESPACE_ON_HUB}`;
}

interface IstioCniValues {
    revision: string;
    global: { hub: string };
    seccompProfile: typeof RUNTIME_DEFAULT_SECCOMP;
    chained: boolean;
    excludeNamespaces: string[];
    resources: ResourceRequirements;
}

interface IstiodValues {
    revision: string;
    seccompProfile: typeof RUNTIME_DEFAULT_SECCOMP;
    global: { hub: string; meshID: string; multiCluster: { clusterName: string }; network: string; priorityClassName: string };
    // The istiod chart (1.28) reads these at the top level; under `pilot:` (older charts) they were ignored.
    cni: { enabled: boolean };
    autoscaleMin: number;
    autoscaleMax: number;
    topologySpreadConstraints: OnePerNode[];
    resources: ResourceRequirements;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    /** istiod's environment: feature flags. */
    env: Record<string, string>;
    meshConfig: {
        accessLogFile: string;
        enablePrometheusMerge: boolean;
        outboundTrafficPolicy: { mode: "REGISTRY_ONLY" | "ALLOW_ANY" };
        defaultConfig: { holdApplicationUntilProxyStarts: boolean };
    };
}

interface GatewayValues {
    revision: string;
    /** The pod's: replaces the chart's default, whose one sysctl (binding 80/443 as non-root) is kept. */
    securityContext: { sysctls: Array<{ name: string; value: string }>; seccompProfile: typeof RUNTIME_DEFAULT_SECCOMP };
    labels: Record<string, string>;
    service: { type: "LoadBalancer"; annotations: Record<string, string>; externalTrafficPolicy: "Local" | "Cluster" } | { type: "ClusterIP" };
    autoscaling: { enabled: true; minReplicas: number; maxReplicas: number; targetCPUUtilizationPercentage: number };
    podDisruptionBudget: { minAvailable: number };
    resources: ResourceRequirements;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    priorityClassName: string;
    topologySpreadConstraints: Array<Record<string, unknown>>;
}

/**
 * An Istio gateway's chart values (ingress or egress): autoscaled on CPU, a PDB, on the system
 * pool, spread over zones by its pod labels. Pure.
 */
export function gatewayValues(args: {
    /** The labels its Gateways select it by. */
    podLabels: Readonly<Record<string, string>>;
    app: string;
    service: GatewayValues["service"];
    minReplicas: number;
    maxReplicas: number;
    resources: ResourceRequirements;
    placement: Placement;
    /** The control plane it is injected by: the one the cluster's workloads use. */
    revision: string;
}): GatewayValues {
    return {
        revision: args.revision,
        securityContext: { sysctls: [{ name: "net.ipv4.ip_unprivileged_port_start", value: "0" }], seccompProfile: RUNTIME_DEFAULT_SECCOMP },
        labels: { ...args.podLabels, app: args.app },
        service: args.service,
        autoscaling: { enabled: true, minReplicas: args.minReplicas, maxReplicas: args.maxReplicas, targetCPUUtilizationPercentage: 70 },
        podDisruptionBudget: { minAvailable: 1 },
        resources: args.resources,
        ...args.placement,
        priorityClassName: SYSTEM_CLUSTER_CRITICAL,
        topologySpreadConstraints: [
            {
                maxSkew: 1,
                topologyKey: "topology.kubernetes.io/zone",
                whenUnsatisfiable: "DoNotSchedule",
                labelSelector: { matchLabels: { ...args.podLabels } },
            },
        ],
    };
}

/** Istio's CRDs and cluster roles; nothing runs yet. */
export const istioBaseAddon: PlatformAddon = {
    name: "istio-base",
    component: "IstioBase",
    dependsOn: [],
    namespaces: [ISTIO_NAMESPACE],
    platformNamespaces: true,
    charts: { base: ISTIO_CHARTS.base },
    customResources: {
        "networking.istio.io/v1": ["Gateway", "VirtualService", "DestinationRule", "ServiceEntry", "Sidecar"],
        "security.istio.io/v1": ["PeerAuthentication", "AuthorizationPolicy", "RequestAuthentication"],
    },
    install(ctx) {
        // The newest running release's CRDs serve every control plane up to it; the default
        // revision (what the validating webhook and unlabelled injection use) is the workloads'.
        const values: IstioBaseValues = { defaultRevision: ctx.mesh.workloads };
        return { ready: [chartRelease(ctx, "istio-base", istioCharts(newestRevision(ctx.mesh)).base, ISTIO_NAMESPACE, values)] };
    },
};

/**
 * The Istio CNI node agent sets up traffic redirection for sidecars, so pods need no privileged
 * init container and pass Pod Security Admission `restricted`. Chained after the VPC CNI.
 */
export const istioCniAddon: PlatformAddon = {
    name: "istio-cni",
    component: "IstioCni",
    dependsOn: ["istio-base"],
    // Its node agent runs in kube-system, Kubernetes' own namespace.
    namespaces: [],
    platformNamespaces: true,
    charts: { cni: ISTIO_CHARTS.cni },
    customResources: {},
    sizes: { "node-agent": { cpu: "100m", memory: "128Mi" } },
    install(ctx) {
        const values: IstioCniValues = {
            // One node agent for every revision, upgraded in place first (Istio's canary upgrade guide).
            revision: newestRevision(ctx.mesh),
            global: { hub: istioHub(ctx.images) },
            seccompProfile: RUNTIME_DEFAULT_SECCOMP,
            chained: true,
            excludeNamespaces: ["kube-system", ISTIO_NAMESPACE],
            // No priorityClassName: the cni chart reads none at the top level (the values check found it ignored).
            resources: ctx.size("node-agent"),
        };
        return { ready: [chartRelease(ctx, "istio-cni", istioCharts(newestRevision(ctx.mesh)).cni, "kube-system", values)] };
    },
};

/**
 * The control plane, installed by revision so an upgrade runs side by side; multi-cluster ready
 * (one mesh ID, one network per VPC); mutual TLS required mesh-wide.
 */
export const istiodAddon: PlatformAddon<IstioSettings> = {
    name: "istiod",
    component: "Istiod",
    dependsOn: ["istio-base", "istio-cni", "external-secrets"],
    namespaces: [ISTIO_NAMESPACE],
    platformNamespaces: true,
    charts: { istiod: ISTIO_CHARTS.istiod },
    customResources: {},
    settings: ISTIO_SETTINGS,
    sizes: { istiod: { cpu: "500m", memory: "2Gi" } },
    // The meshed pods' proxies (every namespace), and istiod itself.
    monitors: [
        {
            role: "envoy-stats",
            kind: "PodMonitor",
            name: "envoy-stats",
            spec: {
                namespaceSelector: { any: true },
                selector: { matchExpressions: [{ key: "security.istio.io/tlsMode", operator: "Exists" }] },
                podMetricsEndpoints: [{ port: "http-envoy-prom", path: "/stats/prometheus", interval: "15s" }],
            },
        },
        {
            role: "istiod-monitor",
            kind: "ServiceMonitor",
            name: "istiod",
            spec: {
                namespaceSelector: { matchNames: [ISTIO_NAMESPACE] },
                selector: { matchLabels: { istio: "pilot" } },
                endpoints: [{ port: "http-monitoring", interval: "15s" }],
            },
        },
    ],
    install(ctx) {
        // istiod reads its CA from `cacerts` at start; without it, it would mint a cluster-local root.
        const cacerts = ctx.meshCa
            ? [
                  new k8s.apiextensions.CustomResource(
                      `${ctx.name}-cacerts`,
                      {
                          apiVersion: "external-secrets.io/v1",
                          kind: "ExternalSecret",
                          metadata: { name: "cacerts", namespace: ISTIO_NAMESPACE, annotations: { "pulumi.com/waitFor": "condition=Ready" } },
                          spec: externalSecretSpec({ target: "cacerts", extractKey: ctx.meshCa.remoteKey }),
                      },
                      // The environment stack, applied first, wrote the intermediate.
                      { parent: ctx.parent, dependsOn: ctx.dependsOn },
                  ),
              ]
            : [];
        const placement = systemPlacement(ctx.cluster);
        const controlPlane = (revision: string) => {
            const values: IstiodValues = {
                revision,
                seccompProfile: RUNTIME_DEFAULT_SECCOMP,
                global: {
                    // Also the injected proxies' (and so the gateways', whose image is `auto`).
                    hub: istioHub(ctx.images),
                    meshID: ctx.settings.meshId,
                    multiCluster: { clusterName: ctx.cluster.name },
                    network: istioNetwork(ctx.cluster.name),
                    priorityClassName: SYSTEM_CLUSTER_CRITICAL,
                },
                cni: { enabled: true },
                autoscaleMin: 2,
                autoscaleMax: 5,
                // The sidecar injector fails closed: no two istiod pods on one node (its pod labels).
                topologySpreadConstraints: onePerNode({ app: "istiod", "istio.io/rev": revision }),
                resources: ctx.size("istiod"),
                ...placement,
                // A renewed intermediate in `cacerts` is loaded without restarting istiod (off by default).
                env: { AUTO_RELOAD_PLUGIN_CERTS: "true" },
                meshConfig: {
                    accessLogFile: "/dev/stdout",
                    enablePrometheusMerge: true,
                    // Egress only to registered services: a compromised pod cannot call out anywhere.
                    outboundTrafficPolicy: { mode: "REGISTRY_ONLY" },
                    defaultConfig: { holdApplicationUntilProxyStarts: true },
                },
            };
            // One release per running revision (both during a canary upgrade), each named by it; the
            // revision installed before releases were named so keeps its resource through an alias.
            return chartRelease(ctx, `istiod-${revision}`, istioCharts(revision).istiod, ISTIO_NAMESPACE, values, {
                releaseName: `istiod-${revision}`,
                dependsOn: cacerts,
                aliases: revision === LEGACY_MESH.workloads ? [{ name: `${ctx.name}-istiod` }] : [],
            });
        };
        const controlPlanes = new Map(ctx.mesh.revisions.map((revision) => [revision, controlPlane(revision)]));
        const istiod = controlPlanes.get(ctx.mesh.workloads);
        if (!istiod)
            throw new Error(
                `Istio revision ${ctx.mesh.workloads}, which the workloads use, is not among the cluster's running revisions ${ctx.mesh.revisions.join(", ")}`,
            );
        const strictMtls = customResource(
            ctx,
            "mesh-mtls",
            {
                apiVersion: "security.istio.io/v1",
                kind: "PeerAuthentication",
                metadata: { name: "default", namespace: ISTIO_NAMESPACE },
                spec: { mtls: { mode: "STRICT" } },
            },
            istiod,
        );
        return { ready: [...controlPlanes.values(), strictMtls] };
    },
};

/** The ingress gateway on an NLB, autoscaled, spread over zones, protected by a PDB. */
export const istioGatewayAddon: PlatformAddon<IstioSettings> = {
    name: "istio-gateway",
    component: "IstioGateway",
    dependsOn: ["istiod"],
    namespaces: [INGRESS_GATEWAY.namespace],
    platformNamespaces: true,
    charts: { gateway: ISTIO_CHARTS.gateway },
    customResources: {},
    settings: ISTIO_SETTINGS,
    sizes: { gateway: { cpu: "500m", memory: "512Mi", cpuLimit: "2" } },
    install(ctx) {
        const istio = ctx.settings;
        const values = gatewayValues({
            podLabels: INGRESS_GATEWAY.podLabels,
            app: INGRESS_GATEWAY.release,
            service: { type: "LoadBalancer", annotations: gatewayServiceAnnotations(istio.gatewayScheme), externalTrafficPolicy: "Local" },
            minReplicas: istio.gatewayMinReplicas,
            maxReplicas: istio.gatewayMaxReplicas,
            resources: ctx.size("gateway"),
            placement: systemPlacement(ctx.cluster),
            revision: ctx.mesh.workloads,
        });
        return {
            ready: [
                chartRelease(ctx, INGRESS_GATEWAY.release, istioCharts(ctx.mesh.workloads).gateway, INGRESS_GATEWAY.namespace, values, {
                    releaseName: INGRESS_GATEWAY.release,
                }),
            ],
        };
    },
};

/**
 * The egress gateway: external HTTPS the services declare (`services[].egress.hosts`) leaves
 * through it, TLS passed through, so egress is one auditable place (PCI DSS segmentation) on the
 * system pool; its namespace is the platform's, outside the application default-deny.
 */
export const istioEgressGatewayAddon: PlatformAddon<IstioSettings> = {
    name: "istio-egress-gateway",
    component: "IstioEgressGateway",
    dependsOn: ["istiod"],
    namespaces: [EGRESS_GATEWAY.namespace],
    platformNamespaces: true,
    charts: { gateway: ISTIO_CHARTS.gateway },
    customResources: {},
    settings: ISTIO_SETTINGS,
    sizes: { gateway: { cpu: "200m", memory: "256Mi", cpuLimit: "1" } },
    install(ctx) {
        const values = gatewayValues({
            podLabels: EGRESS_GATEWAY.podLabels,
            app: EGRESS_GATEWAY.release,
            service: { type: "ClusterIP" },
            minReplicas: ctx.settings.egressGatewayMinReplicas,
            maxReplicas: ctx.settings.egressGatewayMaxReplicas,
            resources: ctx.size("gateway"),
            placement: systemPlacement(ctx.cluster),
            revision: ctx.mesh.workloads,
        });
        return {
            ready: [
                chartRelease(ctx, EGRESS_GATEWAY.release, istioCharts(ctx.mesh.workloads).gateway, EGRESS_GATEWAY.namespace, values, {
                    releaseName: EGRESS_GATEWAY.release,
                }),
            ],
        };
    },
};
