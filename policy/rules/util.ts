import { isPermissionsBoundaryName } from "../../components/cluster/iam";
import type { EnforcementLevel, PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";

/** Props as policies see them: plain JSON-like values. */
export type Props = Record<string, unknown>;
export type Level = EnforcementLevel;

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});

/** Kubernetes kinds whose pod template policies inspect, and where the pod spec is. */
const WORKLOAD_POD_SPECS: Record<string, (props: Props) => unknown> = {
    "kubernetes:apps/v1:Deployment": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:apps/v1:StatefulSet": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:apps/v1:DaemonSet": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:batch/v1:Job": (p) => asRecord(asRecord(asRecord(p.spec).template).spec),
    "kubernetes:core/v1:Pod": (p) => asRecord(p.spec),
};

/** The pod spec of a workload resource, or undefined for anything else. */
export function podSpecOf(type: string, props: Props): Record<string, unknown> | undefined {
    const extract = WORKLOAD_POD_SPECS[type];
    return extract ? asRecord(extract(props)) : undefined;
}

export function containersOf(podSpec: Record<string, unknown>): Array<Record<string, unknown>> {
    return [...asArray(podSpec.initContainers), ...asArray(podSpec.containers)].map(asRecord);
}

/** `name (type)` for messages. */
export const describe = (args: Pick<ResourceValidationArgs, "name" | "type">) => `${args.name} (${args.type})`;

/** The nearest ancestor (or the resource itself) of a type, through `parent`. */
export function ancestorOfType(resource: PolicyResource, type: string): PolicyResource | undefined {
    let cursor: PolicyResource | undefined = resource;
    while (cursor && cursor.type !== type) cursor = cursor.parent;
    return cursor;
}

export type StackArgs = StackValidationArgs;

const BY_TYPE = new WeakMap<readonly PolicyResource[], Map<string, PolicyResource[]>>();

/**
 * The stack's resources of one type, in stack order. Stack policies look resources up by type
 * for every bucket, namespace or cluster; scanning the whole stack each time made them
 * quadratic (0.8 s of policy time at 24 clusters). The index is built once per stack and shared.
 */
export function resourcesOfType(args: Pick<StackValidationArgs, "resources">, type: string): PolicyResource[] {
    let index = BY_TYPE.get(args.resources);
    if (!index) {
        index = new Map();
        for (const resource of args.resources) {
            const list = index.get(resource.type);
            if (list) list.push(resource);
            else index.set(resource.type, [resource]);
        }
        BY_TYPE.set(args.resources, index);
    }
    return index.get(type) ?? [];
}

/** Every resource `resource` waits for, directly or through what it waits for. */
export function waitsFor(resource: PolicyResource): PolicyResource[] {
    const seen = new Set<string>();
    const all: PolicyResource[] = [];
    const visit = (current: PolicyResource) => {
        for (const dependency of current.dependencies) {
            if (seen.has(dependency.urn)) continue;
            seen.add(dependency.urn);
            all.push(dependency);
            visit(dependency);
        }
    };
    visit(resource);
    return all;
}

/** The component whose subtree is one cluster. */
export const CLUSTER_COMPONENT = "payments:platform:Cluster";
/** The environment stack's component. */
export const ENVIRONMENT_COMPONENT = "payments:platform:Environment";
export const STACK_REFERENCE = "pulumi:pulumi:StackReference";

/** A DNS name as Route 53 compares it: case-insensitive, with or without the trailing dot. */
export const dnsName = (name: unknown) =>
    String(name ?? "")
        .toLowerCase()
        .replace(/\.$/, "");

/**
 * The inline and managed IAM policies a stack makes that grant something. A managed policy used
 * only as roles' permissions boundary grants nothing (a boundary caps what a role's own policies
 * allow), so it is not one of them.
 */
export function iamPolicies(args: Pick<StackValidationArgs, "resources">): PolicyResource[] {
    // A role depends on a managed policy only through its permissionsBoundary (grants are attached
    // by RolePolicyAttachments, which depend on the policy), known even while ARNs are not.
    const boundaries = new Set(resourcesOfType(args, "aws:iam/role:Role").flatMap((role) => role.dependencies.map((dependency) => dependency.urn)));
    const attached = new Set(
        resourcesOfType(args, "aws:iam/rolePolicyAttachment:RolePolicyAttachment").flatMap((attachment) =>
            attachment.dependencies.map((dependency) => dependency.urn),
        ),
    );
    // The environment's boundary is also known by its name: its stack may make it before any role.
    const isBoundary = (policy: PolicyResource) => boundaries.has(policy.urn) || isPermissionsBoundaryName(String(policy.props.name ?? ""));
    const grants = resourcesOfType(args, "aws:iam/policy:Policy").filter((policy) => !isBoundary(policy) || attached.has(policy.urn));
    return [...resourcesOfType(args, "aws:iam/rolePolicy:RolePolicy"), ...grants];
}

/** The statements of an IAM policy document, given as JSON text (as resources take it) or an object. */
export function iamStatements(policy: unknown): Array<Record<string, unknown>> {
    let document: unknown = policy;
    if (typeof policy === "string") {
        try {
            document = JSON.parse(policy);
        } catch {
            return [];
        }
    }
    return asArray(asRecord(document).Statement).map(asRecord);
}

/** An IAM element that may be one string or a list of them (Action, Resource, a condition's values). */
export const iamList = (value: unknown): string[] => (typeof value === "string" ? [value] : asArray(value).map(String));

/** Whether a role's trust policy lets an AWS service (`ec2.amazonaws.com`) assume it. */
export function trustsService(role: PolicyResource | undefined, service: string): boolean {
    return iamStatements(role?.props.assumeRolePolicy).some((statement) => iamList(asRecord(statement.Principal).Service).includes(service));
}
