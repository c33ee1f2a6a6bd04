import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { meshCaSecretName, meshRootSecretName } from "../components/secrets/mesh-ca";
import { secretResourcePolicy } from "../components/secrets/secret-policy";
import { externalSecretsNotAggregated, meshRootContained, secretsHaveResourcePolicy } from "../policy/rules/secrets";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";

/** A stack's mesh CA resources as the rule sees them: the root, its secret, the secret's key and policy. */
function rootOfTrust(options: { policy?: boolean; sharedKey?: boolean; signer?: boolean } = {}) {
    const rootKey = res("tls:index/privateKey:PrivateKey", "root-key", {});
    const root = res("tls:index/selfSignedCert:SelfSignedCert", "root-cert", {}, { dependsOn: [rootKey.urn] });
    const ownKey = res("aws:kms/key:Key", "root-kms", {});
    const platformKey = res("aws:kms/key:Key", "secrets-kms", {});
    const secret = res("aws:secretsmanager/secret:Secret", "root", {}, { dependsOn: [options.sharedKey ? platformKey.urn : ownKey.urn] });
    const other = res("aws:secretsmanager/secret:Secret", "partner", {}, { dependsOn: [platformKey.urn] });
    const version = res("aws:secretsmanager/secretVersion:SecretVersion", "root-version", {}, { dependsOn: [secret.urn, rootKey.urn, root.urn] });
    const policy = res("aws:secretsmanager/secretPolicy:SecretPolicy", "root-policy", {}, { dependsOn: [secret.urn] });
    const intermediateKey = res("tls:index/privateKey:PrivateKey", "a-key", {});
    const signed = res("tls:index/locallySignedCert:LocallySignedCert", "a-cert", { isCaCertificate: true }, { dependsOn: [intermediateKey.urn, root.urn] });
    return [
        ...(options.signer === false ? [] : [rootKey, root]),
        ownKey,
        platformKey,
        secret,
        other,
        version,
        ...(options.policy === false ? [] : [policy]),
        intermediateKey,
        signed,
    ];
}

describe("the mesh's root of trust", () => {
    it("names the root's secret and each cluster's intermediate under the environment's path", () => {
        assert.equal(meshRootSecretName("payments-platform", "prod"), "payments-platform/prod/istio-root-ca");
        assert.equal(meshCaSecretName("payments-platform", "prod", "prod-use1"), "payments-platform/prod/istio-intermediate-prod-use1");
    });

    it("denies reading a secret to all but its readers and, when given, roles tagged as its reader; changing the policy to all but its readers", () => {
        const readers = ["arn:aws:iam::1:role/deploy", "arn:aws:iam::1:role/admin"];
        const notReaders = { ArnNotEquals: { "aws:PrincipalArn": readers } };
        assert.deepEqual(secretResourcePolicy(readers).Statement, [
            {
                Sid: "ReadersOnly",
                Effect: "Deny",
                Principal: "*",
                Action: ["secretsmanager:GetSecretValue", "secretsmanager:BatchGetSecretValue"],
                Resource: "*",
                Condition: notReaders,
            },
            {
                Sid: "PolicyByReadersOnly",
                Effect: "Deny",
                Principal: "*",
                Action: ["secretsmanager:PutResourcePolicy", "secretsmanager:DeleteResourcePolicy"],
                Resource: "*",
                Condition: notReaders,
            },
        ]);
        assert.deepEqual(secretResourcePolicy(readers, "external-secrets").Statement[0]?.Condition, {
            ...notReaders,
            StringNotEquals: { "aws:PrincipalTag/payments.io/secret-reader": "external-secrets" },
        });
    });

    describe("rule mesh-root-contained", () => {
        it("takes a stack that signs with its own root and keeps the root under its own key and policy", async () => {
            assert.deepEqual(await messages(meshRootContained(M), rootOfTrust()), []);
        });

        it("refuses signing with a root another stack passed in", async () => {
            assert.deepEqual(await messages(meshRootContained(M), rootOfTrust({ signer: false })), [
                "a-cert signs with a CA key this stack did not make: the key sits in the state of every stack it is passed to; sign intermediates in the stack that makes the root (MeshCa).",
            ]);
        });

        it("refuses the root's secret without a resource policy, or under a key other secrets use", async () => {
            assert.deepEqual(await messages(meshRootContained(M), rootOfTrust({ policy: false })), [
                "root keeps a root CA key with no resource policy: any role whose IAM policy reads secrets reads it; add a SecretPolicy that denies all but the signer and break-glass (secretResourcePolicy).",
            ]);
            assert.deepEqual(await messages(meshRootContained(M), rootOfTrust({ sharedKey: true })), [
                "root keeps a root CA key under a KMS key it shares with partner; give it keys of its own that only the signer and break-glass may use.",
            ]);
        });
    });

    describe("rule secrets-have-resource-policy", () => {
        const secret = res("aws:secretsmanager/secret:Secret", "partner", {});
        const policy = (document: unknown) =>
            res("aws:secretsmanager/secretPolicy:SecretPolicy", "partner-policy", { policy: JSON.stringify(document) }, { dependsOn: [secret.urn] });
        it("takes a secret whose policy denies all but named readers", async () => {
            assert.deepEqual(
                await messages(secretsHaveResourcePolicy(M), [secret, policy(secretResourcePolicy(["arn:aws:iam::1:role/deploy"], "external-secrets"))]),
                [],
            );
        });
        it("refuses a secret with no policy, or one that allows instead of denying", async () => {
            const refusal = "partner has no resource policy that denies reading it to all but named principals; add a SecretPolicy (secretResourcePolicy).";
            assert.deepEqual(await messages(secretsHaveResourcePolicy(M), [secret]), [refusal]);
            const allowing = {
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::1:root" }, Action: "secretsmanager:GetSecretValue", Resource: "*" }],
            };
            assert.deepEqual(await messages(secretsHaveResourcePolicy(M), [secret, policy(allowing)]), [refusal]);
        });
    });

    describe("rule external-secrets-not-aggregated", () => {
        const role = (labels: Record<string, string>) =>
            res("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", "eso-edit", {
                metadata: { name: "external-secrets-edit", labels },
                rules: [{ apiGroups: ["external-secrets.io"], resources: ["externalsecrets"], verbs: ["create", "delete", "get"] }],
            });
        const adminBinding = res("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", "team-admin", { roleRef: { kind: "ClusterRole", name: "admin" } });
        it("takes the chart's role aggregated into an admin nobody is bound to", async () => {
            assert.deepEqual(await messages(externalSecretsNotAggregated(M), [role({ "rbac.authorization.k8s.io/aggregate-to-admin": "true" })]), []);
        });
        it("refuses aggregation into edit, and into an admin the stack binds", async () => {
            assert.deepEqual(await messages(externalSecretsNotAggregated(M), [role({ "rbac.authorization.k8s.io/aggregate-to-edit": "true" })]), [
                "external-secrets-edit is aggregated into edit and may create or change External Secrets objects: anyone who can edit a namespace could read any secret the store reaches; turn the aggregation off (the chart's rbac.aggregateToEdit: false).",
            ]);
            assert.deepEqual(
                await messages(externalSecretsNotAggregated(M), [role({ "rbac.authorization.k8s.io/aggregate-to-admin": "true" }), adminBinding]),
                [
                    "external-secrets-edit is aggregated into admin, which team-admin binds: those subjects could read any secret the store reaches; bind a role without External Secrets instead.",
                ],
            );
        });
    });
});
