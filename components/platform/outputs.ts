import type { MeshIntermediateSecret } from "../secrets/mesh-ca";
import type { ReplicaBucket } from "../backup/replica-buckets";
import type { DatabaseExport } from "../data/placement";
import type { DatabaseVault } from "../data/backup-vaults";
import type { RegionSwitchOutputs } from "../dns/region-switch-plans";
import type { UpgradeStatus } from "../upgrades/plan";
import * as pulumi from "@pulumi/pulumi";
import { CLUSTER_PROJECT } from "../names";
import type { PlatformSpec } from "../topology/spec";

/**
 * The contract between the stacks: what the environment stack exports (read by every cluster
 * stack and the drill) and what each cluster stack exports (read by the cluster before it in
 * failover order and by the drill). The programs export `satisfies` these types; readers go
 * through `readOutputs`/`requireOutputs`, never an output name typed as a string.
 */

/** A secret as stacks see it: where it lives and who reads it, never its value. */
export interface SecretOutputs {
    arn: string;
    /** The Secrets Manager name, the same in every region. */
    remoteKey: string;
    services: string[];
    replicaRegions: string[];
}

/**
 * The version of the expanded topology's shape (`PlatformSpec`). Bump it with any change to that
 * shape: a cluster stack refuses a spec of another version (its environment was applied by an
 * older program) instead of failing on a missing field.
 */
export const SPEC_VERSION = 7;

/** The environment stack's outputs. */
export interface EnvironmentOutputs {
    environment: string;
    /** `SPEC_VERSION` of the program that applied the environment. */
    specVersion: number;
    /** The validated, expanded topology: the cluster stacks build from it and nothing else. */
    spec: PlatformSpec;
    /** Cluster names in failover order, the primary first. */
    failoverOrder: string[];
    /** Each cluster's stack, fully qualified (`org/payments-cluster/<cluster>`). */
    clusterStacks: Record<string, string>;
    /** The public zone and the API's name. */
    dns: { zoneId: string; apiFqdn: string };
    /** Every platform secret (never values), by name. */
    secrets: Record<string, SecretOutputs>;
    /** The secrets KMS key in each cluster's region, by cluster name. */
    secretsKeyArns: Record<string, string>;
    /** Cluster → where its mesh intermediate is kept, which the environment signs (the root key never leaves it). */
    meshIntermediates: Record<string, MeshIntermediateSecret>;
    /** The cluster a DR drill currently fails over from, or "" when none. */
    drillFailCluster: string;
    /** Each cluster's Route 53 ARC routing control ARN; empty without `dns.recoveryControl`. */
    routingControls: Record<string, string>;
    /** The ARC Region switch plans (one per secondary, paired with the primary) and their execution role; absent without `dns.recoveryControl`. */
    regionSwitch?: RegionSwitchOutputs;
    /** Each cluster's region's SNS topic its CloudWatch alarms page through; empty without `addons.monitoring.cloudwatch`. */
    alarmTopics: Record<string, string>;
    /** Each secondary's bucket for the primary's replicated backups (see BackupReplicaBuckets). */
    backupReplicas: Record<string, ReplicaBucket>;
    /** Each cluster's region's locked AWS Backup vault for the databases (see DatabaseVaults); empty without databases. */
    databaseVaults: Record<string, DatabaseVault>;
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

/** The environment's output names, checked against the interface in both directions. */
export const ENVIRONMENT_OUTPUT_NAMES = [
    "environment",
    "specVersion",
    "spec",
    "failoverOrder",
    "clusterStacks",
    "dns",
    "secrets",
    "secretsKeyArns",
    "meshIntermediates",
    "drillFailCluster",
    "routingControls",
    "regionSwitch",
    "alarmTopics",
    "backupReplicas",
    "databaseVaults",
] as const satisfies readonly (keyof EnvironmentOutputs)[];
/** A cluster stack's output names, checked likewise. */
export const CLUSTER_OUTPUT_NAMES = [
    "cluster",
    "kubeconfig",
    "drillKubeconfig",
    "ingress",
    "failover",
    "upgrade",
    "databases",
] as const satisfies readonly (keyof ClusterStackOutputs)[];
type Unlisted =
    Exclude<keyof EnvironmentOutputs, (typeof ENVIRONMENT_OUTPUT_NAMES)[number]> | Exclude<keyof ClusterStackOutputs, (typeof CLUSTER_OUTPUT_NAMES)[number]>;
const everyOutputListed: Unlisted extends never ? true : Unlisted = true;
void everyOutputListed;
