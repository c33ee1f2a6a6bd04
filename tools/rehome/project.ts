/**
 * The environment as it would be with its primary's region lost for good: the survivor the
 * operator names becomes the primary (priority 1), every cluster in the lost region leaves the
 * topology, the others keep their order behind it. Written as a throwaway copy of the projects
 * (the stack files, the hand-over programs, the policy pack's config regenerated from the new
 * topology) so the offline plan can plan it exactly as `pulumi up` would after the edit.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parse, stringify } from "yaml";
import { writeHandOver } from "../offline-plan/entry-point";
import { PlanInputError } from "../offline-plan/stack-config";
import { parseEcrImage, regionalImage } from "../../components/workloads/images";

const PREFIX = "payments-platform:";

export interface ClusterEntry {
    name: string;
    region: string;
    dr: { role: string; priority: number };
    [key: string]: unknown;
}

export interface Rehoming {
    /** The lost region: the primary's. */
    lostRegion: string;
    /** The clusters in it (their stacks are dropped). */
    lostClusters: string[];
    survivor: { name: string; region: string };
    /** The clusters after the edit, in failover order. */
    clusters: ClusterEntry[];
}

/** The new topology: the survivor first and primary, the lost region's clusters gone, the others behind in their order. Pure. */
export function rehomeClusters(clusters: readonly ClusterEntry[], survivor: string): Rehoming {
    const primary = clusters.find((cluster) => cluster.dr.role === "primary");
    if (!primary) throw new PlanInputError("clusters: no primary to re-home away from");
    const chosen = clusters.find((cluster) => cluster.name === survivor);
    if (!chosen) throw new PlanInputError(`--rehome ${survivor}: no such cluster (clusters: ${clusters.map((cluster) => cluster.name).join(", ")})`);
    if (chosen.region === primary.region)
        throw new PlanInputError(`--rehome ${survivor}: it is in ${primary.region}, the region being left; name a cluster in another region`);
    const lostClusters = clusters.filter((cluster) => cluster.region === primary.region).map((cluster) => cluster.name);
    const others = [...clusters]
        .filter((cluster) => cluster.region !== primary.region && cluster.name !== survivor)
        .sort((a, b) => a.dr.priority - b.dr.priority);
    return {
        lostRegion: primary.region,
        lostClusters,
        survivor: { name: chosen.name, region: chosen.region },
        clusters: [
            { ...chosen, dr: { role: "primary", priority: 1 } },
            ...others.map((cluster, index) => ({ ...cluster, dr: { role: "secondary", priority: index + 2 } })),
        ],
    };
}

/**
 * The services' images from the registry CI pushes to, when it is in the lost region: from the
 * survivor's replica instead (the environment replicated every repository there), where CI must
 * push from now on. Pure.
 */
export function rehomeImages(
    services: ReadonlyArray<Record<string, unknown>>,
    lostRegion: string,
    survivorRegion: string,
): { services: Array<Record<string, unknown>>; moved: Array<{ path: string; from: string; to: string }> } {
    const moved: Array<{ path: string; from: string; to: string }> = [];
    const move = (image: unknown, at: string) => {
        const ecr = typeof image === "string" ? parseEcrImage(image) : undefined;
        if (!ecr || ecr.region !== lostRegion) return image;
        const to = regionalImage(String(image), survivorRegion);
        moved.push({ path: at, from: String(image), to });
        return to;
    };
    return {
        services: services.map((service, index) => {
            const canary = service.canary as Record<string, unknown> | undefined;
            return {
                ...service,
                image: move(service.image, `services[${index}].image`),
                ...(canary ? { canary: { ...canary, image: move(canary.image, `services[${index}].canary.image`) } } : {}),
            };
        }),
        moved,
    };
}

export interface RehomedProject extends Rehoming {
    /** Images moved from the lost region's registry to the survivor's. */
    movedImages: Array<{ path: string; from: string; to: string }>;
    dir: string;
    subProjectsDir: string;
    /** The policy configs for the new topology (the repository's rules read them), when the project has a pack's configs. */
    policyConfigDir?: string;
}

/**
 * Writes the re-homed copy of `projectDir` (environment stack `environment`, cluster stacks under
 * `subProjectsDir/cluster`) and returns where. `regeneratePolicyConfigs` writes each cluster
 * stack's policy config for a project (tools/workflows/generate.ts), so the rules that read the
 * topology (the writer path) judge the new one.
 */
export async function writeRehomedProject(
    projectDir: string,
    subProjectsDir: string,
    environment: string,
    survivor: string,
    regeneratePolicyConfigs: (dir: string) => Promise<Map<string, string>>,
): Promise<RehomedProject> {
    const stackFile = path.join(projectDir, `Pulumi.${environment}.yaml`);
    if (!fs.existsSync(stackFile)) throw new PlanInputError(`--rehome: no stack file ${stackFile}`);
    const document = parse(fs.readFileSync(stackFile, "utf8")) as { config: Record<string, unknown> };
    const rehoming = rehomeClusters((document.config[`${PREFIX}clusters`] ?? []) as ClusterEntry[], survivor);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rehome-${environment}-`));
    fs.copyFileSync(path.join(projectDir, "Pulumi.yaml"), path.join(dir, "Pulumi.yaml"));
    writeHandOver(dir, path.join(projectDir, "index.ts"));
    const images = rehomeImages((document.config[`${PREFIX}services`] ?? []) as Array<Record<string, unknown>>, rehoming.lostRegion, rehoming.survivor.region);
    fs.writeFileSync(
        path.join(dir, `Pulumi.${environment}.yaml`),
        stringify({ ...document, config: { ...document.config, [`${PREFIX}clusters`]: rehoming.clusters, [`${PREFIX}services`]: images.services } }),
    );
    const clusterDir = path.join(subProjectsDir, "cluster");
    const newClusterDir = path.join(dir, "stacks", "cluster");
    fs.mkdirSync(newClusterDir, { recursive: true });
    fs.copyFileSync(path.join(clusterDir, "Pulumi.yaml"), path.join(newClusterDir, "Pulumi.yaml"));
    writeHandOver(newClusterDir, path.join(clusterDir, "index.ts"));
    for (const cluster of rehoming.clusters) {
        const file = `Pulumi.${cluster.name}.yaml`;
        if (fs.existsSync(path.join(clusterDir, file))) fs.copyFileSync(path.join(clusterDir, file), path.join(newClusterDir, file));
    }
    // The rules are the repository's; their configs follow the new topology (the writer path's regions).
    const policyClusters = path.join(projectDir, "policy", "clusters");
    let policyConfigDir: string | undefined;
    if (fs.existsSync(path.join(policyClusters, `${environment}.json`))) {
        policyConfigDir = path.join(dir, "policy", "config");
        fs.mkdirSync(policyConfigDir, { recursive: true });
        fs.cpSync(policyClusters, path.join(dir, "policy", "clusters"), { recursive: true });
        const environmentConfig = path.join(projectDir, "policy", "config", `${environment}.json`);
        if (fs.existsSync(environmentConfig)) fs.copyFileSync(environmentConfig, path.join(policyConfigDir, `${environment}.json`));
        for (const [file, text] of await regeneratePolicyConfigs(dir)) fs.writeFileSync(path.join(dir, file), text);
    }
    return { ...rehoming, movedImages: images.moved, dir, subProjectsDir: path.join(dir, "stacks"), ...(policyConfigDir ? { policyConfigDir } : {}) };
}
