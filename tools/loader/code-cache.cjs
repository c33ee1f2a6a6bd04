"use strict";
/**
 * A V8 code cache for CommonJS modules (what Node 22's module.enableCompileCache does; Node 20
 * has no such API). Compiling ~10 MB of SDK JavaScript was ~0.45 s of every plan; with the
 * cache V8 deserialises bytecode instead of parsing.
 *
 * Entries are keyed by file and a hash of its source, and V8 rejects data made by another
 * V8 version or flags; either way the module is compiled normally and its entry replaced. Files
 * that use `import()` (which needs Node's private dynamic-import hook), start with `#!`, turn
 * out to be ES modules, or are not files (`node -e`) are compiled by Node itself. The cache is
 * one file under node_modules/.cache, read at start; a process or worker thread that compiled
 * something afresh merges its entries in at exit.
 */
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");
const { writeAtomically } = require("./write-atomically.cjs");

const REPO = path.resolve(__dirname, "..", "..");
const CACHE_FILE = path.join(REPO, "node_modules", ".cache", "payments-platform", `v8-${process.version}-${process.arch}.bin`);

/** filename → { hash, data }; the file is a JSON index line followed by the blobs it indexes. */
function readCache() {
    const entries = new Map();
    let blob;
    try {
        blob = fs.readFileSync(CACHE_FILE);
    } catch {
        return entries;
    }
    const newline = blob.indexOf(10);
    if (newline < 0) return entries;
    try {
        let offset = newline + 1;
        for (const [filename, hash, length] of JSON.parse(blob.subarray(0, newline).toString("utf8"))) {
            entries.set(filename, { hash, data: blob.subarray(offset, offset + length) });
            offset += length;
        }
    } catch {
        entries.clear(); // A damaged cache is only a slower start.
    }
    return entries;
}

function writeCache(entries) {
    const index = [];
    const blobs = [];
    for (const [filename, { hash, data }] of entries) {
        if (!fs.existsSync(filename)) continue;
        index.push([filename, hash, data.length]);
        blobs.push(data);
    }
    writeAtomically(CACHE_FILE, Buffer.concat([Buffer.from(JSON.stringify(index) + "\n"), ...blobs]));
}

const entries = readCache();
/** Scripts compiled without usable cached data: their bytecode is saved at exit. */
const fresh = [];
/** How each module of this process was compiled: "cached", "compiled" (and cached at exit) or "node". */
const outcomes = new Map();

function cacheable(content, filename) {
    // With source maps on (the plan's --verbose re-run), Node must see every compile to map it.
    if (process.sourceMapsEnabled) return false;
    return path.isAbsolute(filename) && !content.startsWith("#!") && !content.includes("import(");
}

const originalCompile = Module.prototype._compile;
Module.prototype._compile = function compileWithCache(content, filename) {
    if (!cacheable(content, filename)) {
        outcomes.set(filename, "node");
        return originalCompile.call(this, content, filename);
    }
    const hash = crypto.createHash("sha1").update(content).digest("base64");
    const entry = entries.get(filename);
    let script;
    try {
        script = new vm.Script(Module.wrap(content), { filename, cachedData: entry?.hash === hash ? entry.data : undefined });
    } catch (error) {
        // ES module syntax in a .js file: Node's own compile detects it and loads it as ESM.
        if (error instanceof SyntaxError) {
            outcomes.set(filename, "node");
            return originalCompile.call(this, content, filename);
        }
        throw error;
    }
    const usable = entry?.hash === hash && !script.cachedDataRejected;
    if (!usable) fresh.push({ filename, hash, script });
    outcomes.set(filename, usable ? "cached" : "compiled");
    const compiled = script.runInThisContext({ displayErrors: true });
    return compiled.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
};

/**
 * The `require` a module's code gets, as Node's own makeRequireFunction builds it: loads go
 * through the module itself (so it is their parent, and records them as its children).
 */
function requireFor(module) {
    const require = (id) => module.require(id);
    const resolve = (request, options) => Module._resolveFilename(request, module, false, options);
    resolve.paths = (request) => Module._resolveLookupPaths(request, module);
    require.resolve = resolve;
    require.main = process.mainModule;
    require.extensions = Module._extensions;
    require.cache = Module._cache;
    return require;
}

/** Saves the entries of modules compiled afresh: at exit, or when a worker thread says its work is done (see register.cjs). */
function flush() {
    if (fresh.length === 0) return;
    // Worker threads and other processes write the same file: merge into what is there now.
    const latest = readCache();
    // Created after the work, the data includes every function that was compiled lazily.
    for (const { filename, hash, script } of fresh.splice(0)) latest.set(filename, { hash, data: script.createCachedData() });
    try {
        writeCache(latest);
    } catch {
        // The cache is an optimisation: a read-only node_modules just means no cache.
    }
}

process.once("exit", flush);

module.exports = { CACHE_FILE, flush, outcomeOf: (filename) => outcomes.get(filename) };
