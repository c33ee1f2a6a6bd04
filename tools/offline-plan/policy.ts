import * as fs from "fs";
import * as path from "path";
import type {
    EnforcementLevel,
    Policy,
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { planResourceOf, toPlainValue } from "../offline-plan/plan-file";
import { compare } from "../offline-plan/order";
import type { CapturedResource } from "../offline-plan/run-program";

/** One finding: which policy, how serious, which resource, what to do. */
export interface Violation {
    policy: string;
    enforcementLevel: EnforcementLevel;
    urn?: string;
    message: string;
}

type AnyPolicy = ResourceValidationPolicy | StackValidationPolicy;
export type PolicyConfig = Record<string, Record<string, unknown> & { enforcementLevel?: EnforcementLevel }>;

class NotApplicable extends Error {}

/** The SDK's resource classes carry their type token as `__pulumiType`. */
function isTypeOf(type: string, resourceClass: unknown): boolean {
    return typeof resourceClass === "function" && (resourceClass as { __pulumiType?: string }).__pulumiType === type;
}

/** Config for one policy: the schema's defaults, overridden by the stack's policy config. */
function configFor(policy: Policy, config: PolicyConfig): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    const properties = (policy.configSchema?.properties ?? {}) as Record<string, { default?: unknown }>;
    for (const [key, schema] of Object.entries(properties)) if (schema.default !== undefined) defaults[key] = schema.default;
    const values = { ...(config[policy.name] ?? {}) };
    delete values.enforcementLevel;
    return { ...defaults, ...values };
}

function levelOf(policy: Policy, config: PolicyConfig, packLevel: EnforcementLevel): EnforcementLevel {
    const level = config[policy.name]?.enforcementLevel ?? policy.enforcementLevel ?? packLevel;
    return level === "remediate" ? "mandatory" : level;
}

/**
 * Runs a policy pack's rules against a captured plan as the engine would: resource policies see
 * each resource's inputs, stack policies see every resource with its outputs, parent, provider
 * and dependencies; `isType`, `asType`, `getConfig` and `notApplicable` behave as in
 * @pulumi/policy; disabled policies are skipped; remediations count as mandatory.
 */
export async function evaluatePolicies(
    policies: readonly AnyPolicy[],
    resources: readonly CapturedResource[],
    options: { config?: PolicyConfig; packLevel?: EnforcementLevel; stackTags?: ReadonlyMap<string, string> } = {},
): Promise<Violation[]> {
    const config = options.config ?? {};
    const packLevel = options.packLevel ?? "advisory";
    const stackTags = options.stackTags ?? new Map<string, string>();
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const plain = (value: unknown) => toPlainValue(value) as Record<string, unknown>;
    // Plain inputs as the plan file has them: converted once per resource and shared by the plan
    // and every policy (policies must not mutate props, as in the engine).
    const inputsOf = new Map(resources.map((r) => [r.urn, planResourceOf(r).inputs as Record<string, unknown>]));
    const providerOf = (resource: CapturedResource) => {
        const provider = resource.provider ? byUrn.get(resource.provider) : undefined;
        return provider ? { type: provider.type, name: provider.name, urn: provider.urn, props: inputsOf.get(provider.urn) ?? {} } : undefined;
    };
    const optionsOf = (resource: CapturedResource) => ({
        protect: false,
        ignoreChanges: resource.ignoreChanges,
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
        parent: resource.parent,
    });
    const violations: Violation[] = [];
    /** What every policy sees of a resource, with the props its kind of policy gets. */
    const viewOf = (resource: CapturedResource, props: Record<string, unknown>) => ({
        type: resource.type,
        props,
        urn: resource.urn,
        name: resource.name,
        opts: optionsOf(resource),
        provider: providerOf(resource),
        isType: (cls: unknown) => isTypeOf(resource.type, cls),
        asType: ((cls: unknown) => (isTypeOf(resource.type, cls) ? props : undefined)) as ResourceValidationArgs["asType"],
    });
    // Resource policies see inputs; built once, shared by every policy.
    const resourceViews = resources.map((resource) => viewOf(resource, inputsOf.get(resource.urn) ?? {}));

    /** What a stack policy sees: every resource with its outputs, parent and dependencies. */
    const stackResources = (): PolicyResource[] => {
        const policyResources = new Map<string, PolicyResource>();
        for (const resource of resources) {
            // Stack policies see outputs: what the (mock) cloud returned over what was asked.
            const props = { ...inputsOf.get(resource.urn), ...plain(resource.state ?? {}), ...plain(resource.outputs ?? {}) };
            policyResources.set(resource.urn, { ...viewOf(resource, props), dependencies: [], propertyDependencies: {} });
        }
        for (const resource of resources) {
            const policyResource = policyResources.get(resource.urn) as PolicyResource;
            policyResource.parent = resource.parent ? policyResources.get(resource.parent) : undefined;
            policyResource.dependencies = resource.dependsOn.map((urn) => policyResources.get(urn)).filter((r): r is PolicyResource => r !== undefined);
        }
        return [...policyResources.values()];
    };
    let stackView: PolicyResource[] | undefined;

    for (const policy of policies) {
        const level = levelOf(policy, config, packLevel);
        if (level === "disabled") continue;
        const report = (urn?: string) => (message: string, reportedUrn?: string) =>
            violations.push({ policy: policy.name, enforcementLevel: level, urn: reportedUrn ?? urn, message });
        const policyConfig = configFor(policy, config);
        const getConfig = <T extends object>() => ({ ...policyConfig }) as T;
        const notApplicable = (reason?: string): never => {
            throw new NotApplicable(reason);
        };

        if ("validateResource" in policy) {
            const validations = (Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource]).filter((v) => v !== undefined);
            for (const view of resourceViews) {
                const args: ResourceValidationArgs = {
                    type: view.type,
                    props: view.props,
                    urn: view.urn,
                    name: view.name,
                    opts: view.opts,
                    provider: view.provider,
                    stackTags,
                    isType: view.isType,
                    asType: view.asType,
                    getConfig,
                    notApplicable,
                };
                const reportViolation = report(view.urn);
                for (const validate of validations) {
                    try {
                        // Most rules are synchronous: await only what returns a promise.
                        const result = validate(args, reportViolation);
                        if (result instanceof Promise) await result;
                    } catch (error) {
                        if (!(error instanceof NotApplicable)) throw error;
                    }
                }
            }
        } else if ("validateStack" in policy) {
            stackView = stackView ?? stackResources();
            const args: StackValidationArgs = { resources: stackView, stackTags, getConfig, notApplicable };
            try {
                await policy.validateStack(args, report());
            } catch (error) {
                if (!(error instanceof NotApplicable)) throw error;
            }
        }
    }
    return violations.sort((a, b) => compare(a.urn ?? "", b.urn ?? "") || compare(a.policy, b.policy) || compare(a.message, b.message));
}

/** Loads `<pack>/rules` (never the pack's index.ts) and `<configDir>/<stack>.json` (by default the pack's `config/`). */
export function loadPolicyPack(
    packDir: string,
    stack: string,
    configDir = path.join(packDir, "config"),
): { policies: AnyPolicy[]; config: PolicyConfig; configFile?: string } {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const rules = require(path.join(packDir, "rules")) as { policies?: () => AnyPolicy[] };
    if (typeof rules.policies !== "function") throw new Error(`${packDir}/rules does not export policies()`);
    const configFile = path.join(configDir, `${stack}.json`);
    const config = fs.existsSync(configFile) ? (JSON.parse(fs.readFileSync(configFile, "utf8")) as PolicyConfig) : {};
    return { policies: rules.policies(), config, ...(fs.existsSync(configFile) ? { configFile } : {}) };
}

/** Violations grouped by resource, mandatory first, for the terminal. */
export function formatViolations(violations: readonly Violation[]): string {
    const groups = new Map<string, Violation[]>();
    for (const violation of violations) groups.set(violation.urn ?? "(stack)", [...(groups.get(violation.urn ?? "(stack)") ?? []), violation]);
    const lines: string[] = [];
    for (const [urn, items] of groups) {
        lines.push(`  ${urn}`);
        for (const item of [...items].sort((a, b) => (a.enforcementLevel === "mandatory" ? -1 : 0) - (b.enforcementLevel === "mandatory" ? -1 : 0))) {
            lines.push(`    [${item.enforcementLevel}] ${item.policy}: ${item.message}`);
        }
    }
    return lines.join("\n");
}
