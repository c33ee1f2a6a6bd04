import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { irsaTrustPolicy, secretPathPrefix, secretsReadPolicy } from "../cluster/iam";
import { PlatformAddon } from "./addon";
import { chartRelease, customResource } from "./helm";
import { placedCritical, PlacedValues } from "./placement";
import { CHARTS } from "./versions";

export const EXTERNAL_SECRETS_NAMESPACE = "external-secrets";
export const EXTERNAL_SECRETS_SERVICE_ACCOUNT = "external-secrets";
/** The ClusterSecretStore every ExternalSecret of the platform names. */
export const CLUSTER_SECRET_STORE = "aws-secrets-manager";

interface ExternalSecretsValues extends PlacedValues {
    installCRDs: boolean;
    replicaCount: number;
    serviceAccount: { name: string; annotations: Record<string, pulumi.Input<string>> };
    webhook: PlacedValues;
    certController: PlacedValues;
}

/**
 * External Secrets Operator, reading only this platform's secrets, from the cluster's own region
 * (its Secrets Manager replica), so losing another region never stops it.
 */
export const externalSecretsAddon: PlatformAddon = {
    name: "external-secrets",
    component: "ExternalSecrets",
    dependsOn: [],
    install(ctx) {
        const parent = { parent: ctx.parent };
        const prefix = secretPathPrefix(pulumi.getProject(), ctx.platform.environment);
        const accountId = aws.getCallerIdentityOutput({}, parent).accountId;
        const role = new aws.iam.Role(
            `${ctx.name}-role`,
            {
                assumeRolePolicy: pulumi
                    .all([ctx.oidcProviderArn, ctx.oidcIssuer])
                    .apply(([arn, issuer]) => JSON.stringify(irsaTrustPolicy(arn, issuer, EXTERNAL_SECRETS_NAMESPACE, EXTERNAL_SECRETS_SERVICE_ACCOUNT))),
                tags: ctx.tags,
            },
            parent,
        );
        new aws.iam.RolePolicy(`${ctx.name}-read-secrets`, { role: role.id, policy: accountId.apply((account) => JSON.stringify(secretsReadPolicy(ctx.cluster.region, account, prefix))) }, parent);

        const component = (cpu: string, memory: string) => placedCritical(ctx.cluster, cpu, memory);
        const values: ExternalSecretsValues = {
            installCRDs: true,
            replicaCount: 2,
            serviceAccount: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT, annotations: { "eks.amazonaws.com/role-arn": role.arn } },
            ...component("100m", "256Mi"),
            webhook: component("50m", "128Mi"),
            certController: component("50m", "128Mi"),
        };
        const release = chartRelease(ctx, "external-secrets", CHARTS.externalSecrets, EXTERNAL_SECRETS_NAMESPACE, values);
        const store = customResource(
            ctx,
            "cluster-secret-store",
            {
                apiVersion: "external-secrets.io/v1",
                kind: "ClusterSecretStore",
                metadata: { name: CLUSTER_SECRET_STORE },
                spec: {
                    provider: {
                        aws: {
                            service: "SecretsManager",
                            region: ctx.cluster.region,
                            auth: { jwt: { serviceAccountRef: { name: EXTERNAL_SECRETS_SERVICE_ACCOUNT, namespace: EXTERNAL_SECRETS_NAMESPACE } } },
                        },
                    },
                },
            },
            release,
        );
        return { ready: [release, store], outputs: { externalSecretsRoleArn: role.arn } };
    },
};
