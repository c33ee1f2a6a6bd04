import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv from "ajv";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { REDACTED, UNKNOWN } from "../offline-plan/plan-file";
import { loadAll } from "js-yaml";

/**
 * Validation of Kubernetes objects against their schemas, with no generated code:
 * - kinds with a published model package keep it: `kubernetes-models` (the core API and the
 *   `*.k8s.io` groups), `@kubernetes-models/prometheus-operator`, `@kubernetes-models/istio`
 *   `@kubernetes-models/external-secrets` and `@kubernetes-models/cert-manager`;
 * - every other custom resource is checked with Ajv against the `openAPIV3Schema` of its
 *   CustomResourceDefinition, read from a directory of CRD files (upstream's, or
 *   `kubectl get crd -o yaml` from a real cluster).
 * A kind with neither is reported as unvalidated, never passed silently.
 */
interface Model {
    validate(): void;
}
type ModelClass = new (object: Record<string, unknown>) => Model;

/** Published ES-module model packages (one file per kind), by API group. */
function publishedPackageFor(apiVersion: string): string | undefined {
    const group = apiVersion.split("/")[0];
    if (group === "monitoring.coreos.com") return "@kubernetes-models/prometheus-operator";
    if (group.endsWith(".istio.io")) return "@kubernetes-models/istio";
    if (group === "external-secrets.io") return "@kubernetes-models/external-secrets";
    if (group === "cert-manager.io" || group === "acme.cert-manager.io") return "@kubernetes-models/cert-manager";
    return undefined;
}

/** The core API (`v1`) and the `*.k8s.io` groups, which kubernetes-models covers. */
function isKubernetesApi(apiVersion: string): boolean {
    return !apiVersion.includes(".") || /\.k8s\.io\//.test(apiVersion);
}

const models = new Map<string, Promise<ModelClass | undefined>>();

/** The model package of an API version, if any. */
function modelPackageFor(apiVersion: string): string | undefined {
    return publishedPackageFor(apiVersion) ?? (isKubernetesApi(apiVersion) ? "kubernetes-models" : undefined);
}

const packageVersions = new Map<string, string>();
/** `<package>@<version>/<apiVersion>/<kind>`: the model a kind is checked against, as a cached outcome depends on it. */
function modelSourceOf(apiVersion: string, kind: string): string | undefined {
    const modelPackage = modelPackageFor(apiVersion);
    if (!modelPackage) return undefined;
    let version = packageVersions.get(modelPackage);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!version) packageVersions.set(modelPackage, (version = (require(`${modelPackage}/package.json`) as { version: string }).version));
    return `${modelPackage}@${version}/${apiVersion}/${kind}`;
}

async function loadModel(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    const modelPackage = modelPackageFor(apiVersion);
    if (!modelPackage) return undefined;
    const specifier = `${modelPackage}/${apiVersion}/${kind}`;
    // The model packages are ES modules.
    const module = (await import(specifier).catch((error: unknown) => notFound(error, apiVersion, kind))) as Record<string, ModelClass> | undefined;
    return module?.[kind];
}

/** A kind the package does not have is "no model"; any other failure (a model's own broken import) is a real error. */
function notFound(error: unknown, apiVersion: string, kind: string): undefined {
    const { code, message } = error as { code?: string; message?: string };
    const missing = code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND" || code === "ERR_PACKAGE_PATH_NOT_EXPORTED";
    if (missing && message?.includes(`${apiVersion}/${kind}`)) return undefined;
    throw error;
}

function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    const key = `${apiVersion} ${kind}`;
    let model = models.get(key);
    if (!model) models.set(key, (model = loadModel(apiVersion, kind)));
    return model;
}

/** The served versions' schemas of every CRD under a directory, by "<group>/<version> <Kind>". */
export interface CrdSchemas {
    /** The directory read, or undefined when none was given or it does not exist. */
    dir?: string;
    schemas: Map<string, object>;
}

interface Crd {
    kind?: string;
    spec?: { group?: string; names?: { kind?: string }; versions?: Array<{ name?: string; served?: boolean; schema?: { openAPIV3Schema?: object } }> };
}

/** Reads every `.yaml`/`.yml` file under `dir` (recursively) for CustomResourceDefinitions; a List of them counts too. */
export function readCrdSchemas(dir: string | undefined): CrdSchemas {
    const schemas = new Map<string, object>();
    if (!dir || !fs.existsSync(dir)) return { schemas };
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => /\.ya?ml$/.test(file)).sort();
    for (const file of files) {
        for (const document of loadAll(fs.readFileSync(path.join(dir, file), "utf8"))) {
            const value = document as (Crd & { items?: Crd[] }) | null;
            const crds = (value?.kind === "List" ? (value.items ?? []) : [value]).filter((crd): crd is Crd => crd !== null);
            for (const [key, schema] of crdSchemasOf(crds as Record<string, unknown>[])) schemas.set(key, schema);
        }
    }
    return { dir, schemas };
}

/**
 * CRD patterns are Go (RE2) regular expressions, which the API server evaluates. The one RE2
 * form in them that JavaScript lacks is the inline case-insensitive flag, `(?i)`, which Calico
 * uses at the start of a pattern: it becomes JavaScript's `i` flag.
 */
export const goRegExp = Object.assign(
    (pattern: string, flags: string): RegExp => {
        const insensitive = /^\^?\(\?i\)/.test(pattern);
        return new RegExp(insensitive ? pattern.replace("(?i)", "") : pattern, insensitive ? `${flags}i` : flags);
    },
    { code: "goRegExp" },
);

/**
 * Ajv as the API server reads a structural schema: Kubernetes' `x-kubernetes-*` extensions and
 * OpenAPI's `format`s (int32, int64, byte ...) are annotations here, not errors in the schema.
 */
function crdValidator(): Ajv {
    // Unoptimised code compiles in a third of the time (Calico's Installation schema: 0.7 s to
    // 0.27 s), and each schema validates only a few objects per plan.
    return new Ajv({ allErrors: false, strict: false, validateFormats: false, code: { regExp: goRegExp, optimize: false } });
}

export type ValidationOutcome = { status: "valid" } | { status: "invalid"; errors: string } | { status: "no-model" };

/** Ajv's first error in the same words as the published models: `data/spec/x must be string`. */
function describe(errors: ErrorObject[] | null | undefined): string {
    const [first] = errors ?? [];
    if (!first) return "invalid";
    return `data${first.instancePath} ${first.message ?? "is invalid"}`;
}

/**
 * The CRD schema a kind is checked against. Calico's API server serves `projectcalico.org/v3`
 * from no CRD of its own; Calico generates its storage CRDs (`crd.projectcalico.org/v1`, in
 * libcalico-go/config/crd) from the same v3 API types (api/pkg/apis/projectcalico/v3), so a v3
 * object is checked against the storage CRD's schema of its kind.
 */
export function schemaKeyOf(apiVersion: string, kind: string): string {
    return apiVersion === "projectcalico.org/v3" ? `crd.projectcalico.org/v1 ${kind}` : `${apiVersion} ${kind}`;
}

/** The object without the plan's placeholders for secret and unknown values. */
function withoutPlaceholders(value: unknown): unknown {
    if (Array.isArray(value)) return value.filter((item) => item !== REDACTED && item !== UNKNOWN).map(withoutPlaceholders);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
        Object.entries(value)
            .filter(([, item]) => item !== REDACTED && item !== UNKNOWN)
            .map(([key, item]) => [key, withoutPlaceholders(item)]),
    );
}

/** The content hash of a schema, computed once per schema object. */
const fingerprints = new WeakMap<object, string>();
function fingerprintOf(schema: object): string {
    let fingerprint = fingerprints.get(schema);
    if (!fingerprint) fingerprints.set(schema, (fingerprint = createHash("sha1").update(JSON.stringify(schema)).digest("hex")));
    return fingerprint;
}

/** Compiled schemas by content: the clusters of an environment share their CRDs, compiled once per process. */
const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv | undefined;

/** The schemas of the CustomResourceDefinitions among `objects` (e.g. those a chart installs), by "<group>/<version> <Kind>". */
export function crdSchemasOf(objects: Iterable<Record<string, unknown>>): Map<string, object> {
    const schemas = new Map<string, object>();
    for (const object of objects) {
        const crd = object as Crd;
        if (crd.kind !== "CustomResourceDefinition" || !crd.spec?.group || !crd.spec.names?.kind) continue;
        for (const version of crd.spec.versions ?? []) {
            const schema = version.schema?.openAPIV3Schema;
            if (version.served !== false && version.name && schema) schemas.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, schema);
        }
    }
    return schemas;
}

/** Validates objects against published models and the CRDs of one directory. */
export class ManifestValidator {
    /**
     * @param crds CRDs from a directory, e.g. upstream's, checked before the published models.
     * @param installed CRDs the cluster itself will have (those its charts install): checked
     *   first, since they are the schemas the API server will apply. @default none
     */
    constructor(
        readonly crds: CrdSchemas,
        private readonly installed: ReadonlyMap<string, object> = new Map(),
        /**
         * Where outcomes are kept, by the content of the object and of what checks it (a CRD's
         * schema, or a model package's version): compiling a large CRD's schema (Calico's
         * Installation, Prometheus) and loading the models are most of a plan's validation, and
         * an unchanged object against an unchanged schema needs neither.
         * @default none (nothing kept)
         */
        private readonly cacheDir?: string,
    ) {}

    private remember(file: string | undefined, outcome: ValidationOutcome): ValidationOutcome {
        if (file) {
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(outcome));
            fs.renameSync(`${file}.${process.pid}`, file);
        }
        return outcome;
    }

    private cached(fingerprint: string, object: unknown): { file?: string; outcome?: ValidationOutcome } {
        if (!this.cacheDir) return {};
        const key = createHash("sha1").update(fingerprint).update("\0").update(JSON.stringify(object)).digest("hex");
        const file = path.join(this.cacheDir, `${key}.json`);
        try {
            return { file, outcome: JSON.parse(fs.readFileSync(file, "utf8")) as ValidationOutcome };
        } catch {
            return { file };
        }
    }

    async validate(planned: Record<string, unknown>): Promise<ValidationOutcome> {
        // A secret or unknown value is redacted in the plan: its shape is not known here, so it is
        // left out of the check, and everything around it is checked.
        const object = withoutPlaceholders(planned) as Record<string, unknown>;
        const apiVersion = String(object.apiVersion);
        const kind = String(object.kind);
        const key = schemaKeyOf(apiVersion, kind);
        const schema = this.installed.get(key) ?? this.crds.schemas.get(key);
        if (schema) {
            const fingerprint = fingerprintOf(schema);
            const kept = this.cached(fingerprint, object);
            if (kept.outcome) return kept.outcome;
            let check = compiled.get(fingerprint);
            if (!check) compiled.set(fingerprint, (check = (ajv ??= crdValidator()).compile(schema)));
            return this.remember(kept.file, check(object) ? { status: "valid" } : { status: "invalid", errors: describe(check.errors) });
        }
        const source = modelSourceOf(apiVersion, kind);
        if (!source) return { status: "no-model" };
        const kept = this.cached(source, object);
        if (kept.outcome) return kept.outcome;
        const model = await modelFor(apiVersion, kind);
        if (!model) return this.remember(kept.file, { status: "no-model" });
        try {
            new model(object).validate();
            return this.remember(kept.file, { status: "valid" });
        } catch (error) {
            return this.remember(kept.file, { status: "invalid", errors: (error as Error).message });
        }
    }
}
