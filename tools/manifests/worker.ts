import { parentPort, workerData } from "worker_threads";
import type { Manifest } from "./manifests";
import { readKnownKinds, rememberKinds } from "./known-kinds";
import { preloadModels } from "./validate";
import { ManifestWriter } from "./writer";

/**
 * The manifest writer's thread: objects arrive while the program still runs on the main
 * thread, and are written and validated here, one at a time, in arrival order.
 */
export type ToWriter = { kind: "manifest"; manifest: Manifest } | { kind: "finish" };
export type FromWriter = { kind: "done"; invalid: string[]; objects: number } | { kind: "failed"; message: string };
/** What the thread starts with: where the manifests go, and whose they are. */
export interface WriterData {
    root: string;
    stack: string;
}

/** The loader's caches (worker.cjs registers the loader): saved before replying, as the plan may exit right after. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../loader/register.cjs") as { flush(): void };

const port = parentPort;
if (!port) throw new Error("tools/manifests/worker.ts runs as a worker thread");
const { root, stack } = workerData as WriterData;
const writer = new ManifestWriter(root);
// The main thread spends its first second loading the program: load the models meanwhile.
let queue: Promise<void> = preloadModels(readKnownKinds(stack));
let failure: Error | undefined;

port.on("message", (message: ToWriter) => {
    if (message.kind === "manifest") {
        queue = queue.then(() => (failure ? undefined : writer.write(message.manifest))).catch((error: Error) => void (failure = failure ?? error));
        return;
    }
    queue = queue
        .then(async (): Promise<FromWriter> => {
            if (failure) return { kind: "failed", message: failure.message };
            const { invalid, objects, kinds } = await writer.finish();
            rememberKinds(stack, kinds);
            return { kind: "done", invalid, objects };
        })
        .catch((error: Error): FromWriter => ({ kind: "failed", message: error.message }))
        .then((reply) => {
            loader.flush();
            port.postMessage(reply);
            port.close();
        });
});
