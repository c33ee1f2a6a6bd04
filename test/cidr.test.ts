import { strict as assert } from "assert";
import { cidrsOverlap, formatCidr, hasHostBits, parseCidr, subdivide } from "../components/network/cidr";

describe("CIDR arithmetic", () => {
    const overlaps: Array<[string, string, boolean]> = [
        ["10.0.0.0/16", "10.0.0.0/16", true],
        ["10.0.0.0/16", "10.0.255.0/24", true],
        ["10.0.0.0/16", "10.1.0.0/16", false],
        ["10.0.0.0/8", "10.200.0.0/16", true],
        ["10.0.0.0/17", "10.0.128.0/17", false],
        ["192.168.0.0/20", "192.168.15.0/24", true],
        ["192.168.0.0/20", "192.168.16.0/24", false],
    ];
    for (const [a, b, expected] of overlaps) {
        it(`${a} ${expected ? "overlaps" : "does not overlap"} ${b}`, () => {
            assert.equal(cidrsOverlap(a, b), expected);
            assert.equal(cidrsOverlap(b, a), expected);
        });
    }

    it("detects host bits", () => {
        assert.equal(hasHostBits("10.0.1.0/16"), true);
        assert.equal(hasHostBits("10.0.0.0/16"), false);
        assert.equal(hasHostBits("255.255.255.255/32"), false);
    });

    it("carves the n-th sub-block", () => {
        const vpc = parseCidr("10.10.0.0/16");
        assert.equal(formatCidr(subdivide(vpc, 19, 0)), "10.10.0.0/19");
        assert.equal(formatCidr(subdivide(vpc, 19, 7)), "10.10.224.0/19");
        assert.throws(() => subdivide(vpc, 19, 8), /a \/16 holds 8 blocks of \/19; index 8 is out of range/);
        assert.throws(() => subdivide(vpc, 15, 0), /cannot carve a \/15 out of a \/16/);
    });

    it("rejects malformed input", () => {
        assert.throws(() => parseCidr("10.0.0.256/16"), /not an IPv4 CIDR/);
        assert.throws(() => parseCidr("10.0.0.0/33"), /not an IPv4 CIDR/);
        assert.throws(() => parseCidr("10.0.0/16"), /not an IPv4 CIDR/);
    });
});
