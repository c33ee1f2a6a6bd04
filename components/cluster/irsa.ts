import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ServiceAccountName } from "../names";
import { irsaTrustPolicy } from "./iam";

/** A cluster's OIDC identity provider, which IRSA roles trust. */
export interface ClusterOidc {
    readonly providerArn: pulumi.Input<string>;
    /** With or without `https://`. */
    readonly issuer: pulumi.Input<string>;
}

/**
 * An IAM role that exactly one service account of one cluster may assume (IRSA). The one way the
 * platform makes such roles, so every trust policy names the provider, `sub` and `aud`.
 */
export function irsaRole(
    name: string,
    args: {
        oidc: ClusterOidc;
        serviceAccount: ServiceAccountName;
        /** The environment's permissions boundary (permissionsBoundaryArn): the role's ceiling. */
        permissionsBoundary: pulumi.Input<string>;
        tags: Record<string, string>;
    },
    parent: pulumi.Resource,
): aws.iam.Role {
    const { namespace, name: serviceAccount } = args.serviceAccount;
    return new aws.iam.Role(
        name,
        {
            assumeRolePolicy: pulumi
                .all([args.oidc.providerArn, args.oidc.issuer])
                .apply(([arn, issuer]) => JSON.stringify(irsaTrustPolicy(arn, issuer, namespace, serviceAccount))),
            permissionsBoundary: args.permissionsBoundary,
            tags: args.tags,
        },
        { parent },
    );
}
