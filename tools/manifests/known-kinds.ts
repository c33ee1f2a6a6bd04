import * as fs from "fs";
import * as path from "path";
import { compare } from "../runner/order";

/**
 * The kinds ("<apiVersion> <kind>") earlier plans validated, so the manifest thread can load
 * their models while the main thread is still starting the program, instead of one at a time
 * as objects arrive. Kept beside the loader's caches; stale or missing only costs time.
 */
export const KNOWN_KINDS_FILE = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "payments-platform", "manifest-kinds.json");

export function readKnownKinds(file: string = KNOWN_KINDS_FILE): string[] {
    try {
        const kinds: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
        return Array.isArray(kinds) ? kinds.filter((kind): kind is string => typeof kind === "string") : [];
    } catch {
        return [];
    }
}

/** Adds `kinds` to the file (written only when that changes it). */
export function rememberKinds(kinds: Iterable<string>, file: string = KNOWN_KINDS_FILE): void {
    const known = readKnownKinds(file);
    const merged = [...new Set([...known, ...kinds])].sort(compare);
    if (merged.length === known.length) return;
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, JSON.stringify(merged) + "\n");
        fs.renameSync(temporary, file);
    } catch {
        // A read-only node_modules: no warm start.
    }
}
