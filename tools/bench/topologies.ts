import * as fs from "fs";
import * as path from "path";
import { parse, stringify } from "yaml";

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
        name: `bench-${i + 1}`,
        region: syntheticRegion(i),
        dr: { role: i === 0 ? "primary" : "secondary", priority: i + 1 },
        network: { vpcCidr: `10.${i + 1}.0.0/16` },
    }));
    return stringify(doc);
}

/** A throwaway project that runs the repository's program with generated stacks. */
export function writeBenchProject(dir: string, repoRoot: string, counts: readonly number[]): string[] {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
        path.join(dir, "Pulumi.yaml"),
        stringify({
            name: "payments-platform",
            runtime: "nodejs",
            main: path.join(repoRoot, "index.ts"),
            config: { "pulumi:disable-default-providers": { value: ["aws", "kubernetes"] } },
        }),
    );
    return counts.map((count) => {
        const stack = `bench-${count}`;
        fs.writeFileSync(path.join(dir, `Pulumi.${stack}.yaml`), generatedStack(path.join(repoRoot, "Pulumi.prod.yaml"), count));
        return stack;
    });
}
