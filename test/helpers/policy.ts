import type { PolicyConfig } from "../../tools/offline-plan/policy";
import { evaluatePolicies } from "../../tools/offline-plan/policy";
import type { CapturedResource } from "../../tools/offline-plan/run-program";

/** What a test may set of a captured resource besides its type, name and inputs. */
export type Extra = Partial<Pick<CapturedResource, "parent" | "provider" | "dependsOn" | "state" | "ignoreChanges">>;

/** A resource as the program capture records it, for feeding policies directly. */
export function res(type: string, name: string, inputs: Record<string, unknown>, extra: Extra = {}): CapturedResource {
    return {
        urn: `urn:pulumi:test::p::${type}::${name}`,
        type,
        name,
        parent: extra.parent,
        provider: extra.provider,
        dependsOn: extra.dependsOn ?? [],
        custom: true,
        remote: false,
        inputs,
        state: extra.state,
        ignoreChanges: extra.ignoreChanges ?? [],
    };
}

/** The messages one policy reports for these resources (sorted by resource, policy and message, as the evaluator reports them). */
export async function messages(
    policy: Parameters<typeof evaluatePolicies>[0][number],
    resources: CapturedResource[],
    config: PolicyConfig = {},
): Promise<string[]> {
    return (await evaluatePolicies([policy], resources, { config })).map((v) => v.message);
}
