import type { MeshIntermediateSecret } from "../platform/outputs";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import { secretPathPrefix } from "../cluster/iam";
import { EXTERNAL_SECRETS_READER, SECRET_SCOPE_TAG, secretResourcePolicy } from "./secret-policy";
import type { KeyOwners } from "../cluster/kms";
import { platformKey } from "../cluster/kms";
import type { RegionalTarget } from "./secret-sync";

/** Root of trust for the whole mesh: ten years; intermediates are reissued yearly. */
export const ROOT_VALIDITY_HOURS = 10 * 365 * 24;
export const INTERMEDIATE_VALIDITY_HOURS = 365 * 24;
/**
 * Pulumi reissues an intermediate this long before it expires, on any `pulumi up` of the environment
 * stack (the TLS provider plans the replacement once the renewal window opens, no refresh
 * needed); istiod picks the new one up without a restart (AUTO_RELOAD_PLUGIN_CERTS).
 */
export const INTERMEDIATE_EARLY_RENEWAL_HOURS = 45 * 24;
/** Days before an intermediate's expiry the alert fires: two weeks after the renewal window opened with no `up`. */
export const INTERMEDIATE_EXPIRY_ALERT_DAYS = 30;
/** Days before expiry the alert pages. */
export const INTERMEDIATE_EXPIRY_PAGE_DAYS = 7;
export const ORGANIZATION = "payments-platform";

/**
 * Where a cluster's Istio `cacerts` (its intermediate) live in Secrets Manager, in that cluster's
 * region. Named `intermediate`, not `cacerts`: the secrets of the same content that cluster stacks
 * made before the environment signed them keep their names until those stacks delete them.
 */
export function meshCaSecretName(project: string, environment: string, cluster: string): string {
    return `${secretPathPrefix(project, environment)}istio-intermediate-${cluster}`;
}

/** Where the root's key is kept (break-glass: issuing an intermediate by hand). */
export function meshRootSecretName(project: string, environment: string): string {
    return `${secretPathPrefix(project, environment)}istio-root-ca`;
}

export interface MeshCaRegion extends RegionalTarget {
    /** The platform secrets key of the cluster's region, which encrypts its intermediate. */
    keyArn: pulumi.Input<string>;
}

export interface MeshCaArgs {
    /** The environment's Pulumi project, which names the secrets' paths. Required. */
    project: string;
    environment: string;
    /** Every cluster with its region's provider and secrets key, primary first. Required. */
    regions: MeshCaRegion[];
    /** The environment's key owners: the root's own keys are theirs alone. Required. */
    keyOwners: KeyOwners;
    tags: Record<string, string>;
}

/**
 * The mesh's one root of trust, contained in the environment stack: a root CA that signs every
 * cluster's intermediate here, so the root key leaves neither this stack's state nor its own
 * secret. The secret (for break-glass reissue after losing this state) is replicated to every
 * cluster's region under keys of its own that only the deploy role and break-glass may use, and
 * its resource policy denies every other reader. Each cluster's intermediate is written to its
 * own region, where only that cluster's External Secrets may read it.
 */
export class MeshCa extends pulumi.ComponentResource {
    readonly certPem: pulumi.Output<string>;
    /** Cluster → where its intermediate is kept (the secret's name and ARN, in the cluster's region). */
    readonly intermediates: Record<string, pulumi.Output<MeshIntermediateSecret>>;

    constructor(name: string, args: MeshCaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:secrets:MeshCa", name, {}, opts);
        const parent = { parent: this };
        const [primary] = args.regions;
        if (!primary) throw new Error("the mesh CA needs at least one cluster");
        const readers = args.keyOwners.administrators;

        const rootKey = new tls.PrivateKey(`${name}-root-key`, { algorithm: "ECDSA", ecdsaCurve: "P384" }, parent);
        const root = new tls.SelfSignedCert(
            `${name}-root-cert`,
            {
                privateKeyPem: rootKey.privateKeyPem,
                isCaCertificate: true,
                validityPeriodHours: ROOT_VALIDITY_HOURS,
                allowedUses: ["cert_signing", "crl_signing"],
                subject: { commonName: `${ORGANIZATION} ${args.environment} mesh root CA`, organization: ORGANIZATION },
            },
            parent,
        );
        this.certPem = root.certPem;

        this.keepRoot(name, args, root, rootKey);

        this.intermediates = Object.fromEntries(
            args.regions.map((region) => {
                const intermediate = new MeshIntermediate(
                    `${name}-${region.cluster.name}`,
                    {
                        secretName: meshCaSecretName(args.project, args.environment, region.cluster.name),
                        clusterName: region.cluster.name,
                        root: { certPem: root.certPem, keyPem: rootKey.privateKeyPem },
                        keyArn: region.keyArn,
                        readers,
                        tags: { ...args.tags, cluster: region.cluster.name },
                    },
                    { parent: this, providers: [region.provider] },
                );
                return [region.cluster.name, intermediate.secret];
            }),
        );
        this.registerOutputs({ certPem: this.certPem, intermediates: this.intermediates });
    }

    /**
     * The root's key and certificate kept for break-glass only: in a secret of the primary's
     * region, replicated to every other, each copy under a key of its region only the
     * administrators may use, and a resource policy that admits no one else.
     */
    private keepRoot(name: string, args: MeshCaArgs, root: tls.SelfSignedCert, rootKey: tls.PrivateKey): void {
        const [primary, ...others] = args.regions;
        if (!primary) throw new Error("the mesh CA needs at least one cluster");
        const readers = args.keyOwners.administrators;
        const rootKeys = new Map(
            args.regions.map(({ cluster, provider }) => [
                cluster.name,
                platformKey(
                    `${name}-root-key-${cluster.name}`,
                    {
                        description: `Mesh root CA of payments-${args.environment}, ${cluster.region} replica: break-glass only`,
                        owners: args.keyOwners,
                        use: { region: cluster.region, via: ["secretsmanager"], onlyPrincipals: readers },
                        tags: { ...args.tags, cluster: cluster.name },
                    },
                    { parent: this, provider },
                ),
            ]),
        );
        const rootKeyArn = (cluster: string) => {
            const key = rootKeys.get(cluster);
            if (!key) throw new Error(`no root key for ${cluster}`);
            return key.arn;
        };
        const rootSecret = new aws.secretsmanager.Secret(
            `${name}-root`,
            {
                name: meshRootSecretName(args.project, args.environment),
                description: "Mesh root CA key and certificate: break-glass only, for issuing an intermediate by hand",
                kmsKeyId: rootKeyArn(primary.cluster.name),
                recoveryWindowInDays: 30,
                replicas: others.map((region) => ({ region: region.cluster.region, kmsKeyId: rootKeyArn(region.cluster.name) })),
                // After a re-homing (README, "Losing a region for good") a region holds the promoted copy of a
                // former replica under this name: the new primary takes it back as its replica.
                forceOverwriteReplicaSecret: true,
                tags: { ...args.tags, [SECRET_SCOPE_TAG]: "root-of-trust" },
            },
            { parent: this, provider: primary.provider },
        );
        // Secrets Manager copies a primary secret's resource policy to its replicas.
        new aws.secretsmanager.SecretPolicy(
            `${name}-root-policy`,
            { secretArn: rootSecret.arn, policy: JSON.stringify(secretResourcePolicy(readers)), blockPublicPolicy: true },
            { parent: this, provider: primary.provider },
        );
        new aws.secretsmanager.SecretVersion(
            `${name}-root-version`,
            {
                secretId: rootSecret.id,
                secretString: pulumi.secret(pulumi.jsonStringify({ "root-cert.pem": root.certPem, "root-key.pem": rootKey.privateKeyPem })),
            },
            { parent: this, provider: primary.provider },
        );
    }
}

interface MeshIntermediateArgs {
    secretName: string;
    clusterName: string;
    /** The root's certificate and key (the key never leaves the environment stack). */
    root: { certPem: pulumi.Input<string>; keyPem: pulumi.Input<string> };
    /** The platform secrets key of the cluster's region. */
    keyArn: pulumi.Input<string>;
    /** Who besides External Secrets may read it (secretResourcePolicy). */
    readers: readonly string[];
    tags: Record<string, string>;
}

/**
 * One cluster's intermediate of the mesh root, stored in the cluster's own region as Istio's
 * `cacerts` (External Secrets syncs it into istio-system), so workloads in every cluster trust
 * each other. Construct with that region's provider (`providers`); children inherit it.
 */
class MeshIntermediate extends pulumi.ComponentResource {
    readonly secret: pulumi.Output<MeshIntermediateSecret>;

    constructor(name: string, args: MeshIntermediateArgs, opts: pulumi.ComponentResourceOptions) {
        super("payments:secrets:MeshIntermediate", name, {}, opts);
        const parent = { parent: this };
        const key = new tls.PrivateKey(`${name}-key`, { algorithm: "ECDSA", ecdsaCurve: "P256" }, parent);
        const request = new tls.CertRequest(
            `${name}-csr`,
            {
                privateKeyPem: key.privateKeyPem,
                subject: { commonName: `${ORGANIZATION} ${args.clusterName} intermediate CA`, organization: ORGANIZATION },
            },
            parent,
        );
        const cert = new tls.LocallySignedCert(
            `${name}-cert`,
            {
                certRequestPem: request.certRequestPem,
                caPrivateKeyPem: pulumi.secret(args.root.keyPem),
                caCertPem: args.root.certPem,
                isCaCertificate: true,
                validityPeriodHours: INTERMEDIATE_VALIDITY_HOURS,
                earlyRenewalHours: INTERMEDIATE_EARLY_RENEWAL_HOURS,
                allowedUses: ["cert_signing", "crl_signing", "digital_signature", "key_encipherment"],
            },
            parent,
        );
        const secret = new aws.secretsmanager.Secret(
            `${name}-secret`,
            {
                name: args.secretName,
                description: `Istio cacerts of ${args.clusterName}`,
                kmsKeyId: args.keyArn,
                recoveryWindowInDays: 30,
                // Read only by this cluster, in this region: deliberately not replicated.
                tags: { ...args.tags, [SECRET_SCOPE_TAG]: "cluster" },
            },
            parent,
        );
        new aws.secretsmanager.SecretPolicy(
            `${name}-secret-policy`,
            { secretArn: secret.arn, policy: JSON.stringify(secretResourcePolicy(args.readers, EXTERNAL_SECRETS_READER)), blockPublicPolicy: true },
            parent,
        );
        new aws.secretsmanager.SecretVersion(
            `${name}-version`,
            {
                secretId: secret.id,
                // The layout Istio's plug-in CA reads from the `cacerts` Secret.
                secretString: pulumi.secret(
                    pulumi.jsonStringify({
                        "ca-cert.pem": cert.certPem,
                        "ca-key.pem": key.privateKeyPem,
                        "root-cert.pem": args.root.certPem,
                        "cert-chain.pem": pulumi.interpolate`${cert.certPem}${args.root.certPem}`,
                    }),
                ),
            },
            parent,
        );
        this.secret = secret.arn.apply((arn) => ({ remoteKey: args.secretName, arn }));
        this.registerOutputs({ secret: this.secret });
    }
}

/** A cluster's intermediate as its stack uses it: the Secrets Manager name External Secrets reads. */
export interface ClusterCa {
    remoteKey: string;
}
