/**
 * Validation against the Kubernetes project's published models (kubernetes-models) and the
 * prometheus-operator models. Models of newer releases need Node 22; these versions run on the
 * project's Node 20. Kinds without a model here are reported as unvalidated, never passed silently.
 */
interface Model {
    validate(): void;
}
type ModelClass = new (object: Record<string, unknown>) => Model;

const PROMETHEUS_OPERATOR_GROUP = "monitoring.coreos.com/v1";
let prometheusOperator: Record<string, ModelClass> | undefined;

async function modelFor(apiVersion: string, kind: string): Promise<ModelClass | undefined> {
    if (apiVersion === PROMETHEUS_OPERATOR_GROUP) {
        // ESM-only package: a dynamic import from CommonJS.
        prometheusOperator ??= (await import("@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1")) as unknown as Record<string, ModelClass>;
        return prometheusOperator[kind];
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
