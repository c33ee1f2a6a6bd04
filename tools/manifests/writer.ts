import { dump } from "js-yaml";
import * as path from "path";
import { DirectorySync } from "../runner/files";
import { compare } from "../runner/order";
import { Manifest, manifestPath } from "./manifests";
import { validateObject } from "./validate";

/** What writing a plan's manifests found. */
export interface ManifestOutcome {
    /** `manifests/<file> (<urn>): <schema path and complaint>`, in file order. */
    invalid: string[];
    objects: number;
    /** Every kind ("<apiVersion> <kind>") that had a schema. */
    kinds: string[];
}

/**
 * Writes each object to `<root>/<cluster>/<kind>-<namespace>-<name>.yaml` and validates it
 * against its schema; `finish` lists kinds without a schema in `UNVALIDATED.txt` and removes
 * files of objects the plan no longer has.
 */
export class ManifestWriter {
    private readonly files: DirectorySync;
    private readonly invalid: string[] = [];
    private readonly unvalidated = new Map<string, number>();
    private readonly validatedKinds = new Set<string>();
    private objects = 0;

    constructor(private readonly root: string) {
        // The writer has a thread of its own: waiting on libuv's threads would only add overhead.
        this.files = new DirectorySync(root, "sync");
    }

    async write(manifest: Manifest): Promise<void> {
        const relativePath = manifestPath(manifest);
        this.files.add(relativePath, dump(manifest.object, { lineWidth: -1, noRefs: true }));
        this.objects++;
        const outcome = await validateObject(manifest.object);
        if (outcome.status !== "no-model") this.validatedKinds.add(`${manifest.apiVersion} ${manifest.kind}`);
        if (outcome.status === "invalid") this.invalid.push(`  - ${path.join(path.basename(this.root), relativePath)} (${manifest.urn}): ${outcome.errors}`);
        if (outcome.status === "no-model") {
            const kind = `${manifest.apiVersion} ${manifest.kind}`;
            this.unvalidated.set(kind, (this.unvalidated.get(kind) ?? 0) + 1);
        }
    }

    async finish(): Promise<ManifestOutcome> {
        const note = [...this.unvalidated.entries()].sort().map(([kind, count]) => `${kind}: ${count} object(s) not schema-validated (no model available)`);
        this.files.add("UNVALIDATED.txt", (note.length > 0 ? note.join("\n") : `none: all ${this.objects} objects were validated against their schemas`) + "\n");
        await this.files.finish();
        return { invalid: [...this.invalid].sort(compare), objects: this.objects, kinds: [...this.validatedKinds].sort(compare) };
    }
}
