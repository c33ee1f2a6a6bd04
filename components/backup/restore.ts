/**
 * What a restore into another cluster must never bring: identity and credentials, which are
 * per cluster (a ServiceAccount's IRSA role trusts one cluster's OIDC provider) and per region
 * (secrets sync from the region's own replica). Velero's resource names.
 */
export const RESTORE_NEVER_OVERWRITES = ["serviceaccounts", "secrets", "externalsecrets.external-secrets.io"] as const;
