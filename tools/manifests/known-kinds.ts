import * as fs from "fs";
import * as path from "path";
import { writeAtomically } from "../loader/write-atomically.cjs";
import { compare } from "../runner/order";

/**
 * The kinds ("<apiVersion> <kind>") each stack's earlier plans validated, so the manifest thread
 * can load their models while the main thread is still starting the program, instead of one at a
 * time as objects arrive. Kept beside the loader's caches; stale or missing only costs time.
 */
export const KNOWN_KINDS_FILE = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "payments-platform", "manifest-kinds.json");

type KindsByStack = Record<string, string[]>;
/** Stacks remembered, most recently planned last: tests plan throwaway stacks too. */
export const MAX_REMEMBERED_STACKS = 16;

function readAll(file: string): KindsByStack {
    try {
        const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
        return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as KindsByStack) : {};
    } catch {
        return {};
    }
}

export function readKnownKinds(stack: string, file: string = KNOWN_KINDS_FILE): string[] {
    const kinds = readAll(file)[stack];
    return Array.isArray(kinds) ? kinds.filter((kind): kind is string => typeof kind === "string") : [];
}

/** Records the kinds of the stack's latest plan (the file is written only when that changes it). */
export function rememberKinds(stack: string, kinds: Iterable<string>, file: string = KNOWN_KINDS_FILE): void {
    const all = readAll(file);
    const latest = [...new Set(kinds)].sort(compare);
    if (JSON.stringify(all[stack]) === JSON.stringify(latest)) return;
    try {
        delete all[stack];
        const kept = Object.entries(all).slice(-(MAX_REMEMBERED_STACKS - 1));
        writeAtomically(file, JSON.stringify(Object.fromEntries([...kept, [stack, latest]])) + "\n");
    } catch {
        // A read-only node_modules: no warm start.
    }
}
