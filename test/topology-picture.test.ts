import { strict as assert } from "assert";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { planFailover } from "../components/dns/failover";
import { topologyDot } from "../tools/topology/dot";
import * as os from "os";
import { isLaidOutFrom, renderSvg, report, stampedSvg, topologyInput } from "../tools/topology/report";
import { planOf, realPlanOf } from "./helpers/plans";

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
        // An alias evaluates its target's health: it carries no check of its own.
        assert.doesNotMatch(dot, /"dns:api.example.com" -> "hc:endpoint-b"/);
        assert.match(dot, /"dns:standby-1.api.example.com" -> "hc:endpoint-c" \[style=invis\];/);
        assert.match(dot, /"dns:api.example.com" -> "hc:endpoint-a" \[style=invis\];/);
    });

    it("marks a drilled cluster and its inverted check", () => {
        const dot = topologyDot({
            stack: "prod",
            clusters,
            failover: planFailover(["a", "b", "c"], "api.example.com", ["a"]),
            healthChecks: {},
            drillFailCluster: "a",
        });
        assert.match(dot, /"cluster:a" \[label="a\\nprimary, priority 1\\nDRILL: check inverted", penwidth=2, color="red"\];/);
        assert.match(dot, /"hc:endpoint-a" \[label="health check\\nHTTPS \/healthz\\na\\n\(inverted\)", shape=note, fontsize=8\];/);
    });

    it("renders to SVG with Graphviz WebAssembly, and the README's copy is current", async () => {
        const input = topologyInput((await realPlanOf("prod")).environment.plan);
        assert.ok(input, "the prod environment exports its topology");
        const dot = topologyDot(input);
        const svg = await renderSvg(dot);
        // Graphviz writes "-" as &#45; in SVG text.
        assert.match(svg, /^<\?xml[\s\S]*<svg[\s\S]*prod&#45;usw2[\s\S]*<\/svg>\s*$/);
        const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "topology-prod.svg"), "utf8");
        assert.equal(committed, stampedSvg(svg, dot), "docs/topology-prod.svg is stale: run npm run docs:topology");
    });

    describe("an unchanged graph is not laid out again", () => {
        const svg = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg>picture</svg>\n';

        it("stamps the SVG with its DOT's digest after the XML declaration, and matches exactly that DOT", () => {
            const stamped = stampedSvg(svg, "digraph { a -> b }");
            assert.equal(
                stamped,
                `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!-- laid out from DOT sha256:${createHash("sha256").update("digraph { a -> b }").digest("hex")} -->\n<svg>picture</svg>\n`,
            );
            assert.equal(isLaidOutFrom(stamped, "digraph { a -> b }"), true);
            assert.equal(isLaidOutFrom(stamped, "digraph { a -> c }"), false);
            assert.equal(isLaidOutFrom(svg, "digraph { a -> b }"), false, "an SVG without a stamp is laid out again");
            assert.equal(isLaidOutFrom(undefined, "digraph { a -> b }"), false);
        });

        it("lays out a new or changed graph, and skips Graphviz for the same graph", async () => {
            const { plan } = (await planOf("prod")).environment;
            const stackDir = fs.mkdtempSync(path.join(os.tmpdir(), "topology-"));
            const layouts: string[] = [];
            const counting = async (dot: string) => (layouts.push(dot), svg);
            const dot = topologyDot(topologyInput(plan)!);
            await report(plan, stackDir, counting);
            await report(plan, stackDir, counting);
            assert.equal(layouts.length, 1);
            assert.equal(fs.readFileSync(path.join(stackDir, "topology.svg"), "utf8"), stampedSvg(svg, dot));
            const drilled = { ...plan, outputs: { ...plan.outputs, drillFailCluster: "prod-use1" } };
            await report(drilled, stackDir, counting);
            assert.equal(layouts.length, 2);
            assert.notEqual(layouts[1], layouts[0]);
            assert.equal(isLaidOutFrom(fs.readFileSync(path.join(stackDir, "topology.svg"), "utf8"), layouts[1]), true);
        });
    });
});
