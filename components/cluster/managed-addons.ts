import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Placement } from "../addons/placement";
import type { KubernetesVersion } from "../config/schema";
import type { ServiceAccountName } from "../names";
import { EBS_CSI_CONTROLLER, VPC_CNI_NODE } from "../names";
import { EBS_CSI_POLICY, VPC_CNI_POLICY } from "./iam";
import { irsaRole } from "./irsa";
import type { ManagedAddon } from "./versions";
import { MANAGED_ADDONS, MANAGED_ADDON_VERSIONS } from "./versions";

export interface ManagedAddonsArgs {
    clusterName: pulumi.Input<string>;
    /** The compatibility row to pin the add-ons from (the cluster's addonsVersion). Required. */
    kubernetesVersion: KubernetesVersion;
    oidcProviderArn: pulumi.Input<string>;
    oidcIssuer: pulumi.Input<string>;
    /** Add-ons wait for these (the node pools): CoreDNS and the EBS controller need nodes to become healthy. Required. */
    nodePools: pulumi.Resource[];
    /** The networking add-ons, made before the nodes (NodeNetworking). Required. */
    networking: NodeNetworking;
    /** Where platform pods run (the system pool): metrics-server is placed there, off the payments pool. Required. */
    systemPlacement: Placement;
    tags: Record<string, string>;
    /** The environment's permissions boundary, for the EBS CSI driver's role. Required. */
    permissionsBoundary: string;
}

/**
 * Add-ons a node needs to join: the VPC CNI (pod IPs) and kube-proxy. DaemonSets with nothing to
 * wait for, so they are made before the node pools; the CNI then assigns IPs with its own IRSA
 * role from a node's first minute, and the nodes' role carries no CNI policy.
 */
export const NODE_NETWORKING_ADDONS = ["vpc-cni", "kube-proxy"] as const satisfies readonly ManagedAddon[];
type NetworkingAddon = (typeof NODE_NETWORKING_ADDONS)[number];
const isNetworking = (addon: ManagedAddon): addon is NetworkingAddon => (NODE_NETWORKING_ADDONS as readonly string[]).includes(addon);

/** The managed add-on resource's arguments common to every add-on. */
function addonArgs(args: Pick<ManagedAddonsArgs, "clusterName" | "tags">, addon: ManagedAddon, version: string): aws.eks.AddonArgs {
    return {
        clusterName: args.clusterName,
        addonName: addon,
        addonVersion: version,
        // Take over the self-managed copies EKS bootstraps; keep later manual tuning visible as drift.
        resolveConflictsOnCreate: "OVERWRITE",
        resolveConflictsOnUpdate: "PRESERVE",
        tags: args.tags,
    };
}

/** An add-on's own IRSA role with its one AWS-managed policy; the attachment is what the add-on waits on. */
function addonRole(
    name: string,
    args: Pick<ManagedAddonsArgs, "oidcProviderArn" | "oidcIssuer" | "permissionsBoundary" | "tags">,
    serviceAccount: ServiceAccountName,
    policyArn: string,
    parent: pulumi.ComponentResource,
): { role: aws.iam.Role; attachment: aws.iam.RolePolicyAttachment } {
    const role = irsaRole(
        `${name}-role`,
        {
            oidc: { providerArn: args.oidcProviderArn, issuer: args.oidcIssuer },
            serviceAccount,
            permissionsBoundary: args.permissionsBoundary,
            tags: args.tags,
        },
        parent,
    );
    const attachment = new aws.iam.RolePolicyAttachment(`${name}-policy`, { role: role.name, policyArn }, { parent });
    return { role, attachment };
}

export interface NodeNetworkingArgs extends Omit<ManagedAddonsArgs, "nodePools" | "networking" | "systemPlacement"> {
    /** The ManagedAddons component that made these add-ons before they moved here (its name), so they keep their URNs. Required. */
    formerParent: { name: string; parent: pulumi.Resource };
}

/** The networking add-ons (NODE_NETWORKING_ADDONS) of one cluster, the CNI with its own IRSA role; node pools depend on it. */
export class NodeNetworking extends pulumi.ComponentResource {
    readonly addons: aws.eks.Addon[];

    constructor(name: string, args: NodeNetworkingArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:NodeNetworking", name, {}, opts);
        const versions = MANAGED_ADDON_VERSIONS[args.kubernetesVersion];
        const { role: cniRole, attachment: cniPolicy } = addonRole(`${name}-vpc-cni`, args, VPC_CNI_NODE, VPC_CNI_POLICY, this);
        // Made by ManagedAddons until the CNI had its own role: the aliases keep them (no delete and re-create of aws-node).
        const formerParent = pulumi.createUrn(args.formerParent.name, "payments:cluster:ManagedAddons", args.formerParent.parent);
        this.addons = NODE_NETWORKING_ADDONS.map(
            (addon) =>
                new aws.eks.Addon(
                    `${name}-${addon}`,
                    { ...addonArgs(args, addon, versions[addon]), serviceAccountRoleArn: addon === "vpc-cni" ? cniRole.arn : undefined },
                    {
                        parent: this,
                        dependsOn: addon === "vpc-cni" ? [cniPolicy] : [],
                        aliases: [{ name: `${args.formerParent.name}-${addon}`, parent: formerParent }],
                    },
                ),
        );
        this.registerOutputs({});
    }
}

/** The pinned EKS managed add-ons of one cluster that need nodes, the EBS CSI driver with its own IRSA role. */
export class ManagedAddons extends pulumi.ComponentResource {
    readonly versions: Record<ManagedAddon, string>;

    constructor(name: string, args: ManagedAddonsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:ManagedAddons", name, {}, opts);
        this.versions = MANAGED_ADDON_VERSIONS[args.kubernetesVersion];

        const { role: ebsRole } = addonRole(`${name}-ebs-csi`, args, EBS_CSI_CONTROLLER, EBS_CSI_POLICY, this);

        for (const addon of MANAGED_ADDONS.filter((candidate) => !isNetworking(candidate))) {
            new aws.eks.Addon(
                `${name}-${addon}`,
                {
                    ...addonArgs(args, addon, this.versions[addon]),
                    serviceAccountRoleArn: addon === "aws-ebs-csi-driver" ? ebsRole.arn : undefined,
                    // The community add-on's schema is its chart's values: two replicas on the system pool.
                    configurationValues:
                        addon === "metrics-server"
                            ? JSON.stringify({ replicas: 2, nodeSelector: args.systemPlacement.nodeSelector, tolerations: args.systemPlacement.tolerations })
                            : undefined,
                },
                { parent: this, dependsOn: [...args.nodePools, ...args.networking.addons] },
            );
        }
        this.registerOutputs({ versions: this.versions });
    }
}
