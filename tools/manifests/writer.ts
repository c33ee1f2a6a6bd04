import { dump } from "js-yaml";
import * as path from "path";
import { DirectorySync } from "../offline-plan/files";
import { compare } from "../offline-plan/order";
import { Manifest, manifestPath } from "./manifests";
import { ManifestValidator } from "./validate";

/** What writing a plan's manifests found. */
export interface ManifestOutcome {
    /** `manifests/<file> (<urn>): <schema path and complaint>`, in file order. */
    invalid: string[];
    objects: number;
    /** Kinds ("<apiVersion> <kind>") with no schema, and how many objects each. */
    unvalidated: Array<[string, number]>;
}

/**
 * Writes each object to `<root>/<cluster>/<kind>-<namespace>-<name>.yaml` and validates it
 * against its schema; lists kinds without a schema in `UNVALIDATED.txt` and removes files of
 * objects the plan no longer has.
 */
export async function writeManifests(root: string, manifests: readonly Manifest[], validator: ManifestValidator): Promise<ManifestOutcome> {
    const files = new DirectorySync(root);
    const invalid: string[] = [];
    const unvalidated = new Map<string, number>();
    for (const manifest of manifests) {
        const relativePath = manifestPath(manifest);
        files.add(relativePath, dump(manifest.object, { lineWidth: -1, noRefs: true }));
        const outcome = await validator.validate(manifest.object);
        if (outcome.status === "invalid") invalid.push(`  - ${path.join(path.basename(root), relativePath)} (${manifest.urn}): ${outcome.errors}`);
        if (outcome.status === "no-model") {
            const kind = `${manifest.apiVersion} ${manifest.kind}`;
            unvalidated.set(kind, (unvalidated.get(kind) ?? 0) + 1);
        }
    }
    const missing = [...unvalidated.entries()].sort((a, b) => compare(a[0], b[0]));
    const where = validator.crds.dir ? `no published model, and no CRD for it in ${validator.crds.dir}` : "no published model, and no CRD directory was given";
    const note = missing.map(([kind, count]) => `${kind}: ${count} object(s) not schema-validated (${where})`);
    files.add("UNVALIDATED.txt", (note.length > 0 ? note.join("\n") : `none: all ${manifests.length} objects were validated against their schemas`) + "\n");
    await files.finish();
    return { invalid: invalid.sort(compare), objects: manifests.length, unvalidated: missing };
}
