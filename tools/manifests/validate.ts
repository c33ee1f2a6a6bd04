import * as path from "path";

/**
 * Validation against the Kubernetes project's published models (kubernetes-models), the
 * prometheus-operator models, and models generated from the upstream Calico and Velero CRDs
 * (./models). Kinds without a model are reported as unvalidated, never passed silently.
 */
interface Model {
    validate(): void;
}
type ModelClass = new (object: Record<string, unknown>) => Model;

/** ES-module model sources by apiVersion: a published package, or a generated folder. */
const ESM_MODELS: Record<string, string> = {
    "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1",
    "velero.io/v1": path.join(__dirname, "models", "velero", "velero.io", "v1", "index.ts"),
    "operator.tigera.io/v1": path.join(__dirname, "models", "calico", "operator.tigera.io", "v1", "index.ts"),
    "crd.projectcalico.org/v1": path.join(__dirname, "models", "calico", "crd.projectcalico.org", "v1", "index.ts"),
};
const loaded = new Map<string, Record<string, ModelClass>>();

async function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    const esm = ESM_MODELS[apiVersion];
    if (esm) {
        // ES modules: a dynamic import from CommonJS (the runner runs under tsx's loader).
        if (!loaded.has(apiVersion)) loaded.set(apiVersion, (await import(esm)) as Record<string, ModelClass>);
        return loaded.get(apiVersion)?.[kind];
    }
    if (apiVersion.includes(".") && !apiVersion.endsWith(".k8s.io/v1") && !apiVersion.startsWith("apiextensions.k8s.io")) return undefined;
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const group = require(`kubernetes-models/${apiVersion}`) as Record<string, ModelClass>;
        return group[kind];
    } catch {
        return undefined;
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
