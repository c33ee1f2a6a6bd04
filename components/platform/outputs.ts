import * as pulumi from "@pulumi/pulumi";
import { FailoverPlan } from "../dns/failover";
import { ClusterOutputs } from "./cluster";
import { SecretOutputs } from "./platform";

/**
 * The platform stack's outputs: the one contract between the platform (index.ts, which must
 * export exactly this) and every stack that reads it through a StackReference (the DR drill).
 * A reader takes outputs through `platformOutput`, never by an untyped string.
 */
export interface PlatformStackOutputs {
    /** Per cluster: name, region, DR role, priority, API endpoint, OIDC, node groups, VPC, backups. */
    clusters: Record<string, ClusterOutputs>;
    /** Per cluster: an admin kubeconfig (assumes adminRoleArn); secret. */
    kubeconfigs: Record<string, string>;
    environment: string;
    /** Cluster names in failover order, the primary first. */
    failoverOrder: string[];
    /** The public zone, the API's name, and the Route 53 health check of each cluster. */
    dns: { zoneId: string; apiFqdn: string; healthChecks: Record<string, string> };
    /** Failover tiers as Route 53 serves them (records and health checks, no secrets). */
    failover: FailoverPlan;
    /** The cluster a DR drill currently fails over from, or "" when none. */
    drillFailCluster: string;
    /** Secrets Manager ARN and replica regions of each platform secret (never values). */
    secrets: Record<string, SecretOutputs>;
}

/** A value as a program may produce it: Outputs, Promises or plain values, at any depth. */
export type DeepInput<T> = T extends (infer U)[]
    ? pulumi.Input<DeepInput<U>[]>
    : T extends object
      ? pulumi.Input<{ [K in keyof T]: DeepInput<T[K]> }>
      : pulumi.Input<T>;

/** What index.ts exports: every output of the contract, each as the program produces it. */
export type PlatformStackExports = { [K in keyof PlatformStackOutputs]: DeepInput<PlatformStackOutputs[K]> };

/** The contract's output names, checked against the interface in both directions. */
export const PLATFORM_OUTPUTS = [
    "clusters",
    "kubeconfigs",
    "environment",
    "failoverOrder",
    "dns",
    "failover",
    "drillFailCluster",
    "secrets",
] as const satisfies readonly (keyof PlatformStackOutputs)[];
type Missing = Exclude<keyof PlatformStackOutputs, (typeof PLATFORM_OUTPUTS)[number]>;
const everyOutputListed: Missing extends never ? true : Missing = true;
void everyOutputListed;

/** One output of a platform stack, typed by the contract; fails the reader's plan if the stack lacks it. */
export function platformOutput<K extends keyof PlatformStackOutputs>(stack: pulumi.StackReference, key: K): pulumi.Output<PlatformStackOutputs[K]> {
    return stack.requireOutput(key) as pulumi.Output<PlatformStackOutputs[K]>;
}
