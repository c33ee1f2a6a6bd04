import { strict as assert } from "assert";
import * as pulumi from "@pulumi/pulumi";
import { FAST_STACK_TRACE_LIMIT, fastDiagnostics } from "../tools/runner/sdk-diagnostics";

/* eslint-disable @typescript-eslint/no-require-imports -- the SDK's private modules have no types */
const debuggable = require("@pulumi/pulumi/runtime/debuggable") as {
    debugPromiseLeaks: boolean;
    debuggablePromise<T>(promise: Promise<T>, context: unknown): Promise<T>;
};
const state = require("@pulumi/pulumi/runtime/state") as { getStore(): { leakCandidates: Set<Promise<unknown>> } };
/* eslint-enable @typescript-eslint/no-require-imports */

/** A promise and the functions that settle it. */
function deferred<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
}

describe("the SDK's diagnostics in fast runs (tools/runner/sdk-diagnostics)", () => {
    const sdkDebuggablePromise = debuggable.debuggablePromise;
    const sdkStackTrace = (pulumi.Resource as unknown as { stackTrace: unknown }).stackTrace;
    const candidates = () => state.getStore().leakCandidates;

    it("keeps leak detection: a promise is a candidate until it settles, and a rejection still names it", async () => {
        const restore = fastDiagnostics(false);
        try {
            debuggable.debuggablePromise(Promise.resolve(), "the SDK's own version runs first, to schedule its report at exit");
            assert.notEqual(debuggable.debuggablePromise, sdkDebuggablePromise);
            const pending = deferred<number>();
            const wrapped = debuggable.debuggablePromise(pending.promise, "label");
            assert.equal(candidates().has(pending.promise), true);
            pending.resolve(42);
            assert.equal(await wrapped, 42);
            assert.equal(candidates().has(pending.promise), false);

            const failing = deferred<number>();
            const rejected = debuggable.debuggablePromise(failing.promise, "label");
            failing.reject(new Error("boom"));
            await assert.rejects(rejected, (error: Error & { promise?: unknown }) => error.message === "boom" && error.promise === failing.promise);
            assert.equal(candidates().has(failing.promise), false);
            // No debug properties: they are what made every promise slow.
            assert.equal(Object.getOwnPropertyNames(pending.promise).length, 0);
            assert.equal(Error.stackTraceLimit, FAST_STACK_TRACE_LIMIT);
        } finally {
            restore();
        }
        assert.equal(debuggable.debuggablePromise, sdkDebuggablePromise);
        assert.equal((pulumi.Resource as unknown as { stackTrace: unknown }).stackTrace, sdkStackTrace);
        assert.notEqual(Error.stackTraceLimit, FAST_STACK_TRACE_LIMIT);
    });

    it("leaves everything on for --verbose runs and under PULUMI_DEBUG_PROMISE_LEAKS", () => {
        const restoreFull = fastDiagnostics(true);
        assert.equal(debuggable.debuggablePromise, sdkDebuggablePromise);
        assert.equal((pulumi.Resource as unknown as { stackTrace: unknown }).stackTrace, sdkStackTrace);
        restoreFull();

        debuggable.debugPromiseLeaks = true;
        const restore = fastDiagnostics(false);
        try {
            assert.equal(debuggable.debuggablePromise, sdkDebuggablePromise);
        } finally {
            restore();
            debuggable.debugPromiseLeaks = false;
        }
    });
});
