import { strict as assert } from "assert";
import { cidrsOverlap, parseCidr } from "../components/network/cidr";
import { natGatewayFor, pickZones, planSubnets } from "../components/network/subnets";

describe("subnet plan", () => {
    const table: Array<{ vpc: string; zones: number; private: string[]; public: string[] }> = [
        {
            vpc: "10.10.0.0/16",
            zones: 3,
            private: ["10.10.0.0/19", "10.10.32.0/19", "10.10.64.0/19"],
            public: ["10.10.224.0/22", "10.10.228.0/22", "10.10.232.0/22"],
        },
        {
            vpc: "10.20.0.0/16",
            zones: 2,
            private: ["10.20.0.0/19", "10.20.32.0/19"],
            public: ["10.20.224.0/22", "10.20.228.0/22"],
        },
        {
            vpc: "172.16.0.0/17",
            zones: 5,
            private: ["172.16.0.0/20", "172.16.16.0/20", "172.16.32.0/20", "172.16.48.0/20", "172.16.64.0/20"],
            public: ["172.16.112.0/23", "172.16.114.0/23", "172.16.116.0/23", "172.16.118.0/23", "172.16.120.0/23"],
        },
        {
            // The smallest VPC the config allows, with the most zones.
            vpc: "192.168.16.0/20",
            zones: 6,
            private: ["192.168.16.0/23", "192.168.18.0/23", "192.168.20.0/23", "192.168.22.0/23", "192.168.24.0/23", "192.168.26.0/23"],
            public: ["192.168.30.0/26", "192.168.30.64/26", "192.168.30.128/26", "192.168.30.192/26", "192.168.31.0/26", "192.168.31.64/26"],
        },
    ];
    for (const row of table) {
        it(`carves ${row.vpc} over ${row.zones} zones`, () => {
            const plan = planSubnets(row.vpc, row.zones);
            assert.deepEqual(
                plan.privateSubnets.map((s) => s.cidr),
                row.private,
            );
            assert.deepEqual(
                plan.publicSubnets.map((s) => s.cidr),
                row.public,
            );
            assert.deepEqual(
                plan.privateSubnets.map((s) => s.index),
                [...Array(row.zones).keys()],
            );
            const all = [...plan.privateSubnets, ...plan.publicSubnets].map((s) => s.cidr);
            for (let i = 0; i < all.length; i++) {
                assert.equal(cidrsOverlap(all[i], row.vpc), true, `${all[i]} lies inside ${row.vpc}`);
                for (let j = i + 1; j < all.length; j++) assert.equal(cidrsOverlap(all[i], all[j]), false, `${all[i]} vs ${all[j]}`);
            }
        });
    }

    it("keeps existing subnets in place when a zone is added", () => {
        const three = planSubnets("10.10.0.0/16", 3);
        const four = planSubnets("10.10.0.0/16", 4);
        assert.deepEqual(four.privateSubnets.slice(0, 3), three.privateSubnets);
        assert.deepEqual(four.publicSubnets.slice(0, 3), three.publicSubnets);
    });

    it("leaves slot 6 free for later subnets", () => {
        const plan = planSubnets("10.10.0.0/16", 6);
        for (const s of [...plan.privateSubnets, ...plan.publicSubnets]) assert.equal(cidrsOverlap(s.cidr, "10.10.192.0/19"), false);
    });

    it("gives private subnets room for pods: at least 500 addresses even in the smallest VPC", () => {
        const plan = planSubnets("10.0.0.0/20", 6);
        for (const s of plan.privateSubnets) assert.ok(2 ** (32 - parseCidr(s.cidr).prefix) >= 512);
    });

    it("refuses zero or more than six zones", () => {
        assert.throws(() => planSubnets("10.0.0.0/16", 0), /a cluster network spans 1 to 6 zones, not 0/);
        assert.throws(() => planSubnets("10.0.0.0/16", 7), /not 7/);
    });

    it("picks zones by zone ID, never one where EKS runs no control plane, and explains when a region has too few", () => {
        // An account where us-east-1a..c are use1-az3, az6, az1: by name the first three would include az3.
        const useast1 = ["use1-az3", "use1-az6", "use1-az1", "use1-az4", "use1-az2", "use1-az5"].map((id, i) => ({ name: `us-east-1${"abcdef"[i]}`, id }));
        assert.deepEqual(pickZones(useast1, 3, "us-east-1"), [
            { name: "us-east-1c", id: "use1-az1" },
            { name: "us-east-1e", id: "use1-az2" },
            { name: "us-east-1d", id: "use1-az4" },
        ]);
        const uswest2 = ["usw2-az2", "usw2-az1", "usw2-az3"].map((id, i) => ({ name: `us-west-2${"abc"[i]}`, id }));
        assert.deepEqual(
            pickZones(uswest2, 3, "us-west-2").map((zone) => zone.id),
            ["usw2-az1", "usw2-az2", "usw2-az3"],
        );
        assert.throws(
            () =>
                pickZones(
                    [
                        { name: "us-west-1a", id: "usw1-az1" },
                        { name: "us-west-1c", id: "usw1-az2" },
                    ],
                    2,
                    "us-west-1",
                ),
            {
                message:
                    "us-west-1 has 1 usable zones (usw1-az1) once usw1-az2 (no EKS control plane) is left out; availabilityZoneCount 2 needs more, lower it",
            },
        );
        assert.throws(() => pickZones(uswest2, 4, "us-west-2"), {
            message: "us-west-2 has 3 usable zones (usw2-az1, usw2-az2, usw2-az3); availabilityZoneCount 4 needs more, lower it",
        });
    });

    it("routes each zone through its own NAT gateway, or all through the first", () => {
        assert.deepEqual(
            [0, 1, 2].map((i) => natGatewayFor(i, "perAz")),
            [0, 1, 2],
        );
        assert.deepEqual(
            [0, 1, 2].map((i) => natGatewayFor(i, "single")),
            [0, 0, 0],
        );
    });
});
