import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { KubernetesVersion } from "../config/schema";
import { EBS_CSI_POLICY, irsaTrustPolicy } from "./iam";
import { MANAGED_ADDONS, MANAGED_ADDON_VERSIONS, ManagedAddon } from "./versions";

/** The EBS CSI controller's service account, which its IRSA role trusts. */
export const EBS_CSI_SERVICE_ACCOUNT = { namespace: "kube-system", name: "ebs-csi-controller-sa" } as const;

export interface ManagedAddonsArgs {
    clusterName: pulumi.Input<string>;
    kubernetesVersion: KubernetesVersion;
    oidcProviderArn: pulumi.Input<string>;
    oidcIssuer: pulumi.Input<string>;
    /** Add-ons wait for these (the node pools): CoreDNS and the EBS controller need nodes to become healthy. Required. */
    nodePools: pulumi.Resource[];
    tags: Record<string, string>;
}

/** The pinned EKS managed add-ons of one cluster, the EBS CSI driver with its own IRSA role. */
export class ManagedAddons extends pulumi.ComponentResource {
    readonly versions: Record<ManagedAddon, string>;

    constructor(name: string, args: ManagedAddonsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:ManagedAddons", name, {}, opts);
        this.versions = MANAGED_ADDON_VERSIONS[args.kubernetesVersion];

        const ebsRole = new aws.iam.Role(
            `${name}-ebs-csi-role`,
            {
                assumeRolePolicy: pulumi
                    .all([args.oidcProviderArn, args.oidcIssuer])
                    .apply(([arn, issuer]) => JSON.stringify(irsaTrustPolicy(arn, issuer, EBS_CSI_SERVICE_ACCOUNT.namespace, EBS_CSI_SERVICE_ACCOUNT.name))),
                tags: args.tags,
            },
            { parent: this },
        );
        new aws.iam.RolePolicyAttachment(`${name}-ebs-csi-policy`, { role: ebsRole.name, policyArn: EBS_CSI_POLICY }, { parent: this });

        for (const addon of MANAGED_ADDONS) {
            new aws.eks.Addon(
                `${name}-${addon}`,
                {
                    clusterName: args.clusterName,
                    addonName: addon,
                    addonVersion: this.versions[addon],
                    // Take over the self-managed copies EKS bootstraps; keep later manual tuning visible as drift.
                    resolveConflictsOnCreate: "OVERWRITE",
                    resolveConflictsOnUpdate: "PRESERVE",
                    serviceAccountRoleArn: addon === "aws-ebs-csi-driver" ? ebsRole.arn : undefined,
                    tags: args.tags,
                },
                { parent: this, dependsOn: args.nodePools },
            );
        }
        this.registerOutputs({ versions: this.versions });
    }
}
