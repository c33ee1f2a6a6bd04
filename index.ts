import { loadPlatformSpec } from "./components/config/load";
import { Platform } from "./components/platform/platform";

// Validation runs before any resource is declared: a bad config never produces a partial plan.
const spec = loadPlatformSpec();
const platform = new Platform("payments", { spec });

/** Per cluster: name, region, DR role, priority, API endpoint, OIDC issuer and provider, node groups, VPC. */
export const clusters = platform.clusterOutputs;
/** Per cluster: an admin kubeconfig (assumes adminRoleArn), secret. */
export const kubeconfigs = platform.kubeconfigs;
export const environment = spec.environment;
/** Cluster names in failover order, the primary first. */
export const failoverOrder = spec.clusters.map((cluster) => cluster.name);
