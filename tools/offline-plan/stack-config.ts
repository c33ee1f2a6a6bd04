import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import type { EntryPoint } from "./entry-point";
import { cliEntryPoint } from "./entry-point";

/** A config value the CLI would have to decrypt; offline it is a secret with a placeholder value. */
export const SECRET_PLACEHOLDER = "offline-plan-placeholder-for-a-secure-value";

/** A problem the user must fix before a plan can run (unknown stack, malformed YAML ...). */
export class PlanInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PlanInputError";
    }
}

export interface StackConfig {
    project: string;
    /** The Pulumi project directory the stack belongs to. */
    projectDir: string;
    /** The program's entry point, absolute. */
    main: string;
    /** Full keys (`project:key`, `aws:region`) to string values, as the CLI passes them. */
    values: Record<string, string>;
    /** Keys whose values were `secure:` and so are secrets. */
    secretKeys: string[];
}

/** Stacks that have a `Pulumi.<stack>.yaml` in the project directory. */
export function knownStacks(projectDir: string): string[] {
    return fs
        .readdirSync(projectDir)
        .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
        .filter((stack): stack is string => stack !== undefined)
        .sort();
}

/** Projects in the child folders of `subProjectsDir` (`<dir>/<name>/Pulumi.yaml`), e.g. a DR drill's. */
export function subProjects(projectDir: string, subProjectsDir: string | undefined): string[] {
    if (!subProjectsDir) return [];
    const root = path.resolve(projectDir, subProjectsDir);
    if (!fs.existsSync(root)) return [];
    return fs
        .readdirSync(root)
        .map((entry) => path.join(root, entry))
        .filter((dir) => fs.existsSync(path.join(dir, "Pulumi.yaml")))
        .sort();
}

/** Every stack of the project and its sub-projects, by name. */
export function allStacks(projectDir: string, subProjectsDir?: string): string[] {
    return [...knownStacks(projectDir), ...subProjects(projectDir, subProjectsDir).flatMap(knownStacks)].sort();
}

/** The directory of the project that owns `stack`: the main project, or one of its sub-projects. */
export function projectOfStack(projectDir: string, stack: string, subProjectsDir?: string): string {
    const candidates = [projectDir, ...subProjects(projectDir, subProjectsDir)].filter((dir) => fs.existsSync(path.join(dir, `Pulumi.${stack}.yaml`)));
    if (candidates.length > 1) throw new PlanInputError(`stack "${stack}" is defined by several projects (${candidates.join(", ")}); rename one`);
    return candidates[0] ?? projectDir;
}

/**
 * Loads `Pulumi.yaml` and `Pulumi.<stack>.yaml` the way the CLI merges them: project-level
 * `config:` defaults first, stack values on top; keys without a namespace belong to the project;
 * `secure:` values become secrets with a placeholder, since there is no key to decrypt them.
 */
export function loadStackConfig(rootDir: string, stack: string, subProjectsDir?: string): StackConfig {
    const projectDir = projectOfStack(rootDir, stack, subProjectsDir);
    const projectFile = path.join(projectDir, "Pulumi.yaml");
    if (!fs.existsSync(projectFile)) throw new PlanInputError(`no Pulumi.yaml in ${projectDir}: run the plan from a Pulumi project directory`);
    const project = asRecord(readYaml(projectFile), "Pulumi.yaml");
    if (typeof project.name !== "string") throw new PlanInputError("Pulumi.yaml: `name` is required");
    const projectName = project.name;

    const stackFile = path.join(projectDir, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        const known = allStacks(rootDir, subProjectsDir);
        throw new PlanInputError(`unknown stack "${stack}": there is no Pulumi.${stack}.yaml (known stacks: ${known.join(", ") || "none"})`);
    }
    const stackDoc = asRecord(readYaml(stackFile) ?? {}, `Pulumi.${stack}.yaml`);

    const values: Record<string, string> = {};
    const secretKeys = new Set<string>();
    const put = (rawKey: string, value: unknown, source: string) => {
        const key = rawKey.includes(":") ? rawKey : `${projectName}:${rawKey}`;
        if (isRecord(value) && Object.keys(value).length === 1 && typeof value.secure === "string") {
            values[key] = SECRET_PLACEHOLDER;
            secretKeys.add(key);
            return;
        }
        if (value === null || value === undefined) throw new PlanInputError(`${source}: config key ${key} has no value`);
        // A `secure:` value nested in structured config makes the whole key secret, as in the CLI.
        const { plain, hasSecret } = replaceNestedSecrets(value);
        values[key] = typeof plain === "string" ? plain : JSON.stringify(plain);
        if (hasSecret) secretKeys.add(key);
        else secretKeys.delete(key);
    };

    const projectConfig = project.config === undefined ? {} : asRecord(project.config, "Pulumi.yaml: config");
    for (const [key, declaration] of Object.entries(projectConfig)) {
        // Project config is `key: value`, `key: {type, description, default}` for the project's own
        // keys, or `key: {value}` for other namespaces (aws:region, pulumi:...).
        if (isRecord(declaration) && "value" in declaration) {
            put(key, declaration.value, "Pulumi.yaml");
        } else if (isRecord(declaration) && ("default" in declaration || "type" in declaration)) {
            if ("default" in declaration) put(key, declaration.default, "Pulumi.yaml");
        } else {
            put(key, declaration, "Pulumi.yaml");
        }
    }
    const stackConfig = stackDoc.config === undefined ? {} : asRecord(stackDoc.config, `Pulumi.${stack}.yaml: config`);
    for (const [key, value] of Object.entries(stackConfig)) put(key, value, `Pulumi.${stack}.yaml`);

    const main = programOf(projectDir, typeof project.main === "string" ? project.main : undefined);
    return { project: projectName, projectDir, main, values, secretKeys: [...secretKeys].sort() };
}

/**
 * The file a real `pulumi up` runs for the project (see entry-point.ts). A program outside the
 * project's own folder is refused: it is what the CLI runs when a sub-project has no `main` and
 * a package.json above it names another program, never what was meant.
 */
function programOf(projectDir: string, main: string | undefined): string {
    let entry: EntryPoint;
    try {
        entry = cliEntryPoint(projectDir, main);
    } catch (error) {
        throw new PlanInputError(`${path.join(projectDir, "Pulumi.yaml")}: ${(error as Error).message}`);
    }
    const inside = entry.file.startsWith(projectDir + path.sep);
    if (!inside)
        throw new PlanInputError(
            `${path.join(projectDir, "Pulumi.yaml")} ${main === undefined ? "has no `main`" : `says \`main: ${main}\``}, so the Pulumi CLI would run ${entry.file} (${entry.via}), another project's program; set \`main: index.ts\` (or the project's own entry file) in it`,
        );
    if (!fs.existsSync(entry.file))
        throw new PlanInputError(`${path.join(projectDir, "Pulumi.yaml")}: the program ${entry.file} (${entry.via}) does not exist`);
    return entry.file;
}

function replaceNestedSecrets(value: unknown): { plain: unknown; hasSecret: boolean } {
    if (Array.isArray(value)) {
        const items = value.map(replaceNestedSecrets);
        return { plain: items.map((item) => item.plain), hasSecret: items.some((item) => item.hasSecret) };
    }
    if (!isRecord(value)) return { plain: value, hasSecret: false };
    if (Object.keys(value).length === 1 && typeof value.secure === "string") return { plain: SECRET_PLACEHOLDER, hasSecret: true };
    const entries = Object.entries(value).map(([k, v]) => [k, replaceNestedSecrets(v)] as const);
    return { plain: Object.fromEntries(entries.map(([k, v]) => [k, v.plain])), hasSecret: entries.some(([, v]) => v.hasSecret) };
}

function readYaml(file: string): unknown {
    try {
        return parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new PlanInputError(`${path.basename(file)} is not valid YAML: ${(error as Error).message}`);
    }
}

function asRecord(value: unknown, where: string): Record<string, unknown> {
    if (!isRecord(value)) throw new PlanInputError(`${where} must be a mapping`);
    return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
