import * as path from "path";
import { Worker } from "worker_threads";
import type { PlanFile } from "../runner/plan-file";
import { PlanInputError } from "../runner/stack-config";
import { Manifest, manifestsOf } from "./manifests";
import type { FromWriter, ToWriter, WriterData } from "./worker";

export const CLUSTER_GROUP_TYPE = "payments:platform:Cluster";

/** An object that fails its schema: which one, where, and the schema's complaint. */
export class ManifestValidationError extends PlanInputError {}

/** Manifests on their way to the writer thread. */
export interface ManifestStream {
    add(manifest: Manifest): void;
    /** Waits for every file; fails naming each invalid object. Returns the manifests folder. */
    finish(): Promise<string[]>;
    /** Stops the writer (the plan failed). */
    abandon(): Promise<void>;
}

/**
 * Starts the thread that writes every Kubernetes object to
 * `manifests/<cluster>/<kind>-<namespace>-<name>.yaml` and validates it against its published
 * schema. Started before the program runs, it does its work on the second core meanwhile.
 */
export function startManifests(stackDir: string): ManifestStream {
    const root = path.join(stackDir, "manifests");
    const workerData: WriterData = { root, stack: path.basename(stackDir) };
    const worker = new Worker(path.join(__dirname, "worker.cjs"), { workerData });
    const reply = new Promise<FromWriter>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the manifest writer exited (code ${code}) before it finished`)));
    });
    reply.catch(() => undefined); // observed by finish(); abandon() may never ask
    const send = (message: ToWriter) => worker.postMessage(message);
    return {
        add: (manifest) => send({ kind: "manifest", manifest }),
        async finish() {
            send({ kind: "finish" });
            const outcome = await reply;
            if (outcome.kind === "failed") throw new Error(`writing manifests failed: ${outcome.message}`);
            if (outcome.invalid.length > 0) throw new ManifestValidationError(`${outcome.invalid.length} Kubernetes object(s) fail their schema:\n${outcome.invalid.join("\n")}`);
            return [root];
        },
        async abandon() {
            await worker.terminate();
        },
    };
}

/** The same for a finished plan: every object written and validated. */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const manifests = manifestsOf(plan, CLUSTER_GROUP_TYPE);
    if (manifests.length === 0) return [];
    const stream = startManifests(stackDir);
    manifests.forEach((manifest) => stream.add(manifest));
    return stream.finish();
}
