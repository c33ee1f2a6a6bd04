import * as pulumi from "@pulumi/pulumi";
import { loadPlatformSpec } from "./components/config/load";
import { Environment } from "./components/platform/environment";
import type { EnvironmentOutputs, StackExports } from "./components/platform/outputs";
import { clusterStackName } from "./components/platform/outputs";

/**
 * The environment stack (`prod`, `staging`): the whole topology lives in its config; it owns what
 * is global or primary-region by nature and exports what each cluster stack builds from. Apply it
 * first; then each cluster's stack (stacks/cluster) in the rollout order (see README, "Rollout").
 */
// Validation runs before any resource is declared: a bad config never produces a partial plan.
const spec = loadPlatformSpec();
const partnerSecrets = new pulumi.Config().getSecretObject<Record<string, string>>("partnerSecrets") ?? pulumi.output<Record<string, string>>({});
const environment = new Environment("payments", { spec, partnerSecrets });
const self = `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`;

const outputs = {
    environment: spec.environment,
    spec,
    failoverOrder: spec.clusters.map((cluster) => cluster.name),
    clusterStacks: Object.fromEntries(spec.clusters.map((cluster) => [cluster.name, clusterStackName(self, cluster.name)])),
    dns: { zoneId: environment.zoneId, apiFqdn: spec.dns.apiHost },
    secrets: environment.secrets,
    secretsKeyArns: environment.secretsKeyArns,
    meshIntermediates: environment.meshIntermediates,
    drillFailCluster: spec.drillFailCluster ?? "",
    routingControls: environment.routingControls,
    ...(environment.regionSwitch ? { regionSwitch: environment.regionSwitch } : {}),
    alarmTopics: environment.alarmTopics,
    backupReplicas: environment.backupReplicas,
    databaseVaults: environment.databaseVaults,
} satisfies StackExports<EnvironmentOutputs>;

export = outputs;
