import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, iamList, iamPolicies, iamStatements, isRecord, resourcesOfType, STACK_REFERENCE } from "./util";

/** The region of a Secrets Manager ARN. */
const regionOfArn = (arn: unknown) => (typeof arn === "string" ? arn.split(":")[3] : undefined);

/**
 * Secrets Manager names this stack can read in each region: the secrets it creates (home region
 * and replicas), and those another stack exports as `secrets` (`{remoteKey, arn, replicaRegions}`)
 * or `meshIntermediates` (`{remoteKey, arn}`), read through a StackReference.
 */
function managedSecrets(args: Parameters<StackValidationPolicy["validateStack"]>[0]): Map<string, Set<string>> {
    const byName = new Map<string, Set<string>>();
    const add = (name: unknown, regions: unknown[]) => {
        if (typeof name !== "string") return;
        const set = byName.get(name) ?? new Set<string>();
        for (const region of regions) if (typeof region === "string") set.add(region);
        byName.set(name, set);
    };
    for (const secret of resourcesOfType(args, "aws:secretsmanager/secret:Secret")) {
        add(secret.props.name, [secret.provider?.props.region, ...asArray(secret.props.replicas).map((replica) => asRecord(replica).region)]);
    }
    for (const reference of resourcesOfType(args, STACK_REFERENCE)) {
        const secrets = asRecord(asRecord(reference.props.outputs).secrets);
        for (const secret of Object.values(secrets).filter(isRecord)) add(secret.remoteKey, [regionOfArn(secret.arn), ...asArray(secret.replicaRegions)]);
        const intermediates = asRecord(asRecord(reference.props.outputs).meshIntermediates);
        for (const secret of Object.values(intermediates).filter(isRecord)) add(secret.remoteKey, [regionOfArn(secret.arn)]);
    }
    return byName;
}

function keysOf(externalSecret: PolicyResource): string[] {
    const spec = asRecord(externalSecret.props.spec);
    return [
        ...asArray(spec.dataFrom).map((entry) => asRecord(asRecord(entry).extract).key),
        ...asArray(spec.data).map((entry) => asRecord(asRecord(entry).remoteRef).key),
    ].filter((key): key is string => typeof key === "string");
}

/**
 * Every ExternalSecret reads a secret the platform creates, in the region its cluster reads from
 * (its ClusterSecretStore is the cluster's own region). A key nothing creates is a secret someone
 * must place by hand, in every region, before the cluster works: the ExternalSecret stays
 * unsynced, and whatever mounts it never starts.
 */
export function externalSecretsHaveASource(level: Level): StackValidationPolicy {
    return {
        name: "external-secrets-have-a-source",
        description: "Every ExternalSecret's key is a Secrets Manager secret the platform creates (or replicates) in the cluster's region.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const managed = managedSecrets(args);
            for (const externalSecret of resourcesOfType(args, "kubernetes:external-secrets.io/v1:ExternalSecret")) {
                const store = asRecord(asRecord(externalSecret.props.spec).secretStoreRef);
                const region = clusterRegionOf(args, store.name);
                for (const key of keysOf(externalSecret)) {
                    const regions = managed.get(key);
                    if (!regions)
                        report(
                            `${externalSecret.name} reads ${key}, which no stack of the platform creates; create it in the program (every region that reads it), never by hand.`,
                            externalSecret.urn,
                        );
                    else if (region && !regions.has(region))
                        report(
                            `${externalSecret.name} reads ${key} in ${region}, where it has no replica (it exists in ${[...regions].sort().join(", ")}); replicate it there.`,
                            externalSecret.urn,
                        );
                }
            }
        },
    };
}

/** The region a ClusterSecretStore of this stack reads from (`spec.provider.aws.region`). */
function clusterRegionOf(args: Parameters<StackValidationPolicy["validateStack"]>[0], storeName: unknown): string | undefined {
    const store = resourcesOfType(args, "kubernetes:external-secrets.io/v1:ClusterSecretStore").find(
        (candidate) => asRecord(candidate.props.metadata).name === storeName,
    );
    const region = asRecord(asRecord(asRecord(store?.props.spec).provider).aws).region;
    return typeof region === "string" ? region : undefined;
}

const READS_SECRETS = /^(secretsmanager:(GetSecretValue|\*)|\*)$/;

/**
 * A role that reads Secrets Manager values names each secret it reads: a path prefix (`.../*`)
 * reaches every secret under it, the mesh root CA's key included, and whoever can make the role
 * read (any namespace that may create an ExternalSecret) could mint any identity in the mesh. The
 * one wildcard allowed is Secrets Manager's six-character ARN suffix (`-??????`).
 */
export function secretReadsNamed(level: Level): StackValidationPolicy {
    return {
        name: "secret-reads-named",
        description: "IAM policies that read Secrets Manager values name each secret (no prefix wildcard).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const policy of iamPolicies(args))
                for (const statement of iamStatements(policy.props.policy)) {
                    if (statement.Effect !== "Allow") continue;
                    const actions = iamList(statement.Action);
                    if (!actions.some((action) => READS_SECRETS.test(action))) continue;
                    for (const resource of iamList(statement.Resource))
                        if (resource.replace(/-\?{6}$/, "").includes("*") || resource.replace(/-\?{6}$/, "").includes("?"))
                            report(
                                `${policy.name} lets its role read every secret matching ${resource}; name each secret it syncs (arn:...:secret:<name>-??????).`,
                                policy.urn,
                            );
                }
        },
    };
}

/**
 * A ClusterSecretStore serves only the namespaces it names (`conditions`), and every ExternalSecret
 * that uses one lives in a namespace it admits: without conditions any namespace whose users may
 * create an ExternalSecret reads every secret the store's role can.
 */
export function secretStoresScoped(level: Level): StackValidationPolicy {
    return {
        name: "secret-stores-scoped",
        description: "ClusterSecretStores admit named namespaces only, and every ExternalSecret using one is in a namespace it admits.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const stores = new Map<string, Set<string> | undefined>();
            for (const store of args.resources.filter((r) => r.type.endsWith(":ClusterSecretStore"))) {
                const name = String(asRecord(store.props.metadata).name ?? store.name);
                const conditions = asArray(asRecord(store.props.spec).conditions).map(asRecord);
                const namespaces = conditions.flatMap((condition) => asArray(condition.namespaces).map(String));
                if (namespaces.length === 0)
                    report(
                        `ClusterSecretStore ${name} serves every namespace; list the namespaces that sync from it (spec.conditions[].namespaces).`,
                        store.urn,
                    );
                stores.set(name, namespaces.length > 0 ? new Set(namespaces) : undefined);
            }
            for (const externalSecret of args.resources.filter((r) => r.type.endsWith(":ExternalSecret"))) {
                const ref = asRecord(asRecord(externalSecret.props.spec).secretStoreRef);
                if (ref.kind !== "ClusterSecretStore") continue;
                const admitted = stores.get(String(ref.name));
                const namespace = String(asRecord(externalSecret.props.metadata).namespace ?? "default");
                if (admitted && !admitted.has(namespace))
                    report(
                        `${externalSecret.name} syncs in ${namespace}, which ClusterSecretStore ${String(ref.name)} does not admit (${[...admitted].join(", ")}); it would never sync.`,
                        externalSecret.urn,
                    );
            }
        },
    };
}

const SELF_SIGNED = "tls:index/selfSignedCert:SelfSignedCert";
const SECRET = "aws:secretsmanager/secret:Secret";

/**
 * The mesh's root of trust stays in one place. Intermediates are signed in the stack that makes
 * the root: a CA key passed to another stack sits in that stack's state and in everyone's who can
 * read it. The secret that keeps the root key (for break-glass) has a resource policy and KMS keys
 * of its own, so no grant meant for the platform's other secrets reaches it.
 */
export function meshRootContained(level: Level): StackValidationPolicy {
    return {
        name: "mesh-root-contained",
        description: "CA certificates are signed where their root is made; the root key's secret has its own resource policy and its own KMS keys.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const roots = resourcesOfType(args, SELF_SIGNED);
            for (const signed of resourcesOfType(args, "tls:index/locallySignedCert:LocallySignedCert")) {
                if (roots.length === 0)
                    report(
                        `${signed.name} signs with a CA key this stack did not make: the key sits in the state of every stack it is passed to; sign intermediates in the stack that makes the root (MeshCa).`,
                        signed.urn,
                    );
            }
            const rootKeys = new Set(roots.flatMap((root) => root.dependencies.filter((d) => d.type === "tls:index/privateKey:PrivateKey").map((d) => d.urn)));
            const keysOfSecret = (secret: PolicyResource) => secret.dependencies.filter((d) => d.type === "aws:kms/key:Key").map((d) => d.urn);
            const secrets = resourcesOfType(args, SECRET);
            const policies = resourcesOfType(args, "aws:secretsmanager/secretPolicy:SecretPolicy");
            for (const version of resourcesOfType(args, "aws:secretsmanager/secretVersion:SecretVersion")) {
                if (!version.dependencies.some((dependency) => rootKeys.has(dependency.urn))) continue;
                for (const secret of version.dependencies.filter((dependency) => dependency.type === SECRET)) {
                    if (!policies.some((policy) => policy.dependencies.some((dependency) => dependency.urn === secret.urn)))
                        report(
                            `${secret.name} keeps a root CA key with no resource policy: any role whose IAM policy reads secrets reads it; add a SecretPolicy that denies all but the signer and break-glass (secretResourcePolicy).`,
                            secret.urn,
                        );
                    const own = new Set(keysOfSecret(secret));
                    const sharing = secrets.filter((other) => other.urn !== secret.urn && keysOfSecret(other).some((key) => own.has(key)));
                    if (sharing.length > 0)
                        report(
                            `${secret.name} keeps a root CA key under a KMS key it shares with ${sharing.map((other) => other.name).join(", ")}; give it keys of its own that only the signer and break-glass may use.`,
                            secret.urn,
                        );
                }
            }
        },
    };
}

/**
 * Every secret has a resource policy that denies reading its value to all but named principals
 * (and, for synced secrets, roles tagged as their reader): an IAM policy that grants
 * `secretsmanager:GetSecretValue` on `*` by mistake, or an AWS-managed policy, reads nothing.
 */
export function secretsHaveResourcePolicy(level: Level): StackValidationPolicy {
    return {
        name: "secrets-have-resource-policy",
        description: "Every Secrets Manager secret has a resource policy that denies reading it to all but named principals.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const policies = resourcesOfType(args, "aws:secretsmanager/secretPolicy:SecretPolicy");
            for (const secret of resourcesOfType(args, SECRET)) {
                const own = policies.filter((policy) => policy.dependencies.some((dependency) => dependency.urn === secret.urn));
                const denies = own.some((policy) =>
                    iamStatements(policy.props.policy).some(
                        (statement) =>
                            statement.Effect === "Deny" &&
                            iamList(statement.Action).includes("secretsmanager:GetSecretValue") &&
                            Object.values(asRecord(statement.Condition)).some((test) => "aws:PrincipalArn" in asRecord(test)),
                    ),
                );
                // A policy whose text is still unknown (a first preview) is judged on the next.
                const unknown = own.some((policy) => typeof policy.props.policy !== "string");
                if (!denies && !unknown)
                    report(
                        `${secret.name} has no resource policy that denies reading it to all but named principals; add a SecretPolicy (secretResourcePolicy).`,
                        secret.urn,
                    );
            }
        },
    };
}

const WRITES = ["create", "update", "patch", "*"];
const CLUSTER_ROLE = "kubernetes:rbac.authorization.k8s.io/v1:ClusterRole";
const BINDINGS = ["kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding"];

/**
 * Nobody gets to make ExternalSecrets through the namespace roles people are given. A ClusterRole
 * aggregated into `edit` that may create External Secrets objects (the chart's default,
 * `rbac.aggregateToEdit`) lets anyone who can edit a namespace ask the operator for any secret its
 * store reaches. The chart aggregates into `admin` unconditionally (templates/rbac.yaml at 1.1.0),
 * so `admin` must be bound to nobody the stack binds. ExternalSecrets are made by this program.
 */
export function externalSecretsNotAggregated(level: Level): StackValidationPolicy {
    return {
        name: "external-secrets-not-aggregated",
        description: "No ClusterRole aggregated into edit (or into a bound admin) may create or change External Secrets objects.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const adminBindings = BINDINGS.flatMap((type) => resourcesOfType(args, type)).filter((binding) => {
                const roleRef = asRecord(binding.props.roleRef);
                return roleRef.kind === "ClusterRole" && roleRef.name === "admin";
            });
            for (const role of resourcesOfType(args, CLUSTER_ROLE)) {
                const labels = asRecord(asRecord(role.props.metadata).labels);
                const intoEdit = labels["rbac.authorization.k8s.io/aggregate-to-edit"] === "true";
                const intoBoundAdmin = labels["rbac.authorization.k8s.io/aggregate-to-admin"] === "true" && adminBindings.length > 0;
                if (!intoEdit && !intoBoundAdmin) continue;
                const writes = asArray(role.props.rules)
                    .map(asRecord)
                    .some(
                        (rule) =>
                            iamList(rule.apiGroups).some((group) => group === "external-secrets.io" || group === "*") &&
                            iamList(rule.verbs).some((verb) => WRITES.includes(verb)),
                    );
                if (!writes) continue;
                const name = String(asRecord(role.props.metadata).name ?? role.name);
                if (intoEdit)
                    report(
                        `${name} is aggregated into edit and may create or change External Secrets objects: anyone who can edit a namespace could read any secret the store reaches; turn the aggregation off (the chart's rbac.aggregateToEdit: false).`,
                        role.urn,
                    );
                if (intoBoundAdmin)
                    report(
                        `${name} is aggregated into admin, which ${adminBindings.map((binding) => binding.name).join(", ")} binds: those subjects could read any secret the store reaches; bind a role without External Secrets instead.`,
                        role.urn,
                    );
            }
        },
    };
}
