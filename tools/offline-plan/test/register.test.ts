import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const REGISTER = path.resolve(__dirname, "..", "register.cjs");

/** Runs a TypeScript entry point under the library's hooks, as the plan does. */
function run(entry: string): string {
    const result = spawnSync(process.execPath, ["--require", REGISTER, entry], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout;
}

describe("TypeScript through Node's module hooks (register.cjs)", () => {
    it("resolves extensionless and folder requires to .ts files, and runs an edited file anew", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "register-"));
        fs.mkdirSync(path.join(dir, "lib"));
        fs.writeFileSync(path.join(dir, "lib", "index.ts"), "export const greeting: string = 'hello';\n");
        fs.writeFileSync(path.join(dir, "shout.ts"), "export const shout = (text: string): string => text.toUpperCase();\n");
        const main = path.join(dir, "main.ts");
        fs.writeFileSync(main, "import { greeting } from './lib';\nimport { shout } from './shout';\nconsole.log(shout(greeting));\n");
        assert.equal(run(main), "HELLO\n");
        assert.equal(run(main), "HELLO\n", "a second run (from the transpile cache) gives the same");
        // Same length, different source: never the stale transpilation.
        fs.writeFileSync(path.join(dir, "lib", "index.ts"), "export const greeting: string = 'howdy';\n");
        assert.equal(run(main), "HOWDY\n");
    });

    it("keeps classes' field semantics as tsconfig's es2022 target defines them", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "register-"));
        const main = path.join(dir, "main.ts");
        fs.writeFileSync(main, "class A { x?: number; constructor() {} }\nconsole.log(Object.keys(new A()).join(','));\n");
        assert.equal(run(main), "x\n", "a declared field is defined ([[Define]]), as tsc emits for es2022");
    });
});
