import type { FailoverPlan } from "../../components/dns/failover";

/** The plan outputs the picture is drawn from. */
export interface TopologyInput {
    stack: string;
    clusters: Record<string, { name: string; region: string; role: string; priority: number }>;
    failover: FailoverPlan;
    healthChecks: Record<string, string>;
    drillFailCluster?: string;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * Graphviz DOT of the platform's topology: the API name, its failover tiers (PRIMARY solid,
 * SECONDARY dashed), the health check guarding each record, and every cluster in its region
 * with its DR role. Pure, so the picture can be tested without rendering.
 */
export function topologyDot(input: TopologyInput): string {
    const lines = [
        "digraph topology {",
        "  rankdir=LR;",
        '  graph [fontname="Helvetica", fontsize=11, labelloc=t, label=' +
            quote(`payments-platform ${input.stack}: failover of ${input.failover.apiHost}`) +
            "];",
        '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded"];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ];
    const names = [...new Set(input.failover.records.map((record) => record.name))];
    for (const name of names) lines.push(`  ${quote(`dns:${name}`)} [label=${quote(name)}, shape=oval];`);
    const clusters = Object.values(input.clusters).sort((a, b) => a.priority - b.priority);
    for (const cluster of clusters) {
        const drilled = input.drillFailCluster === cluster.name;
        lines.push(`  subgraph ${quote(`cluster_${cluster.region}`)} {`);
        lines.push(`    label=${quote(cluster.region)}; style="dashed";`);
        const label = `${cluster.name}\\n${cluster.role}, priority ${cluster.priority}${drilled ? "\\nDRILL: check inverted" : ""}`;
        lines.push(
            `    ${quote(`cluster:${cluster.name}`)} [label=${quote(label).replace(/\\\\n/g, "\\n")}${cluster.role === "primary" ? ", penwidth=2" : ""}${drilled ? ', color="red"' : ""}];`,
        );
        lines.push("  }");
    }
    for (const check of input.failover.healthChecks) {
        const label =
            check.kind === "endpoint"
                ? `health check\\nHTTPS /healthz\\n${check.cluster}${check.inverted ? "\\n(inverted)" : ""}`
                : `calculated check\\nany ${check.threshold} of ${check.children.length}`;
        lines.push(`  ${quote(`hc:${check.id}`)} [label=${quote(label).replace(/\\\\n/g, "\\n")}, shape=note, fontsize=8];`);
        if (check.kind === "endpoint") lines.push(`  ${quote(`hc:${check.id}`)} -> ${quote(`cluster:${check.cluster}`)} [style=dotted, arrowhead=none];`);
        else for (const child of check.children) lines.push(`  ${quote(`hc:${check.id}`)} -> ${quote(`hc:${child}`)} [style=dotted];`);
    }
    for (const record of input.failover.records) {
        const to = record.target.kind === "cluster" ? `cluster:${record.target.cluster}` : `dns:${record.target.name}`;
        const style = record.failover === "PRIMARY" ? "solid" : "dashed";
        lines.push(`  ${quote(`dns:${record.name}`)} -> ${quote(to)} [label=${quote(record.failover)}, style=${style}];`);
        if (record.healthCheckId !== undefined) lines.push(`  ${quote(`dns:${record.name}`)} -> ${quote(`hc:${record.healthCheckId}`)} [style=invis];`);
    }
    lines.push("}");
    return lines.join("\n") + "\n";
}
