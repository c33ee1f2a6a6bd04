"use strict";
// `node --require ./tools/offline-plan/register.cjs <file.ts>`: what the plan, the tests and the bench run
// under, through Node's public module APIs only:
// - `module.enableCompileCache()` keeps V8's code for every module between runs (Node's own
//   cache, in its default folder);
// - `module.registerHooks()` lets `require` find and load the project's TypeScript: a require
//   of a path without an extension, from a .ts file, takes `<path>.ts` or `<path>/index.ts`
//   when one exists (as TypeScript resolves it), and a .ts file is transpiled to CommonJS by
//   esbuild (types stripped, not checked: `npm run typecheck` does that), with an inline source
//   map that Node applies when source maps are on (`--enable-source-maps`, the plan's `--verbose`).
//   Transpiled files are kept by a hash of esbuild's version, the settings, the path and the
//   source (as tsx and ts-node do), in the system temp folder (`offline-plan-<uid>`, or
//   OFFLINE_PLAN_CACHE_DIR); it assumes nothing about where the library sits, and deleting it is safe.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { enableCompileCache, registerHooks } = require("node:module");
const { fileURLToPath, pathToFileURL } = require("node:url");

enableCompileCache();

/** tsconfig.json targets es2022, where TypeScript defines class fields ([[Define]] semantics). */
const TRANSFORM = {
    loader: "ts",
    format: "cjs",
    target: "node22",
    sourcemap: "inline",
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, esModuleInterop: true } },
};

const CACHE_DIR = process.env.OFFLINE_PLAN_CACHE_DIR || path.join(require("node:os").tmpdir(), `offline-plan-${process.getuid?.() ?? "user"}`);
const SETTINGS = `${require("esbuild/package.json").version}\0${JSON.stringify(TRANSFORM)}`;

/** CommonJS for one TypeScript file: kept from an earlier run, or transpiled by esbuild and kept. */
function transpile(filename, source) {
    const key = crypto.createHash("sha256").update(SETTINGS).update("\0").update(filename).update("\0").update(source).digest("hex");
    const cached = path.join(CACHE_DIR, `${key}.js`);
    try {
        return fs.readFileSync(cached, "utf8");
    } catch {
        // Not transpiled yet.
    }
    const { code } = require("esbuild").transformSync(source, { ...TRANSFORM, sourcefile: filename });
    try {
        fs.mkdirSync(CACHE_DIR, { recursive: true });
        // Written whole under another name, then renamed: a concurrent reader never sees half a file.
        const partial = `${cached}.${process.pid}.tmp`;
        fs.writeFileSync(partial, code);
        fs.renameSync(partial, cached);
    } catch {
        // An unwritable cache folder: transpile each time.
    }
    return code;
}

/** The TypeScript file a path specifier from a .ts file means, if any. */
function typeScriptFile(specifier, parentURL) {
    if (!parentURL || !parentURL.startsWith("file:") || !parentURL.endsWith(".ts")) return undefined;
    if (!specifier.startsWith(".") && !path.isAbsolute(specifier)) return undefined;
    if (path.extname(specifier) !== "") return undefined;
    const base = path.resolve(path.dirname(fileURLToPath(parentURL)), specifier);
    return [`${base}.ts`, path.join(base, "index.ts")].find((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

registerHooks({
    resolve(specifier, context, nextResolve) {
        const file = typeScriptFile(specifier, context.parentURL);
        return file ? { url: pathToFileURL(file).href, format: "commonjs", shortCircuit: true } : nextResolve(specifier, context);
    },
    load(url, context, nextLoad) {
        if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
        const filename = fileURLToPath(url);
        return { format: "commonjs", source: transpile(filename, fs.readFileSync(filename, "utf8")), shortCircuit: true };
    },
});
