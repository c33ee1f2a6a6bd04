import * as aws from "@pulumi/aws";
import { NODE_POOL_TAG } from "../cluster/node-pool";
import { ClusterOutputs } from "../platform/outputs";
import { CurrentVersions, UpgradeStatus } from "./plan";

/** EKS statuses of a cluster or node group with an update still running. */
const UPDATING = new Set(["UPDATING", "CREATING"]);

/**
 * A cluster's versions as EKS reports them now, never as the config being changed says: the
 * stack's own last outputs name the cluster and its node groups (none: the cluster does not
 * exist yet, so undefined), and the EKS API gives each one's version and whether an update is
 * still running. Node groups map to pools by their `node-pool` tag. The add-ons' minor is the
 * one the stack last pinned (its `upgrade` output), or the control plane's for a stack applied
 * before upgrades were planned.
 */
export async function readCurrentVersions(
    previous: { cluster?: ClusterOutputs; upgrade?: UpgradeStatus },
    provider: aws.Provider,
): Promise<CurrentVersions | undefined> {
    const cluster = previous.cluster;
    if (!cluster?.name) return undefined;
    const eks = await aws.eks.getCluster({ name: cluster.name }, { provider });
    const pools: Record<string, { version: string; updating: boolean }> = {};
    for (const nodeGroupName of cluster.nodeGroups ?? []) {
        const group = await aws.eks.getNodeGroup({ clusterName: cluster.name, nodeGroupName }, { provider });
        const pool = group.tags[NODE_POOL_TAG];
        if (pool) pools[pool] = { version: group.version, updating: UPDATING.has(group.status) };
    }
    return {
        controlPlane: eks.version,
        controlPlaneUpdating: UPDATING.has(eks.status),
        pools,
        addons: previous.upgrade?.addons ?? eks.version,
    };
}
