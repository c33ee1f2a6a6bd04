import type { KubernetesVersion } from "../config/schema";

/**
 * EKS managed add-ons installed in every cluster, in the order EKS needs them. metrics-server is
 * an EKS community add-on (installed and versioned through the EKS API): it serves the resource
 * metrics (CPU) every HPA scales on. The pod identity agent is not installed: every workload role
 * is IRSA.
 */
export const MANAGED_ADDONS = ["vpc-cni", "kube-proxy", "coredns", "aws-ebs-csi-driver", "metrics-server"] as const;
export type ManagedAddon = (typeof MANAGED_ADDONS)[number];

/**
 * Pinned add-on versions per Kubernetes minor. Pinning means an upgrade is a reviewed diff to
 * this table, never a silent change on the next `pulumi up`. kube-proxy must match the minor;
 * the others follow `aws eks describe-addon-versions --kubernetes-version <v>` (metrics-server:
 * `--addon-name metrics-server`; v0.8.0 is listed for 1.34, v0.7.2 for earlier minors).
 */
export const MANAGED_ADDON_VERSIONS: Record<KubernetesVersion, Record<ManagedAddon, string>> = {
    "1.32": {
        "vpc-cni": "v1.19.5-eksbuild.3",
        "kube-proxy": "v1.32.5-eksbuild.2",
        coredns: "v1.11.4-eksbuild.14",
        "aws-ebs-csi-driver": "v1.45.0-eksbuild.2",
        "metrics-server": "v0.7.2-eksbuild.3",
    },
    "1.33": {
        "vpc-cni": "v1.19.5-eksbuild.3",
        "kube-proxy": "v1.33.0-eksbuild.2",
        coredns: "v1.12.1-eksbuild.2",
        "aws-ebs-csi-driver": "v1.45.0-eksbuild.2",
        "metrics-server": "v0.7.2-eksbuild.3",
    },
    "1.34": {
        "vpc-cni": "v1.20.1-eksbuild.3",
        "kube-proxy": "v1.34.0-eksbuild.2",
        coredns: "v1.12.3-eksbuild.1",
        "aws-ebs-csi-driver": "v1.48.0-eksbuild.2",
        "metrics-server": "v0.8.0-eksbuild.2",
    },
};
