/**
 * Where a service's writer can be, as seen from one cluster: Aurora keeps one writer per global
 * database, in whichever region holds it now (the primary's, until a Region switch moves it).
 * Every other database region's pods write to it through the global writer endpoint, across
 * regions (Aurora user guide, "Connecting to an Amazon Aurora global database"), so each cluster
 * needs a way to every database region's VPC: routes through its region's transit gateway (peered
 * with the others' by the network team), the database's security group admitting the other
 * clusters' VPCs, the pods' NetworkPolicy and ServiceEntry admitting 5432 to them, and IAM
 * permission to connect in each region. Without it, any moment where traffic and the writer are
 * in different regions (DNS failover from a primary whose cluster, not database, failed; the gap
 * between a switch's database and traffic steps) is a total write outage. Pure.
 */

/** A database region seen from a cluster: the VPC its members live in. */
export interface WriterRegion {
    readonly cluster: string;
    readonly region: string;
    readonly vpcCidr: string;
}

export interface WriterPath {
    /** This cluster's own VPC: its region's member, reached locally. */
    readonly own: WriterRegion;
    /** Every other database region: where the writer is after a switch away from this cluster's region. */
    readonly peers: readonly WriterRegion[];
}

/**
 * The writer path of `clusterName` when the platform has databases (every service with one has a
 * member in every cluster's region); undefined without databases.
 */
export function writerPath(
    platform: { clusters: readonly { name: string; region: string; vpcCidr: string }[]; services: readonly { database?: unknown }[] },
    clusterName: string,
): WriterPath | undefined {
    if (!platform.services.some((service) => service.database)) return undefined;
    const regions = platform.clusters.map((cluster) => ({ cluster: cluster.name, region: cluster.region, vpcCidr: cluster.vpcCidr }));
    const own = regions.find((region) => region.cluster === clusterName);
    if (!own) throw new Error(`writerPath: no cluster ${clusterName}`);
    return { own, peers: regions.filter((region) => region.cluster !== clusterName) };
}

/** Every VPC CIDR the writer can be in, this cluster's first. */
export function writerCidrs(path: WriterPath): string[] {
    return [path.own.vpcCidr, ...path.peers.map((peer) => peer.vpcCidr)];
}
