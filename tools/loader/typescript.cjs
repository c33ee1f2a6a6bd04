"use strict";
/**
 * Runs this project's TypeScript in plain Node (CommonJS), for the plan, the tests and the bench.
 *
 * Each .ts file is transpiled by esbuild (types stripped, no type-checking: `npm run typecheck`
 * does that) and the JavaScript is cached under node_modules/.cache by a hash of the file's
 * path, its source and the compiler settings, so an unchanged file is never transpiled twice.
 * Why not tsx: its resolver runs on every require, SDK files included, and cost the plan ~0.5 s.
 */
const crypto = require("crypto");
const fs = require("fs");
const Module = require("module");
const path = require("path");
const { writeAtomically } = require("./write-atomically.cjs");
// esbuild itself loads only when a file is not cached yet; its version keys the cache.
const ESBUILD_VERSION = require("esbuild/package.json").version;

const REPO = path.resolve(__dirname, "..", "..");
const CACHE_DIR = path.join(REPO, "node_modules", ".cache", "payments-platform", "ts");

/** tsconfig.json targets es2022, where TypeScript defines class fields ([[Define]] semantics). */
const TRANSFORM_OPTIONS = {
    loader: "ts",
    format: "cjs",
    target: "node20",
    sourcemap: "inline",
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, esModuleInterop: true } },
};

const SETTINGS_KEY = `${ESBUILD_VERSION}\0${JSON.stringify(TRANSFORM_OPTIONS)}`;

function cacheKey(filename, source) {
    return crypto.createHash("sha256").update(SETTINGS_KEY).update("\0").update(filename).update("\0").update(source).digest("hex");
}

/** JavaScript for one TypeScript file: from the cache, or transpiled and cached. */
function transpile(filename, source) {
    const cached = path.join(CACHE_DIR, `${cacheKey(filename, source)}.js`);
    try {
        return fs.readFileSync(cached, "utf8");
    } catch {
        // Not cached yet.
    }
    const { code } = require("esbuild").transformSync(source, { ...TRANSFORM_OPTIONS, sourcefile: filename });
    try {
        writeAtomically(cached, code);
    } catch {
        // A read-only node_modules: transpile every time.
    }
    return code;
}

if (!Module._extensions[".ts"]) {
    Module._extensions[".ts"] = function loadTypeScript(module, filename) {
        module._compile(transpile(filename, fs.readFileSync(filename, "utf8")), filename);
    };
}

module.exports = { transpile, CACHE_DIR };
