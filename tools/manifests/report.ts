import * as path from "path";
import type { PlanFile } from "../offline-plan/plan-file";
import { PlanInputError } from "../offline-plan/stack-config";
import { manifestsOf } from "./manifests";
import { ManifestValidator, readCrdSchemas } from "./validate";
import { ManifestOutcome, writeManifests } from "./writer";

/** An object that fails its schema: which one, where, and the schema's complaint. */
export class ManifestValidationError extends PlanInputError {}

export interface ManifestReportOptions {
    /** Objects are grouped into folders by their nearest ancestor of this component type. */
    groupType: string;
    /** CustomResourceDefinitions to validate custom resources against (optional). */
    crdDir?: string;
}

/**
 * One validator per CRD directory for the life of the process: reading the CRDs and compiling
 * their schemas is most of a cluster's validation, and an environment's stacks (planned one
 * after another in one process) all read the same directory.
 */
const validators = new Map<string, ManifestValidator>();
function validatorFor(crdDir: string | undefined): ManifestValidator {
    const key = crdDir ?? "";
    let validator = validators.get(key);
    if (!validator) validators.set(key, (validator = new ManifestValidator(readCrdSchemas(crdDir))));
    return validator;
}

/**
 * Writes every Kubernetes object of a finished plan to
 * `manifests/<cluster>/<kind>-<namespace>-<name>.yaml` and validates it against its schema;
 * fails naming each invalid object.
 */
export async function report(plan: PlanFile, stackDir: string, options: ManifestReportOptions): Promise<{ files: string[]; outcome?: ManifestOutcome }> {
    const manifests = manifestsOf(plan, options.groupType);
    if (manifests.length === 0) return { files: [] };
    const root = path.join(stackDir, "manifests");
    const outcome = await writeManifests(root, manifests, validatorFor(options.crdDir));
    if (outcome.invalid.length > 0)
        throw new ManifestValidationError(`${outcome.invalid.length} Kubernetes object(s) fail their schema:\n${outcome.invalid.join("\n")}`);
    return { files: [root], outcome };
}
