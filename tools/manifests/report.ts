import { dump } from "js-yaml";
import * as path from "path";
import { DirectorySync } from "../runner/files";
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
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const manifests = manifestsOf(plan, CLUSTER_GROUP_TYPE);
    if (manifests.length === 0) return [];
    const root = path.join(stackDir, "manifests");
    const files = new DirectorySync(root);
    const invalid: string[] = [];
    const unvalidated = new Map<string, number>();
    for (const manifest of manifests) {
        const relativePath = manifestPath(manifest);
        files.add(relativePath, dump(manifest.object, { lineWidth: -1, noRefs: true }));
        const outcome = await validateObject(manifest.object);
        if (outcome.status === "invalid") invalid.push(`  - ${path.join("manifests", relativePath)} (${manifest.urn}): ${outcome.errors}`);
        if (outcome.status === "no-model") unvalidated.set(`${manifest.apiVersion} ${manifest.kind}`, (unvalidated.get(`${manifest.apiVersion} ${manifest.kind}`) ?? 0) + 1);
    }
    const note = [...unvalidated.entries()].sort().map(([kind, count]) => `${kind}: ${count} object(s) not schema-validated (no model available)`);
    files.add("UNVALIDATED.txt", (note.length > 0 ? note.join("\n") : `none: all ${manifests.length} objects were validated against their schemas`) + "\n");
    await files.finish();
    if (invalid.length > 0) throw new ManifestValidationError(`${invalid.length} Kubernetes object(s) fail their schema:\n${invalid.join("\n")}`);
    return [root];
}
