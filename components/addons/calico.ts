import * as k8s from "@pulumi/kubernetes";
import { ISTIO_NAMESPACE, MONITORING_NAMESPACE } from "../names";
import type { AddonContext, PlatformAddon } from "./addon";
import { chartRelease, customResource } from "./helm";
import type { Placement, resources } from "./placement";
import { systemPlacement } from "./placement";
import type { ChartPin } from "./versions";

const TIGERA_OPERATOR = {
    chart: "tigera-operator",
    repo: "https://docs.tigera.io/calico/charts",
    version: "v3.31.7",
    // Calico 3.31's Kubernetes requirements page (docs.tigera.io/calico/3.31/getting-started/kubernetes/requirements).
    kubernetes: { min: "1.32", max: "1.35", source: "docs.tigera.io Calico 3.31 Kubernetes requirements: tested on 1.32-1.35" },
    // Before moving to 3.32: 3.32.0 broke server-side apply creating projectcalico.org/v3 policies
    // (projectcalico/calico#12841, fixed in the 3.32 branch by #12906); pin a fixed patch release.
} as const satisfies ChartPin;

interface TigeraOperatorValues {
    installation: { enabled: false };
    apiServer: { enabled: false };
    manageCRDs: false;
    goldmane: { enabled: boolean };
    whisker: { enabled: boolean };
    resources: ReturnType<typeof resources>;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    priorityClassName: string;
    tigeraOperator: { registry: string };
}

/** Where Calico's images come from upstream: the operator and every component it runs (`calico/<component>`). */
const CALICO_REGISTRY = "quay.io";

/** Calico selector for every namespace that is not the platform's own. */
export function applicationNamespaceSelector(platformNamespaces: readonly string[]): string {
    return `kubernetes.io/metadata.name not in {${platformNamespaces.map((ns) => `'${ns}'`).join(", ")}}`;
}

/**
 * The cluster-wide fallback for application namespaces: deny, except DNS, the mesh control plane
 * and Prometheus scrapes. Namespaces open what they need with their own NetworkPolicies, which
 * Calico evaluates first (order 1000 < 2000).
 */
export function defaultDenyPolicySpec(platformNamespaces: readonly string[]): Record<string, unknown> {
    return {
        order: 2000,
        namespaceSelector: applicationNamespaceSelector(platformNamespaces),
        types: ["Ingress", "Egress"],
        egress: [
            {
                action: "Allow",
                protocol: "UDP",
                destination: { namespaceSelector: "kubernetes.io/metadata.name == 'kube-system'", selector: "k8s-app == 'kube-dns'", ports: [53] },
            },
            {
                action: "Allow",
                protocol: "TCP",
                destination: { namespaceSelector: "kubernetes.io/metadata.name == 'kube-system'", selector: "k8s-app == 'kube-dns'", ports: [53] },
            },
            {
                action: "Allow",
                protocol: "TCP",
                destination: {
                    namespaceSelector: `kubernetes.io/metadata.name == '${ISTIO_NAMESPACE}'`,
                    selector: "app == 'istiod'",
                    ports: [15010, 15012, 15014, 15017],
                },
            },
        ],
        ingress: [
            {
                action: "Allow",
                protocol: "TCP",
                source: { namespaceSelector: `kubernetes.io/metadata.name == '${MONITORING_NAMESPACE}'` },
                destination: { ports: [9090, 15090] },
            },
            { action: "Allow", protocol: "TCP", source: { namespaceSelector: `kubernetes.io/metadata.name == '${ISTIO_NAMESPACE}'` } },
        ],
    };
}

/** The operator's CRDs of a Calico release, as Calico's upgrade guide applies them before `helm upgrade`. */
export function operatorCrdsUrl(version: string): string {
    return `https://raw.githubusercontent.com/projectcalico/calico/${version}/manifests/operator-crds.yaml`;
}

/**
 * The API version users manage Calico's policy and configuration through: the Calico API server
 * serves `projectcalico.org/v3` (it validates and defaults, as calicoctl does). Calico documents
 * the `crd.projectcalico.org/v1` storage CRDs as not for users (rule calico-through-its-api).
 */
export const CALICO_API_VERSION = "projectcalico.org/v3";

/** The group of Calico's storage CRDs, which only Calico writes. */
export const CALICO_STORAGE_GROUP = "crd.projectcalico.org";

/** Where calico-node serves Felix's metrics (its host network). */
export const FELIX_METRICS_PORT = 9091;
/** The PodMonitor of calico-node's Felix metrics; Prometheus labels its targets' job `<namespace>/<name>`. */
export const CALICO_NODE_MONITOR = "calico-node";

/**
 * Calico for network policy on EKS: the VPC CNI keeps pod networking, Calico enforces policy.
 * The operator chart, then its Installation, then a default deny for application namespaces.
 */
export const calicoAddon: PlatformAddon = {
    name: "calico",
    component: "Calico",
    dependsOn: [],
    namespaces: ["calico-system", "calico-apiserver", "tigera-operator"],
    platformNamespaces: true,
    charts: { "tigera-operator": TIGERA_OPERATOR },
    customResources: {
        "operator.tigera.io/v1": ["Installation", "APIServer"],
        [CALICO_API_VERSION]: ["GlobalNetworkPolicy", "NetworkPolicy", "FelixConfiguration", "Tier"],
    },
    // Felix on every node (calico-node, host network), where the Installation turns its metrics on.
    monitors: [
        {
            role: "calico-node-monitor",
            kind: "PodMonitor",
            name: CALICO_NODE_MONITOR,
            spec: {
                namespaceSelector: { matchNames: ["calico-system"] },
                selector: { matchLabels: { "k8s-app": "calico-node" } },
                podMetricsEndpoints: [{ portNumber: FELIX_METRICS_PORT, interval: "30s" }],
            },
        },
    ],
    sizes: { operator: { cpu: "100m", memory: "256Mi" } },
    install(ctx) {
        const placement = systemPlacement(ctx.cluster);
        const values = tigeraOperatorValues(ctx, placement);
        // Helm installs a chart's crds/ folder once and never upgrades it: the operator's CRDs of the
        // pinned version are applied on every `up` first (Calico's documented Helm upgrade step), and
        // the operator is told not to manage them (`manageCRDs: false`), so an operator of another
        // version never rewrites them. (Handing them to the operator instead would mean removing this
        // ConfigFile, which deletes the CRDs and every Calico object with them.)
        const crds = new k8s.yaml.v2.ConfigFile(
            `${ctx.name}-operator-crds`,
            { file: operatorCrdsUrl(TIGERA_OPERATOR.version) },
            { parent: ctx.parent, dependsOn: ctx.dependsOn, provider: ctx.k8sProvider },
        );
        const operator = chartRelease(ctx, "tigera-operator", TIGERA_OPERATOR, "tigera-operator", values, { dependsOn: [crds] });
        const installation = customResource(
            ctx,
            "installation",
            {
                apiVersion: "operator.tigera.io/v1",
                kind: "Installation",
                metadata: { name: "default" },
                spec: {
                    kubernetesProvider: "EKS",
                    // The operator prefixes `calico/<component>:<version>` with it; it must end in a slash.
                    registry: `${ctx.images.registry(CALICO_REGISTRY)}/`,
                    cni: { type: "AmazonVPC" },
                    calicoNetwork: { bgp: "Disabled" },
                    controlPlaneNodeSelector: placement.nodeSelector,
                    controlPlaneTolerations: placement.tolerations,
                },
            },
            operator,
        );
        // The Calico API server serves projectcalico.org/v3. The operator reports the APIServer Ready
        // once its Deployment is available; Pulumi waits for that (and retries a create while the
        // API is being registered), so the first rollout applies policy in one pass.
        const apiServer = new k8s.apiextensions.CustomResource(
            `${ctx.name}-apiserver`,
            {
                apiVersion: "operator.tigera.io/v1",
                kind: "APIServer",
                metadata: { name: "default", annotations: { "pulumi.com/waitFor": "jsonpath={.status.state}=Ready" } },
                spec: {},
            },
            { parent: ctx.parent, dependsOn: [...ctx.dependsOn, operator, installation], customTimeouts: { create: "15m", update: "15m" } },
        );
        const defaultDeny = customResource(
            ctx,
            "default-deny",
            {
                apiVersion: CALICO_API_VERSION,
                kind: "GlobalNetworkPolicy",
                metadata: { name: "default-deny-application-namespaces" },
                spec: defaultDenyPolicySpec(ctx.platformNamespaces),
            },
            apiServer,
        );
        // Felix's metrics (policy programming errors, dataplane failures), for Prometheus: the
        // operator owns the `default` FelixConfiguration, so this field is applied server-side.
        const felixMetrics = new k8s.apiextensions.CustomResourcePatch(
            `${ctx.name}-felix-metrics`,
            {
                apiVersion: CALICO_API_VERSION,
                kind: "FelixConfiguration",
                metadata: { name: "default", annotations: { "pulumi.com/patchForce": "true" } },
                spec: { prometheusMetricsEnabled: true, prometheusMetricsPort: FELIX_METRICS_PORT },
            },
            { parent: ctx.parent, dependsOn: [...ctx.dependsOn, apiServer] },
        );
        return { ready: [operator, installation, apiServer, defaultDeny, felixMetrics] };
    },
};

/** The Tigera operator's chart values: no Installation or APIServer of the chart's (declared as resources), no CRDs of its own, on the system pool, its images from the region's cache. */
function tigeraOperatorValues(ctx: AddonContext, placement: ReturnType<typeof systemPlacement>): TigeraOperatorValues {
    return {
        installation: { enabled: false },
        // The APIServer is declared below, to wait for it before any projectcalico.org/v3 object.
        apiServer: { enabled: false },
        // One owner for Calico's CRDs: this program applies them (below), so the operator does not.
        manageCRDs: false,
        goldmane: { enabled: false },
        whisker: { enabled: false },
        resources: ctx.size("operator"),
        ...placement,
        priorityClassName: "system-cluster-critical",
        // The operator's image, and (the Installation's `registry`, below) every image it runs, from the region's cache.
        tigeraOperator: { registry: ctx.images.registry(CALICO_REGISTRY) },
    };
}
