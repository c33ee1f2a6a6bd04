import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { ENVIRONMENTS } from "../config/schema";
import { formatPath } from "../config/fields";
import { CLUSTER_PROJECT } from "../names";
import { platformSpec } from "../topology/spec";

/**
 * The contract between the stacks, declared once as zod schemas whose types the programs use: what
 * the environment stack exports (read by every cluster stack and the drill) and what each cluster
 * stack exports (read by its own next `up`, the clusters after it in failover order and in the
 * rollout, and the drill). The programs export values that `satisfies` these types; readers go
 * through `stackOutputs`, which checks what a StackReference returns against the schema.
 */

const record = <T extends z.ZodType>(value: T) => z.record(z.string(), value);

/** A secret as stacks see it: where it lives and who reads it, never its value. */
export const secretOutputs = z.object({
    arn: z.string(),
    /** The Secrets Manager name, the same in every region. */
    remoteKey: z.string(),
    services: z.array(z.string()),
    replicaRegions: z.array(z.string()),
});
export type SecretOutputs = z.infer<typeof secretOutputs>;

/** Where a cluster's mesh intermediate is kept (the environment signs it; the root key never leaves it). */
export const meshIntermediateSecret = z.object({ remoteKey: z.string(), arn: z.string() });
export type MeshIntermediateSecret = z.infer<typeof meshIntermediateSecret>;

/** A secondary's bucket for the primary's replicated backups. */
export const replicaBucket = z.object({
    bucket: z.string(),
    bucketArn: z.string(),
    /** The key the replicas are re-encrypted with in that region. */
    keyArn: z.string(),
});
export type ReplicaBucket = z.infer<typeof replicaBucket>;

/** A region's locked AWS Backup vault for the databases. */
export const databaseVault = z.object({ name: z.string(), arn: z.string() });
export type DatabaseVault = z.infer<typeof databaseVault>;

/** The ARC Region switch plans and the role they run as. */
export const regionSwitchOutputs = z.object({
    /** The role the plans run as; every cluster gives it an EKS access entry to scale the payment services. */
    executionRoleArn: z.string(),
    /** Secondary cluster → its plan with the primary, and where ARC writes its execution reports (`s3://bucket/prefix/`). */
    plans: record(z.object({ arn: z.string(), name: z.string(), regions: z.array(z.string()), reports: z.string() })),
});
export type RegionSwitchOutputs = z.infer<typeof regionSwitchOutputs>;

/** The environment stack's outputs: every cluster stack and the drill check what they read against this. */
export const environmentOutputs = z.object({
    environment: z.enum(ENVIRONMENTS),
    /** The validated, expanded topology: the cluster stacks build from it and nothing else. */
    spec: platformSpec,
    /** Cluster names in failover order, the primary first. */
    failoverOrder: z.array(z.string()),
    /** Each cluster's stack, fully qualified (`org/payments-cluster/<cluster>`). */
    clusterStacks: record(z.string()),
    /** The public zone and the API's name. */
    dns: z.object({ zoneId: z.string(), apiFqdn: z.string() }),
    /** Every platform secret (never values), by name. */
    secrets: record(secretOutputs),
    /** The secrets KMS key in each cluster's region, by cluster name. */
    secretsKeyArns: record(z.string()),
    /** Cluster → where its mesh intermediate is kept, which the environment signs (the root key never leaves it). */
    meshIntermediates: record(meshIntermediateSecret),
    /** The cluster a DR drill currently fails over from, or "" when none. */
    drillFailCluster: z.string(),
    /** Each cluster's Route 53 ARC routing control ARN; empty without `dns.recoveryControl`. */
    routingControls: record(z.string()),
    /** The ARC Region switch plans (one per secondary, paired with the primary) and their execution role; absent without `dns.recoveryControl`. */
    regionSwitch: regionSwitchOutputs.optional(),
    /** Each cluster's region's SNS topic its CloudWatch alarms page through; empty without `addons.monitoring.cloudwatch`. */
    alarmTopics: record(z.string()),
    /** Each secondary's bucket for the primary's replicated backups (see BackupReplicaBuckets). */
    backupReplicas: record(replicaBucket),
    /** Each cluster's region's locked AWS Backup vault for the databases (see DatabaseVaults); empty without databases. */
    databaseVaults: record(databaseVault),
});
export type EnvironmentOutputs = z.infer<typeof environmentOutputs>;

/**
 * Named outputs of another stack, checked against their contract: an output it lacks fails the
 * plan naming the stack to apply first, and so does one of another shape (a stack applied by an
 * older or newer program), with the first problems' paths. Secret outputs come back plain: keep
 * them in `pulumi.secret` when they flow on. Nothing read is printed, only paths.
 */
export async function stackOutputs<Shape extends z.ZodRawShape>(
    stack: pulumi.StackReference,
    stackName: string,
    contract: z.ZodObject<Shape>,
): Promise<z.output<z.ZodObject<Shape>>> {
    const keys = Object.keys(contract.shape);
    const values = await readOutputs(stack, keys);
    const missing = keys.filter((key) => !(key in values) && !z.safeParse(contract.shape[key], undefined).success);
    if (missing.length > 0)
        throw new pulumi.RunError(
            `stack ${stackName} has no output ${missing.join(", ")}; apply it first (pulumi up -s ${stackName}), it comes before this one in the rollout`,
        );
    const parsed = contract.safeParse(values);
    if (parsed.success) return parsed.data;
    const problems = parsed.error.issues.slice(0, 3).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
    const more = parsed.error.issues.length > problems.length ? ` and ${parsed.error.issues.length - problems.length} more` : "";
    throw new pulumi.RunError(
        `stack ${stackName} exports another shape than this program reads (${problems.join("; ")}${more}): it was applied by another version of this program; apply ${stackName} with this one first (pulumi up -s ${stackName}), it comes before this one in the rollout`,
    );
}

/** The Istio control planes a cluster runs and the one its workloads use. */
export const meshRevisions = z.object({ revisions: z.array(z.string()).readonly(), workloads: z.string() });

/** A cluster's versions and upgrade progress, as its stack exports them and a later wave reads them. */
export const upgradeStatus = z.object({
    /** The topology's version: the target. */
    target: z.string(),
    controlPlane: z.string(),
    /** Pool name → its node group's name and version. */
    pools: record(z.object({ nodeGroup: z.string(), version: z.string() })),
    addons: z.string(),
    /** Every step to the target, as preview lines; the first is this `up`'s. */
    steps: z.array(z.string()).readonly(),
    /** Nothing left to do: every pool not deferred at the target, add-ons included. */
    complete: z.boolean(),
    /**
     * The Istio control planes this `up` left running, the one workloads use, and the mesh's
     * steps still to go. @default absent in outputs of programs before the mesh was recorded,
     * which ran Istio 1-28 only (LEGACY_MESH)
     */
    mesh: meshRevisions.extend({ steps: z.array(z.string()).readonly() }).optional(),
    /** On the primary: the global databases' engine target and the steps still to take (components/upgrades/database.ts). @default none */
    database: z.object({ target: z.string(), steps: z.array(z.string()).readonly() }).optional(),
});

/** A service's global database as a cluster's stack reports it. */
export const databaseExport = z.object({
    globalClusterId: z.string(),
    /** The global writer endpoint. */
    writerEndpoint: z.string(),
    /** This region's reader endpoint. */
    readerEndpoint: z.string(),
    /**
     * The engine version this region's member runs (as AWS reports it). @default absent from stacks
     * applied before it was recorded, which ran LEGACY_DATABASE_ENGINE_VERSION
     */
    engineVersion: z.string().optional(),
});

/** Per cluster: what it is and what it runs; no secrets. */
export const clusterOutputs = z.object({
    name: z.string(),
    region: z.string(),
    role: z.string(),
    priority: z.number(),
    endpoint: z.string(),
    oidcIssuer: z.string(),
    oidcProviderArn: z.string(),
    nodeGroups: z.array(z.string()),
    vpcId: z.string(),
    /** Velero bucket and default location name. */
    backupBucket: z.string(),
    backupLocation: z.string(),
    /** Velero Schedule of the payments namespaces; a restore names it to get the latest backup. */
    backupSchedule: z.string(),
    /** On secondaries: the bucket and read-only location holding the primary's replicated backups. */
    primaryReplicaBucket: z.string().optional(),
    primaryReplicaLocation: z.string().optional(),
    /** Add-ons in the order they were installed. */
    addons: z.array(z.string()),
    /** Hosts the cluster's gateway serves: the global API host and this cluster's own. */
    apiHosts: z.array(z.string()),
});

/** A load balancer as an alias record targets it. */
export const loadBalancerTarget = z.object({
    dnsName: z.string(),
    /** The load balancer's canonical hosted zone, for alias records. */
    zoneId: z.string(),
});

/** A cluster stack's outputs: the next cluster in failover order, the next wave and the drill check what they read against this. */
export const clusterStackOutputs = z.object({
    cluster: clusterOutputs,
    /** An admin kubeconfig (assumes adminRoleArn, region pinned); secret. */
    kubeconfig: z.string(),
    /** The kubeconfig DR drills use (assumes the drill role: the drill namespace and Velero restores only); secret; absent without `drill.roleArn`. */
    drillKubeconfig: z.string().optional(),
    /** The ingress gateway's NLB. */
    ingress: loadBalancerTarget,
    /** Its part of the failover routing (see `planClusterFailover`): its checks and the records it owns. */
    failover: z.object({
        /** The check its records carry: with ARC, the calculated one over the endpoint's and the routing control's. */
        healthCheckId: z.string(),
        /** Its endpoint's own check (HTTPS), which the rollout's wave check reads: Route 53 reports no status for a calculated one. */
        endpointHealthCheckId: z.string(),
        /** What that check is, as Route 53 reports it: what the rollout walk evaluates the wave check against. */
        endpointHealthCheck: z.object({ type: z.string(), resourcePath: z.string(), inverted: z.boolean() }),
        /** The set identifiers of the failover records it owns. */
        records: z.array(z.string()),
    }),
    /** Its versions and upgrade progress: the next wave waits for `complete`, and its own next `up` reads them back. */
    upgrade: upgradeStatus,
    /** The services' databases it holds, by service: the secondaries join the primary's global clusters through these. */
    databases: record(databaseExport),
});

export type MeshRevisions = z.infer<typeof meshRevisions>;
export type UpgradeStatus = z.infer<typeof upgradeStatus>;
export type MeshStatus = NonNullable<UpgradeStatus["mesh"]>;
export type DatabaseExport = z.infer<typeof databaseExport>;
export type ClusterOutputs = z.infer<typeof clusterOutputs>;
export type LoadBalancerTarget = z.infer<typeof loadBalancerTarget>;
export type ClusterStackOutputs = z.infer<typeof clusterStackOutputs>;

/** A value as a program may produce it: Outputs, Promises or plain values, at any depth. */
export type DeepInput<T> = T extends (infer U)[]
    ? pulumi.Input<DeepInput<U>[]>
    : T extends object
      ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>
      : pulumi.Input<T>;

/** What a program exports for a contract: every output (an optional one may be left out), each as the program produces it. */
export type StackExports<T> = { [K in keyof T]: DeepInput<T[K]> };

/** The fully qualified name of a cluster's stack, in the environment stack's organisation. */
export function clusterStackName(environmentStack: string, cluster: string): string {
    const parts = environmentStack.split("/");
    if (parts.length !== 3) throw new pulumi.RunError(`environmentStack: "${environmentStack}" is not <org>/<project>/<stack>; write it in full`);
    return `${parts[0]}/${CLUSTER_PROJECT}/${cluster}`;
}

/**
 * The named outputs of a stack as plain values, for a program that must know them before it
 * declares resources (which cluster, which add-ons). Secret outputs come back plain: keep them in
 * `pulumi.secret` when they flow on. An output the stack does not have is left out; a stack
 * that has never been updated has none.
 */
async function readOutputs(stack: pulumi.StackReference, keys: readonly string[]): Promise<Record<string, unknown>> {
    const entries = await Promise.all(
        keys.map(async (key) => {
            const details = await stack.getOutputDetails(key);
            return [key, details.value ?? details.secretValue] as const;
        }),
    );
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** The environment's output names, from its contract. */
export const ENVIRONMENT_OUTPUT_NAMES = environmentOutputs.keyof().options;
/** A cluster stack's output names, from its contract. */
export const CLUSTER_OUTPUT_NAMES = clusterStackOutputs.keyof().options;
