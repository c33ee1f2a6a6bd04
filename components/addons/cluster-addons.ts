import { regionalImages } from "../images/mirrors";
import { environmentAccount } from "../cluster/iam";
import * as pulumi from "@pulumi/pulumi";
import { resources } from "./placement";
import { settingsOf } from "./settings";
import { SIZE_SETTINGS } from "./sizes";
import type { ClusterInfo } from "../cluster/cluster-info";
import type { AddonInstall, PlatformAddon } from "./addon";
import { inInstallOrder, platformNamespaces } from "./index";

export interface ClusterAddonsArgs {
    /** The add-ons to install; order and edges are derived from their `dependsOn`. Required. */
    addons: readonly PlatformAddon[];
    /** The cluster they go into. Required. */
    info: ClusterInfo;
    /** Everything in-cluster waits for these (node pools and managed add-ons). Required. */
    clusterReady: pulumi.Resource[];
}

/** The component of one add-on, so the plan shows each under its cluster. */
class AddonComponent extends pulumi.ComponentResource {
    constructor(component: string, name: string, opts: pulumi.ComponentResourceOptions) {
        super(`payments:addons:${component}`, name, {}, opts);
    }

    complete(outputs: pulumi.Inputs): void {
        this.registerOutputs(outputs);
    }
}

/** Installs the platform add-ons into one cluster in dependency order. */
export class ClusterAddons extends pulumi.ComponentResource {
    readonly order: string[];
    readonly installs: ReadonlyMap<string, AddonInstall>;

    constructor(name: string, args: ClusterAddonsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:addons:ClusterAddons", name, {}, { ...opts, providers: [args.info.k8sProvider] });
        const ordered = inInstallOrder(args.addons);
        this.order = ordered.map((addon) => addon.name);
        const namespaces = platformNamespaces(args.addons);
        const installs = new Map<string, AddonInstall>();
        const images = regionalImages(environmentAccount(args.info.platform), args.info.cluster.region);
        for (const addon of ordered) {
            const component = new AddonComponent(addon.component, `${name}-${addon.name}`, { parent: this });
            const install = addon.install({
                ...args.info,
                name: `${name}-${addon.name}`,
                parent: component,
                // Resolved from the platform's config (an add-on outside ADDONS, which config cannot set, gets its defaults).
                settings: addon.settings ? settingsOf(args.info.platform, addon.settings) : undefined,
                platformNamespaces: namespaces,
                images,
                monitors: ordered.flatMap((each) => each.monitors ?? []),
                dependsOn: [...args.clusterReady, ...addon.dependsOn.flatMap((dependency) => installs.get(dependency)?.ready ?? [])],
                clusterReady: args.clusterReady,
                size: (component) => {
                    const key = `${addon.name}/${component}`;
                    const chosen = settingsOf(args.info.platform, SIZE_SETTINGS)?.[key] ?? addon.sizes?.[component];
                    if (!chosen) throw new Error(`add-on ${addon.name} sizes a component "${component}" it does not declare in its sizes`);
                    return resources(chosen.cpu, chosen.memory, chosen.cpuLimit);
                },
                dependencies: new Map(addon.dependsOn.map((dependency) => [dependency, installs.get(dependency)?.ready ?? []])),
            });
            component.complete(install.outputs ?? {});
            installs.set(addon.name, install);
        }
        this.installs = installs;
        this.registerOutputs({ order: this.order });
    }
}
