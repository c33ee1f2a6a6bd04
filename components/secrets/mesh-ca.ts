import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";
import { secretPathPrefix } from "../cluster/iam";
import { RegionalTarget } from "./secret-sync";

/** Root of trust for the whole mesh: ten years; intermediates are reissued yearly. */
export const ROOT_VALIDITY_HOURS = 10 * 365 * 24;
export const INTERMEDIATE_VALIDITY_HOURS = 365 * 24;
/** Pulumi reissues an intermediate this long before it expires (on any `pulumi up`). */
export const INTERMEDIATE_EARLY_RENEWAL_HOURS = 30 * 24;
export const ORGANIZATION = "payments-platform";

/** Where a cluster's Istio `cacerts` live in Secrets Manager, in that cluster's region. */
export function meshCaSecretName(project: string, environment: string, cluster: string): string {
    return `${secretPathPrefix(project, environment)}istio-cacerts-${cluster}`;
}

export interface MeshCaArgs {
    environment: string;
    /** Every cluster with its region's provider and secrets key, primary first. Required. */
    regions: Array<RegionalTarget & { keyArn: pulumi.Input<string> }>;
    tags: Record<string, string>;
}

export interface ClusterCa {
    remoteKey: string;
    version: aws.secretsmanager.SecretVersion;
}

/**
 * One mesh root of trust: a root CA, and per cluster an intermediate signed by it, stored in
 * Secrets Manager in that cluster's region as Istio's `cacerts` (synced in by External Secrets),
 * so workloads in every cluster trust each other. The root key is kept, replicated, in Secrets
 * Manager so a new intermediate can be issued after losing any one region.
 */
export class MeshCa extends pulumi.ComponentResource {
    readonly clusters: Map<string, ClusterCa>;
    readonly rootCertPem: pulumi.Output<string>;

    constructor(name: string, args: MeshCaArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:secrets:MeshCa", name, {}, opts);
        const parent = { parent: this };
        const [primary, ...others] = args.regions;
        if (!primary) throw new Error("the mesh CA needs at least one cluster");
        const project = pulumi.getProject();

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
        this.rootCertPem = root.certPem;

        const rootSecret = new aws.secretsmanager.Secret(
            `${name}-root`,
            {
                name: `${secretPathPrefix(project, args.environment)}istio-root-ca`,
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

        this.clusters = new Map(
            args.regions.map(({ cluster, provider, keyArn }) => {
                const key = new tls.PrivateKey(`${name}-${cluster.name}-key`, { algorithm: "ECDSA", ecdsaCurve: "P256" }, parent);
                const request = new tls.CertRequest(
                    `${name}-${cluster.name}-csr`,
                    {
                        privateKeyPem: key.privateKeyPem,
                        subject: { commonName: `${ORGANIZATION} ${cluster.name} intermediate CA`, organization: ORGANIZATION },
                    },
                    parent,
                );
                const cert = new tls.LocallySignedCert(
                    `${name}-${cluster.name}-cert`,
                    {
                        certRequestPem: request.certRequestPem,
                        caPrivateKeyPem: rootKey.privateKeyPem,
                        caCertPem: root.certPem,
                        isCaCertificate: true,
                        validityPeriodHours: INTERMEDIATE_VALIDITY_HOURS,
                        earlyRenewalHours: INTERMEDIATE_EARLY_RENEWAL_HOURS,
                        allowedUses: ["cert_signing", "crl_signing", "digital_signature", "key_encipherment"],
                    },
                    parent,
                );
                const remoteKey = meshCaSecretName(project, args.environment, cluster.name);
                const secret = new aws.secretsmanager.Secret(
                    `${name}-${cluster.name}`,
                    {
                        name: remoteKey,
                        description: `Istio cacerts of ${cluster.name}`,
                        kmsKeyId: keyArn,
                        recoveryWindowInDays: 30,
                        // Read only by this cluster, in this region: deliberately not replicated.
                        tags: { ...args.tags, cluster: cluster.name, "payments.io/scope": "cluster" },
                    },
                    { parent: this, provider },
                );
                const version = new aws.secretsmanager.SecretVersion(
                    `${name}-${cluster.name}-version`,
                    {
                        secretId: secret.id,
                        // The layout Istio's plug-in CA reads from the `cacerts` Secret.
                        secretString: pulumi.secret(
                            pulumi.jsonStringify({
                                "ca-cert.pem": cert.certPem,
                                "ca-key.pem": key.privateKeyPem,
                                "root-cert.pem": root.certPem,
                                "cert-chain.pem": pulumi.interpolate`${cert.certPem}${root.certPem}`,
                            }),
                        ),
                    },
                    { parent: this, provider },
                );
                return [cluster.name, { remoteKey, version }] as const;
            }),
        );
        this.registerOutputs({ rootCertPem: this.rootCertPem });
    }
}
