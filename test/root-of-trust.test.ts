import { strict as assert } from "assert";
import { EnforcementLevel } from "@pulumi/policy";
import { meshCaSecretName, meshRootSecretName, rootSecretPolicy } from "../components/secrets/mesh-ca";
import { meshRootContained } from "../policy/rules/secrets";
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

    it("denies reading the root's secret, or changing its policy, to all but the signer and break-glass", () => {
        const readers = ["arn:aws:iam::1:role/deploy", "arn:aws:iam::1:role/admin"];
        assert.deepEqual(rootSecretPolicy(readers).Statement, [
            {
                Sid: "OnlyTheSignerAndBreakGlass",
                Effect: "Deny",
                Principal: "*",
                Action: [
                    "secretsmanager:GetSecretValue",
                    "secretsmanager:BatchGetSecretValue",
                    "secretsmanager:PutResourcePolicy",
                    "secretsmanager:DeleteResourcePolicy",
                ],
                Resource: "*",
                Condition: { ArnNotEquals: { "aws:PrincipalArn": readers } },
            },
        ]);
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
                "root keeps a root CA key with no resource policy: any role whose IAM policy reads secrets reads it; add a SecretPolicy that denies all but the signer and break-glass (rootSecretPolicy).",
            ]);
            assert.deepEqual(await messages(meshRootContained(M), rootOfTrust({ sharedKey: true })), [
                "root keeps a root CA key under a KMS key it shares with partner; give it keys of its own that only the signer and break-glass may use.",
            ]);
        });
    });
});
