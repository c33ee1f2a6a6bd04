import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DirectorySync, listFiles, writeIfChangedSync } from "../files";

const scratch = () => fs.mkdtempSync(path.join(os.tmpdir(), "files-"));
const OLD = new Date("2020-01-01T00:00:00Z");

describe("plan output files", () => {
    it("writes a file only when its content changes, keeping the old one's modification time", () => {
        const file = path.join(scratch(), "plan.json");
        assert.equal(writeIfChangedSync(file, "{}\n"), true);
        fs.utimesSync(file, OLD, OLD);
        assert.equal(writeIfChangedSync(file, "{}\n"), false);
        assert.equal(fs.statSync(file).mtime.getTime(), OLD.getTime());
        assert.equal(writeIfChangedSync(file, "{ }\n"), true);
        assert.equal(fs.readFileSync(file, "utf8"), "{ }\n");
    });

    it("makes a folder hold exactly the wanted files: unchanged kept, changed rewritten, stale deleted", async () => {
        const dir = scratch();
        fs.mkdirSync(path.join(dir, "gone"));
        for (const [name, content] of [
            ["same.yaml", "a"],
            ["changed.yaml", "b"],
            ["stale.yaml", "c"],
            ["gone/d.yaml", "d"],
        ]) {
            fs.writeFileSync(path.join(dir, name), content);
            fs.utimesSync(path.join(dir, name), OLD, OLD);
        }
        const sync = new DirectorySync(dir);
        sync.add("same.yaml", "a");
        sync.add("changed.yaml", "B");
        sync.add(path.join("new", "e.yaml"), "e");
        await sync.finish();
        assert.deepEqual(listFiles(dir).sort(), ["changed.yaml", path.join("new", "e.yaml"), "same.yaml"]);
        assert.equal(fs.statSync(path.join(dir, "same.yaml")).mtime.getTime(), OLD.getTime());
        assert.equal(fs.readFileSync(path.join(dir, "changed.yaml"), "utf8"), "B");
        assert.equal(fs.readFileSync(path.join(dir, "new", "e.yaml"), "utf8"), "e");
        assert.equal(fs.existsSync(path.join(dir, "gone")), false);
    });

    it("creates the folder when it does not exist yet", async () => {
        const dir = path.join(scratch(), "manifests");
        const sync = new DirectorySync(dir);
        sync.add(path.join("c1", "x.yaml"), "x");
        await sync.finish();
        assert.deepEqual(listFiles(dir), [path.join("c1", "x.yaml")]);
    });
});
