/**
 * `npm run docs:identities`: plans prod's stacks (their plans in out/) and writes the README's
 * identity table from them.
 */
import * as fs from "fs";
import * as path from "path";
import type { PlanFile } from "../offline-plan/plan-file";
import { environmentsOf } from "../workflows/generate";
import { identityRows, identityTable, withIdentityTable } from "./table";

const REPO = path.resolve(__dirname, "..", "..");
const ENVIRONMENT = "prod";

const readPlan = (stack: string): PlanFile => {
    const file = path.join(REPO, "out", stack, "plan.json");
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run plan -- --env ${ENVIRONMENT} first`);
    return JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile;
};

const environment = environmentsOf(REPO).find((candidate) => candidate.name === ENVIRONMENT);
if (!environment) throw new Error(`no ${ENVIRONMENT} stack`);
const table = identityTable(
    identityRows(
        readPlan(environment.name),
        environment.clusters.map((cluster) => readPlan(cluster.name)),
    ),
);
const readme = path.join(REPO, "README.md");
fs.writeFileSync(readme, withIdentityTable(fs.readFileSync(readme, "utf8"), table));
console.log(`README.md: identity table written from the ${ENVIRONMENT} plans`);
