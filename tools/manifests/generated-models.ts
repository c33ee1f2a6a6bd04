import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";

/**
 * The models crd-generate wrote (./models) are TypeScript ES modules, and Node imports only
 * JavaScript. Each API group-version is bundled once by esbuild into a single ES module (its
 * `@kubernetes-models/*` imports left to node_modules) and cached by a hash of the generated
 * sources, so editing or regenerating a model rebuilds its bundle and nothing else does.
 */
export const GENERATED_MODELS_DIR = path.join(__dirname, "models");
/** esbuild keys the cache by its version, and loads only to build a bundle that is not cached. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ESBUILD_VERSION = (require("esbuild/package.json") as { version: string }).version;
const CACHE_DIR = path.resolve(__dirname, "..", "..", "node_modules", ".cache", "payments-platform", "models");

const treeHashes = new Map<string, string>();

/** Hash of every file under `dir`, in path order (once per process: Calico's two group-versions share a tree). */
function hashTree(dir: string): string {
    const known = treeHashes.get(dir);
    if (known) return known;
    const hash = createHash("sha256").update(ESBUILD_VERSION);
    const walk = (current: string) => {
        for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = path.join(current, entry.name);
            if (entry.isDirectory()) walk(full);
            else hash.update(path.relative(dir, full)).update("\0").update(fs.readFileSync(full)).update("\0");
        }
    };
    walk(dir);
    const digest = hash.digest("hex").slice(0, 16);
    treeHashes.set(dir, digest);
    return digest;
}

/**
 * The cache folder; when node_modules cannot be written, a temporary folder whose own
 * node_modules links to the project's, so the bundle's package imports still resolve.
 */
function writableCacheDir(): string {
    try {
        fs.mkdirSync(CACHE_DIR, { recursive: true });
        fs.accessSync(CACHE_DIR, fs.constants.W_OK);
        return CACHE_DIR;
    } catch {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "payments-models-"));
        fs.symlinkSync(path.resolve(__dirname, "..", "..", "node_modules"), path.join(dir, "node_modules"), "dir");
        return dir;
    }
}

/** The path of the bundled ES module for one generated group-version (e.g. `velero/velero.io/v1`). */
export function bundledModelsPath(groupDir: string): string {
    const root = path.join(GENERATED_MODELS_DIR, groupDir.split("/")[0]);
    const name = `${groupDir.replace(/[/.]/g, "_")}-${hashTree(root)}.mjs`;
    if (fs.existsSync(path.join(CACHE_DIR, name))) return path.join(CACHE_DIR, name);
    const bundle = path.join(writableCacheDir(), name);
    const temporary = `${bundle}.${process.pid}.tmp`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("esbuild") as typeof import("esbuild")).buildSync({
        entryPoints: [path.join(GENERATED_MODELS_DIR, groupDir, "index.ts")],
        bundle: true,
        format: "esm",
        platform: "node",
        target: "node20",
        packages: "external",
        outfile: temporary,
        logLevel: "silent",
    });
    fs.renameSync(temporary, bundle);
    return bundle;
}

/** Imports the bundled models of one generated group-version. */
export async function importGeneratedModels(groupDir: string): Promise<Record<string, unknown>> {
    return (await import(pathToFileURL(bundledModelsPath(groupDir)).href)) as Record<string, unknown>;
}
