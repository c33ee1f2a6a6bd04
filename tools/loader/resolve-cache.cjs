"use strict";
/**
 * Remembers how `require` calls made inside node_modules resolve. A plan loads ~1,000 SDK
 * files through ~2,500 requires, and Node resolves every one afresh (stat walks, package.json
 * `exports`, realpath): ~0.3 s of every plan. Requires made inside node_modules, and package
 * names required from anywhere, resolve into node_modules, which changes only when npm changes
 * it and rewrites node_modules/.package-lock.json; the cache is keyed by that file's size and
 * mtime and by the Node version. Relative requires between the project's own files are never
 * cached: a new file there may change how they resolve. A remembered file that has gone is
 * resolved afresh.
 */
const fs = require("fs");
const Module = require("module");
const path = require("path");
const { writeAtomically } = require("./write-atomically.cjs");

const REPO = path.resolve(__dirname, "..", "..");
const NODE_MODULES = path.join(REPO, "node_modules") + path.sep;
const CACHE_FILE = path.join(NODE_MODULES, ".cache", "payments-platform", `resolve-${process.version}.json`);

/** What node_modules looks like now, or undefined when npm left no record (then nothing is cached). */
function currentStamp() {
    try {
        const stat = fs.statSync(path.join(NODE_MODULES, ".package-lock.json"));
        return `${stat.size}:${stat.mtimeMs}`;
    } catch {
        return undefined;
    }
}

function readCache(stamp) {
    try {
        const cache = JSON.parse(fs.readFileSync(CACHE_FILE, "utf8"));
        if (cache.stamp === stamp && cache.entries && typeof cache.entries === "object") return new Map(Object.entries(cache.entries));
    } catch {
        // Missing or damaged: only a slower start.
    }
    return new Map();
}

const stamp = currentStamp();
const entries = stamp === undefined ? new Map() : readCache(stamp);
let added = 0;
/** How each cacheable request of this process was answered: "cached" or "resolved" (and cached at exit). */
const outcomes = new Map();

/** `@pulumi/aws`, `yaml/util`: resolved through the node_modules chain, not the requiring file's directory. */
const isPackageName = (request) => !request.startsWith(".") && !path.isAbsolute(request);

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function resolveWithCache(request, parent, isMain, options) {
    const from = parent?.filename;
    if (stamp === undefined || options !== undefined || typeof from !== "string" || request.startsWith("node:") || !(from.startsWith(NODE_MODULES) || isPackageName(request))) {
        return originalResolve.apply(this, arguments);
    }
    // A relative request depends on the requiring file's directory, a bare one on its node_modules chain.
    const key = `${path.dirname(from)}\0${request}`;
    const known = entries.get(key);
    // A module already loaded needs no file; one about to be loaded must still be there.
    if (known !== undefined && (!path.isAbsolute(known) || Module._cache[known] !== undefined || fs.existsSync(known))) {
        outcomes.set(key, "cached");
        return known;
    }
    const resolved = originalResolve.apply(this, arguments);
    // Built-ins resolve to their own names; files only when they are part of node_modules.
    if (!path.isAbsolute(resolved) || resolved.startsWith(NODE_MODULES)) {
        entries.set(key, resolved);
        outcomes.set(key, "resolved");
        added++;
    }
    return resolved;
};

/** Saves new resolutions: at exit, or when a worker thread says its work is done (see register.cjs). */
function flush() {
    if (added === 0 || stamp === undefined) return;
    added = 0;
    try {
        // Worker threads and other processes write the same file: merge into what is there now.
        const latest = readCache(stamp);
        for (const [key, value] of entries) latest.set(key, value);
        writeAtomically(CACHE_FILE, JSON.stringify({ stamp, entries: Object.fromEntries(latest) }));
    } catch {
        // A read-only node_modules just means no cache.
    }
}

process.once("exit", flush);

module.exports = { CACHE_FILE, flush, outcomeOf: (fromFile, request) => outcomes.get(`${path.dirname(fromFile)}\0${request}`) };
