import * as pulumi from "@pulumi/pulumi";
import { SecureBucket } from "../backup/bucket";
import { ClusterInfo } from "../cluster/cluster-info";
import { AddonSettings } from "../topology/expand";
import { ChartPin } from "./versions";

/** What an add-on's install step gets: the cluster, where to install, and what to wait for. */
export interface AddonContext extends ClusterInfo {
    /** Prefix for resource names: `<cluster component>-<add-on>`. */
    readonly name: string;
    /** The add-on's own component: the parent of everything it creates. */
    readonly parent: pulumi.ComponentResource;
    readonly settings: AddonSettings;
    /** What the add-on's dependencies returned as ready: its resources wait on these. */
    readonly dependsOn: pulumi.Resource[];
    /** Every platform namespace of this cluster (Kubernetes' own and the add-ons'), derived from the add-ons installed. */
    readonly platformNamespaces: readonly string[];
}

export interface AddonInstall {
    /** What add-ons that depend on this one must wait for (charts whose CRDs they use, ...). */
    readonly ready: pulumi.Resource[];
    /** Values for the cluster's stack outputs (bucket names, role ARNs ...). */
    readonly outputs?: Record<string, pulumi.Input<string>>;
    /** The backup add-on's buckets, which the platform replicates across regions. */
    readonly backup?: BackupInstall;
}

export interface BackupInstall {
    readonly bucket: SecureBucket["bucket"];
    readonly versioning: SecureBucket["versioning"];
    readonly keyArn: pulumi.Output<string>;
    /** On a secondary: where the primary's backups are replicated to. */
    readonly replica?: SecureBucket;
}

/**
 * One platform add-on, declared in one file: everything else that lists add-ons derives from
 * these fields (install order and `dependsOn` edges, the platform namespaces Calico's default
 * deny leaves alone, the custom resource kinds the mock cloud and the schema checks know, the
 * chart pins). Register it in `ADDONS` (index.ts).
 */
export interface PlatformAddon {
    readonly name: string;
    /** The last segment of its component's type token, e.g. `Calico` → `payments:addons:Calico`. */
    readonly component: string;
    /** Add-ons it installs after (their CRDs, webhooks or secrets). */
    readonly dependsOn: readonly string[];
    /** Namespaces it installs into, or that its operators create. */
    readonly namespaces: readonly string[];
    /**
     * Whether its namespaces are the platform's own: outside the application default-deny (the
     * charts bring what they need), and never holding payment workloads.
     */
    readonly platformNamespaces: boolean;
    /** The Helm charts it installs, pinned (chart, repository, version). */
    readonly charts: Readonly<Record<string, ChartPin>>;
    /** Custom resource kinds its charts' CRDs bring, by apiVersion (e.g. `velero.io/v1`). */
    readonly customResources: Readonly<Record<string, readonly string[]>>;
    install(ctx: AddonContext): AddonInstall;
}
