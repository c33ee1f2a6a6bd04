import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ADDONS } from "../../components/addons";
import { PlatformAddon } from "../../components/addons/addon";
import { NextClusterTarget } from "../../components/dns/cluster-traffic";
import { BackupReplicaTarget, ClusterStack, clusterTags } from "../../components/platform/cluster-stack";
import { clusterUpgrade } from "../../components/upgrades/cluster-upgrade";
import { databasePlacement } from "../../components/data/placement";
import { ClusterStackOutputs, EnvironmentOutputs, outputOf, readOutputs, requireOutputs, SPEC_VERSION, StackExports } from "../../components/platform/outputs";
import { ClusterSpec } from "../../components/topology/expand";

const CLUSTER_OUTPUTS = ["cluster", "ingress", "failover", "backupReplica", "upgrade"] as const;

/** A later cluster's stack as this one reads it: its outputs, or none if it has never been applied. */
interface LaterCluster {
    spec: ClusterSpec;
    reference: pulumi.StackReference;
    outputs: Partial<Pick<ClusterStackOutputs, (typeof CLUSTER_OUTPUTS)[number]>>;
}

/**
 * One cluster's stack (`payments-cluster/<cluster>`): configured with its environment stack and
 * its cluster's name, it reads the expanded topology and the environment's outputs through a
 * StackReference, and the clusters after it in failover order through theirs, and touches only
 * its own region (Route 53 is global). A later cluster whose stack has no outputs yet is left out
 * of the failover tiers and the backup replication, with a warning.
 */
export async function clusterProgram(addons?: readonly PlatformAddon[]): Promise<StackExports<ClusterStackOutputs>> {
    const config = new pulumi.Config();
    const environmentStack = config.require("environmentStack");
    const clusterName = config.require("cluster");
    if (clusterName !== pulumi.getStack())
        throw new pulumi.RunError(
            `${pulumi.getProject()}:cluster: "${clusterName}" differs from the stack's name "${pulumi.getStack()}"; a cluster's stack is named after its cluster`,
        );

    const environment = new pulumi.StackReference("environment", { name: environmentStack });
    const env = await requireOutputs<EnvironmentOutputs, "specVersion" | "spec" | "dns" | "secrets" | "secretsKeyArns" | "clusterStacks" | "routingControls">(
        environment,
        environmentStack,
        ["specVersion", "spec", "dns", "secrets", "secretsKeyArns", "clusterStacks", "routingControls"],
    );
    if (env.specVersion !== SPEC_VERSION)
        throw new pulumi.RunError(
            `${environmentStack} was applied by a program whose topology is version ${env.specVersion}, this one reads version ${SPEC_VERSION}; apply ${environmentStack} with this program first (it comes first in the rollout)`,
        );
    const platform = env.spec;
    const position = platform.clusters.findIndex((cluster) => cluster.name === clusterName);
    const cluster = platform.clusters[position];
    if (!cluster)
        throw new pulumi.RunError(
            `${pulumi.getProject()}:cluster: "${clusterName}" is not a cluster of ${environmentStack} (its clusters: ${platform.clusters.map((c) => c.name).join(", ")})`,
        );
    const keyArn = env.secretsKeyArns[clusterName];
    if (!keyArn) throw new pulumi.RunError(`${environmentStack} has no secrets key for ${clusterName}; apply the environment stack first`);

    // The primary replicates its backups to every secondary; any other cluster needs only the
    // next deployed one.
    const later: LaterCluster[] = [];
    for (const spec of platform.clusters.slice(position + 1)) {
        const stackName = env.clusterStacks[spec.name];
        if (!stackName) throw new pulumi.RunError(`${environmentStack} names no stack for cluster ${spec.name}; apply the environment stack first`);
        const reference = new pulumi.StackReference(`cluster-${spec.name}`, { name: stackName });
        const outputs = await readOutputs<ClusterStackOutputs, (typeof CLUSTER_OUTPUTS)[number]>(reference, CLUSTER_OUTPUTS);
        const deployed = outputs.failover !== undefined && outputs.ingress !== undefined;
        if (!deployed)
            void pulumi.log.warn(
                `cluster stack ${stackName} has no outputs (never applied, or destroyed): ${clusterName} leaves it out of failover and backup replication; apply it, then this stack again`,
            );
        else later.push({ spec, reference, outputs });
        if (deployed && cluster.drRole !== "primary") break;
    }
    const first = later[0];
    const next: NextClusterTarget | undefined =
        first?.outputs.failover && first.outputs.ingress
            ? {
                  cluster: first.spec.name,
                  healthCheckId: first.outputs.failover.healthCheckId,
                  tier: {
                      record: first.outputs.failover.tierRecord || undefined,
                      clusters: first.outputs.failover.tierClusters,
                      healthCheckIds: first.outputs.failover.tierHealthCheckIds,
                  },
                  loadBalancer: first.outputs.ingress,
                  stack: first.reference,
              }
            : undefined;
    const backupReplicas: BackupReplicaTarget[] = later.flatMap(({ spec, outputs, reference }) =>
        outputs.backupReplica ? [{ cluster: spec.name, region: spec.region, ...outputs.backupReplica, stack: reference }] : [],
    );

    // Created here, not in the component, so the program can read the cloud before declaring
    // anything; the alias keeps the provider (and everything it manages) where it was.
    const provider = new aws.Provider(
        `payments-aws-${cluster.region}`,
        // defaultTags also cover resources created inside packages' components (e.g. the EKS IAM role).
        { region: cluster.region as aws.Region, defaultTags: { tags: clusterTags(platform, cluster) } },
        { aliases: [{ parent: pulumi.createUrn("payments", "payments:platform:ClusterStack") }] },
    );
    const self = new pulumi.StackReference("self", { name: `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}` });
    const upgrade = await clusterUpgrade({
        cluster,
        environment: { project: platform.project, stack: environmentStack },
        previous: await readOutputs<ClusterStackOutputs, "cluster" | "upgrade">(self, ["cluster", "upgrade"]),
        previousWave: later[0] && {
            stack: env.clusterStacks[later[0].spec.name] ?? later[0].spec.name,
            target: later[0].spec.kubernetesVersion,
            status: later[0].outputs.upgrade,
        },
        provider,
        addons: addons ?? ADDONS,
    });

    // The primary holds every database's writer; the others join the global clusters it reports.
    const primary = platform.clusters.find((candidate) => candidate.drRole === "primary");
    let writerStack: pulumi.StackReference | undefined;
    let primaryDatabases: ClusterStackOutputs["databases"] | undefined;
    if (primary && primary.name !== clusterName && platform.services.some((service) => service.database)) {
        const primaryStack = env.clusterStacks[primary.name];
        if (!primaryStack) throw new pulumi.RunError(`${environmentStack} names no stack for cluster ${primary.name}; apply the environment stack first`);
        writerStack = new pulumi.StackReference(`cluster-${primary.name}`, { name: primaryStack });
        primaryDatabases = (await readOutputs<ClusterStackOutputs, "databases">(writerStack, ["databases"])).databases;
    }
    const databases = databasePlacement(platform, cluster, primaryDatabases);
    if (databases.waiting.length > 0)
        void pulumi.log.warn(
            `${env.clusterStacks[primary?.name ?? ""] ?? "the primary's stack"} reports no database yet for ${databases.waiting.join(", ")}: ${clusterName} leaves them out (their services run here without one); apply the primary's stack, then this one again`,
        );

    const stack = new ClusterStack("payments", {
        platform,
        cluster: upgrade.spec,
        databases: databases.placed,
        writerStack,
        secretsKeyArns: env.secretsKeyArns,
        provider,
        upgrade: upgrade.status,
        environment: {
            zoneId: env.dns.zoneId,
            secrets: Object.entries(env.secrets).map(([name, secret]) => ({ name, remoteKey: secret.remoteKey, services: secret.services })),
            secretsKeyArn: keyArn,
            routingControlArn: env.routingControls[clusterName],
            ...(await environmentExtras(environment, clusterName)),
            meshRoot: outputOf<EnvironmentOutputs>()(environment, "meshRoot"),
        },
        next,
        backupReplicas,
        addons,
    });
    return stack.outputs;
}

/**
 * What the environment offers a cluster beyond the required outputs, read where present (an
 * environment without ARC has no Region switch plans; one whose CloudWatch alarms page nobody has
 * no topics).
 */
async function environmentExtras(environment: pulumi.StackReference, clusterName: string): Promise<{ regionSwitchRoleArn?: string; alarmTopicArn?: string }> {
    const extras = await readOutputs<EnvironmentOutputs, "regionSwitch" | "alarmTopics">(environment, ["regionSwitch", "alarmTopics"]);
    return { regionSwitchRoleArn: extras.regionSwitch?.executionRoleArn, alarmTopicArn: extras.alarmTopics?.[clusterName] };
}
