import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cliEntryPoint } from "../entry-point";
import { loadStackConfig } from "../stack-config";

/** A throwaway tree: a repository root with a package.json and a sub-project under it. */
function repository(files: Record<string, string>): string {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "entry-point-")));
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
    return root;
}

const ROOT_PACKAGE = JSON.stringify({ name: "platform", main: "index.ts" });
const SUB_PROJECT = "name: cluster\nruntime: nodejs\n";

describe("entry points, as the Pulumi CLI and the Node.js language host resolve them", () => {
    it("runs the root package's main for a sub-project with no main of its own (what the CLI does)", () => {
        const root = repository({ "package.json": ROOT_PACKAGE, "index.ts": "", "stacks/cluster/Pulumi.yaml": SUB_PROJECT, "stacks/cluster/index.ts": "" });
        assert.deepEqual(cliEntryPoint(path.join(root, "stacks/cluster"), undefined), {
            file: path.join(root, "index.ts"),
            via: `main of ${path.join(root, "package.json")}`,
        });
    });

    it("refuses to plan that sub-project, naming the program the CLI would run and the fix", () => {
        const root = repository({
            "package.json": ROOT_PACKAGE,
            "index.ts": "",
            "stacks/cluster/Pulumi.yaml": SUB_PROJECT,
            "stacks/cluster/Pulumi.dev.yaml": "config: {}\n",
            "stacks/cluster/index.ts": "",
        });
        assert.throws(() => loadStackConfig(path.join(root, "stacks/cluster"), "dev"), {
            name: "PlanInputError",
            message: `${path.join(root, "stacks/cluster/Pulumi.yaml")} has no \`main\`, so the Pulumi CLI would run ${path.join(root, "index.ts")} (main of ${path.join(root, "package.json")}), another project's program; set \`main: index.ts\` (or the project's own entry file) in it`,
        });
    });

    it("runs the sub-project's own file once its Pulumi.yaml names it", () => {
        const root = repository({
            "package.json": ROOT_PACKAGE,
            "index.ts": "",
            "stacks/cluster/Pulumi.yaml": `${SUB_PROJECT}main: index.ts\n`,
            "stacks/cluster/Pulumi.dev.yaml": "config: {}\n",
            "stacks/cluster/index.ts": "",
        });
        assert.equal(loadStackConfig(path.join(root, "stacks/cluster"), "dev").main, path.join(root, "stacks/cluster/index.ts"));
    });

    it("prefers the package's exports to its main, and a folder main resolves from that folder", () => {
        const root = repository({
            "package.json": JSON.stringify({ main: "index.ts", exports: { ".": { require: "./lib/run.ts" } } }),
            "lib/run.ts": "",
            "app/index.ts": "",
        });
        assert.equal(cliEntryPoint(root, undefined).file, path.join(root, "lib/run.ts"));
        assert.equal(
            cliEntryPoint(root, "app").file,
            path.join(root, "lib/run.ts"),
            "a folder main is the program directory, still resolved through the package",
        );
    });

    it("falls back to the program directory's index when the package names a file that does not exist, as run.js does", () => {
        const root = repository({ "package.json": JSON.stringify({ main: "dist/index.js" }), "index.ts": "" });
        assert.equal(cliEntryPoint(root, undefined).file, path.join(root, "index.ts"));
    });

    it("refuses a main outside the project or absolute, with the CLI's words", () => {
        const root = repository({ "project/Pulumi.yaml": SUB_PROJECT, "index.ts": "" });
        assert.throws(() => cliEntryPoint(path.join(root, "project"), "../index.ts"), {
            message: "project 'main' must be a subfolder (Pulumi.yaml main: ../index.ts)",
        });
        assert.throws(() => cliEntryPoint(path.join(root, "project"), "/index.ts"), {
            message: "project 'main' must be a relative path (Pulumi.yaml main: /index.ts)",
        });
    });

    it("every project of this repository runs its own program", () => {
        const repo = path.resolve(__dirname, "../../..");
        for (const project of [".", "stacks/cluster", "stacks/dr-drill"]) {
            const dir = path.join(repo, project);
            const main = /^main: (.+)$/m.exec(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8"))?.[1];
            assert.equal(cliEntryPoint(dir, main).file, path.join(dir, "index.ts"), project);
        }
    });
});
