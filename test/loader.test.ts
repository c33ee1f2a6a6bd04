import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { REPO_ROOT } from "./helpers/cli";

const REGISTER = path.join(REPO_ROOT, "tools", "loader", "register.cjs");

/** Runs a script under the loader in a fresh Node and returns its stdout lines. */
function underLoader(script: string, cwd = REPO_ROOT): string[] {
    const result = spawnSync(process.execPath, ["--require", REGISTER, "-e", script], { cwd, encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.trim().split("\n");
}

describe("TypeScript loader (tools/loader)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require(path.join(REPO_ROOT, "tools", "loader", "typescript.cjs")) as { transpile(filename: string, source: string): string; CACHE_DIR: string };

    it("runs TypeScript with class fields defined as tsconfig's es2022 target defines them", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loader-"));
        const file = path.join(dir, "fields.ts");
        fs.writeFileSync(file, "class Base { constructor() { (this as any).x = 1; } }\nexport class Child extends Base { x?: number; }\nexport const value: number = new Child().x ?? -1;\n");
        // With [[Define]] semantics the subclass field re-initialises x to undefined.
        assert.deepEqual(underLoader(`console.log(require(${JSON.stringify(file)}).value)`), ["-1"]);
    });

    it("caches by source: the same file twice is one entry, an edit is another", () => {
        const filename = path.join(os.tmpdir(), `cache-probe-${process.pid}.ts`);
        const entries = () => new Set(fs.readdirSync(loader.CACHE_DIR));
        const first = loader.transpile(filename, "export const a: number = 1;\n");
        const afterFirst = entries();
        assert.equal(loader.transpile(filename, "export const a: number = 1;\n"), first);
        assert.equal(entries().size, afterFirst.size);
        const edited = loader.transpile(filename, "export const a: number = 2;\n");
        assert.match(edited, /a = 2/);
        assert.equal(entries().size, afterFirst.size + 1);
    });

    it("defers the SDK's closure serialisation, Automation API, provider SDK and gRPC modules until they are used", () => {
        const script = `
            const pulumi = require("@pulumi/pulumi");
            const loaded = (name) => Object.keys(require.cache).some((id) => id.includes("/node_modules/" + name + "/"));
            const closureModules = () => ["typescript", "@npmcli/arborist", "normalize-package-data"].map(loaded).join(" ");
            console.log(closureModules(), loaded("@pulumi/pulumi/automation"), loaded("@grpc/grpc-js"));
            console.log(pulumi.automation.fullyQualifiedStackName("acme", "payments-platform", "prod"), loaded("@pulumi/pulumi/automation"));
            console.log(typeof pulumi.provider.main, loaded("@grpc/grpc-js"));
            pulumi.runtime.serializeFunction(() => 6 * 7).then(async (fn) => {
                console.log(loaded("typescript"), fn.text.includes("6 * 7"));
                // normalize-package-data is a function module imported with __importDefault.
                const paths = await pulumi.runtime.computeCodePaths();
                console.log(closureModules(), paths.size > 0);
            });`;
        assert.deepEqual(underLoader(script), ["false false false false false", "acme/payments-platform/prod true", "function true", "true true", "true true true true"]);
    });

    describe("code cache", () => {
        const codeCache = JSON.stringify(path.join(REPO_ROOT, "tools", "loader", "code-cache.cjs"));
        /** Requires `file` in a fresh Node; prints what it exports (or resolves to) and how it was compiled. */
        const probe = (file: string) =>
            underLoader(`Promise.resolve(require(${JSON.stringify(file)})).then((value) => console.log(typeof value === "function" ? "fn" : value, require(${codeCache}).outcomeOf(${JSON.stringify(file)})))`)[0];

        it("compiles a module once, then runs its cached bytecode; a same-length edit never runs stale code", () => {
            const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-")), "answer.js");
            fs.writeFileSync(file, "module.exports = 41 + 1;\n");
            assert.equal(probe(file), "42 compiled");
            assert.equal(probe(file), "42 cached");
            fs.writeFileSync(file, "module.exports = 40 + 3;\n");
            assert.equal(probe(file), "43 compiled");
            assert.equal(probe(file), "43 cached");
        });

        it("gives cached modules Node's own require: children recorded, resolve and its paths, the main module", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-"));
            const file = path.join(dir, "parent.js");
            fs.writeFileSync(path.join(dir, "child.js"), "module.exports = module.parent && module.parent.filename;\n");
            fs.writeFileSync(file, 'const parent = require("./child");\nmodule.exports = [parent === __filename, module.children.map((c) => require("path").basename(c.filename)).join(), require.resolve("./child") === require("path").join(__dirname, "child.js"), require.resolve.paths("x")[0] === require("path").join(__dirname, "node_modules"), require.main === process.mainModule, require.cache === require("module")._cache].join(" ");\n');
            probe(file);
            assert.equal(probe(file), "true child.js true true true true cached");
        });

        it("leaves modules that use import() to Node, which alone can run them", () => {
            const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "code-cache-")), "dynamic.js");
            fs.writeFileSync(file, 'module.exports = () => import("node:path");\n');
            assert.equal(probe(file), "fn node");
            assert.equal(probe(file), "fn node");
        });
    });

    it("leaves the same modules alone outside the SDK", () => {
        // Loaded by the require itself, before any property is read (a deferred module would not be).
        assert.deepEqual(underLoader(`const ts = require("typescript"); const loaded = require.cache[require.resolve("typescript")] !== undefined; console.log(loaded, typeof ts.createSourceFile)`), ["true function"]);
    });
});

describe("resolution cache (tools/loader/resolve-cache.cjs)", () => {
    /**
     * A project of its own (the cache keys on its node_modules): the cache from tools/loader/,
     * a package `pkg` in node_modules with npm's install record, and a project file `main.js`.
     */
    function project() {
        const root = fs.mkdtempSync(path.join(os.tmpdir(), "resolve-cache-"));
        fs.mkdirSync(path.join(root, "tools", "loader"), { recursive: true });
        for (const file of ["resolve-cache.cjs", "write-atomically.cjs"]) fs.copyFileSync(path.join(REPO_ROOT, "tools", "loader", file), path.join(root, "tools", "loader", file));
        const pkg = path.join(root, "node_modules", "pkg");
        fs.mkdirSync(pkg, { recursive: true });
        fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "pkg", main: "index.js" }));
        fs.writeFileSync(path.join(pkg, "index.js"), 'module.exports = require("./part");\n');
        fs.writeFileSync(path.join(pkg, "part.js"), 'module.exports = "v1";\n');
        fs.writeFileSync(path.join(root, "node_modules", ".package-lock.json"), "{}\n");
        fs.writeFileSync(path.join(root, "helper.js"), 'module.exports = "helper";\n');
        fs.writeFileSync(path.join(root, "main.js"), 'console.log(require("pkg"), require("./helper"));\n');
        return { root, pkg };
    }
    /** Runs main.js; prints what it printed, then how `pkg`, pkg's `./part` and the project's `./helper` were resolved. */
    function run(root: string): string[] {
        const cache = path.join(root, "tools", "loader", "resolve-cache.cjs");
        const report = `process.on("exit", () => { const c = require(${JSON.stringify(cache)}); console.log(c.outcomeOf(${JSON.stringify(path.join(root, "main.js"))}, "pkg"), c.outcomeOf(${JSON.stringify(path.join(root, "node_modules", "pkg", "index.js"))}, "./part"), c.outcomeOf(${JSON.stringify(path.join(root, "main.js"))}, "./helper")); });`;
        const result = spawnSync(process.execPath, ["--require", cache, "-e", `${report} require(${JSON.stringify(path.join(root, "main.js"))})`], { cwd: root, encoding: "utf8" });
        assert.equal(result.status, 0, result.stderr);
        return result.stdout.trim().split("\n");
    }

    it("answers package requests from the cache on the next run, and never caches the project's relative requires", () => {
        const { root } = project();
        assert.deepEqual(run(root), ["v1 helper", "resolved resolved undefined"]);
        assert.deepEqual(run(root), ["v1 helper", "cached cached undefined"]);
    });

    it("starts afresh after npm changes node_modules", () => {
        const { root, pkg } = project();
        run(root);
        // A new version whose entry point moved; the old one is still there, so only the record tells.
        fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "pkg", main: "v2.js" }));
        fs.writeFileSync(path.join(pkg, "v2.js"), 'module.exports = "v2";\n');
        assert.deepEqual(run(root), ["v1 helper", "cached cached undefined"]);
        // npm rewrites its install record on every install.
        fs.writeFileSync(path.join(root, "node_modules", ".package-lock.json"), '{"lockfileVersion":3}\n');
        assert.deepEqual(run(root), ["v2 helper", "resolved undefined undefined"]);
    });

    it("resolves afresh a remembered file that has gone, even when npm's record did not change", () => {
        const { root, pkg } = project();
        run(root);
        fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: "pkg", main: "lib.js" }));
        fs.renameSync(path.join(pkg, "index.js"), path.join(pkg, "lib.js"));
        assert.deepEqual(run(root), ["v1 helper", "resolved cached undefined"]);
    });
});

describe("cache writes (tools/loader/write-atomically.cjs)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeAtomically } = require(path.join(REPO_ROOT, "tools", "loader", "write-atomically.cjs")) as typeof import("../tools/loader/write-atomically.cjs");

    it("creates the folder and replaces the file whole, leaving no temporary file", () => {
        const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "atomic-")), "nested");
        writeAtomically(path.join(dir, "cache.json"), "first");
        writeAtomically(path.join(dir, "cache.json"), "second");
        assert.equal(fs.readFileSync(path.join(dir, "cache.json"), "utf8"), "second");
        assert.deepEqual(fs.readdirSync(dir), ["cache.json"]);
    });

    it("throws when the file cannot be replaced, and removes its temporary file", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atomic-"));
        fs.mkdirSync(path.join(dir, "taken", "inside"), { recursive: true });
        assert.throws(() => writeAtomically(path.join(dir, "taken"), "data"), /EISDIR|ENOTEMPTY|EEXIST/);
        assert.deepEqual(fs.readdirSync(dir), ["taken"]);
    });
});
