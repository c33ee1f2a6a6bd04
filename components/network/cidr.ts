/**
 * IPv4 CIDR arithmetic: pure functions shared by config validation (overlaps, sizes) and the
 * network component (subnet carving). Addresses are unsigned 32-bit integers.
 */

export interface Ipv4Block {
    /** First address of the block, as an unsigned 32-bit integer. */
    readonly base: number;
    /** Prefix length, 0-32. */
    readonly prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; throws on anything else. The address need not be the network address. */
export function parseCidr(cidr: string): Ipv4Block & { address: number } {
    const match = CIDR.exec(cidr);
    if (!match) throw new Error(`not an IPv4 CIDR: ${JSON.stringify(cidr)}`);
    const octets = match.slice(1, 5).map(Number);
    const prefix = Number(match[5]);
    if (octets.some((octet) => octet > 255) || prefix > 32) throw new Error(`not an IPv4 CIDR: ${JSON.stringify(cidr)}`);
    const address = octets.reduce((acc, octet) => acc * 256 + octet, 0);
    return { address, base: networkAddress(address, prefix), prefix };
}

/** Number of addresses in a block of the given prefix length. */
export function blockSize(prefix: number): number {
    return 2 ** (32 - prefix);
}

function networkAddress(address: number, prefix: number): number {
    return address - (address % blockSize(prefix));
}

export function formatCidr(block: Ipv4Block): string {
    const octets = [24, 16, 8, 0].map((shift) => Math.floor(block.base / 2 ** shift) % 256);
    return `${octets.join(".")}/${block.prefix}`;
}

/** True when `cidr` has host bits set (e.g. 10.0.1.0/16), which AWS rejects as a VPC range. */
export function hasHostBits(cidr: string): boolean {
    const parsed = parseCidr(cidr);
    return parsed.address !== parsed.base;
}

/** True when the two blocks share at least one address. */
export function cidrsOverlap(a: string, b: string): boolean {
    const x = parseCidr(a);
    const y = parseCidr(b);
    return x.base < y.base + blockSize(y.prefix) && y.base < x.base + blockSize(x.prefix);
}

/** The `index`-th block of prefix `newPrefix` inside `parent` (like Terraform's cidrsubnet). */
export function subdivide(parent: Ipv4Block, newPrefix: number, index: number): Ipv4Block {
    if (newPrefix < parent.prefix || newPrefix > 32) {
        throw new Error(`cannot carve a /${newPrefix} out of a /${parent.prefix}`);
    }
    const count = 2 ** (newPrefix - parent.prefix);
    if (!Number.isInteger(index) || index < 0 || index >= count) {
        throw new Error(`a /${parent.prefix} holds ${count} blocks of /${newPrefix}; index ${index} is out of range`);
    }
    return { base: parent.base + index * blockSize(newPrefix), prefix: newPrefix };
}
