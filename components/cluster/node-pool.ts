import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Taint } from "../config/schema";
import type { NodePoolSpec } from "../topology/spec";

/**
 * One hop: IMDS answers the node but not pods, whose traffic crosses a second hop. Pods get AWS
 * credentials from IRSA only, so a compromised pod cannot borrow the node's role.
 */
export const IMDS_HOP_LIMIT = 1;
export const ROOT_DEVICE_NAME = "/dev/xvda";
/** The tag naming a node group's (and its instances') pool: the upgrade planner maps node groups to pools by it. */
export const NODE_POOL_TAG = "node-pool";
export const DEFAULT_AMI_TYPE = "AL2023_x86_64_STANDARD";

export interface NodePoolArgs {
    /** The pool's expanded topology. Required. */
    pool: NodePoolSpec;
    clusterName: pulumi.Input<string>;
    nodeRoleArn: pulumi.Input<string>;
    /** Private subnets, one per zone. Required. */
    subnetIds: pulumi.Input<string>[];
    /** Tags for the node group, launch template, instances and volumes. Required. */
    tags: Record<string, string>;
    /** Share of the pool EKS replaces at once during an update (the class's upgrade.maxUnavailablePercentage). Required. */
    maxUnavailablePercentage: number;
    /** @default "AL2023_x86_64_STANDARD" */
    amiType?: string;
    /** What nodes need before they can join (the networking add-ons). @default none */
    dependsOn?: pulumi.Resource[];
}

/** Kubernetes taint effect → the EKS API's spelling. */
export function eksTaintEffect(effect: Taint["effect"]): "NO_SCHEDULE" | "PREFER_NO_SCHEDULE" | "NO_EXECUTE" {
    switch (effect) {
        case "NoSchedule":
            return "NO_SCHEDULE";
        case "PreferNoSchedule":
            return "PREFER_NO_SCHEDULE";
        case "NoExecute":
            return "NO_EXECUTE";
        default: {
            const exhaustive: never = effect;
            throw new Error(`unknown taint effect ${String(exhaustive)}`);
        }
    }
}

/**
 * One machine deployment of the topology as an EKS managed node group, launched from a template
 * that requires IMDSv2 and encrypts its gp3 root volume.
 */
export class NodePool extends pulumi.ComponentResource {
    readonly spec: NodePoolSpec;
    readonly nodeGroupName: pulumi.Output<string>;

    constructor(name: string, args: NodePoolArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:NodePool", name, {}, opts);
        const parent = { parent: this };
        const pool = args.pool;
        this.spec = pool;

        const launchTemplate = new aws.ec2.LaunchTemplate(
            `${name}-lt`,
            {
                description: `Nodes of pool ${pool.name}`,
                updateDefaultVersion: true,
                metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: IMDS_HOP_LIMIT, instanceMetadataTags: "disabled" },
                blockDeviceMappings: [
                    { deviceName: ROOT_DEVICE_NAME, ebs: { volumeSize: pool.diskSizeGiB, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" } },
                ],
                tagSpecifications: ["instance", "volume", "network-interface"].map((resourceType) => ({
                    resourceType,
                    tags: { ...args.tags, [NODE_POOL_TAG]: pool.name },
                })),
                tags: args.tags,
            },
            parent,
        );

        const nodeGroup = new aws.eks.NodeGroup(
            `${name}-node-group`,
            {
                clusterName: args.clusterName,
                // A prefix, not a fixed name: a change that forces replacement creates the new
                // group before deleting the old one, so the pool never drops to zero.
                nodeGroupNamePrefix: `${pool.name}-`,
                version: pool.kubernetesVersion,
                nodeRoleArn: args.nodeRoleArn,
                subnetIds: args.subnetIds,
                amiType: args.amiType ?? DEFAULT_AMI_TYPE,
                instanceTypes: [...pool.instanceTypes],
                capacityType: pool.capacityType,
                labels: { ...pool.labels },
                taints: pool.taints.map((taint) => ({ key: taint.key, value: taint.value, effect: eksTaintEffect(taint.effect) })),
                scalingConfig: { desiredSize: pool.replicas, minSize: pool.min, maxSize: pool.max },
                updateConfig: { maxUnavailablePercentage: args.maxUnavailablePercentage },
                // An update drains nodes through the Eviction API: a PodDisruptionBudget that
                // blocks fails the update instead of being overridden.
                forceUpdateVersion: false,
                launchTemplate: { id: launchTemplate.id, version: launchTemplate.latestVersion.apply((version) => String(version)) },
                tags: { ...args.tags, [NODE_POOL_TAG]: pool.name },
            },
            // The cluster autoscaler owns the desired size once the pool exists.
            { parent: this, dependsOn: args.dependsOn, ignoreChanges: ["scalingConfig.desiredSize"], deleteBeforeReplace: false },
        );

        this.nodeGroupName = nodeGroup.nodeGroupName;
        this.registerOutputs({ nodeGroupName: this.nodeGroupName });
    }
}
