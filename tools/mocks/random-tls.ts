import type { ResourceMock, ResourceMockContext } from "../offline-plan/mock-cloud";

/**
 * @pulumi/random and @pulumi/tls: deterministic stand-ins. The values are fake but shaped like
 * the real ones, and the SDK marks the same outputs secret as it would for real values.
 */
function pem(label: string, ctx: ResourceMockContext): string {
    const body = Buffer.from(`offline ${label} ${ctx.name} ${ctx.hash}`)
        .toString("base64")
        .replace(/(.{64})/g, "$1\n");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

export const randomTlsResources: Record<string, ResourceMock> = {
    "random:index/randomPassword:RandomPassword": (ctx) => {
        const length = typeof ctx.inputs.length === "number" ? ctx.inputs.length : 16;
        const result = `Pw${ctx.hash}${ctx.hash}`.slice(0, length);
        return { id: "none", state: { result, bcryptHash: `$2a$10$${ctx.hash.slice(0, 53)}` } };
    },
    "random:index/randomBytes:RandomBytes": (ctx) => {
        const length = typeof ctx.inputs.length === "number" ? ctx.inputs.length : 32;
        const bytes = Buffer.from(ctx.hash.repeat(4), "hex").subarray(0, length);
        return { id: "none", state: { base64: bytes.toString("base64"), hex: bytes.toString("hex") } };
    },
    "tls:index/privateKey:PrivateKey": (ctx) => ({
        id: ctx.hash.slice(0, 40),
        state: {
            privateKeyPem: pem("EC PRIVATE KEY", ctx),
            privateKeyPemPkcs8: pem("PRIVATE KEY", ctx),
            publicKeyPem: pem("PUBLIC KEY", ctx),
            publicKeyFingerprintSha256: ctx.hash.slice(0, 43),
        },
    }),
    "tls:index/selfSignedCert:SelfSignedCert": (ctx) => ({
        id: ctx.hash.slice(0, 20),
        state: { certPem: pem("CERTIFICATE", ctx), validityStartTime: "2026-11-23T00:00:00Z" },
    }),
    "tls:index/certRequest:CertRequest": (ctx) => ({ id: ctx.hash.slice(0, 20), state: { certRequestPem: pem("CERTIFICATE REQUEST", ctx) } }),
    "tls:index/locallySignedCert:LocallySignedCert": (ctx) => ({
        id: ctx.hash.slice(0, 20),
        state: { certPem: pem("CERTIFICATE", ctx), validityStartTime: "2026-11-23T00:00:00Z" },
    }),
};
