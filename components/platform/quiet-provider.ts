/**
 * Settings of the environment stack's providers: they make no call at start-up (no credential or
 * account lookup against a region's STS), so `pulumi up` of the environment runs with any one
 * region gone, and calls a region only for a resource that changes there. A change that only
 * moves outputs (the topology the cluster stacks read, e.g. to scale the survivors of a lost
 * region) touches no region at all. The resources here return their ARNs from their own APIs.
 */
export const QUIET_REGION_PROVIDER = { skipCredentialsValidation: true, skipRequestingAccountId: true } as const;
