"use strict";
// Lays out one DOT graph off the main thread (see startRenderer in report.ts). Graphviz loads
// as soon as the thread starts, before the graph is known. Plain JavaScript so that it runs in
// any worker, whatever TypeScript loader its parent thread has.
const { Graphviz } = require("@hpcc-js/wasm-graphviz");
const { parentPort } = require("worker_threads");

const graphviz = Graphviz.load();
parentPort.once("message", async (dot) => {
    parentPort.postMessage((await graphviz).dot(dot, "svg"));
    parentPort.close();
});
