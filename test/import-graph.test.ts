import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { REPO_ROOT } from "./helpers/cli";

/** Every TypeScript file of the program, the stacks, the tools and the policy pack. */
function sources(): string[] {
    const found: string[] = [path.join(REPO_ROOT, "index.ts")];
    const walk = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const file = path.join(dir, entry.name);
            if (entry.isDirectory() && !["node_modules", "out", "bin"].includes(entry.name)) walk(file);
            else if (entry.isFile() && file.endsWith(".ts") && !file.endsWith(".d.ts")) found.push(file);
        }
    };
    for (const root of ["components", "stacks", "tools", "policy"]) walk(path.join(REPO_ROOT, root));
    return found;
}

/**
 * The relative modules a file depends on: value imports and re-exports, `require` and `import()`,
 * and with `types` its type-only imports and re-exports too (`import type`, `export type`,
 * `import("./x").T`): a type cycle is a layering that points both ways, even where nothing loads through it.
 */
export function moduleImports(file: string, text: string, options: { types: boolean }): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const specifiers: string[] = [];
    const visit = (node: ts.Node) => {
        if (ts.isImportDeclaration(node) && (options.types || !node.importClause?.isTypeOnly) && ts.isStringLiteral(node.moduleSpecifier))
            specifiers.push(node.moduleSpecifier.text);
        else if (ts.isExportDeclaration(node) && (options.types || !node.isTypeOnly) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
            specifiers.push(node.moduleSpecifier.text);
        else if (options.types && ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal))
            specifiers.push(node.argument.literal.text);
        else if (
            ts.isImportEqualsDeclaration(node) &&
            (options.types || !node.isTypeOnly) &&
            ts.isExternalModuleReference(node.moduleReference) &&
            ts.isStringLiteral(node.moduleReference.expression)
        )
            specifiers.push(node.moduleReference.expression.text);
        else if (
            ts.isCallExpression(node) &&
            (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === "require")) &&
            node.arguments[0] &&
            ts.isStringLiteral(node.arguments[0])
        )
            specifiers.push(node.arguments[0].text);
        ts.forEachChild(node, visit);
    };
    visit(source);
    return specifiers.filter((specifier) => specifier.startsWith("."));
}

/** The relative modules a file loads at run time (type-only imports left out). */
export function valueImports(file: string, text: string): string[] {
    return moduleImports(file, text, { types: false });
}

/** The cycles of a graph (its strongly connected components of more than one node), each sorted. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
    let counter = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const found: string[][] = [];
    const connect = (node: string) => {
        index.set(node, counter);
        low.set(node, counter++);
        stack.push(node);
        onStack.add(node);
        for (const next of graph.get(node) ?? []) {
            if (!index.has(next)) {
                connect(next);
                low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
            } else if (onStack.has(next)) low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
        }
        if (low.get(node) === index.get(node)) {
            const component: string[] = [];
            let member: string | undefined;
            do {
                member = stack.pop();
                if (member === undefined) break;
                onStack.delete(member);
                component.push(member);
            } while (member !== node);
            if (component.length > 1) found.push(component.sort());
        }
    };
    for (const node of graph.keys()) if (!index.has(node)) connect(node);
    return found;
}

describe("the import graph", () => {
    it("reads value imports, and type imports only when asked; finds a cycle", () => {
        const text = `import type { B } from "./b";\nimport { c } from "./c";\nexport { d } from "./d";\nconst e = require("./e");\nexport type { F } from "./f";\ntype G = import("./g").G;`;
        assert.deepEqual(valueImports("a.ts", text), ["./c", "./d", "./e"]);
        assert.deepEqual(moduleImports("a.ts", text, { types: true }), ["./b", "./c", "./d", "./e", "./f", "./g"]);
        assert.deepEqual(
            cycles(
                new Map([
                    ["a", ["b"]],
                    ["b", ["a"]],
                    ["c", ["a"]],
                ]),
            ),
            [["a", "b"]],
        );
    });

    /** The repository's import graph, every edge resolved to a file of it. */
    const graphOf = (types: boolean) => {
        const files = sources();
        const known = new Set(files);
        const resolve = (from: string, specifier: string) =>
            [`${path.resolve(path.dirname(from), specifier)}.ts`, path.join(path.resolve(path.dirname(from), specifier), "index.ts")].find((candidate) =>
                known.has(candidate),
            );
        return new Map(
            files.map((file) => [
                file,
                moduleImports(file, fs.readFileSync(file, "utf8"), { types })
                    .map((specifier) => resolve(file, specifier))
                    .filter((target): target is string => target !== undefined),
            ]),
        );
    };
    const cyclesIn = (types: boolean) => cycles(graphOf(types)).map((cycle) => cycle.map((file) => path.relative(REPO_ROOT, file)));

    it("loads no module of the repository through a cycle", () => {
        assert.deepEqual(cyclesIn(false), []);
    });

    it("has layers that point one way: no cycle through type imports either (config below the add-ons, the spec's types below both)", () => {
        assert.deepEqual(cyclesIn(true), []);
    });
});
