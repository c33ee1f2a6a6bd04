/**
 * Every Helm chart the platform installs, pinned: chart, repository and version in one table,
 * so an upgrade is one reviewed line and a test can assert that nothing floats.
 */
export interface ChartPin {
    readonly chart: string;
    readonly repo: string;
    readonly version: string;
}

export const CHARTS = {
    tigeraOperator: { chart: "tigera-operator", repo: "https://docs.tigera.io/calico/charts", version: "v3.31.7" },
    istioBase: { chart: "base", repo: "https://istio-release.storage.googleapis.com/charts", version: "1.28.3" },
    istioCni: { chart: "cni", repo: "https://istio-release.storage.googleapis.com/charts", version: "1.28.3" },
    istiod: { chart: "istiod", repo: "https://istio-release.storage.googleapis.com/charts", version: "1.28.3" },
    istioGateway: { chart: "gateway", repo: "https://istio-release.storage.googleapis.com/charts", version: "1.28.3" },
    kubePrometheusStack: { chart: "kube-prometheus-stack", repo: "https://prometheus-community.github.io/helm-charts", version: "79.5.0" },
    velero: { chart: "velero", repo: "https://vmware-tanzu.github.io/helm-charts", version: "11.3.2" },
    externalSecrets: { chart: "external-secrets", repo: "https://charts.external-secrets.io", version: "1.1.0" },
} as const satisfies Record<string, ChartPin>;

/** Images pulled outside a chart's own defaults. */
export const IMAGES = {
    veleroAwsPlugin: "velero/velero-plugin-for-aws:v1.13.1",
} as const;

/** Istio revision label: installs of a new minor run side by side and namespaces move over one by one. */
export function istioRevision(version: string = CHARTS.istiod.version): string {
    const [major, minor] = version.split(".");
    return `${major}-${minor}`;
}
