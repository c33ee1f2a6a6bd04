"use strict";
/**
 * `node --require ./tools/loader/register.cjs <file.ts>`: what the plan, the tests and the bench
 * run under. Registers a cache of SDK module resolutions, a V8 code cache, the TypeScript loader,
 * and defers the SDK's closure-only modules (see each file).
 */
require("./resolve-cache.cjs");
require("./code-cache.cjs");
require("./deferred.cjs");
require("./typescript.cjs");
