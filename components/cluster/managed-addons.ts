import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { Placement } from "../addons/placement";
import { KubernetesVersion } from "../config/schema";
import { EBS_CSI_CONTROLLER } from "../names";
import { EBS_CSI_POLICY } from "./iam";
import { irsaRole } from "./irsa";
import { MANAGED_ADDONS, MANAGED_ADDON_VERSIONS, ManagedAddon } from "./versions";

export interface ManagedAddonsArgs {
    clusterName: pulumi.Input<string>;
    /** The compatibility row to pin the add-ons from (the cluster's addonsVersion). Required. */
    kubernetesVersion: KubernetesVersion;
    oidcProviderArn: pulumi.Input<string>;
    oidcIssuer: pulumi.Input<string>;
    /** Add-ons wait for these (the node pools): CoreDNS and the EBS controller need nodes to become healthy. Required. */
    nodePools: pulumi.Resource[];
    /** Where platform pods run (the system pool): metrics-server is placed there, off the payments pool. Required. */
    systemPlacement: Placement;
    tags: Record<string, string>;
    /** The environment's permissions boundary, for the EBS CSI driver's role. Required. */
    permissionsBoundary: string;
}

/** The pinned EKS managed add-ons of one cluster, the EBS CSI driver with its own IRSA role. */
export class ManagedAddons extends pulumi.ComponentResource {
    readonly versions: Record<ManagedAddon, string>;

    constructor(name: string, args: ManagedAddonsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:ManagedAddons", name, {}, opts);
        this.versions = MANAGED_ADDON_VERSIONS[args.kubernetesVersion];

        const ebsRole = irsaRole(
            `${name}-ebs-csi-role`,
            {
                oidc: { providerArn: args.oidcProviderArn, issuer: args.oidcIssuer },
                serviceAccount: EBS_CSI_CONTROLLER,
                permissionsBoundary: args.permissionsBoundary,
                tags: args.tags,
            },
            this,
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
                    // The community add-on's schema is its chart's values: two replicas on the system pool.
                    configurationValues:
                        addon === "metrics-server"
                            ? JSON.stringify({ replicas: 2, nodeSelector: args.systemPlacement.nodeSelector, tolerations: args.systemPlacement.tolerations })
                            : undefined,
                    tags: args.tags,
                },
                { parent: this, dependsOn: args.nodePools },
            );
        }
        this.registerOutputs({ versions: this.versions });
    }
}
