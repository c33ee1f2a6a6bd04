import { importGeneratedModels } from "./generated-models";

/**
 * Validation against the Kubernetes project's published models (kubernetes-models), the
 * published prometheus-operator, Istio and External Secrets models, and models generated from
 * the upstream Calico and Velero CRDs (./models). Kinds without a model are reported as unvalidated, never passed silently.
 * Models load one kind at a time: a whole API group costs more to load than the plan uses.
 */
interface Model {
    validate(): void;
}
type ModelClass = new (object: Record<string, unknown>) => Model;

/** Generated model folders (./models/<source>/<group>/<version>) by apiVersion. */
const GENERATED: Record<string, string> = {
    "velero.io/v1": "velero/velero.io/v1",
    "operator.tigera.io/v1": "calico/operator.tigera.io/v1",
    "crd.projectcalico.org/v1": "calico/crd.projectcalico.org/v1",
};
/** Published ES-module model packages (one file per kind), by API group. */
function publishedPackageFor(apiVersion: string): string | undefined {
    const group = apiVersion.split("/")[0];
    if (group === "monitoring.coreos.com") return "@kubernetes-models/prometheus-operator";
    if (group.endsWith(".istio.io")) return "@kubernetes-models/istio";
    if (group === "external-secrets.io") return "@kubernetes-models/external-secrets";
    return undefined;
}

const models = new Map<string, Promise<ModelClass | undefined>>();

async function loadModel(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    const generated = GENERATED[apiVersion];
    if (generated) return (await importGeneratedModels(generated))[kind] as ModelClass | undefined;
    const published = publishedPackageFor(apiVersion);
    if (published) {
        const module = await import(`${published}/${apiVersion}/${kind}`).catch((error: unknown) => notFound(error, apiVersion, kind));
        return module?.[kind] as ModelClass | undefined;
    }
    // kubernetes-models covers the core API and the *.k8s.io groups; other groups are CRDs.
    if (apiVersion.includes(".") && !/\.k8s\.io\//.test(apiVersion)) return undefined;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return (require(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, ModelClass>)[kind];
    } catch (error) {
        return notFound(error, apiVersion, kind);
    }
}

/** A kind the package does not have is "no model"; any other failure (a model's own broken import) is a real error. */
function notFound(error: unknown, apiVersion: string, kind: string): undefined {
    const { code, message } = error as { code?: string; message?: string };
    const missing = code === "MODULE_NOT_FOUND" || code === "ERR_MODULE_NOT_FOUND";
    if (missing && message?.includes(`${apiVersion}/${kind}`)) return undefined;
    throw error;
}

function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    const key = `${apiVersion} ${kind}`;
    let model = models.get(key);
    if (!model) models.set(key, (model = loadModel(apiVersion, kind)));
    return model;
}

/**
 * Loads the models of `kinds` ("<apiVersion> <kind>") ahead of the objects, one after another.
 * A model that fails to load is left for validateObject to report, on an object that needs it.
 */
export async function preloadModels(kinds: readonly string[]): Promise<void> {
    for (const kind of kinds) {
        const [apiVersion, name] = kind.split(" ");
        if (apiVersion && name) await modelFor(apiVersion, name).catch(() => undefined);
    }
}

export type ValidationOutcome = { status: "valid" } | { status: "invalid"; errors: string } | { status: "no-model" };

export async function validateObject(object: Record<string, unknown>): Promise<ValidationOutcome> {
    const model = await modelFor(String(object.apiVersion), String(object.kind));
    if (!model) return { status: "no-model" };
    try {
        new model(object).validate();
        return { status: "valid" };
    } catch (error) {
        return { status: "invalid", errors: (error as Error).message };
    }
}
