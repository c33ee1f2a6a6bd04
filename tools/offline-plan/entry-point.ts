import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

/**
 * Which file a real `pulumi up` runs for a Node.js project, found the way the CLI and the
 * Node.js language host find it. The SDK exports none of this (`cmd/run/run.js` keeps it
 * private), so it is followed step by step here, each step naming where it comes from:
 *
 * 1. The CLI (`getPwdMain`, pulumi/pkg): with no `main` in Pulumi.yaml the program directory
 *    is the project's and the entry point is "."; a `main` that is a file runs from its
 *    folder with its base name; a `main` that is a folder becomes the program directory with
 *    entry point "." again. A `main` outside the project folder is refused.
 * 2. The language host (`@pulumi/pulumi` 3.276 `cmd/run/run.js`, `run()`): for ".", it looks up
 *    the nearest package manifest from the program directory upwards
 *    (`npmPackageRootFromProgramPath`: package.json, or package.yaml) and takes its `exports`
 *    (a string, or `"."` as a string, or `"."`'s `default`/`require`/`import`), else its
 *    `main`, relative to that package's folder, if the file exists; else the program directory.
 * 3. Node's `require` of a directory: its `index` file (`index.ts` under TypeScript).
 *
 * Step 2 is the trap this exists for: a project in a subfolder with no `main` of its own runs
 * the `main` of the repository's root package.json, another project's program.
 */
export interface EntryPoint {
    /** The file that runs, absolute. */
    file: string;
    /** How it was found, for messages: e.g. `"main" of /repo/package.json`. */
    via: string;
}

const MANIFESTS = ["package.json", "package.yaml"];

/** The nearest folder at or above `dir` that holds a package manifest, and the manifest's data. */
function nearestPackage(dir: string): { root: string; data: Record<string, unknown> } | undefined {
    for (let current = dir; ; current = path.dirname(current)) {
        for (const name of MANIFESTS) {
            const file = path.join(current, name);
            if (!fs.existsSync(file)) continue;
            try {
                const text = fs.readFileSync(file, "utf8");
                const data: unknown = name.endsWith(".json") ? JSON.parse(text) : parse(text);
                return { root: current, data: typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {} };
            } catch {
                // The language host reads the manifest best-effort, and an unreadable one counts as empty.
                return { root: current, data: {} };
            }
        }
        if (path.dirname(current) === current) return undefined;
    }
}

/** The entry named by a package's `exports` or `main`, as run.js reads them. */
function packageEntry(data: Record<string, unknown>): { entry: string; field: string } | undefined {
    const exportsField = data.exports;
    if (typeof exportsField === "string") return { entry: exportsField, field: "exports" };
    if (typeof exportsField === "object" && exportsField !== null) {
        const dot = (exportsField as Record<string, unknown>)["."];
        if (typeof dot === "string") return { entry: dot, field: 'exports["."]' };
        if (typeof dot === "object" && dot !== null) {
            const conditions = dot as Record<string, unknown>;
            const entry = conditions.default || conditions.require || conditions.import;
            return typeof entry === "string" ? { entry, field: 'exports["."]' } : undefined;
        }
        return undefined;
    }
    return typeof data.main === "string" && data.main !== "" ? { entry: data.main, field: "main" } : undefined;
}

/** Node's resolution of a path that may be a folder: the file itself, or the folder's index. */
function asFile(target: string): string {
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
        for (const index of ["index.ts", "index.js"]) if (fs.existsSync(path.join(target, index))) return path.join(target, index);
        return path.join(target, "index.ts");
    }
    return target;
}

/**
 * The file `pulumi up` would run for the project in `projectDir` whose Pulumi.yaml says
 * `main` (or nothing). Throws with the CLI's own complaint for a `main` outside the project.
 */
export function cliEntryPoint(projectDir: string, main: string | undefined): EntryPoint {
    const root = path.resolve(projectDir);
    let programDir = root;
    if (main !== undefined && main !== "") {
        if (path.isAbsolute(main)) throw new Error(`project 'main' must be a relative path (Pulumi.yaml main: ${main})`);
        const target = path.resolve(root, main);
        if (target !== root && !target.startsWith(root + path.sep)) throw new Error(`project 'main' must be a subfolder (Pulumi.yaml main: ${main})`);
        if (!(fs.existsSync(target) && fs.statSync(target).isDirectory())) return { file: target, via: `Pulumi.yaml main: ${main}` };
        programDir = target;
    }
    const manifest = nearestPackage(programDir);
    const named = manifest ? packageEntry(manifest.data) : undefined;
    if (manifest && named) {
        const file = path.join(manifest.root, named.entry);
        // run.js warns and falls back to the program directory when the named file is missing.
        if (fs.existsSync(file)) return { file: asFile(file), via: `${named.field} of ${path.join(manifest.root, "package.json")}` };
    }
    return { file: asFile(programDir), via: `the program directory ${programDir}` };
}

/**
 * Makes `projectDir` a project whose program is another file (e.g. a throwaway project with its
 * own stack files that runs a real program): the CLI takes no `main` outside the project, so
 * the project's own `index.ts` hands over to it. Pulumi.yaml should say `main: index.ts`.
 */
export function writeHandOver(projectDir: string, program: string): void {
    const target = program.replace(/\.ts$/, "");
    fs.writeFileSync(
        path.join(projectDir, "index.ts"),
        `// eslint-disable-next-line @typescript-eslint/no-require-imports\nimport program = require(${JSON.stringify(target)});\nexport = program;\n`,
    );
}
