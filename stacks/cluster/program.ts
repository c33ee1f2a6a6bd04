import type { ClusterSpec, PlatformSpec } from "../../components/topology/spec";
import { availableZones } from "../../components/network/network";
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ADDONS } from "../../components/addons";
import type { PlatformAddon } from "../../components/addons/addon";
import { ClusterStack, clusterTags } from "../../components/platform/cluster-stack";
import { environmentAccount } from "../../components/cluster/iam";
import { rolloutWaves } from "../../components/platform/rollout";
import { clusterUpgrade, databaseUpgrade } from "../../components/upgrades/cluster-upgrade";
import { databasePlacement } from "../../components/data/placement";
import type { ClusterStackOutputs, EnvironmentOutputs, StackExports } from "../../components/platform/outputs";
import { clusterOutputs, clusterStackOutputs, environmentOutputs, stackOutputs, upgradeStatus } from "../../components/platform/outputs";
import { z } from "zod";

/** The environment's outputs every cluster stack needs, as their contract declares them. */
const ENVIRONMENT_INPUTS = environmentOutputs.pick({
    spec: true,
    dns: true,
    secrets: true,
    secretsKeyArns: true,
    meshIntermediates: true,
    clusterStacks: true,
    routingControls: true,
    backupReplicas: true,
});
/**
 * What it reads of its own last outputs and of the primary's: stacks that may still hold an older
 * program's outputs when this one runs (itself, before its first `up` with this program; the
 * primary, which a rollout applies after its secondaries). Only the fields it uses are required,
 * so a field the contract gains later never blocks the upgrade that brings it.
 */
const OWN_PREVIOUS = z
    .object({
        cluster: clusterOutputs.pick({ name: true }),
        upgrade: upgradeStatus.pick({ addons: true, mesh: true }),
        databases: clusterStackOutputs.shape.databases,
    })
    .partial();
/** What a secondary reads of the primary, where the primary has been applied: the global databases to join. */
const PRIMARY_INPUTS = OWN_PREVIOUS.pick({ cluster: true, databases: true });
/** What it reads where present (an environment without ARC has no Region switch plans; one whose CloudWatch alarms page nobody has no topics). */
const ENVIRONMENT_EXTRAS = environmentOutputs.pick({ regionSwitch: true, alarmTopics: true, databaseVaults: true }).partial();

/**
 * One cluster's stack (`payments-cluster/<cluster>`): configured with its environment stack and
 * its cluster's name, it reads the expanded topology and the environment's outputs through a
 * StackReference, a secondary the primary's (whose global databases it joins), and the wave
 * before its own (whose upgrade it waits for); it touches only its own region (Route 53 is
 * global). It needs no other cluster's records or buckets, so clusters of a wave run side by side.
 */
export async function clusterProgram(addons?: readonly PlatformAddon[]): Promise<StackExports<ClusterStackOutputs>> {
    const { environmentStack, clusterName, environment, env, position, cluster, keyArn, meshIntermediate } = await readEnvironment();
    const platform = env.spec;
    const provider = clusterProvider(platform, cluster);
    // The zones its network spans, read before anything is declared: a region with too few is one
    // clear error naming the config, not a failure of every resource that waits on them.
    const zones = await availableZones(provider, cluster.region, cluster.availabilityZoneCount).catch((error: unknown) => {
        throw new pulumi.RunError(
            `payments-platform:clusters[${position}].topology.variables.availabilityZoneCount (or its class's, in ${environmentStack}'s config): ${error instanceof Error ? error.message : String(error)}`,
        );
    });
    const references = new Map<string, pulumi.StackReference>();
    const referenceTo = (cluster: string): pulumi.StackReference => {
        const stackName = env.clusterStacks[cluster];
        if (!stackName) throw new pulumi.RunError(`${environmentStack} names no stack for cluster ${cluster}; apply the environment stack first`);
        const reference = references.get(cluster) ?? new pulumi.StackReference(`cluster-${cluster}`, { name: stackName });
        references.set(cluster, reference);
        return reference;
    };
    const selfName = `${pulumi.getOrganization()}/${pulumi.getProject()}/${pulumi.getStack()}`;
    const self = new pulumi.StackReference("self", { name: selfName });
    const previous = await stackOutputs(self, selfName, OWN_PREVIOUS);

    // The primary holds every database's writer; the others join the global clusters it reports.
    const primary = platform.clusters.find((candidate) => candidate.drRole === "primary");
    if (!primary) throw new pulumi.RunError(`${environmentStack}'s topology has no primary cluster; apply the environment stack with this program first`);
    const writerStack = primary.name === clusterName ? undefined : referenceTo(primary.name);
    const primaryOutputs = writerStack ? await stackOutputs(writerStack, env.clusterStacks[primary.name] ?? primary.name, PRIMARY_INPUTS) : previous;
    const primaryDatabases = writerStack && "databases" in primaryOutputs ? primaryOutputs.databases : undefined;

    const upgrade = await upgradeStep({
        environmentStack,
        platform,
        cluster,
        env,
        previous,
        primaryDeployed: primaryOutputs.cluster !== undefined,
        provider,
        referenceTo,
        addons,
    });
    const database = await databaseStep({ platform, cluster, previous, writerStack, referenceTo, otherStep: upgrade.stepping });

    const databases = databasePlacement(platform, cluster, primaryDatabases);
    if (databases.waiting.length > 0)
        void pulumi.log.warn(
            `${env.clusterStacks[primary?.name ?? ""] ?? "the primary's stack"} reports no database yet for ${databases.waiting.join(", ")}: ${clusterName} leaves them out (their services run here without one); apply the primary's stack, then this one again`,
        );

    const stack = new ClusterStack("payments", {
        platform,
        cluster: upgrade.spec,
        databases: databases.placed,
        databaseEngineVersions: database?.versions,
        writerStack,
        secretsKeyArns: env.secretsKeyArns,
        provider,
        zones,
        upgrade: database ? { ...upgrade.status, database: { target: cluster.databaseEngineVersion, steps: database.steps } } : upgrade.status,
        environment: {
            zoneId: env.dns.zoneId,
            secrets: Object.entries(env.secrets).map(([name, secret]) => ({ name, remoteKey: secret.remoteKey, services: secret.services })),
            secretsKeyArn: keyArn,
            routingControlArn: env.routingControls[clusterName],
            ...(await environmentExtras(environment, environmentStack, clusterName)),
            meshIntermediate: meshIntermediate.remoteKey,
            backupReplicas: env.backupReplicas,
            stack: environment,
        },
        addons,
    });
    return stack.outputs;
}

/** The stack's own config, and what the environment stack says of its cluster (refused, naming what to apply, when it cannot say). */
async function readEnvironment() {
    const config = new pulumi.Config();
    const environmentStack = config.require("environmentStack");
    const clusterName = config.require("cluster");
    if (clusterName !== pulumi.getStack())
        throw new pulumi.RunError(
            `${pulumi.getProject()}:cluster: "${clusterName}" differs from the stack's name "${pulumi.getStack()}"; a cluster's stack is named after its cluster`,
        );

    const environment = new pulumi.StackReference("environment", { name: environmentStack });
    // Checked against the contract: an environment applied by another version of this program is named, with what differs.
    const env = await stackOutputs(environment, environmentStack, ENVIRONMENT_INPUTS);
    const platform = env.spec;
    const position = platform.clusters.findIndex((cluster) => cluster.name === clusterName);
    const cluster = platform.clusters[position];
    if (!cluster)
        throw new pulumi.RunError(
            `${pulumi.getProject()}:cluster: "${clusterName}" is not a cluster of ${environmentStack} (its clusters: ${platform.clusters.map((c) => c.name).join(", ")})`,
        );
    const keyArn = env.secretsKeyArns[clusterName];
    if (!keyArn) throw new pulumi.RunError(`${environmentStack} has no secrets key for ${clusterName}; apply the environment stack first`);
    const meshIntermediate = env.meshIntermediates[clusterName];
    if (!meshIntermediate)
        throw new pulumi.RunError(`${environmentStack} has signed no mesh intermediate for ${clusterName}; apply the environment stack first`);

    return { environmentStack, clusterName, environment, env, position, cluster, keyArn, meshIntermediate };
}

/**
 * The stack's AWS provider, in its cluster's region, for the environment's account only: created
 * in the program, not in the component, so the program can read the cloud before declaring
 * anything; the alias keeps the provider (and everything it manages) where it was.
 */
function clusterProvider(platform: PlatformSpec, cluster: ClusterSpec): aws.Provider {
    return new aws.Provider(
        `payments-aws-${cluster.region}`,
        {
            region: cluster.region as aws.Region,
            // defaultTags also cover resources created inside packages' components (e.g. the EKS IAM role).
            defaultTags: { tags: clusterTags(platform, cluster) },
            // The environment's account only: credentials of another environment fail before any change.
            allowedAccountIds: [environmentAccount(platform)],
        },
        { aliases: [{ parent: pulumi.createUrn("payments", "payments:platform:ClusterStack") }] },
    );
}

/**
 * The cluster's upgrade step for this `up`, in the rollout it is part of (as the apply workflow
 * runs it): the wave before this cluster's must have finished its step before this one takes its own.
 */
async function upgradeStep(args: {
    environmentStack: string;
    platform: PlatformSpec;
    cluster: ClusterSpec;
    env: Pick<EnvironmentOutputs, "clusterStacks">;
    previous: z.infer<typeof OWN_PREVIOUS>;
    primaryDeployed: boolean;
    provider: aws.Provider;
    referenceTo: (cluster: string) => pulumi.StackReference;
    addons?: readonly PlatformAddon[];
}) {
    const { environmentStack, platform, cluster, env, previous, provider, referenceTo } = args;
    const waves = rolloutWaves(environmentStack, platform.clusters, {
        environment: platform.environment,
        maxParallel: platform.rollout.maxParallel,
        primaryDeployed: args.primaryDeployed,
    });
    const wave = waves.findIndex((candidate) => candidate.stacks.includes(cluster.name));
    const before = wave > 0 ? waves[wave - 1] : undefined;
    const previousWave = await Promise.all(
        (before?.name === "environment" ? [] : (before?.stacks ?? [])).map(async (name) => {
            const spec = platform.clusters.find((candidate) => candidate.name === name);
            const status = (await stackOutputs(referenceTo(name), env.clusterStacks[name] ?? name, clusterStackOutputs.pick({ upgrade: true }).partial()))
                .upgrade;
            return { stack: env.clusterStacks[name] ?? name, target: spec?.kubernetesVersion ?? cluster.kubernetesVersion, status };
        }),
    );
    return clusterUpgrade({
        cluster,
        environment: { project: platform.project, stack: environmentStack },
        previous,
        previousWave,
        provider,
        addons: args.addons ?? ADDONS,
    });
}

/**
 * On the primary, which holds every global cluster: the databases' engine step, against what
 * every member's stack last reported (read only once the primary exists: on a first rollout it
 * comes first, and nothing has members yet). Undefined elsewhere, or without databases.
 */
async function databaseStep(args: {
    platform: PlatformSpec;
    cluster: ClusterSpec;
    previous: z.infer<typeof OWN_PREVIOUS>;
    writerStack: pulumi.StackReference | undefined;
    referenceTo: (cluster: string) => pulumi.StackReference;
    otherStep: boolean;
}) {
    const { platform, cluster, previous, referenceTo } = args;
    const owners = platform.services.filter((service) => service.database !== undefined).map((service) => service.name);
    if (args.writerStack !== undefined || owners.length === 0) return undefined;
    const members = previous.cluster
        ? Object.fromEntries(
              await Promise.all(
                  platform.clusters
                      .filter((other) => other.name !== cluster.name)
                      .map(
                          async (other) =>
                              [
                                  other.name,
                                  (await stackOutputs(referenceTo(other.name), other.name, clusterStackOutputs.pick({ databases: true }).partial())).databases,
                              ] as const,
                      ),
              ),
          )
        : {};
    return databaseUpgrade({ cluster, services: owners, previous: previous.databases, members, otherStep: args.otherStep });
}

/**
 * What the environment offers a cluster beyond the required outputs, read where present (an
 * environment without ARC has no Region switch plans; one whose CloudWatch alarms page nobody has
 * no topics).
 */
async function environmentExtras(
    environment: pulumi.StackReference,
    environmentStack: string,
    clusterName: string,
): Promise<{ regionSwitchRoleArn?: string; alarmTopicArn?: string; databaseVaults?: EnvironmentOutputs["databaseVaults"] }> {
    const extras = await stackOutputs(environment, environmentStack, ENVIRONMENT_EXTRAS);
    return {
        regionSwitchRoleArn: extras.regionSwitch?.executionRoleArn,
        alarmTopicArn: extras.alarmTopics?.[clusterName],
        databaseVaults: extras.databaseVaults,
    };
}
