import { parentPort, workerData } from "worker_threads";
import type { Manifest } from "./manifests";
import { readKnownKinds } from "./known-kinds";
import { preloadModels } from "./validate";
import { ManifestWriter } from "./writer";

/**
 * The manifest writer's thread: objects arrive while the program still runs on the main
 * thread, and are written and validated here, one at a time, in arrival order.
 */
export type ToWriter = { kind: "manifest"; manifest: Manifest } | { kind: "finish" };
export type FromWriter = { kind: "done"; invalid: string[]; objects: number } | { kind: "failed"; message: string };

/** The loader's caches (worker.cjs registers the loader): saved before replying, as the plan may exit right after. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../loader/register.cjs") as { flush(): void };

const port = parentPort;
if (!port) throw new Error("tools/manifests/worker.ts runs as a worker thread");
const writer = new ManifestWriter((workerData as { root: string }).root);
// The main thread spends its first second loading the program: load the models meanwhile.
let queue: Promise<void> = preloadModels(readKnownKinds());
let failure: Error | undefined;

port.on("message", (message: ToWriter) => {
    if (message.kind === "manifest") {
        queue = queue.then(() => (failure ? undefined : writer.write(message.manifest))).catch((error: Error) => void (failure = failure ?? error));
        return;
    }
    queue = queue
        .then(async (): Promise<FromWriter> => (failure ? { kind: "failed", message: failure.message } : { kind: "done", ...(await writer.finish()) }))
        .catch((error: Error): FromWriter => ({ kind: "failed", message: error.message }))
        .then((reply) => {
            loader.flush();
            port.postMessage(reply);
            port.close();
        });
});
