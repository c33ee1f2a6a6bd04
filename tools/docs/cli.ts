import * as fs from "fs";
import * as path from "path";
import { ADDONS } from "../../components/addons";
import { markdownTable, withSection } from "./readme";
import { generatedSections } from "./sections";

/** `npm run docs:tables`: writes the README's generated sections from the code (Prettier pads them after). */
const readmePath = path.join(__dirname, "..", "..", "README.md");
let readme = fs.readFileSync(readmePath, "utf8");
for (const [name, table] of Object.entries(generatedSections(ADDONS))) readme = withSection(readme, name, markdownTable(table));
fs.writeFileSync(readmePath, readme);
console.log(`README.md: ${Object.keys(generatedSections(ADDONS)).join(", ")} written from the code`);
