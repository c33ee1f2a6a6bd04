import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";

/**
 * Settings of the environment stack's providers: they make no call at start-up (no credential or
 * account lookup against a region's STS), so `pulumi up` of the environment runs with any one
 * region gone, and calls a region only for a resource that changes there. A change that only
 * moves outputs (the topology the cluster stacks read, e.g. to scale the survivors of a lost
 * region) touches no region at all. The resources here return their ARNs from their own APIs.
 */
export const QUIET_REGION_PROVIDER = { skipCredentialsValidation: true, skipRequestingAccountId: true } as const;

/** One of the environment stack's AWS providers: a region, the tags every resource there carries, and no start-up call (QUIET_REGION_PROVIDER). */
export function quietRegionProvider(
    name: string,
    region: string,
    tags: Record<string, string>,
    parent: pulumi.Resource,
    extra: Pick<aws.ProviderArgs, "assumeRoles"> = {},
): aws.Provider {
    return new aws.Provider(name, { region: region as aws.Region, defaultTags: { tags }, ...QUIET_REGION_PROVIDER, ...extra }, { parent });
}
