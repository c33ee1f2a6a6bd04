/**
 * The README's table of every identity the program makes or grants (IAM roles, EKS access
 * entries, Kubernetes bindings), read from an environment's plans: who assumes each, what it may
 * do, for what, and whether it is bounded. `npm run docs:identities` writes it between the
 * README's markers; a test fails when the README and the plans disagree.
 */
import { asRecord, iamList, iamStatements } from "../../policy/rules/util";
import type { PlanFile } from "../offline-plan/plan-file";

type PlanResource = PlanFile["resources"][number];

export interface IdentityRow {
    /** The identity, its cluster's name written `<cluster>`. */
    identity: string;
    kind: "IAM role" | "EKS access entry" | "Kubernetes binding";
    /** The component that makes it (its type, without `payments:`). */
    madeBy: string;
    assumedBy: string;
    may: string;
    /** IAM roles: whether the environment's permissions boundary caps it. */
    bounded: string;
    /** Where it exists: `environment`, `every cluster`, or the stacks. */
    where: string;
}

export const IDENTITIES_START = "<!-- identities:start (npm run docs:identities) -->";
export const IDENTITIES_END = "<!-- identities:end -->";

const lastPart = (arn: string) => arn.split("/").pop() ?? arn;

function assumedBy(role: PlanResource): string {
    const who = iamStatements(asRecord(role.inputs).assumeRolePolicy)
        .filter((statement) => statement.Effect === "Allow")
        .flatMap((statement) => {
            const principal = asRecord(statement.Principal);
            const subjects = Object.values(asRecord(statement.Condition)).flatMap((test) =>
                Object.entries(asRecord(test))
                    .filter(([key]) => key.endsWith(":sub"))
                    .flatMap(([, value]) => iamList(value)),
            );
            if (principal.Federated) return subjects.map((subject) => `IRSA ${subject.replace(/^system:serviceaccount:/, "")}`);
            const guarded = Object.values(asRecord(statement.Condition)).some((test) =>
                Object.keys(asRecord(test)).some((key) => key.startsWith("aws:Source")),
            );
            return [
                ...iamList(principal.Service).map((service) => `${service}${guarded ? " (this account's only)" : ""}`),
                ...iamList(principal.AWS).map(lastPart),
            ];
        });
    return [...new Set(who)].join(", ") || "(unknown until applied)";
}

function actionsOf(documents: unknown[]): string[] {
    return [
        ...new Set(
            documents.flatMap((policy) =>
                iamStatements(policy)
                    .filter((statement) => statement.Effect === "Allow")
                    .flatMap((statement) => iamList(statement.Action)),
            ),
        ),
    ].sort();
}

/** At most this many actions are listed; the rest are counted. */
const MAX_ACTIONS = 8;

function describeActions(actions: readonly string[]): string {
    if (actions.length === 0) return "";
    const shown = actions.slice(0, MAX_ACTIONS).join(", ");
    return actions.length > MAX_ACTIONS ? `${shown} and ${actions.length - MAX_ACTIONS} more` : shown;
}

const madeBy = (resource: PlanResource, byUrn: Map<string, PlanResource>) =>
    (resource.parent ? byUrn.get(resource.parent)?.type : undefined)?.replace(/^payments:/, "") ?? "the stack";

/** One stack's identities, its cluster names written `<cluster>`. */
export function stackIdentities(plan: PlanFile, clusterNames: readonly string[]): Array<Omit<IdentityRow, "where">> {
    const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
    const generic = (text: string) => clusterNames.reduce((value, cluster) => value.split(cluster).join("<cluster>"), text);
    const rows: Array<Omit<IdentityRow, "where">> = [];
    const of = (type: string) => plan.resources.filter((resource) => resource.type === type);
    for (const role of of("aws:iam/role:Role")) {
        const attached = (type: string) => of(type).filter((resource) => resource.dependsOn.includes(role.urn));
        const managed = attached("aws:iam/rolePolicyAttachment:RolePolicyAttachment").map((attachment) => String(asRecord(attachment.inputs).policyArn ?? ""));
        const awsManaged = managed.filter((arn) => arn.includes(":iam::aws:policy/")).map((arn) => `${lastPart(arn)} (AWS-managed)`);
        const customerManaged = managed
            .filter((arn) => !arn.includes(":iam::aws:policy/"))
            .map((arn) => plan.resources.find((resource) => resource.type === "aws:iam/policy:Policy" && asRecord(resource.inputs).name === lastPart(arn)));
        const inline = attached("aws:iam/rolePolicy:RolePolicy").map((policy) => asRecord(policy.inputs).policy);
        const actions = describeActions(actionsOf([...inline, ...customerManaged.map((policy) => asRecord(policy?.inputs).policy)]));
        rows.push({
            identity: generic(String(asRecord(role.inputs).name ?? role.name)),
            kind: "IAM role",
            madeBy: madeBy(role, byUrn),
            assumedBy: assumedBy(role),
            may: [...awsManaged, actions].filter(Boolean).join("; ") || "nothing yet",
            bounded: asRecord(role.inputs).permissionsBoundary ? "yes" : "no",
        });
    }
    for (const cluster of of("eks:index:Cluster")) {
        for (const [entry, value] of Object.entries(asRecord(asRecord(cluster.inputs).accessEntries))) {
            const policies = Object.values(asRecord(asRecord(value).accessPolicies)).map((policy) => {
                const scope = asRecord(asRecord(policy).accessScope);
                const where =
                    scope.type === "namespace"
                        ? `in ${iamList(scope.namespaces).length} namespace(s): ${iamList(scope.namespaces).join(", ")}`
                        : "cluster-wide";
                return `${lastPart(String(asRecord(policy).policyArn ?? ""))} ${where}`;
            });
            const groups = iamList(asRecord(value).kubernetesGroups).map((group) => `Kubernetes group ${group} (its RBAC below)`);
            rows.push({
                identity: lastPart(String(asRecord(value).principalArn ?? entry)),
                kind: "EKS access entry",
                madeBy: madeBy(cluster, byUrn),
                assumedBy: `${entry} (an existing role)`,
                may: [...policies, ...groups].join("; "),
                bounded: "",
            });
        }
    }
    for (const binding of [...of("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding"), ...of("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding")]) {
        const inputs = asRecord(binding.inputs);
        const metadata = asRecord(inputs.metadata);
        const roleRef = asRecord(inputs.roleRef);
        const subjects = (Array.isArray(inputs.subjects) ? inputs.subjects : []).map((subject) => {
            const s = asRecord(subject);
            return `${String(s.kind)} ${s.namespace ? `${String(s.namespace)}/` : ""}${String(s.name)}`;
        });
        rows.push({
            identity: generic(subjects.join(", ")),
            kind: "Kubernetes binding",
            madeBy: madeBy(binding, byUrn),
            assumedBy: generic(`${binding.type.endsWith("ClusterRoleBinding") ? "cluster-wide" : `namespace ${String(metadata.namespace ?? "")}`}`),
            may: `${String(roleRef.kind)} ${String(roleRef.name)}`,
            bounded: "",
        });
    }
    return rows;
}

/** Every stack's identities, the same row of several clusters' stacks written once. */
export function identityRows(environment: PlanFile, clusters: readonly PlanFile[]): IdentityRow[] {
    const names = clusters.map((plan) => plan.stack);
    const seen = new Map<string, { row: Omit<IdentityRow, "where">; stacks: string[] }>();
    for (const plan of [environment, ...clusters]) {
        for (const row of stackIdentities(plan, names)) {
            const key = JSON.stringify(row);
            const entry = seen.get(key) ?? { row, stacks: [] };
            if (!entry.stacks.includes(plan.stack)) entry.stacks.push(plan.stack);
            seen.set(key, entry);
        }
    }
    return [...seen.values()].map(({ row, stacks }) => ({
        ...row,
        where:
            stacks.length === 1 && stacks[0] === environment.stack
                ? "environment"
                : stacks.length === clusters.length && !stacks.includes(environment.stack)
                  ? "every cluster"
                  : stacks.join(", "),
    }));
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's table. */
export function identityTable(rows: readonly IdentityRow[]): string {
    const header = ["identity", "kind", "where", "made by", "assumed by", "may", "bounded"];
    const lines = rows.map((row) => [row.identity, row.kind, row.where, row.madeBy, row.assumedBy, row.may, row.bounded].map(cell));
    return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...lines.map((line) => `| ${line.join(" | ")} |`)].join("\n");
}

/** The README with its identity table replaced. */
export function withIdentityTable(readme: string, table: string): string {
    const start = readme.indexOf(IDENTITIES_START);
    const end = readme.indexOf(IDENTITIES_END);
    if (start < 0 || end < start) throw new Error(`the README has no ${IDENTITIES_START} … ${IDENTITIES_END} section`);
    return `${readme.slice(0, start + IDENTITIES_START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}
