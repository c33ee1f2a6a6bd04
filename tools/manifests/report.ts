import * as fs from "fs";
import { dump } from "js-yaml";
import * as path from "path";
import type { PlanFile } from "../runner/plan-file";
import { PlanInputError } from "../runner/stack-config";
import { manifestPath, manifestsOf } from "./manifests";
import { validateObject } from "./validate";

export const CLUSTER_GROUP_TYPE = "payments:platform:Cluster";

/** An object that fails its schema: which one, where, and the schema's complaint. */
export class ManifestValidationError extends PlanInputError {}

/**
 * Writes every Kubernetes object to `manifests/<cluster>/<kind>-<namespace>-<name>.yaml`,
 * validates it against its published schema, and fails naming each invalid object and the
 * schema path. Kinds with no model available are listed in `manifests/UNVALIDATED.txt`.
 */
/**
 * Moves the previous run's files aside (one rename) and deletes them while this run writes:
 * thousands of unlinks at 24 clusters took half a second on this thread.
 */
function removeInBackground(dir: string): Promise<void> {
    const stale = `${dir}.stale-${process.pid}-${Date.now()}`;
    try {
        fs.renameSync(dir, stale);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return Promise.resolve();
        throw error;
    }
    return fs.promises.rm(stale, { recursive: true, force: true });
}

export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const manifests = manifestsOf(plan, CLUSTER_GROUP_TYPE);
    if (manifests.length === 0) return [];
    const root = path.join(stackDir, "manifests");
    const removal = removeInBackground(root);
    for (const cluster of new Set(manifests.map((manifest) => manifest.cluster))) fs.mkdirSync(path.join(root, cluster), { recursive: true });
    const invalid: string[] = [];
    const unvalidated = new Map<string, number>();
    // Files are written by libuv's threads while this one validates (thousands at 24 clusters).
    const writes: Promise<void>[] = [];
    for (const manifest of manifests) {
        const file = path.join(root, manifestPath(manifest));
        writes.push(fs.promises.writeFile(file, dump(manifest.object, { lineWidth: -1, noRefs: true })));
        const outcome = await validateObject(manifest.object);
        if (outcome.status === "invalid") invalid.push(`  - ${path.relative(stackDir, file)} (${manifest.urn}): ${outcome.errors}`);
        if (outcome.status === "no-model") unvalidated.set(`${manifest.apiVersion} ${manifest.kind}`, (unvalidated.get(`${manifest.apiVersion} ${manifest.kind}`) ?? 0) + 1);
    }
    const note = [...unvalidated.entries()].sort().map(([kind, count]) => `${kind}: ${count} object(s) not schema-validated (no model available)`).join("\n");
    writes.push(fs.promises.writeFile(path.join(root, "UNVALIDATED.txt"), note + "\n"));
    await Promise.all([...writes, removal]);
    if (invalid.length > 0) throw new ManifestValidationError(`${invalid.length} Kubernetes object(s) fail their schema:\n${invalid.join("\n")}`);
    return [root];
}
