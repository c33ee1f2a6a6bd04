import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { SECRET_SCOPE_TAG, secretResourcePolicy } from "../secrets/secret-policy";
import type { UpstreamRegistry } from "./mirrors";
import { credentialSecretName, UPSTREAM_REGISTRIES } from "./mirrors";

/** ECR's service-linked role for pull-through caches: it reads the upstream credentials (Amazon ECR user guide, "Amazon ECR service-linked role for pull through cache"). */
export function pullThroughCacheRoleArn(accountId: string): string {
    return `arn:aws:iam::${accountId}:role/aws-service-role/pullthroughcache.ecr.amazonaws.com/AWSServiceRoleForECRPullThroughCache`;
}

export interface PullThroughCachesArgs {
    /** Every region that runs a cluster, with its provider and its resources' tags (a region listed twice gets one set of caches). Required. */
    regions: ReadonlyArray<{ region: string; provider: aws.Provider; tags: Record<string, string> }>;
    accountId: string;
    /** By upstream host, the account the cache signs in with; its token is a secret. Required for each authenticated upstream. */
    credentials: Readonly<Record<string, { username: string; accessToken: pulumi.Output<string> }>>;
    /** Who else may read or re-point the credentials (the deploy role, break-glass). Required. */
    administrators: readonly string[];
}

/**
 * A pull-through cache of every upstream registry (UPSTREAM_REGISTRIES) in every cluster region:
 * each region's cache is its own (rule and credentials), so a region's loss leaves the others'
 * pulls untouched. The credentials are encrypted with Secrets Manager's AWS-managed key: ECR
 * reads them through its service-linked role, whose policy grants no use of a customer key.
 */
export class PullThroughCaches extends pulumi.ComponentResource {
    /** `<region>/<prefix>` → its rule. */
    readonly rules: Record<string, aws.ecr.PullThroughCacheRule>;

    constructor(name: string, args: PullThroughCachesArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:images:PullThroughCaches", name, {}, opts);
        const regions = [...new Map(args.regions.map((target) => [target.region, target])).values()];
        this.rules = {};
        for (const { region, provider, tags } of regions)
            for (const registry of UPSTREAM_REGISTRIES) {
                const credential = registry.authenticated ? this.credential(name, { region, provider, tags }, registry, args) : undefined;
                this.rules[`${region}/${registry.prefix}`] = new aws.ecr.PullThroughCacheRule(
                    `${name}-${region}-${registry.prefix}`,
                    { ecrRepositoryPrefix: registry.prefix, upstreamRegistryUrl: registry.upstreamUrl, credentialArn: credential?.secret.arn },
                    // ECR signs in with the credentials when the rule is made: the value is there first.
                    { parent: this, provider, dependsOn: credential ? [credential.version] : [] },
                );
            }
        this.registerOutputs({});
    }

    /** The account ECR signs in to `registry` with, in `region`'s Secrets Manager (the rule's own region, as ECR requires). */
    private credential(
        name: string,
        { region, provider, tags }: PullThroughCachesArgs["regions"][number],
        registry: UpstreamRegistry,
        args: PullThroughCachesArgs,
    ): { secret: aws.secretsmanager.Secret; version: aws.secretsmanager.SecretVersion } {
        const credential = args.credentials[registry.host];
        if (!credential) throw new pulumi.RunError(`registryCredentials.${registry.host}: not set (ECR needs an account to cache ${registry.host})`);
        const secret = new aws.secretsmanager.Secret(
            `${name}-${region}-${registry.prefix}-credentials`,
            {
                name: credentialSecretName(registry),
                description: `The account ECR's pull-through cache signs in to ${registry.host} with`,
                recoveryWindowInDays: 7,
                // One in every region, each its rule's (the rule refuses a secret of another region).
                tags: { ...tags, [SECRET_SCOPE_TAG]: "region" },
            },
            { parent: this, provider },
        );
        new aws.secretsmanager.SecretPolicy(
            `${name}-${region}-${registry.prefix}-credentials-policy`,
            {
                secretArn: secret.arn,
                policy: JSON.stringify(secretResourcePolicy([...args.administrators, pullThroughCacheRoleArn(args.accountId)])),
                blockPublicPolicy: true,
            },
            { parent: this, provider },
        );
        const version = new aws.secretsmanager.SecretVersion(
            `${name}-${region}-${registry.prefix}-credentials-version`,
            { secretId: secret.id, secretString: pulumi.secret(pulumi.jsonStringify({ username: credential.username, accessToken: credential.accessToken })) },
            { parent: this, provider },
        );
        return { secret, version };
    }
}
