import { EXTERNAL_SECRETS_READER, secretResourcePolicy } from "./secret-policy";
import { keyOwners, platformKey } from "../cluster/kms";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import { secretPathPrefix } from "../cluster/iam";
import type { ClusterSpec, PlatformSpec, SecretSpec } from "../topology/spec";

/** Days a deleted secret can still be restored. */
export const SECRET_RECOVERY_WINDOW_DAYS = 30;
export const PASSWORD_LENGTH = 40;
export const SIGNING_KEY_BYTES = 32;

export interface RegionalTarget {
    cluster: ClusterSpec;
    provider: aws.Provider;
}

export interface SecretSyncArgs {
    platform: PlatformSpec;
    /** Every cluster with its region's provider, primary first. Required. */
    regions: RegionalTarget[];
    /** Partner-provided values, a secret. Required when a secret has a partner source. */
    partnerSecrets: pulumi.Output<Record<string, string>>;
    tags: Record<string, string>;
}

/** A secret as clusters consume it: the environment stack has stored it (it is applied first). */
export interface SyncedSecret {
    name: string;
    /** The Secrets Manager name, the same in every region. */
    remoteKey: string;
    services: readonly string[];
}

/** A secret as the environment stack stores it. */
export interface StoredSecret extends SyncedSecret {
    /** The value's current version. */
    version: aws.secretsmanager.SecretVersion;
    arn: pulumi.Output<string>;
    replicaRegions: string[];
}

/**
 * The payment services' secrets, one source of truth: each a Secrets Manager secret in the
 * primary's region, KMS-encrypted, with a replica (encrypted with that region's key) in every
 * other cluster's region. Generated values come from @pulumi/random and are rotated by bumping
 * `secrets.rotationEpoch`; partner values come from `secure:` config. Values stay Pulumi secrets.
 */
export class SecretSync extends pulumi.ComponentResource {
    readonly secrets: StoredSecret[];
    /** The secrets KMS key of each cluster's region, by cluster name. */
    readonly keys: Map<string, aws.kms.Key>;

    constructor(name: string, args: SecretSyncArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:secrets:SecretSync", name, {}, opts);
        const [primary, ...others] = args.regions;
        if (!primary) throw new Error("secret sync needs at least one region");
        const prefix = secretPathPrefix(args.platform.project, args.platform.environment);

        this.keys = new Map(
            args.regions.map(({ cluster, provider }) => {
                const key = platformKey(
                    `${name}-key-${cluster.name}`,
                    {
                        description: `Payments secrets in ${cluster.region}`,
                        owners: keyOwners(args.platform),
                        use: { region: cluster.region, via: ["secretsmanager"] },
                        tags: { ...args.tags, cluster: cluster.name },
                    },
                    { parent: this, provider },
                );
                new aws.kms.Alias(
                    `${name}-key-${cluster.name}-alias`,
                    { name: `alias/${args.platform.project}/${args.platform.environment}/secrets`, targetKeyId: key.keyId },
                    { parent: this, provider },
                );
                return [cluster.name, key] as const;
            }),
        );
        const keyOf = (cluster: string): aws.kms.Key => {
            const key = this.keys.get(cluster);
            if (!key) throw new Error(`no secrets key for cluster ${cluster}`);
            return key;
        };

        this.secrets = args.platform.secrets.items.map((item) => {
            const value = this.valueOf(name, item, args);
            const secret = new aws.secretsmanager.Secret(
                `${name}-${item.name}`,
                {
                    name: `${prefix}${item.name}`,
                    description: `${item.name} for ${item.services.join(", ")}`,
                    kmsKeyId: keyOf(primary.cluster.name).arn,
                    recoveryWindowInDays: SECRET_RECOVERY_WINDOW_DAYS,
                    replicas: others.map(({ cluster }) => ({ region: cluster.region, kmsKeyId: keyOf(cluster.name).arn })),
                    // After a re-homing (README, "Losing a region for good") a region holds the promoted copy of a
                    // former replica under this name: the new primary takes it back as its replica.
                    forceOverwriteReplicaSecret: true,
                    tags: { ...args.tags, cluster: primary.cluster.name },
                },
                { parent: this, provider: primary.provider },
            );
            new aws.secretsmanager.SecretPolicy(
                `${name}-${item.name}-policy`,
                {
                    secretArn: secret.arn,
                    policy: JSON.stringify(secretResourcePolicy(keyOwners(args.platform).administrators, EXTERNAL_SECRETS_READER)),
                    blockPublicPolicy: true,
                },
                { parent: this, provider: primary.provider },
            );
            const version = new aws.secretsmanager.SecretVersion(
                `${name}-${item.name}-version`,
                { secretId: secret.id, secretString: pulumi.secret(value) },
                { parent: this, provider: primary.provider },
            );
            return {
                name: item.name,
                remoteKey: `${prefix}${item.name}`,
                services: item.services,
                version,
                arn: secret.arn,
                replicaRegions: others.map(({ cluster }) => cluster.region),
            };
        });
        this.registerOutputs({ secrets: this.secrets.map((s) => ({ name: s.name, arn: s.arn, replicaRegions: s.replicaRegions })) });
    }

    /** The secret's JSON value; generated ones are regenerated when the rotation epoch changes. */
    private valueOf(name: string, item: SecretSpec, args: SecretSyncArgs): pulumi.Output<string> {
        const keepers = { rotationEpoch: String(args.platform.secrets.rotationEpoch) };
        const source = item.source;
        switch (source.kind) {
            case "generated":
                if (source.generator === "database-credentials") {
                    const password = new random.RandomPassword(
                        `${name}-${item.name}-password`,
                        { length: PASSWORD_LENGTH, special: true, overrideSpecial: "-_.~", keepers },
                        { parent: this },
                    );
                    return pulumi.jsonStringify({ username: source.username ?? item.name, password: password.result });
                } else {
                    const key = new random.RandomBytes(`${name}-${item.name}-bytes`, { length: SIGNING_KEY_BYTES, keepers }, { parent: this });
                    return pulumi.jsonStringify({ key: key.base64 });
                }
            case "partner":
                return pulumi.jsonStringify({ value: args.partnerSecrets.apply((values) => values[source.key] ?? "") });
            case "partner-bundle":
                return pulumi.jsonStringify(
                    args.partnerSecrets.apply((values) =>
                        Object.fromEntries(Object.entries(source.keys).map(([key, partnerKey]) => [key, values[partnerKey] ?? ""])),
                    ),
                );
            default: {
                const exhaustive: never = source;
                throw new Error(`unknown secret source ${JSON.stringify(exhaustive)}`);
            }
        }
    }
}
