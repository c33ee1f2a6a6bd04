import { dump } from "js-yaml";
import * as path from "path";
import { DirectorySync } from "../offline-plan/files";
import { compare } from "../offline-plan/order";
import type { Manifest } from "./manifests";
import { manifestPath } from "./manifests";
import type { ManifestValidator } from "./validate";

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
        files.add(relativePath, toYaml(manifest.object));
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

/** Objects larger than this (JSON characters) are written in YAML's JSON form: a chart's CRDs took most of a plan's YAML time. */
const JSON_FORM_SIZE = 20_000;

/**
 * The object as YAML. A large one (a CRD of a few hundred kilobytes) is written as JSON, which is
 * YAML too (YAML 1.2 is a superset of JSON): the same object for kubectl or any YAML reader, in a
 * hundredth of the time, and nobody reads a CRD's schema line by line.
 */
export function toYaml(object: Record<string, unknown>): string {
    const json = JSON.stringify(object, null, 2);
    return json.length >= JSON_FORM_SIZE ? `${json}\n` : dump(object, { lineWidth: -1, noRefs: true });
}
