/**
 * Where a cluster pulls the charts' images from: never from the internet's registries directly.
 * Each upstream registry the charts name (Docker Hub, Quay, registry.k8s.io, GitHub's) is cached
 * in every cluster region's private ECR by a pull-through cache rule (made by the environment
 * stack, components/images/pull-through-cache.ts), and the add-ons point their charts' image
 * values at that region's cache. A cluster then pulls every image from its own region: it keeps
 * replacing pods and joining nodes when another AWS region, or the upstream registry itself
 * (Docker Hub and Quay run in us-east-1), is down. ECR serves a cached image while its upstream
 * is unreachable; only an image never pulled in the region needs the upstream (the first rollout
 * of a version, which every region makes while the upstream is up). Pure.
 */

/** An upstream registry, as ECR's pull-through cache knows it (Amazon ECR user guide, "Sync an upstream registry"). */
export interface UpstreamRegistry {
    /** The host images name: `quay.io`. */
    readonly host: string;
    /** ECR's upstream registry URL for it (Docker Hub's is not the host images name). */
    readonly upstreamUrl: string;
    /** The cache's ECR repository prefix: images land at `<prefix>/<path>`. */
    readonly prefix: string;
    /**
     * Whether ECR needs credentials for it: a Secrets Manager secret named
     * `ecr-pullthroughcache/<prefix>` in the cache's region, `{ username, accessToken }`.
     */
    readonly authenticated: boolean;
}

/** The upstream registries the platform's charts pull from; each has a cache in every cluster region. */
export const UPSTREAM_REGISTRIES: readonly UpstreamRegistry[] = [
    { host: "docker.io", upstreamUrl: "registry-1.docker.io", prefix: "docker-hub", authenticated: true },
    { host: "quay.io", upstreamUrl: "quay.io", prefix: "quay", authenticated: false },
    { host: "registry.k8s.io", upstreamUrl: "registry.k8s.io", prefix: "k8s", authenticated: false },
    { host: "ghcr.io", upstreamUrl: "ghcr.io", prefix: "github", authenticated: true },
];

/** Secrets Manager names ECR's pull-through cache accepts begin with this. */
export const CREDENTIAL_SECRET_PREFIX = "ecr-pullthroughcache/";

/** The name of an authenticated upstream's credential secret, in every cache region. */
export function credentialSecretName(registry: UpstreamRegistry): string {
    return `${CREDENTIAL_SECRET_PREFIX}${registry.prefix}`;
}

/** A container image reference split as a registry reads it. */
export interface ImageReference {
    /** `docker.io` for a name without a registry host. */
    readonly host: string;
    /** The repository path: `library/busybox` for Docker Hub's official `busybox`. */
    readonly path: string;
    /** `:tag`, `@sha256:…`, `:tag@sha256:…`, or empty. */
    readonly reference: string;
}

/**
 * An image as Docker resolves it: the first segment is a registry host when it has a dot or a
 * port or is `localhost`; otherwise the image is Docker Hub's, and a one-segment name is an
 * official image under `library/`.
 */
export function parseImage(image: string): ImageReference {
    const at = image.indexOf("@");
    const name = at >= 0 ? image.slice(0, at) : image;
    const digest = at >= 0 ? image.slice(at) : "";
    const colon = name.lastIndexOf(":");
    const [repository, tag] = colon > name.lastIndexOf("/") ? [name.slice(0, colon), name.slice(colon)] : [name, ""];
    const [first, ...rest] = repository.split("/");
    const isHost = rest.length > 0 && (first.includes(".") || first.includes(":") || first === "localhost");
    const host = isHost ? (first === "index.docker.io" ? "docker.io" : first) : "docker.io";
    const segments = isHost ? rest : [first, ...rest];
    const path = host === "docker.io" && segments.length === 1 ? `library/${segments[0]}` : segments.join("/");
    return { host, path, reference: `${tag}${digest}` };
}

/** A region's private ECR registry host. */
export function ecrHost(account: string, region: string): string {
    return `${account}.dkr.ecr.${region}.amazonaws.com`;
}

function upstream(host: string): UpstreamRegistry {
    const registry = UPSTREAM_REGISTRIES.find((candidate) => candidate.host === host);
    if (!registry)
        throw new Error(
            `no pull-through cache for ${host}: add it to UPSTREAM_REGISTRIES (components/images/mirrors.ts) if ECR can cache it, or mirror the image into ECR`,
        );
    return registry;
}

/** The region's cache of an upstream registry, as a chart's `registry`/`hub` value: `<ecr>/<prefix>`. */
export function mirrorRegistry(host: string, account: string, region: string): string {
    return `${ecrHost(account, region)}/${upstream(host).prefix}`;
}

/** An upstream image as a cluster in `region` pulls it: through that region's cache. */
export function mirroredImage(image: string, account: string, region: string): string {
    const parsed = parseImage(image);
    return `${mirrorRegistry(parsed.host, account, region)}/${parsed.path}${parsed.reference}`;
}

/** A mirrored image's repository without its tag (for charts that take the tag apart): `<ecr>/<prefix>/<path>`. */
export function mirroredRepository(repository: string, account: string, region: string): string {
    const parsed = parseImage(repository);
    return `${mirrorRegistry(parsed.host, account, region)}/${parsed.path}`;
}

/** A cluster region's caches, as the add-ons name their images. */
export interface RegionalImages {
    /** An upstream host's cache, as a chart's `registry`/`hub` value: `<ecr>/<prefix>`. */
    registry(host: string): string;
    /** An upstream repository's cache, without a tag: `<ecr>/<prefix>/<path>`. */
    repository(upstreamRepository: string): string;
    /** An upstream image's cache, with its tag or digest. */
    image(upstreamImage: string): string;
}

export function regionalImages(account: string, region: string): RegionalImages {
    return {
        registry: (host) => mirrorRegistry(host, account, region),
        repository: (upstreamRepository) => mirroredRepository(upstreamRepository, account, region),
        image: (upstreamImage) => mirroredImage(upstreamImage, account, region),
    };
}

/**
 * Config problems of `registryCredentials`: every upstream that needs an account has one, each
 * names a registry the caches know and a `partnerSecrets` key the stack has. Pure.
 */
export function registryCredentialIssues(
    credentials: Readonly<Record<string, { accessTokenPartnerSecret: string }>>,
    partnerSecretKeys: readonly string[],
): Array<{ path: string; message: string }> {
    const known = UPSTREAM_REGISTRIES.filter((registry) => registry.authenticated).map((registry) => registry.host);
    return [
        ...known
            .filter((host) => !credentials[host])
            .map((host) => ({
                path: `registryCredentials.${host}`,
                message: `ECR's pull-through cache needs an account to pull ${host}'s images into each region; set { username, accessTokenPartnerSecret } (the token with pull access only, under partnerSecrets)`,
            })),
        ...Object.entries(credentials).flatMap(([host, credential]) =>
            !known.includes(host)
                ? [{ path: `registryCredentials.${host}`, message: `no upstream registry needs credentials by that name (those that do: ${known.join(", ")})` }]
                : !partnerSecretKeys.includes(credential.accessTokenPartnerSecret)
                  ? [
                        {
                            path: `registryCredentials.${host}.accessTokenPartnerSecret`,
                            message: `no partnerSecrets.${credential.accessTokenPartnerSecret}; set it with: pulumi config set --secret --path 'partnerSecrets.${credential.accessTokenPartnerSecret}' <value>`,
                        },
                    ]
                  : [],
        ),
    ];
}
