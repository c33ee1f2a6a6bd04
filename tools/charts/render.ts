import * as crypto from "crypto";
import * as fs from "fs";
import { loadAll } from "js-yaml";
import * as os from "os";
import * as path from "path";
import type { PlanFile, PlanResource } from "../offline-plan/plan-file";
import { PlanInputError } from "../offline-plan/stack-config";
import type { Helm } from "./helm";
import { helmCacheDir, runHelm } from "./helm";

/**
 * Every Helm release of a plan rendered by real Helm (`helm template`), as the provider would
 * install it: the release's chart archive (`<charts>/packages/<chart>-<version>.tgz`), its
 * values, name and namespace, the cluster's Kubernetes version, and the API versions the
 * cluster will serve when the release installs (the CRDs of what it waits for, so a chart that
 * asks `.Capabilities.APIVersions.Has` is answered as on a first rollout). Helm's own checks
 * apply, the values schema among them: a release Helm refuses fails the plan with Helm's words.
 */

export const RELEASE_TYPE = "kubernetes:helm.sh/v3:Release";

/** One release and what Helm made of it. */
export interface RenderedRelease {
    /** The release resource. */
    resource: PlanResource;
    releaseName: string;
    namespace: string;
    chart: string;
    version: string;
    kubeVersion?: string;
    /** The objects Helm would send to the cluster, CRDs and hooks included, tests not. */
    objects: Record<string, unknown>[];
    /** Whether the render came from the cache. */
    cached: boolean;
}

interface ReleaseInputs {
    name?: string;
    namespace?: string;
    chart?: string;
    version?: string;
    values?: unknown;
    skipCrds?: boolean;
}

/** Where a pinned chart's archive is expected. */
export function chartArchive(chartsDir: string, chart: string, version: string): string {
    return path.join(chartsDir, "packages", `${chart}-${version}.tgz`);
}

/** Every resource a resource waits for, directly or through others. */
function transitiveDependencies(plan: PlanFile): (urn: string) => Set<string> {
    const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
    const memo = new Map<string, Set<string>>();
    const visit = (urn: string, path: Set<string>): Set<string> => {
        const known = memo.get(urn);
        if (known) return known;
        const all = new Set<string>();
        if (path.has(urn)) return all;
        path.add(urn);
        for (const dependency of byUrn.get(urn)?.dependsOn ?? []) {
            all.add(dependency);
            for (const further of visit(dependency, path)) all.add(further);
        }
        path.delete(urn);
        memo.set(urn, all);
        return all;
    };
    return (urn) => visit(urn, new Set());
}

/**
 * API versions every Kubernetes API server serves (its aggregator and its apiextensions server
 * are part of it) that `helm template`'s default set lacks: Helm builds that set from client-go's
 * scheme, which has neither group. Without them a chart asking
 * `.Capabilities.APIVersions.Has "apiregistration.k8s.io/v1"` (prometheus-adapter) renders the
 * v1beta1 APIService that Kubernetes removed in 1.22, unlike the provider's Helm, which asks the cluster.
 */
export const SERVED_BY_EVERY_CLUSTER: readonly string[] = [
    "apiextensions.k8s.io/v1",
    "apiextensions.k8s.io/v1/CustomResourceDefinition",
    "apiregistration.k8s.io/v1",
    "apiregistration.k8s.io/v1/APIService",
];

/** `group/version` and `group/version/Kind` of every version a CRD serves, as `--api-versions` takes them. */
export function servedApiVersions(crd: Record<string, unknown>): string[] {
    const spec = (crd.spec ?? {}) as { group?: string; names?: { kind?: string }; versions?: Array<{ name?: string; served?: boolean }> };
    if (crd.kind !== "CustomResourceDefinition" || !spec.group || !spec.names?.kind) return [];
    return (spec.versions ?? [])
        .filter((version) => version.served !== false && version.name)
        .flatMap((version) => [`${spec.group}/${version.name}`, `${spec.group}/${version.name}/${spec.names?.kind}`]);
}

/** A content hash of each chart archive, read once per process. */
const archiveHashes = new Map<string, string>();
function archiveHash(file: string): string {
    const stat = fs.statSync(file);
    const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
    let hash = archiveHashes.get(key);
    if (!hash) archiveHashes.set(key, (hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")));
    return hash;
}

/** The `helm template` command line of one release (the archive last-but-one, values on stdin). */
export function templateArgs(
    release: { releaseName: string; namespace: string; kubeVersion?: string; skipCrds?: boolean },
    archive: string,
    apiVersions: readonly string[],
): string[] {
    return [
        "template",
        release.releaseName,
        archive,
        "--namespace",
        release.namespace,
        ...(release.kubeVersion ? ["--kube-version", release.kubeVersion] : []),
        ...apiVersions.flatMap((apiVersion) => ["--api-versions", apiVersion]),
        // The provider installs the chart's crds/ unless the release says skipCrds; it runs no tests.
        ...(release.skipCrds ? [] : ["--include-crds"]),
        "--skip-tests",
        "--values",
        "-",
    ];
}

/** Helm's output as objects; empty documents (a template that rendered nothing) dropped, Lists opened. */
export function parseRendered(text: string): Record<string, unknown>[] {
    const objects: Record<string, unknown>[] = [];
    for (const document of loadAll(text)) {
        if (typeof document !== "object" || document === null) continue;
        const object = document as Record<string, unknown>;
        if (object.kind === "List" && Array.isArray(object.items)) objects.push(...(object.items as Record<string, unknown>[]));
        else objects.push(object);
    }
    return objects;
}

/** Helm's complaint, trimmed to what names the problem. */
function helmMessage(stderr: string): string {
    return stderr
        .split("\n")
        .filter((line) => line.trim() !== "" && !/^(WARNING|walk\.go)/.test(line))
        .map((line) => `    ${line}`)
        .join("\n");
}

/** Runs `tasks` at most `limit` at a time, each when the ones it names have finished. */
async function inDependencyOrder<T>(
    keys: readonly string[],
    after: (key: string) => string[],
    run: (key: string) => Promise<T>,
    limit: number,
): Promise<Map<string, T>> {
    const done = new Map<string, Promise<T>>();
    let running = 0;
    const queue: Array<() => void> = [];
    const slot = async (): Promise<void> => {
        if (running < limit) {
            running++;
            return;
        }
        await new Promise<void>((resolve) => queue.push(resolve));
    };
    const release = () => {
        const next = queue.shift();
        if (next) next();
        else running--;
    };
    const start = (key: string): Promise<T> => {
        let promise = done.get(key);
        if (!promise) {
            promise = (async () => {
                await Promise.all(after(key).map(start));
                await slot();
                try {
                    return await run(key);
                } finally {
                    release();
                }
            })();
            done.set(key, promise);
        }
        return promise;
    };
    const results = await Promise.all(keys.map(async (key) => [key, await start(key)] as const));
    return new Map(results);
}

export interface RenderOptions {
    helm: Helm;
    chartsDir: string;
    /** The cluster each resource belongs to (for its Kubernetes version), by URN. */
    clusterOf: (urn: string) => string;
    /** Each cluster's Kubernetes minor version (e.g. "1.33"), if the plan says. */
    kubeVersions: Map<string, string>;
}

/** Renders every release of the plan; fails naming each release Helm refuses, or whose archive is missing. */
export async function renderReleases(plan: PlanFile, options: RenderOptions): Promise<RenderedRelease[]> {
    const releases = plan.resources.filter((resource) => resource.type === RELEASE_TYPE);
    const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
    const dependencies = transitiveDependencies(plan);
    const releaseUrns = new Set(releases.map((release) => release.urn));
    const missing = [
        ...new Set(
            releases.map((release) =>
                chartArchive(options.chartsDir, String((release.inputs as ReleaseInputs).chart), String((release.inputs as ReleaseInputs).version)),
            ),
        ),
    ]
        .filter((file) => !fs.existsSync(file))
        .sort();
    if (missing.length > 0)
        throw new PlanInputError(
            `no packaged chart for ${missing.length} pinned chart(s) (--charts): ${missing.join(", ")}; Helm cannot render their releases`,
        );

    const refusals: string[] = [];
    // Filled as each render finishes: a release renders only after every release it waits for.
    const finished = new Map<string, RenderedRelease>();
    await inDependencyOrder(
        releases.map((release) => release.urn),
        (urn) => [...dependencies(urn)].filter((dependency) => releaseUrns.has(dependency)),
        async (urn): Promise<RenderedRelease | undefined> => {
            const resource = byUrn.get(urn) as PlanResource;
            const inputs = resource.inputs as ReleaseInputs;
            const chart = String(inputs.chart);
            const version = String(inputs.version);
            const releaseName = String(inputs.name ?? resource.name);
            const namespace = String(inputs.namespace ?? "default");
            const kubeVersion = options.kubeVersions.get(options.clusterOf(urn));
            const apiVersions = new Set<string>(SERVED_BY_EVERY_CLUSTER);
            for (const dependency of [...dependencies(urn)].sort()) {
                const waitedFor = byUrn.get(dependency);
                if (waitedFor?.type === "kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition")
                    servedApiVersions({ ...(waitedFor.inputs as Record<string, unknown>), kind: "CustomResourceDefinition" }).forEach((v) =>
                        apiVersions.add(v),
                    );
                if (releaseUrns.has(dependency))
                    for (const object of finished.get(dependency)?.objects ?? []) servedApiVersions(object).forEach((v) => apiVersions.add(v));
            }
            const archive = chartArchive(options.chartsDir, chart, version);
            const args = templateArgs({ releaseName, namespace, kubeVersion, skipCrds: inputs.skipCrds === true }, archive, [...apiVersions].sort());
            const values = JSON.stringify(inputs.values ?? {});
            const key = crypto
                .createHash("sha256")
                .update(
                    [options.helm.version, archiveHash(archive), JSON.stringify(args.map((arg) => (arg === archive ? "<archive>" : arg))), values].join("\0"),
                )
                .digest("hex");
            // Kept parsed (JSON reads far faster than YAML), by everything Helm was given.
            const cacheFile = path.join(helmCacheDir(), "renders", `${key}.json`);
            let objects: Record<string, unknown>[];
            let cached = false;
            if (fs.existsSync(cacheFile)) {
                objects = JSON.parse(fs.readFileSync(cacheFile, "utf8")) as Record<string, unknown>[];
                cached = true;
            } else {
                const run = await runHelm(options.helm, args, values);
                if (run.status !== 0) {
                    refusals.push(`  - ${resource.name} (chart ${chart} ${version}, namespace ${namespace}):\n${helmMessage(run.stderr)}`);
                    return undefined;
                }
                objects = parseRendered(run.stdout);
                fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
                const partial = `${cacheFile}.${process.pid}.partial`;
                fs.writeFileSync(partial, JSON.stringify(objects));
                fs.renameSync(partial, cacheFile);
            }
            const render = { resource, releaseName, namespace, chart, version, kubeVersion, objects, cached };
            finished.set(urn, render);
            return render;
        },
        Math.max(1, os.availableParallelism()),
    );
    if (refusals.length > 0) throw new PlanInputError(`Helm refuses ${refusals.length} release(s), as it would on the cluster:\n${refusals.sort().join("\n")}`);
    return releases.map((release) => finished.get(release.urn)).filter((render): render is RenderedRelease => render !== undefined);
}
