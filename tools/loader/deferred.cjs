"use strict";
/**
 * Defers two modules that @pulumi/pulumi requires as it loads but uses only to serialise
 * closures (function-valued resources such as aws.lambda.CallbackFunction): TypeScript, to parse
 * function source, and @npmcli/arborist, to find the packages a closure needs. They were 0.55 s
 * of the SDK's 0.9 s load on every plan, and this program serialises no closures. Each is loaded,
 * for real, the first time one of its properties is read, so closures still work.
 */
const Module = require("module");
const path = require("path");

const DEFERRED = new Set(["typescript", "@npmcli/arborist"]);
const SDK_DIR = `${path.sep}node_modules${path.sep}@pulumi${path.sep}pulumi${path.sep}`;

function deferredModule(load) {
    let real;
    const target = () => (real = real ?? load());
    return new Proxy(
        {},
        {
            // `__importStar` (TypeScript's CommonJS interop) copies every key of a module that is
            // not marked as an ES module; marking it keeps the load deferred past the import.
            get: (_, key) => (key === "__esModule" && real === undefined ? true : target()[key]),
            has: (_, key) => key in target(),
            ownKeys: () => Reflect.ownKeys(target()),
            getOwnPropertyDescriptor: (_, key) => {
                const descriptor = Reflect.getOwnPropertyDescriptor(target(), key);
                return descriptor && { ...descriptor, configurable: true };
            },
        },
    );
}

const originalLoad = Module._load;
Module._load = function loadOrDefer(request, parent, isMain) {
    if (DEFERRED.has(request) && parent?.filename?.includes(SDK_DIR)) {
        return deferredModule(() => originalLoad.call(Module, request, parent, false));
    }
    return originalLoad.apply(this, arguments);
};

module.exports = { DEFERRED };
