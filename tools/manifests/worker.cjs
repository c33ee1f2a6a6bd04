"use strict";
// Entry of the manifest writer's thread: the TypeScript loader first (a worker does not inherit
// a loader registered by mocha), then the thread's code.
require("../loader/register.cjs");
require("./worker.ts");
