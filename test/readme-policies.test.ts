import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { policies } from "../policy/rules";
import { REPO_ROOT } from "./helpers/cli";

/** The README's table of rules ("Policies (CrossGuard)"): its rows, as written. */
function documentedRules(): string {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const start = readme.indexOf("## Policies (CrossGuard)");
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    return section
        .split("\n")
        .filter((line) => line.startsWith("| ") && !line.startsWith("| area") && !line.startsWith("| ---"))
        .join("\n");
}

describe("the README's policy table", () => {
    it("names every rule the pack runs: a new rule is documented where reviewers look", () => {
        const table = documentedRules();
        const undocumented = policies()
            .map((policy) => policy.name)
            .filter((name) => !table.includes(`\`${name}\``));
        assert.deepEqual(undocumented, [], "add each to its area's row in README.md (## Policies (CrossGuard))");
    });
});
