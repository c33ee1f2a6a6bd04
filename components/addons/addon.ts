import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import { formatPath } from "../config/fields";
import type { ConfigReferenceRow } from "../config/reference";
import type { Environment } from "../config/schema";
import type { SecureBucket } from "../backup/bucket";
import type { ClusterInfo } from "../cluster/cluster-info";
import type { RegionalImages } from "../images/mirrors";
import type { ResourceRequirements } from "./placement";
import type { ChartPin } from "./versions";

/** A pod's CPU and memory request; memory is also its limit, a CPU limit only where declared. */
export interface Size {
    readonly cpu: string;
    readonly memory: string;
    readonly cpuLimit?: string;
}

/**
 * An add-on's settings under `addons.<key>` of the stack config, declared in its file with
 * `declareSettings`: the schema (every field optional), the defaults that fill it, and checks
 * across its fields. Add-ons that share settings (Istio's) share one declaration.
 */
export interface AddonSettingsDeclaration<Settings> {
    readonly key: string;
    readonly schema: z.ZodObject;
    /** Its rows of the README's config reference (keys `addons.<key>.…`): every key of the schema documented. */
    readonly reference: readonly ConfigReferenceRow[];
    /** The settings with every default filled in, from `addons.<key>` as the stack config holds it (absent is `{}`). */
    resolve(config: unknown, environment: Environment): Settings;
    /** Problems the schema cannot see (across fields or environments), by field. @default none */
    check?(config: unknown, environment: Environment): Array<{ field: string; message: string }>;
}

/** What a declaration's settings are: the type its `resolve` returns, inferred, never written out again. */
export type SettingsOf<Declaration> = Declaration extends AddonSettingsDeclaration<infer Settings> ? Settings : never;

/**
 * Declares an add-on's settings: `resolve` and `check` receive config as the schema parses it
 * (so typed by it, not cast), and what `resolve` returns is the settings' type.
 */
export function declareSettings<Schema extends z.ZodObject, Settings>(declaration: {
    key: string;
    schema: Schema;
    reference: readonly ConfigReferenceRow[];
    resolve(config: z.output<Schema>, environment: Environment): Settings;
    check?(config: z.output<Schema>, environment: Environment): Array<{ field: string; message: string }>;
}): AddonSettingsDeclaration<Settings> {
    // Config passed this schema when the environment validated it; a cluster stack resolving what an
    // environment of another program version validated is told which stack to apply, never a ZodError.
    const parse = (config: unknown): z.output<Schema> => {
        const parsed = declaration.schema.safeParse(config ?? {});
        if (parsed.success) return parsed.data;
        const problems = parsed.error.issues.map((issue) => `addons.${formatPath([declaration.key, ...issue.path])}: ${issue.message}`);
        throw new pulumi.RunError(
            `${problems.join("; ")}: the environment's config was validated by another version of this program; apply the environment stack with this one first`,
        );
    };
    const check = declaration.check;
    return {
        key: declaration.key,
        schema: declaration.schema,
        reference: declaration.reference,
        resolve: (config, environment) => declaration.resolve(parse(config), environment),
        ...(check ? { check: (config: unknown, environment: Environment) => check(parse(config), environment) } : {}),
    };
}

/** What an add-on's install step gets: the cluster, where to install, and what to wait for. */
export interface AddonContext<Settings = unknown> extends ClusterInfo {
    /** Prefix for resource names: `<cluster component>-<add-on>`. */
    readonly name: string;
    /** The add-on's own component: the parent of everything it creates. */
    readonly parent: pulumi.ComponentResource;
    /** Its own settings, defaults filled in (undefined for an add-on without settings). */
    readonly settings: Settings;
    /** The cluster being ready and what the add-on's dependencies returned as ready: its resources wait on these. */
    readonly dependsOn: pulumi.Resource[];
    /** The cluster alone being ready (node pools, managed add-ons). */
    readonly clusterReady: pulumi.Resource[];
    /**
     * Each declared dependency's ready resources, by add-on: for a resource that needs only one
     * of them (waiting on all would chain the deploy for nothing).
     */
    readonly dependencies: ReadonlyMap<string, pulumi.Resource[]>;
    /** A component's size: `addons.sizes["<add-on>/<component>"]`, else the add-on's declared default. */
    size(component: string): ResourceRequirements;
    /** Every platform namespace of this cluster (Kubernetes' own and the add-ons'), derived from the add-ons installed. */
    readonly platformNamespaces: readonly string[];
    /**
     * The cluster region's caches of the upstream registries (components/images/mirrors.ts): every
     * image a chart runs is named through them, so the cluster pulls nothing from outside its region.
     */
    readonly images: RegionalImages;
    /** Every add-on's monitors in this cluster, in install order (see ScrapeTarget). */
    readonly monitors: readonly ScrapeTarget[];
}

/**
 * A PodMonitor or ServiceMonitor an add-on declares for its own pods: kube-prometheus-stack creates
 * it, in its own namespace, once its CRDs are served; the add-on only says what to scrape.
 */
export interface ScrapeTarget {
    /** The last segment of its resource's name (`<add-ons>-kube-prometheus-stack-<role>`). */
    readonly role: string;
    readonly kind: "PodMonitor" | "ServiceMonitor";
    /** Its name in the monitoring namespace: Prometheus's `job` label is `<namespace>/<name>`. */
    readonly name: string;
    readonly spec: Record<string, unknown>;
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
}

/**
 * One platform add-on, declared in one file: everything else that lists add-ons derives from
 * these fields (install order and `dependsOn` edges, the platform namespaces Calico's default
 * deny leaves alone, the custom resource kinds the mock cloud and the schema checks know, the
 * chart pins). Register it in `ADDONS` (index.ts).
 */
export interface PlatformAddon<Settings = unknown> {
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
    /** Its pods' components and their default sizes (overridable per environment in `addons.sizes`). @default none */
    readonly sizes?: Readonly<Record<string, Size>>;
    /** Its settings in stack config, if it has any. @default none */
    readonly settings?: AddonSettingsDeclaration<Settings>;
    /** What Prometheus scrapes of it (the add-on that runs Prometheus creates these). @default none */
    readonly monitors?: readonly ScrapeTarget[];
    install(ctx: AddonContext<Settings>): AddonInstall;
}
