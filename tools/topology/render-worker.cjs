"use strict";
// Lays out one DOT graph off the main thread (see renderSvg in report.ts). Plain JavaScript so
// that it runs in any worker, whatever TypeScript loader its parent thread has.
const { Graphviz } = require("@hpcc-js/wasm-graphviz");
const { parentPort, workerData } = require("worker_threads");

Graphviz.load().then((graphviz) => parentPort.postMessage(graphviz.dot(workerData.dot, "svg")));
