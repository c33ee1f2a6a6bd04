import type { ReplicaBucket } from "../platform/outputs";
import type * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import type { ClusterCa } from "../secrets/mesh-ca";
import type { ClusterSpec, PlatformSpec } from "../topology/spec";
import type { ClusterOidc } from "./irsa";
import type { MeshRevisions } from "../upgrades/mesh";

/**
 * What every component that works inside one cluster needs to know of it (the EKS Blueprints
 * `ClusterInfo` idea): passed as one object instead of six arguments to each component.
 */
export interface ClusterInfo {
    /** The cluster's expanded topology. */
    readonly cluster: ClusterSpec;
    /** The whole platform, for what spans clusters (the primary, the services, the secrets). */
    readonly platform: PlatformSpec;
    /** Provider for everything installed into the cluster. */
    readonly k8sProvider: k8s.Provider;
    /** The cluster's OIDC provider, which IRSA roles trust. */
    readonly oidc: ClusterOidc;
    /** Tags for every AWS resource made for the cluster. */
    readonly tags: Record<string, string>;
    /** The API's public hosted zone (the environment's): where certificates are validated (DNS-01). */
    readonly dnsZoneId: pulumi.Input<string>;
    /** On a secondary: the environment's bucket in its region holding the primary's replicated backups. @default none */
    readonly backupReplica?: ReplicaBucket;
    /** This cluster's intermediate of the mesh root CA, in Secrets Manager. @default none: istiod mints its own root */
    readonly meshCa?: ClusterCa;
    /** The environment's permissions boundary: every role made for the cluster carries it. */
    readonly permissionsBoundary: string;
    /** The Istio control planes this `up` runs and the one workloads use (the mesh upgrade's step). */
    readonly mesh: MeshRevisions;
}
