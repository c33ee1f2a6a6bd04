import { loadPlatformSpec } from "./components/config/load";
import { Platform } from "./components/platform/platform";

// Validation runs before any resource is declared: a bad config never produces a partial plan.
const spec = loadPlatformSpec();
const platform = new Platform("payments", { spec });

/** Per cluster: name, region, DR role and failover priority. */
export const clusters = platform.clusterOutputs;
export const environment = spec.environment;
/** Cluster names in failover order, the primary first. */
export const failoverOrder = spec.clusters.map((cluster) => cluster.name);
