/**
 * The README's generated sections: each lies between `<!-- generated: <name> (npm run docs) -->`
 * and `<!-- end generated: <name> -->`, written by `npm run docs` from the code and checked by a
 * test, so the README cannot drift from what the code pins.
 */

/** A table as cells: its header row first. */
export type Table = string[][];

const start = (name: string) => `<!-- generated: ${name} (npm run docs) -->`;
const end = (name: string) => `<!-- end generated: ${name} -->`;

function bounds(readme: string, name: string): { from: number; to: number } {
    const open = readme.indexOf(start(name));
    const close = readme.indexOf(end(name));
    if (open < 0 || close < open)
        throw new Error(`README.md has no generated section "${name}": put ${start(name)} and ${end(name)} where it belongs, then run npm run docs`);
    return { from: open + start(name).length, to: close };
}

/** The text of a generated section, as the README has it. */
export function generatedSection(readme: string, name: string): string {
    const { from, to } = bounds(readme, name);
    return readme.slice(from, to);
}

/** The README with a generated section's text replaced, everything else untouched. */
export function withSection(readme: string, name: string, text: string): string {
    const { from, to } = bounds(readme, name);
    return `${readme.slice(0, from)}\n\n${text.trim()}\n\n${readme.slice(to)}`;
}

/** A Markdown table (Prettier pads it when the README is formatted); a `|` in a cell is escaped. */
export function markdownTable(table: Table): string {
    const row = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, "\\|")).join(" | ")} |`;
    const [header, ...rows] = table;
    return [row(header), row(header.map(() => "---")), ...rows.map(row)].join("\n");
}

/** The tables of a section, as cells (separator rows left out), whatever their padding. */
export function tablesOf(section: string): Table[] {
    const tables: Table[] = [];
    let current: Table | undefined;
    for (const line of section.split("\n")) {
        if (!line.startsWith("|")) {
            current = undefined;
            continue;
        }
        if (/^\|[\s:|-]+\|$/.test(line)) continue;
        if (!current) tables.push((current = []));
        current.push(
            line
                .split(/(?<!\\)\|/)
                .slice(1, -1)
                .map((cell) => cell.trim().replace(/\\\|/g, "|")),
        );
    }
    return tables;
}
