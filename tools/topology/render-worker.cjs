"use strict";
// Lays out one DOT graph off the main thread (see startRenderer in report.ts). Graphviz loads
// as soon as the thread starts, before the graph is known. Plain JavaScript so that it runs in
// any worker, whatever TypeScript loader its parent thread has.
const { Graphviz } = require("@hpcc-js/wasm-graphviz");
const { parentPort } = require("worker_threads");

const graphviz = Graphviz.load();
parentPort.once("message", async (dot) => {
    const svg = (await graphviz).dot(dot, "svg");
    // Under the project's loader (inherited with the parent's --require), save this thread's
    // caches now: the plan may exit as soon as it has the picture, without an exit event.
    require.cache[require.resolve("../loader/register.cjs")]?.exports.flush();
    parentPort.postMessage(svg);
    parentPort.close();
});
