import * as k8s from "@pulumi/kubernetes";
import { ISTIO_NAMESPACE, MONITORING_NAMESPACE } from "../names";
import { PlatformAddon } from "./addon";
import { chartRelease, customResource } from "./helm";
import { Placement, resources, systemPlacement } from "./placement";
import { ChartPin } from "./versions";

const TIGERA_OPERATOR = {
    chart: "tigera-operator",
    repo: "https://docs.tigera.io/calico/charts",
    version: "v3.31.7",
    // Calico 3.31's Kubernetes requirements page (docs.tigera.io/calico/3.31/getting-started/kubernetes/requirements).
    kubernetes: { min: "1.32", max: "1.35", source: "docs.tigera.io Calico 3.31 Kubernetes requirements: tested on 1.32-1.35" },
} as const satisfies ChartPin;

interface TigeraOperatorValues {
    installation: { enabled: false };
    apiServer: { enabled: boolean };
    goldmane: { enabled: boolean };
    whisker: { enabled: boolean };
    resources: ReturnType<typeof resources>;
    nodeSelector: Placement["nodeSelector"];
    tolerations: Placement["tolerations"];
    priorityClassName: string;
}

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

/** Where calico-node serves Felix's metrics (its host network). */
export const FELIX_METRICS_PORT = 9091;

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
        "crd.projectcalico.org/v1": ["GlobalNetworkPolicy", "NetworkPolicy", "FelixConfiguration", "Tier"],
    },
    sizes: { operator: { cpu: "100m", memory: "256Mi" } },
    install(ctx) {
        const placement = systemPlacement(ctx.cluster);
        const values: TigeraOperatorValues = {
            installation: { enabled: false },
            apiServer: { enabled: false },
            goldmane: { enabled: false },
            whisker: { enabled: false },
            resources: ctx.size("operator"),
            ...placement,
            priorityClassName: "system-cluster-critical",
        };
        // Helm installs a chart's crds/ folder once and never upgrades it: the operator's CRDs of the
        // pinned version are applied on every `up` first (Calico's documented upgrade step).
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
                    cni: { type: "AmazonVPC" },
                    calicoNetwork: { bgp: "Disabled" },
                    controlPlaneNodeSelector: placement.nodeSelector,
                    controlPlaneTolerations: placement.tolerations,
                },
            },
            operator,
        );
        const defaultDeny = customResource(
            ctx,
            "default-deny",
            {
                apiVersion: "crd.projectcalico.org/v1",
                kind: "GlobalNetworkPolicy",
                metadata: { name: "default-deny-application-namespaces" },
                spec: defaultDenyPolicySpec(ctx.platformNamespaces),
            },
            operator,
        );
        // Felix's metrics (policy programming errors, dataplane failures), for Prometheus: the
        // operator owns the `default` FelixConfiguration, so this field is applied server-side.
        const felixMetrics = new k8s.apiextensions.CustomResourcePatch(
            `${ctx.name}-felix-metrics`,
            {
                apiVersion: "crd.projectcalico.org/v1",
                kind: "FelixConfiguration",
                metadata: { name: "default", annotations: { "pulumi.com/patchForce": "true" } },
                spec: { prometheusMetricsEnabled: true, prometheusMetricsPort: FELIX_METRICS_PORT },
            },
            { parent: ctx.parent, dependsOn: [...ctx.dependsOn, installation] },
        );
        return { ready: [operator, installation, defaultDeny, felixMetrics] };
    },
};
