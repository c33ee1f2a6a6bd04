/**
 * The README's config reference is generated (`npm run docs`) from rows declared beside what they
 * document: the platform's keys in components/topology/config-reference.ts, each add-on's settings
 * in its own file. A test walks the config schema and every add-on's, and refuses a key that no
 * row documents or a row that documents no key.
 */

/** One row of the config reference, as the README's table shows it (Markdown in every cell). */
export interface ConfigReferenceRow {
    /** The key, `payments-platform:` left out: `clusters[i].name`, `addons.istio.meshId`; `<name>` for a map's key, `[i]` for a list's item, `/` between keys that share a row. */
    readonly key: string;
    /** What it takes. */
    readonly values: string;
    /** Its default: a value from the code (`inCode`), `required`, `none`, or how it is derived. */
    readonly default: string;
    /** What it does, and what is refused. */
    readonly meaning: string;
}

/** A default as the table writes it: the value the code declares, in backticks. */
export function inCode(value: unknown): string {
    return `\`${String(value)}\``;
}
