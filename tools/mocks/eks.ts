import type { ResourceMock } from "../offline-plan/mock-cloud";
import { arn } from "./aws";

/**
 * @pulumi/eks v3+ components are remote: under mocks they are one resource with no children, so
 * the outputs a program reads from them come from here. `eksCluster` and `core` are resource
 * references in a real run; a plain object with the same fields reads the same way through
 * Pulumi's property lifting.
 */
export const eksResources: Record<string, ResourceMock> = {
    "eks:index:Cluster": (ctx) => {
        const name = typeof ctx.inputs.name === "string" ? ctx.inputs.name : `${ctx.name}-eksCluster`;
        const oidcId = ctx.hash.slice(0, 32).toUpperCase();
        const endpoint = `https://${oidcId}.gr7.${ctx.region}.eks.amazonaws.com`;
        const oidcIssuer = `oidc.eks.${ctx.region}.amazonaws.com/id/${oidcId}`;
        const oidcProviderArn = arn(ctx, "iam", `oidc-provider/${oidcIssuer}`, true).replace(`:${ctx.region}:`, "::");
        const certificateAuthority = { data: Buffer.from(`mock CA for ${name}`).toString("base64") };
        const clusterSecurityGroupId = `sg-0${ctx.hash.slice(32, 48)}`;
        const eksCluster = {
            name,
            arn: arn(ctx, "eks", `cluster/${name}`),
            endpoint,
            version: ctx.inputs.version,
            certificateAuthority,
            identities: [{ oidcs: [{ issuer: `https://${oidcIssuer}` }] }],
            vpcConfig: { clusterSecurityGroupId, vpcId: ctx.inputs.vpcId },
            status: "ACTIVE",
        };
        const kubeconfig = {
            apiVersion: "v1",
            kind: "Config",
            clusters: [{ name, cluster: { server: endpoint, "certificate-authority-data": certificateAuthority.data } }],
            contexts: [{ name, context: { cluster: name, user: name } }],
            "current-context": name,
            users: [
                {
                    name,
                    user: {
                        exec: {
                            apiVersion: "client.authentication.k8s.io/v1beta1",
                            command: "aws",
                            args: ["--region", ctx.region, "eks", "get-token", "--cluster-name", name],
                        },
                    },
                },
            ],
        };
        return {
            id: undefined,
            state: {
                eksCluster,
                core: { cluster: eksCluster, endpoint, oidcProvider: { arn: oidcProviderArn, url: oidcIssuer } },
                clusterSecurityGroupId,
                oidcIssuer,
                oidcProviderArn,
                oidcProviderUrl: `https://${oidcIssuer}`,
                kubeconfig,
                kubeconfigJson: JSON.stringify(kubeconfig),
            },
        };
    },
};
