import * as pulumi from "@pulumi/pulumi";
import { loadPlatformSpec } from "./components/config/load";
import { PlatformStackExports } from "./components/platform/outputs";
import { Platform } from "./components/platform/platform";

// Validation runs before any resource is declared: a bad config never produces a partial plan.
const spec = loadPlatformSpec();
const partnerSecrets = new pulumi.Config().getSecretObject<Record<string, string>>("partnerSecrets") ?? pulumi.output<Record<string, string>>({});
const platform = new Platform("payments", { spec, partnerSecrets });

/** Per cluster: name, region, DR role, priority, API endpoint, OIDC issuer and provider, node groups, VPC. */
export const clusters = platform.clusterOutputs;
/** Per cluster: an admin kubeconfig (assumes adminRoleArn), secret. */
export const kubeconfigs = platform.kubeconfigs;
export const environment = spec.environment;
/** Cluster names in failover order, the primary first. */
export const failoverOrder = spec.clusters.map((cluster) => cluster.name);
/** The public zone, the API's name, and the Route 53 health check of each cluster. */
export const dns = {
    zoneId: platform.traffic.zoneId,
    apiFqdn: platform.traffic.apiFqdn,
    healthChecks: platform.traffic.healthCheckIds,
};
/** Failover tiers as Route 53 serves them (records and health checks, no secrets). */
export const failover = platform.traffic.plan;
/** The cluster a DR drill currently fails over from, or "" when none. */
export const drillFailCluster = spec.drillFailCluster ?? "";
/** Secrets Manager ARN and replica regions of each platform secret (never values). */
export const secrets = platform.secretOutputs;

// The contract the drill (and any reader) relies on: a missing or mistyped output fails the type-check.
const contract = { clusters, kubeconfigs, environment, failoverOrder, dns, failover, drillFailCluster, secrets } satisfies PlatformStackExports;
void contract;
