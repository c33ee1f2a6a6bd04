import { formatCidr, parseCidr, subdivide } from "./cidr";

/**
 * How a cluster VPC is carved, for any prefix from /16 to /20 and up to six zones:
 *
 *   the VPC is cut into 8 equal slots (prefix + 3);
 *   slots 0..5  one private subnet per zone: large, because the VPC CNI gives every pod a VPC IP;
 *   slot 6      reserved for later (intra or database subnets), so adding them never renumbers;
 *   slot 7      cut again into 8 (prefix + 6): one small public subnet per zone for NAT and NLBs.
 *
 * A /16 gives /19 private subnets (8,187 usable IPs each) and /22 public ones; a /20 gives /23
 * and /26. Subnet i always lands in the same place, so adding a zone never moves existing subnets.
 */
export const MAX_ZONES = 6;
const PRIVATE_SLOT_BITS = 3;
const PUBLIC_SLOT = 7;
const PUBLIC_SLOT_BITS = 3;

export interface SubnetPlan {
    /** Position in the zone list: the zone it lives in, and the stable part of its resource name. */
    readonly index: number;
    readonly cidr: string;
}

export interface NetworkPlan {
    readonly privateSubnets: readonly SubnetPlan[];
    readonly publicSubnets: readonly SubnetPlan[];
}

/** Deterministic subnet CIDRs for a VPC spread over `zoneCount` zones (zone i gets subnet i). */
export function planSubnets(vpcCidr: string, zoneCount: number): NetworkPlan {
    if (!Number.isInteger(zoneCount) || zoneCount < 1 || zoneCount > MAX_ZONES) {
        throw new Error(`a cluster network spans 1 to ${MAX_ZONES} zones, not ${zoneCount}`);
    }
    const indexes = Array.from({ length: zoneCount }, (_, index) => index);
    const vpc = parseCidr(vpcCidr);
    const privatePrefix = vpc.prefix + PRIVATE_SLOT_BITS;
    const publicParent = subdivide(vpc, privatePrefix, PUBLIC_SLOT);
    const publicPrefix = publicParent.prefix + PUBLIC_SLOT_BITS;
    return {
        privateSubnets: indexes.map((index) => ({ index, cidr: formatCidr(subdivide(vpc, privatePrefix, index)) })),
        publicSubnets: indexes.map((index) => ({ index, cidr: formatCidr(subdivide(publicParent, publicPrefix, index)) })),
    };
}

/** An Availability Zone: its name (which maps to a different zone in each account) and its ID (the same everywhere). */
export interface Zone {
    readonly name: string;
    readonly id: string;
}

/**
 * Zone IDs where EKS places no control plane: a cluster with a subnet there fails with
 * UnsupportedAvailabilityZoneException. From the EKS user guide, "View Amazon EKS networking
 * requirements for VPC and subnets" (subnet requirements).
 */
export const EKS_UNSUPPORTED_ZONE_IDS: Readonly<Record<string, readonly string[]>> = {
    "us-east-1": ["use1-az3"],
    "us-west-1": ["usw1-az2"],
    "ca-central-1": ["cac1-az3"],
};

/**
 * The zones a network uses: the first `count` of the region's available zones by zone ID (the
 * same physical zones in every account, unlike names), leaving out the IDs where EKS runs no
 * control plane.
 */
export function pickZones(available: readonly Zone[], count: number, region: string): Zone[] {
    const unsupported = EKS_UNSUPPORTED_ZONE_IDS[region] ?? [];
    const usable = [...available].filter((zone) => !unsupported.includes(zone.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (usable.length < count) {
        const left = unsupported.length > 0 ? ` once ${unsupported.join(", ")} (no EKS control plane) is left out` : "";
        throw new Error(
            `${region} has ${usable.length} usable zones (${usable.map((zone) => zone.id).join(", ")})${left}; availabilityZoneCount ${count} needs more, lower it`,
        );
    }
    return usable.slice(0, count);
}

/** Which NAT gateway (by zone index) each private subnet routes through. */
export function natGatewayFor(zoneIndex: number, mode: "perAz" | "single"): number {
    return mode === "perAz" ? zoneIndex : 0;
}
