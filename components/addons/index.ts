import { KUBERNETES_SYSTEM_NAMESPACES } from "../names";
import type { AddonSettingsDeclaration, PlatformAddon } from "./addon";
import { calicoAddon } from "./calico";
import { certManagerAddon } from "./cert-manager";
import { drillAccessAddon } from "./drill-access";
import { clusterAutoscalerAddon } from "./cluster-autoscaler";
import { externalSecretsAddon } from "./external-secrets";
import { istioBaseAddon, istioCniAddon, istioEgressGatewayAddon, istioGatewayAddon, istiodAddon } from "./istio";
import { prometheusAdapterAddon } from "./prometheus-adapter";
import { kubePrometheusStackAddon } from "./kube-prometheus-stack";
import { installOrder } from "./order";
import { SIZE_SETTINGS } from "./sizes";
import { storageAddon } from "./storage";
import { veleroAddon } from "./velero";
import type { ChartPin } from "./versions";

/** Every platform add-on, in no particular order: `installOrder` derives it from dependencies. */
export const ADDONS: readonly PlatformAddon[] = [
    calicoAddon,
    istioGatewayAddon,
    istiodAddon,
    istioBaseAddon,
    istioCniAddon,
    kubePrometheusStackAddon,
    storageAddon,
    externalSecretsAddon,
    veleroAddon,
    clusterAutoscalerAddon,
    prometheusAdapterAddon,
    certManagerAddon,
    istioEgressGatewayAddon,
    drillAccessAddon,
];

/** The settings declarations of the add-ons, each once (add-ons may share one); two for one key are refused. */
export function settingsDeclarations(addons: readonly PlatformAddon[]): AddonSettingsDeclaration<unknown>[] {
    const byKey = new Map<string, AddonSettingsDeclaration<unknown>>();
    for (const addon of addons) {
        const declaration = addon.settings;
        if (!declaration) continue;
        const known = byKey.get(declaration.key);
        if (known && known !== declaration)
            throw new Error(
                `add-on "${addon.name}" declares settings addons.${declaration.key}, which another add-on already declares differently; share one declaration`,
            );
        byKey.set(declaration.key, declaration);
    }
    return [...byKey.values()];
}

/** The settings of the platform's add-ons, which `addons.<key>` of the stack config holds (the sizes of every add-on's pods among them). */
export const ADDON_SETTINGS = [...settingsDeclarations(ADDONS), SIZE_SETTINGS];

/** Every add-on component whose size `addons.sizes` may set: `<add-on>/<component>`. */
export function sizedComponents(addons: readonly PlatformAddon[]): string[] {
    return addons.flatMap((addon) => Object.keys(addon.sizes ?? {}).map((component) => `${addon.name}/${component}`)).sort();
}

/** The add-ons in install order. */
export function inInstallOrder(addons: readonly PlatformAddon[]): PlatformAddon[] {
    const byName = new Map(addons.map((addon) => [addon.name, addon]));
    return installOrder(addons).map((name) => byName.get(name) as PlatformAddon);
}

/**
 * The namespaces the application default-deny leaves alone: Kubernetes' own, then each
 * platform add-on's in install order (each once).
 */
export function platformNamespaces(addons: readonly PlatformAddon[]): string[] {
    const owned = inInstallOrder(addons).flatMap((addon) => (addon.platformNamespaces ? addon.namespaces : []));
    return [...new Set([...KUBERNETES_SYSTEM_NAMESPACES, ...owned])];
}

/** Which add-on's CRDs bring each custom resource kind: `"<apiVersion> <Kind>"` → add-on name. */
export function customResourceOwners(addons: readonly PlatformAddon[]): Map<string, string> {
    const owners = new Map<string, string>();
    for (const addon of addons) {
        for (const [apiVersion, kinds] of Object.entries(addon.customResources)) {
            for (const kind of kinds) {
                const key = `${apiVersion} ${kind}`;
                const other = owners.get(key);
                if (other)
                    throw new Error(`custom resource ${key} is declared by both add-on "${other}" and add-on "${addon.name}"; one add-on brings each CRD`);
                owners.set(key, addon.name);
            }
        }
    }
    return owners;
}

/** Every pinned chart, `<add-on>/<chart key>` → pin. */
export function chartPins(addons: readonly PlatformAddon[]): Map<string, ChartPin> {
    return new Map(addons.flatMap((addon) => Object.entries(addon.charts).map(([key, pin]) => [`${addon.name}/${key}`, pin] as const)));
}

/** The charts whose CRDs bring each custom resource kind: `"<apiVersion> <Kind>"` → chart names. */
export function crdCharts(addons: readonly PlatformAddon[]): Map<string, string[]> {
    const byName = new Map(addons.map((addon) => [addon.name, addon]));
    return new Map(
        [...customResourceOwners(addons)].map(([kind, owner]) => [kind, Object.values(byName.get(owner)?.charts ?? {}).map((pin) => pin.chart)] as const),
    );
}

/** Kubernetes' own API groups, by its naming rule: the core group, dotless groups and `*.k8s.io`; every other group is a CRD's. */
export function isBuiltInApiGroup(groupVersion: string): boolean {
    const group = groupVersion.split("/")[0];
    return !group.includes(".") || group.endsWith(".k8s.io");
}

export { settingsOf } from "./settings";
