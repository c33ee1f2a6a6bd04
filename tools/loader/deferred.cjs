"use strict";
/**
 * Defers modules that @pulumi/pulumi requires as it loads but that a program run never uses:
 * - to serialise closures (function-valued resources such as aws.lambda.CallbackFunction):
 *   TypeScript, to parse function source, and @npmcli/arborist, fdir and
 *   normalize-package-data, to find the packages a closure needs;
 * - the Automation API (`pulumi.automation`), which drives the CLI from code, and the
 *   provider SDK (`pulumi.provider`), for writing resource providers in JavaScript;
 * - gRPC and the SDK's gRPC clients, which talk to a real engine (a mocked run has none) and
 *   are otherwise read only for status codes when an RPC fails.
 * They were ~0.6 s of the SDK's ~0.9 s load on every plan. Each is loaded, for real, the first
 * time one of its properties is read, so closures and the Automation API still work.
 */
const Module = require("module");
const path = require("path");

const SDK_DIR = `${path.sep}node_modules${path.sep}@pulumi${path.sep}pulumi${path.sep}`;
/** Deferred requests, by the SDK file (relative to the SDK) that makes them; "*" for any. */
const DEFERRED = new Map([
    ["typescript", "*"],
    ["@npmcli/arborist", "*"],
    ["fdir", "runtime/closure/codePaths.js"],
    ["normalize-package-data", "runtime/closure/codePaths.js"],
    ["./automation", "index.js"],
    ["./provider", "index.js"],
    ["@grpc/grpc-js", "*"],
    ["../proto/resource_grpc_pb", "runtime/settings.js"],
    ["../proto/engine_grpc_pb", "runtime/settings.js"],
    ["../proto/callback_grpc_pb", "runtime/callbacks.js"],
]);

function deferredModule(load) {
    let real;
    const target = () => (real = real ?? load());
    return new Proxy(
        {},
        {
            // `__importStar` and `__importDefault` (TypeScript's CommonJS interop) copy or wrap a
            // module that is not marked as an ES module; marking it keeps the load deferred past
            // the import. `default` then means what `__importDefault` would have made it.
            get: (_, key) => {
                if (key === "__esModule" && real === undefined) return true;
                const module = target();
                return key === "default" && !module.__esModule ? module : module[key];
            },
            has: (_, key) => key in target(),
            ownKeys: () => Reflect.ownKeys(target()),
            getOwnPropertyDescriptor: (_, key) => {
                const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
                return descriptor && { ...descriptor, configurable: true };
            },
        },
    );
}

function isDeferred(request, parent) {
    const from = DEFERRED.get(request);
    const filename = parent?.filename;
    if (from === undefined || typeof filename !== "string") return false;
    const at = filename.lastIndexOf(SDK_DIR);
    return at >= 0 && (from === "*" || filename.slice(at + SDK_DIR.length) === from.split("/").join(path.sep));
}

const originalLoad = Module._load;
Module._load = function loadOrDefer(request, parent, isMain) {
    if (isDeferred(request, parent)) return deferredModule(() => originalLoad.call(Module, request, parent, false));
    return originalLoad.apply(this, arguments);
};

module.exports = { DEFERRED };
