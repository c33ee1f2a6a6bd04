import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { planFailover } from "../components/dns/failover";
import { topologyDot } from "../tools/topology/dot";
import { renderSvg, topologyInput } from "../tools/topology/report";
import { planOf } from "./helpers/plans";

const clusters = {
    a: { name: "a", region: "us-east-1", role: "primary", priority: 1 },
    b: { name: "b", region: "us-west-2", role: "secondary", priority: 2 },
    c: { name: "c", region: "us-east-2", role: "secondary", priority: 3 },
};

describe("topology picture", () => {
    it("draws regions, roles, failover tiers and the health check on each record", () => {
        const dot = topologyDot({ stack: "prod", clusters, failover: planFailover(["a", "b", "c"], "api.example.com"), healthChecks: {} });
        assert.match(dot, /subgraph "cluster_us-west-2" \{\n {4}label="us-west-2";/);
        assert.match(dot, /"cluster:a" \[label="a\\nprimary, priority 1", penwidth=2\];/);
        assert.match(dot, /"dns:api.example.com" -> "cluster:a" \[label="PRIMARY", style=solid\];/);
        assert.match(dot, /"dns:api.example.com" -> "dns:standby-1.api.example.com" \[label="SECONDARY", style=dashed\];/);
        assert.match(dot, /"hc:any-of-b-c" -> "hc:endpoint-b" \[style=dotted\];/);
        assert.match(dot, /"dns:api.example.com" -> "hc:endpoint-a" \[style=invis\];/);
    });

    it("marks a drilled cluster and its inverted check", () => {
        const dot = topologyDot({ stack: "prod", clusters, failover: planFailover(["a", "b", "c"], "api.example.com", ["a"]), healthChecks: {}, drillFailCluster: "a" });
        assert.match(dot, /"cluster:a" \[label="a\\nprimary, priority 1\\nDRILL: check inverted", penwidth=2, color="red"\];/);
        assert.match(dot, /"hc:endpoint-a" \[label="health check\\nHTTPS \/healthz\\na\\n\(inverted\)", shape=note, fontsize=8\];/);
    });

    it("renders to SVG with Graphviz WebAssembly, and the README's copy is current", async () => {
        const input = topologyInput((await planOf("prod")).plan);
        assert.ok(input, "the prod plan exports clusters and failover");
        const svg = await renderSvg(topologyDot(input));
        // Graphviz writes "-" as &#45; in SVG text.
        assert.match(svg, /^<\?xml[\s\S]*<svg[\s\S]*prod&#45;usw2[\s\S]*<\/svg>\s*$/);
        const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "topology-prod.svg"), "utf8");
        assert.equal(committed, svg, "docs/topology-prod.svg is stale: run npm run docs:topology");
    });
});
