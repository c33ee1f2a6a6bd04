import * as k8s from "@pulumi/kubernetes";
import type * as pulumi from "@pulumi/pulumi";
import type { AddonContext, ScrapeTarget } from "./addon";
import type { ChartPin } from "./versions";

/** How long Helm waits for a release's resources to become ready. */
export const RELEASE_TIMEOUT_SECONDS = 600;

/**
 * A pinned `helm.v3.Release` (it previews against a cluster that does not exist yet, where
 * `helm.v4.Chart` cannot). Values are typed by each add-on; a failed upgrade rolls back.
 */
export function chartRelease<Values extends object>(
    ctx: AddonContext,
    role: string,
    pin: ChartPin,
    namespace: string,
    values: Values,
    opts: { dependsOn?: pulumi.Resource[]; releaseName?: string; aliases?: pulumi.Alias[] } = {},
): k8s.helm.v3.Release {
    return new k8s.helm.v3.Release(
        `${ctx.name}-${role}`,
        {
            name: opts.releaseName ?? role,
            chart: pin.chart,
            version: pin.version,
            repositoryOpts: { repo: pin.repo },
            namespace,
            createNamespace: true,
            atomic: true,
            cleanupOnFail: true,
            timeout: RELEASE_TIMEOUT_SECONDS,
            values: values as Record<string, unknown>,
        },
        { parent: ctx.parent, dependsOn: [...ctx.dependsOn, ...(opts.dependsOn ?? [])], aliases: opts.aliases },
    );
}

/** A custom resource that waits for what serves its kind: the release that installs its CRD, or an API server. */
export function customResource(
    ctx: AddonContext,
    role: string,
    args: {
        apiVersion: string;
        kind: string;
        metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
        spec: Record<string, unknown>;
    },
    servedBy: pulumi.Resource,
): k8s.apiextensions.CustomResource {
    return new k8s.apiextensions.CustomResource(`${ctx.name}-${role}`, args, { parent: ctx.parent, dependsOn: [...ctx.dependsOn, servedBy] });
}

/** Helm's annotation that leaves a resource in place when its release is uninstalled, or replaced. */
export const KEEP_ON_DELETE: Readonly<Record<string, string>> = { "helm.sh/resource-policy": "keep" };

/**
 * A PodMonitor of a chart's own pods, by the labels charts give them (`app.kubernetes.io/name`
 * and `instance`, both the release's name here) and their metrics port's name.
 */
export function chartPodMonitor(role: string, namespace: string, app: string, port: string): ScrapeTarget {
    return {
        role,
        kind: "PodMonitor",
        name: app,
        spec: {
            namespaceSelector: { matchNames: [namespace] },
            selector: { matchLabels: { "app.kubernetes.io/name": app, "app.kubernetes.io/instance": app } },
            podMetricsEndpoints: [{ port, interval: "30s" }],
        },
    };
}
