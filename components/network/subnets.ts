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

/** The zones a network uses: the first `count` of the region's available zones, in order. */
export function pickZones(available: readonly string[], count: number, region: string): string[] {
    if (available.length < count) {
        throw new Error(`${region} has ${available.length} available zones (${available.join(", ")}); availabilityZoneCount ${count} needs more, lower it`);
    }
    return [...available].sort().slice(0, count);
}

/** Which NAT gateway (by zone index) each private subnet routes through. */
export function natGatewayFor(zoneIndex: number, mode: "perAz" | "single"): number {
    return mode === "perAz" ? zoneIndex : 0;
}
