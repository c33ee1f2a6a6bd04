import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { SecureBucket } from "../backup/bucket";
import { ClusterCa } from "../secrets/mesh-ca";
import { AddonSettings, ClusterSpec, PlatformSpec } from "../topology/expand";

/** What an add-on's install step gets: where to install, with what, and what to wait for. */
export interface AddonContext {
    /** Prefix for resource names: `<cluster component>-<add-on>`. */
    readonly name: string;
    /** The add-on's own component: the parent of everything it creates. */
    readonly parent: pulumi.ComponentResource;
    readonly cluster: ClusterSpec;
    readonly platform: PlatformSpec;
    readonly settings: AddonSettings;
    readonly k8sProvider: k8s.Provider;
    readonly oidcProviderArn: pulumi.Output<string>;
    /** Without `https://`, as IAM condition keys want it. */
    readonly oidcIssuer: pulumi.Output<string>;
    readonly tags: Record<string, string>;
    /** What the add-on's dependencies returned as ready: its resources wait on these. */
    readonly dependsOn: pulumi.Resource[];
    /** This cluster's intermediate of the mesh root CA, in Secrets Manager. */
    readonly meshCa?: ClusterCa;
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
 * One platform add-on. Adding one is one file: declare its name, what it depends on and how to
 * install it, and list it in `ADDONS`; the install order and `dependsOn` edges are derived.
 */
export interface PlatformAddon {
    readonly name: string;
    /** The last segment of its component's type token, e.g. `Calico` → `payments:addons:Calico`. */
    readonly component: string;
    readonly dependsOn: readonly string[];
    install(ctx: AddonContext): AddonInstall;
}
