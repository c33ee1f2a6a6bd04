import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ADDONS } from "../components/addons";
import { generatedSection, markdownTable, tablesOf, withSection } from "../tools/docs/readme";
import { generatedSections } from "../tools/docs/sections";
import { REPO_ROOT } from "./helpers/cli";

describe("the README's generated sections", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

    for (const [name, table] of Object.entries(generatedSections(ADDONS))) {
        it(`${name} is what the code pins, cell for cell`, () => {
            assert.deepEqual(tablesOf(generatedSection(readme, name)), [table], `README.md's ${name} differs from the code: run npm run docs`);
        });
    }

    it("replaces only what lies between a section's markers, and reads back the cells it wrote", () => {
        const before = "# Doc\n\nintro\n\n<!-- generated: t (npm run docs) -->\n\nstale\n\n<!-- end generated: t -->\n\nafter\n";
        const table = [
            ["chart", "source"],
            ["a/b", "its README | tested"],
        ];
        const after = withSection(before, "t", markdownTable(table));
        assert.equal(
            after,
            "# Doc\n\nintro\n\n<!-- generated: t (npm run docs) -->\n\n| chart | source |\n| --- | --- |\n| a/b | its README \\| tested |\n\n<!-- end generated: t -->\n\nafter\n",
        );
        assert.deepEqual(tablesOf(generatedSection(after, "t")), [table]);
    });

    it("refuses a README without a section's markers, naming them", () => {
        assert.throws(() => generatedSection("# Doc\n", "t"), {
            message:
                'README.md has no generated section "t": put <!-- generated: t (npm run docs) --> and <!-- end generated: t --> where it belongs, then run npm run docs',
        });
    });
});
