import { z } from "zod";
import type { ConfigReferenceRow } from "../../components/config/reference";

/** The part of a JSON Schema the walk reads. */
interface JsonSchema {
    properties?: Record<string, JsonSchema>;
    items?: JsonSchema;
    additionalProperties?: JsonSchema | boolean;
    anyOf?: JsonSchema[];
    oneOf?: JsonSchema[];
    allOf?: JsonSchema[];
}

function leaves(schema: JsonSchema, at: string, found: Set<string>): void {
    const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
    for (const branch of branches) leaves(branch, at, found);
    for (const [key, value] of Object.entries(schema.properties ?? {})) leaves(value, at ? `${at}.${key}` : key, found);
    if (schema.items) leaves(schema.items, `${at}[]`, found);
    if (typeof schema.additionalProperties === "object") leaves(schema.additionalProperties, `${at}.*`, found);
    const inner = branches.length > 0 || schema.properties || schema.items || typeof schema.additionalProperties === "object";
    if (!inner && at) found.add(at);
}

/** Every key a schema accepts, under `prefix`: `*` for a map's key, `[]` for a list's item (from its JSON Schema, zod's public conversion). */
export function schemaKeys(schema: z.ZodType, prefix = ""): string[] {
    const found = new Set<string>();
    leaves(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema, prefix, found);
    return [...found];
}

/** The keys a row documents, written as the schema keys are: `clusters[i].name` → `clusters[].name`, `deploy.transitGateways.<region>` → `deploy.transitGateways.*`. */
export function documentedKeys(cell: string): string[] {
    const written = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    const normal = (key: string) =>
        key
            .replace(/^….<md>/, "clusterClasses.<class>.machineDeploymentClasses.<md>")
            .replace(/"[^"]*<[^"]*"|<[^>]+>/g, "*")
            .replace(/\[[a-z]\]/g, "[]");
    const first = normal(written[0] ?? "");
    const parent = first.slice(0, first.lastIndexOf("."));
    // `a.b.c` / `d` and `a.b.c` / `.d` are siblings of the first; a key with a dot of its own is whole.
    return [
        first,
        ...written.slice(1).map((key) => (key.startsWith(".") ? `${parent}${normal(key)}` : key.includes(".") ? normal(key) : `${parent}.${normal(key)}`)),
    ];
}

const within = (key: string, ancestor: string) => key === ancestor || key.startsWith(`${ancestor}.`) || key.startsWith(`${ancestor}[`);

/** Which schema keys no row documents (itself or an enclosing object), and which documented keys no schema has. */
export function referenceCoverage(keys: readonly string[], rows: readonly ConfigReferenceRow[]): { undocumented: string[]; unknown: string[] } {
    const documented = rows.flatMap((row) => documentedKeys(row.key));
    return {
        undocumented: keys.filter((key) => !documented.some((doc) => within(key, doc))),
        unknown: documented.filter((doc) => !keys.some((key) => within(key, doc))),
    };
}
