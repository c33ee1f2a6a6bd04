import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ClusterCa } from "../secrets/mesh-ca";
import { ClusterSpec, PlatformSpec } from "../topology/expand";
import { AddonInstall, PlatformAddon } from "./addon";
import { installOrder } from "./order";

export interface ClusterAddonsArgs {
    /** The add-ons to install; order and edges are derived from their `dependsOn`. Required. */
    addons: readonly PlatformAddon[];
    cluster: ClusterSpec;
    platform: PlatformSpec;
    k8sProvider: k8s.Provider;
    oidcProviderArn: pulumi.Output<string>;
    oidcIssuer: pulumi.Output<string>;
    /** Everything in-cluster waits for these (node pools and managed add-ons). Required. */
    clusterReady: pulumi.Resource[];
    /** This cluster's mesh intermediate CA. @default none: istiod mints its own root */
    meshCa?: ClusterCa;
    tags: Record<string, string>;
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
        super("payments:addons:ClusterAddons", name, {}, { ...opts, providers: [args.k8sProvider] });
        this.order = installOrder(args.addons);
        const byName = new Map(args.addons.map((addon) => [addon.name, addon]));
        const installs = new Map<string, AddonInstall>();
        for (const addonName of this.order) {
            const addon = byName.get(addonName);
            if (!addon) throw new Error(`add-on ${addonName} vanished`);
            const component = new AddonComponent(addon.component, `${name}-${addon.name}`, { parent: this });
            const install = addon.install({
                name: `${name}-${addon.name}`,
                parent: component,
                cluster: args.cluster,
                platform: args.platform,
                settings: args.platform.addons,
                k8sProvider: args.k8sProvider,
                oidcProviderArn: args.oidcProviderArn,
                oidcIssuer: args.oidcIssuer,
                tags: args.tags,
                meshCa: args.meshCa,
                dependsOn: [...args.clusterReady, ...addon.dependsOn.flatMap((dependency) => installs.get(dependency)?.ready ?? [])],
            });
            component.complete(install.outputs ?? {});
            installs.set(addon.name, install);
        }
        this.installs = installs;
        this.registerOutputs({ order: this.order });
    }
}
