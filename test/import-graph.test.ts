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

/** The relative modules a file loads at run time: value imports and re-exports, `require` and `import()`; type-only ones left out. */
export function valueImports(file: string, text: string): string[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const specifiers: string[] = [];
    const visit = (node: ts.Node) => {
        if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly && ts.isStringLiteral(node.moduleSpecifier))
            specifiers.push(node.moduleSpecifier.text);
        else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
            specifiers.push(node.moduleSpecifier.text);
        else if (
            ts.isImportEqualsDeclaration(node) &&
            !node.isTypeOnly &&
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
    it("finds a cycle through value imports, and none through type-only ones", () => {
        assert.deepEqual(
            valueImports(
                "a.ts",
                `import type { B } from "./b";\nimport { c } from "./c";\nexport { d } from "./d";\nconst e = require("./e");\nexport type { F } from "./f";`,
            ),
            ["./c", "./d", "./e"],
        );
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

    it("loads no module of the repository through a cycle (type-only imports aside)", () => {
        const files = sources();
        const known = new Set(files);
        const resolve = (from: string, specifier: string) =>
            [`${path.resolve(path.dirname(from), specifier)}.ts`, path.join(path.resolve(path.dirname(from), specifier), "index.ts")].find((candidate) =>
                known.has(candidate),
            );
        const graph = new Map(
            files.map((file) => [
                file,
                valueImports(file, fs.readFileSync(file, "utf8"))
                    .map((specifier) => resolve(file, specifier))
                    .filter((target): target is string => target !== undefined),
            ]),
        );
        assert.deepEqual(
            cycles(graph).map((cycle) => cycle.map((file) => path.relative(REPO_ROOT, file))),
            [],
        );
    });
});
