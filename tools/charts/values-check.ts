import * as fs from "fs";
import { load } from "js-yaml";
import * as path from "path";
import type { PlanFile } from "../offline-plan/plan-file";

/**
 * Helm ignores a values key its chart does not read, without a word: a misspelt or moved key is
 * a setting that silently does nothing. This check proves every key the program sets exists in
 * the pinned chart version's defaults (`values.yaml`, Istio's `_internal_defaults_do_not_set`,
 * subcharts under their key) or its `values.schema.json`, given a directory of upstream chart
 * data (`<chart>-<version>/`).
 */

type Tree = Record<string, unknown>;
const isTree = (value: unknown): value is Tree => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Keys charts read that their defaults do not show (commented-out or template-only), by chart:
 * each is a path prefix whose subtree is free-form or documented outside `values.yaml`. Why each
 * one is read is said beside it.
 */
export const READ_BUT_NOT_DEFAULTED: Readonly<Record<string, readonly string[]>> = {
    // Istio's MeshConfig, passed through whole; its fields are documented in istio.mesh.v1alpha1.
    istiod: ["meshConfig"],
    // `range $key, $value := .Values.extraArgs` in templates/deployment.yaml: every key is a
    // cluster-autoscaler flag; values.yaml shows only three of them.
    "cluster-autoscaler": ["extraArgs"],
    "kube-prometheus-stack": [
        // Commented-out defaults in values.yaml that the templates read.
        "prometheusOperator.priorityClassName",
        "kube-state-metrics.priorityClassName",
        "alertmanager.alertmanagerSpec.configSecret",
    ],
};

/**
 * Kubernetes objects the charts pass through whole (`toYaml`): a node selector, labels,
 * annotations, resources, tolerations, affinity, a pod's or container's security context. Their
 * keys are the user's (Kubernetes' schema checks them in the rendered object), not the chart's.
 */
const PASSED_THROUGH =
    /^(nodeSelector|tolerations|affinity|resources|[a-zA-Z]*[Ll]abels|[a-zA-Z]*[Aa]nnotations|[a-zA-Z]*Selector|[a-zA-Z]*[Ss]ecurityContext)$/;

/** What a chart accepts: its defaults (subcharts under their key) and its schema's properties. */
export interface ChartValues {
    defaults: Tree;
    schema?: Tree;
}

/** Reads `<dir>/<chart>-<version>/`: undefined when the directory has no data for that chart. */
export function readChartValues(dir: string, chart: string, version: string): ChartValues | undefined {
    const root = path.join(dir, `${chart}-${version}`);
    if (!fs.existsSync(path.join(root, "values.yaml"))) return undefined;
    const read = (file: string): Tree => {
        const parsed = load(fs.readFileSync(file, "utf8"));
        return isTree(parsed) ? parsed : {};
    };
    const own = read(path.join(root, "values.yaml"));
    // Istio's charts keep their defaults under this key; users set the same keys at the top level.
    const internal = isTree(own._internal_defaults_do_not_set) ? own._internal_defaults_do_not_set : {};
    const defaults: Tree = { ...internal, ...own };
    const subcharts = path.join(root, "charts");
    if (fs.existsSync(subcharts)) {
        for (const name of fs.readdirSync(subcharts).sort()) {
            const file = path.join(subcharts, name, "values.yaml");
            if (fs.existsSync(file)) defaults[name] = { ...read(file), ...(isTree(defaults[name]) ? defaults[name] : {}) };
        }
    }
    const schemaFile = path.join(root, "values.schema.json");
    const schema = fs.existsSync(schemaFile) ? (JSON.parse(fs.readFileSync(schemaFile, "utf8")) as Tree) : undefined;
    return { defaults, schema };
}

/**
 * Follows a schema's local `$ref` (`#/$defs/...`, `#/definitions/...`) to the schema it names:
 * cert-manager's whole schema is `{"$ref": "#/$defs/helm-values"}`, and every property of it is
 * a `$ref` too. A reference that does not resolve is an error in the chart data, said as such.
 */
export function resolveRef(schema: Tree, root: Tree): Tree {
    let current = schema;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
        const ref = current.$ref;
        if (hops > 32 || !ref.startsWith("#/")) throw new Error(`values.schema.json: cannot follow $ref ${ref}`);
        let target: unknown = root;
        for (const part of ref.slice(2).split("/")) target = isTree(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
        if (!isTree(target)) throw new Error(`values.schema.json: $ref ${ref} names nothing`);
        // Keywords beside a $ref apply too (JSON Schema 2019-09 and later).
        const { $ref, ...siblings } = current;
        current = { ...target, ...siblings };
    }
    return current;
}

/** The schema for `key` under `schema` (its properties, or additionalProperties when it is an object schema). */
function schemaChild(given: Tree | undefined, key: string, root: Tree | undefined): Tree | "free" | undefined {
    if (!given || !root) return undefined;
    const schema = resolveRef(given, root);
    const properties = isTree(schema.properties) ? schema.properties : undefined;
    if (properties && isTree(properties[key])) return resolveRef(properties[key] as Tree, root);
    if (schema.additionalProperties === true || isTree(schema.additionalProperties)) return "free";
    if (!properties && (schema.type === "object" || schema.type === undefined) && schema.additionalProperties === undefined) return "free";
    return undefined;
}

/**
 * Every key path of `values` the chart does not know, e.g. `priorityClassName`. Below a default
 * that is an empty map, or a list, or a scalar the program replaces with a map, the chart takes
 * what it is given (a free-form map such as `nodeSelector`), and nothing is checked.
 */
export function unknownValues(values: unknown, chart: ChartValues, allowed: readonly string[] = []): string[] {
    const unknown: string[] = [];
    const walk = (given: unknown, defaults: unknown, schema: Tree | "free" | undefined, at: string) => {
        if (!isTree(given)) return;
        if (isTree(defaults) && Object.keys(defaults).length === 0) return;
        if (schema === "free" && !isTree(defaults)) return;
        for (const [key, value] of Object.entries(given)) {
            const keyPath = at ? `${at}.${key}` : key;
            if (allowed.some((prefix) => keyPath === prefix || keyPath.startsWith(`${prefix}.`))) continue;
            const passedThrough =
                PASSED_THROUGH.test(key) &&
                (!isTree(defaults) || key in defaults || schemaChild(schema === "free" ? undefined : schema, key, chart.schema) !== undefined);
            if (passedThrough) continue;
            const inDefaults = isTree(defaults) && key in defaults;
            const childSchema = schemaChild(schema === "free" ? undefined : schema, key, chart.schema);
            if (!inDefaults && childSchema === undefined) {
                unknown.push(keyPath);
                continue;
            }
            const childDefaults = isTree(defaults) ? defaults[key] : undefined;
            if (!isTree(childDefaults) && !isTree(childSchema)) continue;
            walk(value, childDefaults, childSchema, keyPath);
        }
    };
    walk(values, chart.defaults, chart.schema ? resolveRef(chart.schema, chart.schema) : undefined, "");
    return unknown.sort();
}

/** One release's findings. */
export interface ValuesFinding {
    release: string;
    chart: string;
    version: string;
    /** Unknown key paths, or undefined when there is no data for this chart. */
    unknown?: string[];
}

/** The keys of a values tree, at every depth, without the values: what the check depends on. */
function keyShape(values: unknown): unknown {
    return isTree(values) ? Object.fromEntries(Object.entries(values).map(([key, value]) => [key, keyShape(value)])) : null;
}

/** Checks every `helm.sh/v3:Release` of a plan; the plan's values are plain (secrets redacted). */
export function checkPlanValues(plan: PlanFile, chartsDir: string): ValuesFinding[] {
    const findings: ValuesFinding[] = [];
    const seen = new Set<string>();
    for (const resource of plan.resources) {
        if (resource.type !== "kubernetes:helm.sh/v3:Release") continue;
        const inputs = resource.inputs as { chart?: string; version?: string; values?: unknown };
        const chart = String(inputs.chart ?? "");
        const version = String(inputs.version ?? "");
        // A release that sets no value runs on the chart's defaults: there is nothing to check.
        if (typeof inputs.values === "object" && inputs.values !== null && Object.keys(inputs.values).length === 0) continue;
        // Every cluster installs the same releases: values of the same key structure are checked once.
        const key = `${chart}@${version}:${JSON.stringify(keyShape(inputs.values))}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const data = readChartValues(chartsDir, chart, version);
        findings.push({
            release: resource.name,
            chart,
            version,
            unknown: data ? unknownValues(inputs.values, data, READ_BUT_NOT_DEFAULTED[chart] ?? []) : undefined,
        });
    }
    return findings;
}
