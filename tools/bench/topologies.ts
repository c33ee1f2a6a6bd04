import * as fs from "fs";
import * as path from "path";
import { parse, stringify } from "yaml";
import { writeHandOver } from "../offline-plan/entry-point";

/** A region-shaped name for the i-th generated cluster (the mock cloud accepts any valid name). */
export function syntheticRegion(index: number): string {
    const letters = "abcdefghijklmnopqrstuvwxyz";
    return `${letters[Math.floor(index / 9) % 26]}${letters[Math.floor(index / 234) % 26]}-bench-${(index % 9) + 1}`;
}

/**
 * A stack file like prod's, with `count` clusters: the first primary, the rest secondaries in
 * order, each in its own region with a disjoint /16.
 */
export function generatedStack(prodStackFile: string, count: number): string {
    const doc = parse(fs.readFileSync(prodStackFile, "utf8")) as { config: Record<string, unknown> };
    const [template] = doc.config["payments-platform:clusters"] as Array<Record<string, unknown>>;
    doc.config["payments-platform:clusters"] = Array.from({ length: count }, (_, i) => ({
        ...template,
        // Named per topology: every cluster is a stack, and stack names are one namespace.
        name: `b${count}-c${i + 1}`,
        region: syntheticRegion(i),
        dr: { role: i === 0 ? "primary" : "secondary", priority: i + 1 },
        network: { vpcCidr: `10.${i + 1}.0.0/16` },
    }));
    // A transit gateway per synthetic region, as prod names one per real region.
    const deploy = doc.config["payments-platform:deploy"] as { transitGateways: Record<string, string> };
    deploy.transitGateways = Object.fromEntries(
        Array.from({ length: count }, (_, i) => [syntheticRegion(i), `tgw-0${(i + 1).toString(16).padStart(16, "0")}`]),
    );
    return stringify(doc);
}

/**
 * A throwaway pair of projects that run the repository's programs with generated environments:
 * the environment (`Pulumi.bench-<n>.yaml`) and, under stacks/cluster, a stack per cluster.
 * Returns the environments' stack names.
 */
export function writeBenchProject(dir: string, repoRoot: string, counts: readonly number[]): string[] {
    const disabled = { "pulumi:disable-default-providers": { value: ["aws", "kubernetes"] } };
    const clusterDir = path.join(dir, "stacks", "cluster");
    fs.mkdirSync(clusterDir, { recursive: true });
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), stringify({ name: "payments-platform", runtime: "nodejs", main: "index.ts", config: disabled }));
    writeHandOver(dir, path.join(repoRoot, "index.ts"));
    fs.writeFileSync(path.join(clusterDir, "Pulumi.yaml"), stringify({ name: "payments-cluster", runtime: "nodejs", main: "index.ts", config: disabled }));
    writeHandOver(clusterDir, path.join(repoRoot, "stacks", "cluster", "index.ts"));
    // Each stack is judged as prod's are: the environment with prod's policy config, each cluster with prod's cluster config.
    const policyConfigs = path.join(dir, "policy", "config");
    fs.mkdirSync(policyConfigs, { recursive: true });
    const environmentPolicy = fs.readFileSync(path.join(repoRoot, "policy", "config", "prod.json"));
    const clusterPolicy = fs.readFileSync(path.join(repoRoot, "policy", "clusters", "prod.json"));
    return counts.map((count) => {
        const stack = `bench-${count}`;
        const text = generatedStack(path.join(repoRoot, "Pulumi.prod.yaml"), count);
        fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), text);
        fs.writeFileSync(path.join(policyConfigs, `${stack}.json`), environmentPolicy);
        const clusters = (parse(text) as { config: Record<string, Array<{ name: string }>> }).config["payments-platform:clusters"];
        for (const cluster of clusters) fs.writeFileSync(path.join(policyConfigs, `${cluster.name}.json`), clusterPolicy);
        for (const cluster of clusters)
            fs.writeFileSync(
                path.join(clusterDir, `Pulumi.${cluster.name}.yaml`),
                stringify({
                    config: { "payments-cluster:environmentStack": `organization/payments-platform/${stack}`, "payments-cluster:cluster": cluster.name },
                }),
            );
        return stack;
    });
}
