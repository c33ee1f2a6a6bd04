import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import { secretPathPrefix } from "../cluster/iam";
import { RegionalTarget } from "./secret-sync";

/** Root of trust for the whole mesh: ten years; intermediates are reissued yearly. */
export const ROOT_VALIDITY_HOURS = 10 * 365 * 24;
export const INTERMEDIATE_VALIDITY_HOURS = 365 * 24;
/**
 * Pulumi reissues an intermediate this long before it expires, on any `pulumi up` of its cluster
 * stack (the TLS provider plans the replacement once the renewal window opens, no refresh
 * needed); istiod picks the new one up without a restart (AUTO_RELOAD_PLUGIN_CERTS).
 */
export const INTERMEDIATE_EARLY_RENEWAL_HOURS = 45 * 24;
/** Days before an intermediate's expiry the alert fires: two weeks after the renewal window opened with no `up`. */
export const INTERMEDIATE_EXPIRY_ALERT_DAYS = 30;
/** Days before expiry the alert pages. */
export const INTERMEDIATE_EXPIRY_PAGE_DAYS = 7;
export const ORGANIZATION = "payments-platform";

/** Where a cluster's Istio `cacerts` live in Secrets Manager, in that cluster's region. */
export function meshCaSecretName(project: string, environment: string, cluster: string): string {
    return `${secretPathPrefix(project, environment)}istio-cacerts-${cluster}`;
}

export interface MeshRootCaArgs {
    /** The environment's Pulumi project, which names the secret's path. Required. */
    project: string;
    environment: string;
    /** Every cluster with its region's provider and secrets key, primary first. Required. */
    regions: Array<RegionalTarget & { keyArn: pulumi.Input<string> }>;
    tags: Record<string, string>;
}

/**
 * The mesh's one root of trust (environment stack): a root CA whose key is kept in Secrets
 * Manager, replicated to every cluster's region, so a new intermediate can be issued after losing
 * any one region. Each cluster stack signs its own intermediate (`ClusterMeshCa`).
 */
export class MeshRootCa extends pulumi.ComponentResource {
    readonly certPem: pulumi.Output<string>;
    /** Secret. */
    readonly keyPem: pulumi.Output<string>;

    constructor(name: string, args: MeshRootCaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:secrets:MeshRootCa", name, {}, opts);
        const parent = { parent: this };
        const [primary, ...others] = args.regions;
        if (!primary) throw new Error("the mesh CA needs at least one cluster");

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
        this.keyPem = pulumi.secret(rootKey.privateKeyPem);

        const rootSecret = new aws.secretsmanager.Secret(
            `${name}-root`,
            {
                name: `${secretPathPrefix(args.project, args.environment)}istio-root-ca`,
                description: "Mesh root CA key and certificate: only for issuing intermediates",
                kmsKeyId: primary.keyArn,
                recoveryWindowInDays: 30,
                replicas: others.map((region) => ({ region: region.cluster.region, kmsKeyId: region.keyArn })),
                tags: args.tags,
            },
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
        this.registerOutputs({ certPem: this.certPem });
    }
}

export interface ClusterMeshCaArgs {
    project: string;
    environment: string;
    clusterName: string;
    /** The root's certificate and (secret) key, from the environment stack. Required. */
    root: { certPem: pulumi.Input<string>; keyPem: pulumi.Input<string> };
    /** The secrets KMS key of the cluster's region. Required. */
    keyArn: pulumi.Input<string>;
    tags: Record<string, string>;
}

export interface ClusterCa {
    remoteKey: string;
    version: aws.secretsmanager.SecretVersion;
}

/**
 * A cluster's intermediate of the mesh root (cluster stack), stored in Secrets Manager in the
 * cluster's own region as Istio's `cacerts` (synced in by External Secrets), so workloads in
 * every cluster trust each other. Signed locally with the root key the environment exports.
 */
export class ClusterMeshCa extends pulumi.ComponentResource implements ClusterCa {
    readonly remoteKey: string;
    readonly version: aws.secretsmanager.SecretVersion;

    constructor(name: string, args: ClusterMeshCaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:secrets:ClusterMeshCa", name, {}, opts);
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
        this.remoteKey = meshCaSecretName(args.project, args.environment, args.clusterName);
        const secret = new aws.secretsmanager.Secret(
            `${name}-secret`,
            {
                name: this.remoteKey,
                description: `Istio cacerts of ${args.clusterName}`,
                kmsKeyId: args.keyArn,
                recoveryWindowInDays: 30,
                // Read only by this cluster, in this region: deliberately not replicated.
                tags: { ...args.tags, "payments.io/scope": "cluster" },
            },
            parent,
        );
        this.version = new aws.secretsmanager.SecretVersion(
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
        this.registerOutputs({ remoteKey: this.remoteKey });
    }
}
