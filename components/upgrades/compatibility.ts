import type { PlatformAddon } from "../addons/addon";
import { CLUSTER_AUTOSCALER_IMAGE_TAGS } from "../addons/cluster-autoscaler";
import { chartPins } from "../addons";
import type { KubernetesSupport } from "../addons/versions";
import type { ManagedAddon } from "../cluster/versions";
import { MANAGED_ADDON_VERSIONS, MANAGED_ADDONS } from "../cluster/versions";
import { SUPPORTED_KUBERNETES_VERSIONS } from "../config/schema";
import { minorOf, minorOfRelease } from "./minor";

/** One chart's entry in a row: the pinned version, or why the minor is not covered. */
export interface ChartCompatibility {
    readonly version: string;
    readonly supported: boolean;
    readonly kubernetes: KubernetesSupport;
}

/**
 * What runs on one Kubernetes minor: the EKS managed add-ons and the autoscaler image pinned for
 * it, and every chart with whether its pin is declared to run there. `gaps` names what is
 * missing; a complete row has none.
 */
export interface CompatibilityRow {
    readonly kubernetes: string;
    readonly managedAddons: Partial<Record<ManagedAddon, string>>;
    readonly clusterAutoscalerImage?: string;
    /** `<add-on>/<chart key>` → entry. */
    readonly charts: Readonly<Record<string, ChartCompatibility>>;
    readonly gaps: readonly string[];
}

function supports(range: KubernetesSupport, version: string): boolean {
    return minorOf(range.min) <= minorOf(version) && minorOf(version) <= minorOf(range.max);
}

/**
 * The compatibility matrix's row for a minor: EKS managed add-ons (components/cluster/versions.ts),
 * the cluster-autoscaler image (components/addons/cluster-autoscaler.ts) and each add-on's chart
 * pins with their declared Kubernetes range (in each add-on's file). Pure.
 */
export function compatibilityRow(version: string, addons: readonly PlatformAddon[]): CompatibilityRow {
    const managed: Partial<Record<ManagedAddon, string>> = (MANAGED_ADDON_VERSIONS as Partial<Record<string, Record<ManagedAddon, string>>>)[version] ?? {};
    const image = (CLUSTER_AUTOSCALER_IMAGE_TAGS as Partial<Record<string, string>>)[version];
    const gaps: string[] = [];
    for (const addon of MANAGED_ADDONS) {
        const release = managed[addon];
        if (!release) gaps.push(`EKS add-on ${addon}: no version pinned for ${version} in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)`);
        else if (addon === "kube-proxy" && minorOfRelease(release) !== version)
            gaps.push(`EKS add-on kube-proxy ${release} is not a ${version} build; kube-proxy follows the control plane's minor`);
    }
    if (addons.some((addon) => addon.name === "cluster-autoscaler")) {
        if (!image)
            gaps.push(`cluster-autoscaler image: no tag pinned for ${version} in CLUSTER_AUTOSCALER_IMAGE_TAGS (components/addons/cluster-autoscaler.ts)`);
        else if (minorOfRelease(image) !== version)
            gaps.push(`cluster-autoscaler image ${image} is not a ${version} release; the autoscaler supports only its own minor`);
    }
    const charts: Record<string, ChartCompatibility> = {};
    for (const [key, pin] of chartPins(addons)) {
        const supported = supports(pin.kubernetes, version);
        charts[key] = { version: pin.version, supported, kubernetes: pin.kubernetes };
        if (!supported)
            gaps.push(
                `chart ${key} ${pin.version} runs on ${pin.kubernetes.min}-${pin.kubernetes.max} (${pin.kubernetes.source}), not ${version}; pin a version that supports ${version} in the add-on's file`,
            );
    }
    return { kubernetes: version, managedAddons: managed, clusterAutoscalerImage: image, charts, gaps };
}

/** The whole matrix: one row per supported minor, oldest first. */
export function compatibilityMatrix(addons: readonly PlatformAddon[]): CompatibilityRow[] {
    return SUPPORTED_KUBERNETES_VERSIONS.map((version) => compatibilityRow(version, addons));
}
