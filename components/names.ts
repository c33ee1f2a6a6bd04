/**
 * Namespace and identity names that more than one part of the platform must agree on: add-ons,
 * workloads, network and mesh policies, IRSA trust policies, the DR drill. One place, so that a
 * rename cannot leave a trust policy or a NetworkPolicy pointing at the old name.
 */

/** A Kubernetes service account: what an IRSA trust policy or a mesh principal names. */
export interface ServiceAccountName {
    readonly namespace: string;
    readonly name: string;
}

/**
 * The Pulumi projects: the environment (the repository root, one stack per environment) and the
 * cluster project under stacks/cluster (one stack per cluster, named after it). Secrets' paths
 * are named after the environment's project, whichever project reads them.
 */
export const ENVIRONMENT_PROJECT = "payments-platform";
export const CLUSTER_PROJECT = "payments-cluster";

/** Every cluster needs this node pool: the platform add-ons are pinned to it. */
export const SYSTEM_POOL_NAME = "system";

/**
 * The node label of a pool in PCI DSS scope (cardholder data flows there): only payment pods
 * run on it, so its pools carry a NoSchedule taint for it and payment pods tolerate it
 * (rule pci-pools-isolated).
 */
export const PCI_SCOPE_LABEL = "payments.io/pci-scope";

/** Kubernetes' own namespaces, outside the application default-deny. */
export const KUBERNETES_SYSTEM_NAMESPACES = ["kube-system", "kube-public", "kube-node-lease"] as const;

export const ISTIO_NAMESPACE = "istio-system";
export const MONITORING_NAMESPACE = "monitoring";

/** The ingress gateway's release, namespace, identity and pod labels. */
export const INGRESS_GATEWAY = {
    release: "istio-ingressgateway",
    namespace: "istio-ingress",
    serviceAccount: "istio-ingressgateway",
    podLabels: { istio: "ingressgateway" },
} as const;

/**
 * The egress gateway: the one place external HTTPS leaves a cluster (TLS passed through). The
 * gateway chart's Service sends 443 to the pod's 443 (the chart lets the proxy bind it through
 * the `net.ipv4.ip_unprivileged_port_start` sysctl), and a NetworkPolicy sees that port, after
 * the Service's DNAT (rule network-policy-ports-reach-targets over the rendered chart).
 */
export const EGRESS_GATEWAY = {
    release: "istio-egressgateway",
    namespace: "istio-egress",
    podLabels: { istio: "egressgateway" },
    servicePort: 443,
    podPort: 443,
} as const;

export const VELERO: ServiceAccountName = { namespace: "velero", name: "velero-server" };
/**
 * The inputs of a `command.local.Command` that acts on the world once (switches a routing control,
 * executes a Region switch plan): a Command with no `update` runs `create` again whenever an input
 * changes, so only its `triggers` (a replacement) may run it again (rule commands-act-once).
 */
export const RUN_ONCE_IGNORED = ["create", "environment", "interpreter", "logging"] as const;

/** Where a DR drill's checks run in a cluster, and the only namespace besides Velero's where its identity may act. */
export const DRILL_NAMESPACE = "dr-drill";
/** The Kubernetes group the drill role's access entry maps to (RBAC in DRILL_NAMESPACE and Velero's). */
export const DRILL_GROUP = "payments-dr-drill";

/** The ClusterRole of what Velero may write in a namespace it restores into (the velero add-on makes it; each payment namespace binds it). */
export const VELERO_RESTORE_ROLE = "payments-velero-restore";
export const EXTERNAL_SECRETS: ServiceAccountName = { namespace: "external-secrets", name: "external-secrets" };
export const EBS_CSI_CONTROLLER: ServiceAccountName = { namespace: "kube-system", name: "ebs-csi-controller-sa" };
/** The VPC CNI's agent (the `aws-node` DaemonSet), which assigns pod IPs with its own IRSA role. */
export const VPC_CNI_NODE: ServiceAccountName = { namespace: "kube-system", name: "aws-node" };

/** The label on every object a DR drill creates (its value: the drill's ID): what the drill owns, and `pulumi destroy` of it removes. */
export const DRILL_LABEL = "payments.io/drill";

/** Payment services live in `payments-<service>`, run as the service account `<service>`. */
export const PAYMENTS_NAMESPACE_PREFIX = "payments-";
export function paymentsNamespace(service: string): string {
    return `${PAYMENTS_NAMESPACE_PREFIX}${service}`;
}

/** The node autoscaler's identity (its IRSA role trusts exactly this service account). */
export const CLUSTER_AUTOSCALER: ServiceAccountName = { namespace: "kube-system", name: "cluster-autoscaler" };

/** cert-manager's controller: its IRSA role (Route 53 DNS-01) trusts exactly this service account. */
export const CERT_MANAGER: ServiceAccountName = { namespace: "cert-manager", name: "cert-manager" };

/** The API host of one cluster, so health checks and operators can reach each region directly. */
export function regionalApiHost(clusterName: string, apiHost: string): string {
    return `${clusterName}.${apiHost}`;
}

/** The hosts a cluster's API certificate names (and cert-manager may answer challenges for): the API's and the cluster's own. */
export function apiHosts(clusterName: string, apiHost: string): string[] {
    return [apiHost, regionalApiHost(clusterName, apiHost)];
}
