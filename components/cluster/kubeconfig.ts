/**
 * A kubeconfig for an EKS cluster that authenticates with `aws eks get-token` in the cluster's
 * own region: building it here (not taking the package default) makes the region explicit, so a
 * provider for us-west-2 never asks us-east-1 for a token.
 */
export interface KubeconfigInput {
    clusterName: string;
    endpoint: string;
    certificateAuthorityData: string;
    region: string;
    /** Assume this role for the token (e.g. the platform admin role). */
    roleArn?: string;
}

export function buildKubeconfig(input: KubeconfigInput): string {
    const args = ["--region", input.region, "eks", "get-token", "--cluster-name", input.clusterName, "--output", "json"];
    if (input.roleArn) args.push("--role-arn", input.roleArn);
    return JSON.stringify({
        apiVersion: "v1",
        kind: "Config",
        clusters: [{ name: input.clusterName, cluster: { server: input.endpoint, "certificate-authority-data": input.certificateAuthorityData } }],
        contexts: [{ name: input.clusterName, context: { cluster: input.clusterName, user: input.clusterName } }],
        "current-context": input.clusterName,
        users: [
            { name: input.clusterName, user: { exec: { apiVersion: "client.authentication.k8s.io/v1beta1", command: "aws", args, interactiveMode: "Never" } } },
        ],
    });
}
