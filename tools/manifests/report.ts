import * as path from "path";
import type { PlanFile } from "../offline-plan/plan-file";
import { PlanInputError } from "../offline-plan/stack-config";
import type { Manifest } from "./manifests";
import { manifestPath, manifestsOf } from "./manifests";
import type { CrdSchemas } from "./validate";
import { crdSchemasOf, ManifestValidator, readCrdSchemas } from "./validate";
import type { ManifestOutcome } from "./writer";
import { writeManifests } from "./writer";

/** An object that fails its schema: which one, where, and the schema's complaint. */
export class ManifestValidationError extends PlanInputError {}

export interface ManifestReportOptions {
    /** Objects are grouped into folders by their nearest ancestor of this component type. */
    groupType: string;
    /** CustomResourceDefinitions to validate custom resources against (optional). */
    crdDir?: string;
    /** Objects the plan's resources stand for beyond their own (a Helm release's rendered objects), written and validated alike. @default none */
    extra?: readonly Manifest[];
    /** Where validation outcomes are kept between runs (content-addressed). @default none */
    cacheDir?: string;
}

/**
 * CRDs read once per directory for the life of the process: an environment's stacks (planned
 * one after another in one process) all read the same directory.
 */
const crdDirs = new Map<string, CrdSchemas>();
function crdsOf(crdDir: string | undefined): CrdSchemas {
    const key = crdDir ?? "";
    let crds = crdDirs.get(key);
    if (!crds) crdDirs.set(key, (crds = readCrdSchemas(crdDir)));
    return crds;
}

/**
 * Writes every Kubernetes object of a finished plan to
 * `manifests/<cluster>/<kind>-<namespace>-<name>.yaml` and validates it against its schema;
 * fails naming each invalid object.
 */
export async function report(plan: PlanFile, stackDir: string, options: ManifestReportOptions): Promise<{ files: string[]; outcome?: ManifestOutcome }> {
    const manifests = [...manifestsOf(plan, options.groupType), ...(options.extra ?? [])];
    if (manifests.length === 0) return { files: [] };
    const owners = collisions(manifests);
    if (owners.length > 0)
        throw new ManifestValidationError(
            `${owners.length} Kubernetes object(s) declared twice (the second apply fails: "already exists", or Helm's "invalid ownership metadata"):\n${owners.join("\n")}`,
        );
    const root = path.join(stackDir, "manifests");
    // Custom resources are checked against the CRDs the plan itself installs (a chart's), first.
    const validator = new ManifestValidator(
        crdsOf(options.crdDir),
        crdSchemasOf(manifests.map((manifest) => manifest.object)),
        options.cacheDir && path.join(options.cacheDir, "validations"),
    );
    const outcome = await writeManifests(root, manifests, validator);
    if (outcome.invalid.length > 0)
        throw new ManifestValidationError(`${outcome.invalid.length} Kubernetes object(s) fail their schema:\n${outcome.invalid.join("\n")}`);
    return { files: [root], outcome };
}

/** Objects two owners declare (the same cluster, kind, namespace and name); a server-side-apply patch is not an owner. */
function collisions(manifests: readonly Manifest[]): string[] {
    const owners = new Map<string, string[]>();
    for (const manifest of manifests) {
        if (/Patch::/.test(manifest.urn.slice(manifest.urn.lastIndexOf("$")))) continue;
        const key = `${manifestPath(manifest)} (${manifest.apiVersion.split("/").slice(0, -1).join("/") || "core"})`;
        owners.set(key, [...(owners.get(key) ?? []), manifest.urn]);
    }
    return [...owners.entries()].filter(([, urns]) => urns.length > 1).map(([key, urns]) => `  - ${key}: ${urns.join(", ")}`);
}
