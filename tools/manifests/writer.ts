import { createHash } from "crypto";
import * as fs from "fs";
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
export async function writeManifests(root: string, manifests: readonly Manifest[], validator: ManifestValidator, cacheDir?: string): Promise<ManifestOutcome> {
    const files = new DirectorySync(root);
    const invalid: string[] = [];
    const unvalidated = new Map<string, number>();
    for (const manifest of manifests) {
        const relativePath = manifestPath(manifest);
        files.add(relativePath, toYaml(manifest.object, cacheDir));
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

/** Objects larger than this (JSON characters) have their YAML kept in the cache: a chart's CRDs take most of a plan's YAML time. */
const KEPT_YAML_SIZE = 20_000;

/** The object as YAML; a large one read from `cacheDir` when an identical object was written before. */
function toYaml(object: Record<string, unknown>, cacheDir: string | undefined): string {
    const json = cacheDir ? JSON.stringify(object) : "";
    if (!cacheDir || json.length < KEPT_YAML_SIZE) return dump(object, { lineWidth: -1, noRefs: true });
    const file = path.join(cacheDir, `${createHash("sha1").update(json).digest("hex")}.yaml`);
    try {
        return fs.readFileSync(file, "utf8");
    } catch {
        const text = dump(object, { lineWidth: -1, noRefs: true });
        fs.mkdirSync(cacheDir, { recursive: true });
        fs.writeFileSync(`${file}.${process.pid}`, text);
        fs.renameSync(`${file}.${process.pid}`, file);
        return text;
    }
}
