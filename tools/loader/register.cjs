"use strict";
/**
 * `node --require ./tools/loader/register.cjs <file.ts>`: what the plan, the tests and the bench
 * run under. Registers a cache of SDK module resolutions, a V8 code cache, the TypeScript loader,
 * and defers the SDK modules a program run never uses (see each file).
 */
const resolveCache = require("./resolve-cache.cjs");
const codeCache = require("./code-cache.cjs");
require("./deferred.cjs");
require("./typescript.cjs");

/**
 * Saves both caches now. They save themselves at exit, but a process that ends with
 * process.exit() stops its worker threads without one: a worker calls this when its work is done.
 */
function flush() {
    resolveCache.flush();
    codeCache.flush();
}

module.exports = { flush };
