import * as pulumi from "@pulumi/pulumi";

/**
 * What the Pulumi SDK records on every resource and promise only so that diagnostics can point
 * at source, and which the runner turns off in fast runs: nothing offline reads it, and it cost
 * more than half of the plan. A failed plan re-runs with all of it on (and source maps on) to
 * locate the error.
 *
 * - Stack traces: V8 captures one for every `Error`, and the SDK makes one per promise.
 * - Source positions: the SDK parses a stack trace into source positions for every resource.
 * - Promise debugging: every one of the SDK's promises (four per property of every resource) gets
 *   an id, a label and a stack trace as properties, which turns each into a slow dictionary
 *   object. Leak detection, which fails a program that leaves promises pending, is kept.
 */
export const FAST_STACK_TRACE_LIMIT = 0;

/** The SDK's (private) per-resource source-position capture, when this SDK version has it. */
interface SourcePositions {
    stackTrace?: (skip: number) => unknown[];
}

/** The SDK's (private) runtime/debuggable module. */
interface PromiseDebugging {
    debugPromiseLeaks?: boolean;
    debuggablePromise?: <T>(promise: Promise<T>, context: unknown) => Promise<T>;
}

/** The SDK's (private) runtime/state module: where it keeps the promises not yet settled. */
interface RuntimeState {
    getStore(): { leakCandidates?: Set<Promise<unknown>> };
}

/** A private SDK module, or undefined if this SDK version moved it (then fast runs keep its default). */
function sdkModule<T>(id: string): Partial<T> {
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK's private modules have no types
        return require(id) as Partial<T>;
    } catch {
        return {};
    }
}
const promiseDebugging = sdkModule<PromiseDebugging>("@pulumi/pulumi/runtime/debuggable");
const runtimeState = sdkModule<RuntimeState>("@pulumi/pulumi/runtime/state");

/**
 * The SDK's debuggablePromise without the per-promise debug properties: the promise is still a
 * leak candidate until it settles, and a rejection still carries the promise, as in the SDK.
 * The SDK's own version runs for the first promise, which schedules its leak report at exit.
 */
function leanDebuggablePromise(original: NonNullable<PromiseDebugging["debuggablePromise"]>): NonNullable<PromiseDebugging["debuggablePromise"]> {
    let leakReportScheduled = false;
    return <T>(promise: Promise<T>, context: unknown): Promise<T> => {
        const candidates = runtimeState.getStore?.().leakCandidates;
        if (!leakReportScheduled || !candidates) {
            leakReportScheduled = true;
            return original(promise, context);
        }
        candidates.add(promise);
        return promise.then(
            (value) => {
                candidates.delete(promise);
                return value;
            },
            (error: unknown) => {
                candidates.delete(promise);
                if (typeof error === "object" && error !== null) (error as { promise?: unknown }).promise = promise;
                throw error;
            },
        );
    };
}

/** Turns the SDK's diagnostics off (unless `full`); returns the function that restores them. */
export function fastDiagnostics(full: boolean): () => void {
    const savedLimit = Error.stackTraceLimit;
    const savedSourceMaps = process.sourceMapsEnabled;
    const sdkResource = pulumi.Resource as unknown as SourcePositions;
    const savedStackTrace = sdkResource.stackTrace;
    const savedDebuggablePromise = promiseDebugging.debuggablePromise;
    if (full) {
        process.setSourceMapsEnabled(true);
    } else {
        Error.stackTraceLimit = FAST_STACK_TRACE_LIMIT;
        process.setSourceMapsEnabled(false);
        if (typeof savedStackTrace === "function") sdkResource.stackTrace = () => [];
        // PULUMI_DEBUG_PROMISE_LEAKS asks for the labels and stacks of leaked promises: keep them then.
        if (typeof savedDebuggablePromise === "function" && !promiseDebugging.debugPromiseLeaks) promiseDebugging.debuggablePromise = leanDebuggablePromise(savedDebuggablePromise);
    }
    return () => {
        Error.stackTraceLimit = savedLimit;
        process.setSourceMapsEnabled(savedSourceMaps);
        sdkResource.stackTrace = savedStackTrace;
        promiseDebugging.debuggablePromise = savedDebuggablePromise;
    };
}
