import type { UpgradeStatus } from "../upgrades/plan";
import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import { ENVIRONMENTS } from "../config/schema";
import { formatPath } from "../config/fields";
import { CLUSTER_PROJECT } from "../names";
import { platformSpec } from "../topology/spec";
import type { DatabaseExport } from "../data/placement";

/**
 * The contract between the stacks: what the environment stack exports (read by every cluster
 * stack and the drill), declared once as a zod schema, and what each cluster stack exports (read
 * by the cluster before it in failover order and by the drill). The programs export `satisfies`
 * these types; readers go through `stackOutputs` (checked against the schema) or
 * `readOutputs`/`requireOutputs`, never an output name typed as a string.
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
    const values = await readOutputs<Record<string, unknown>, string>(stack, keys);
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

/** Per cluster: what it is and what it runs; no secrets. */
export interface ClusterOutputs {
    name: string;
    region: string;
    role: string;
    priority: number;
    endpoint: string;
    oidcIssuer: string;
    oidcProviderArn: string;
    nodeGroups: string[];
    vpcId: string;
    /** Velero bucket and default location name. */
    backupBucket: string;
    backupLocation: string;
    /** Velero Schedule of the payments namespaces; a restore names it to get the latest backup. */
    backupSchedule: string;
    /** On secondaries: the bucket and read-only location holding the primary's replicated backups. */
    primaryReplicaBucket?: string;
    primaryReplicaLocation?: string;
    /** Add-ons in the order they were installed. */
    addons: string[];
    /** Hosts the cluster's gateway serves: the global API host and this cluster's own. */
    apiHosts: string[];
}

/** A load balancer as an alias record targets it. */
export interface LoadBalancerTarget {
    dnsName: string;
    /** The load balancer's canonical hosted zone, for alias records. */
    zoneId: string;
}

/** A cluster stack's outputs. */
export interface ClusterStackOutputs {
    cluster: ClusterOutputs;
    /** An admin kubeconfig (assumes adminRoleArn, region pinned); secret. */
    kubeconfig: string;
    /** The kubeconfig DR drills use (assumes the drill role: the drill namespace and Velero restores only); secret; absent without `drill.roleArn`. */
    drillKubeconfig?: string;
    /** The ingress gateway's NLB. */
    ingress: LoadBalancerTarget;
    /** Its part of the failover routing (see `planClusterFailover`): its checks and the records it owns. */
    failover: {
        /** The check its records carry: with ARC, the calculated one over the endpoint's and the routing control's. */
        healthCheckId: string;
        /** Its endpoint's own check (HTTPS), which the rollout's wave check reads: Route 53 reports no status for a calculated one. */
        endpointHealthCheckId: string;
        /** What that check is, as Route 53 reports it: what the rollout walk evaluates the wave check against. */
        endpointHealthCheck: { type: string; resourcePath: string; inverted: boolean };
        /** The set identifiers of the failover records it owns. */
        records: string[];
    };
    /** Its versions and upgrade progress: the next wave waits for `complete`, and its own next `up` reads them back. */
    upgrade: UpgradeStatus;
    /** The services' databases it holds, by service: the secondaries join the primary's global clusters through these. */
    databases: Record<string, DatabaseExport>;
}

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

/** One output of a stack, typed by its contract (a StackReference's `getOutput`). */
export function outputOf<T>() {
    return <K extends keyof T & string>(stack: pulumi.StackReference, key: K): pulumi.Output<T[K]> => stack.requireOutput(key) as pulumi.Output<T[K]>;
}

/**
 * The named outputs of a stack as plain values, for a program that must know them before it
 * declares resources (which cluster, which add-ons). Secret outputs come back plain: keep them in
 * `pulumi.secret` when they flow on. An output the stack does not have is left out; a stack
 * that has never been updated has none.
 */
export async function readOutputs<T, K extends keyof T & string>(stack: pulumi.StackReference, keys: readonly K[]): Promise<Partial<Pick<T, K>>> {
    const entries = await Promise.all(
        keys.map(async (key) => {
            const details = await stack.getOutputDetails(key);
            return [key, details.value ?? details.secretValue] as const;
        }),
    );
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Partial<Pick<T, K>>;
}

/** Like `readOutputs`, but every output is required: a missing one fails the plan, naming the stack to apply first. */
export async function requireOutputs<T, K extends keyof T & string>(stack: pulumi.StackReference, stackName: string, keys: readonly K[]): Promise<Pick<T, K>> {
    const values = await readOutputs<T, K>(stack, keys);
    const missing = keys.filter((key) => !(key in values));
    if (missing.length > 0)
        throw new pulumi.RunError(
            `stack ${stackName} has no output ${missing.join(", ")}; apply it first (pulumi up -s ${stackName}), it comes before this one in the rollout`,
        );
    return values as Pick<T, K>;
}

/** The environment's output names, from its contract. */
export const ENVIRONMENT_OUTPUT_NAMES = environmentOutputs.keyof().options;
/** A cluster stack's output names, checked against its interface in both directions. */
export const CLUSTER_OUTPUT_NAMES = [
    "cluster",
    "kubeconfig",
    "drillKubeconfig",
    "ingress",
    "failover",
    "upgrade",
    "databases",
] as const satisfies readonly (keyof ClusterStackOutputs)[];
type Unlisted = Exclude<keyof ClusterStackOutputs, (typeof CLUSTER_OUTPUT_NAMES)[number]>;
const everyOutputListed: Unlisted extends never ? true : Unlisted = true;
void everyOutputListed;
