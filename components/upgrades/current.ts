import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { NODE_POOL_TAG } from "../cluster/node-pool";
import type { ClusterOutputs } from "../platform/outputs";
import { minorOf } from "./minor";
import type { CurrentVersions, UpgradeStatus } from "./plan";

/** EKS statuses of a cluster or node group with an update still running. */
const UPDATING = new Set(["UPDATING", "CREATING"]);

/** The provider's answer for something EKS does not have: "couldn't find resource" (or the API's ResourceNotFoundException). */
export function isNotFound(error: unknown): boolean {
    const message = error instanceof Error ? error.message : String(error);
    return /couldn't find resource|ResourceNotFoundException/.test(message);
}

/**
 * A cluster's versions as EKS reports them now, never as the config being changed says: the
 * stack's own last outputs name the cluster (none: it does not exist yet, so undefined), and the
 * EKS API gives its version and its node groups, listed from EKS (not remembered: a failed `up`
 * may have replaced one under a new name), each mapped to its pool by its `node-pool` tag. What
 * EKS no longer has is absent, not an error: a cluster gone with its region is planned as new
 * (with a warning), a node group gone between two calls is skipped. Two node groups of one pool (a
 * replacement a failed `up` left behind) count as the older, and as still updating. The add-ons'
 * minor is the one the stack last pinned (its `upgrade` output), or the control plane's.
 */
export async function readCurrentVersions(
    previous: { cluster?: Pick<ClusterOutputs, "name">; upgrade?: Pick<UpgradeStatus, "addons"> },
    provider: aws.Provider,
): Promise<CurrentVersions | undefined> {
    const cluster = previous.cluster;
    if (!cluster?.name) return undefined;
    const absent = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
        try {
            return await read();
        } catch (error) {
            if (isNotFound(error)) return undefined;
            throw error;
        }
    };
    const eks = await absent(() => aws.eks.getCluster({ name: cluster.name }, { provider }));
    if (!eks) {
        void pulumi.log.warn(
            `EKS has no cluster ${cluster.name}, which this stack's last outputs name (gone with its region, or deleted outside Pulumi): planned as new, at the topology's versions; run pulumi refresh first if the state still holds it`,
        );
        return undefined;
    }
    const listed = await absent(() => aws.eks.getNodeGroups({ clusterName: cluster.name }, { provider }));
    const pools: Record<string, { version: string; updating: boolean }> = {};
    for (const nodeGroupName of listed?.names ?? []) {
        const group = await absent(() => aws.eks.getNodeGroup({ clusterName: cluster.name, nodeGroupName }, { provider }));
        const pool = group?.tags[NODE_POOL_TAG];
        if (!group || !pool) continue;
        const seen = pools[pool];
        const entry = { version: group.version, updating: UPDATING.has(group.status) };
        pools[pool] = seen ? { version: minorOf(seen.version) <= minorOf(entry.version) ? seen.version : entry.version, updating: true } : entry;
    }
    return {
        controlPlane: eks.version,
        controlPlaneUpdating: UPDATING.has(eks.status),
        pools,
        addons: previous.upgrade?.addons ?? eks.version,
    };
}
