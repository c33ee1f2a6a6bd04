import type { PlatformAddon } from "../../components/addons/addon";
import { chartPins } from "../../components/addons";
import { MANAGED_ADDONS } from "../../components/cluster/versions";
import { compatibilityMatrix } from "../../components/upgrades/compatibility";

import type { Table } from "./readme";

/**
 * The README's compatibility matrix, from the code that pins it: what runs on each supported
 * minor (the EKS managed add-ons, the autoscaler image), then every add-on chart's pin and the
 * minors it declares. Pure: a new add-on's charts appear here by themselves.
 */
export function compatibilityTables(addons: readonly PlatformAddon[]): [Table, Table] {
    const minors: Table = [
        ["Kubernetes", ...MANAGED_ADDONS, "cluster-autoscaler"],
        ...compatibilityMatrix(addons).map((row) => [
            row.kubernetes,
            ...MANAGED_ADDONS.map((addon) => row.managedAddons[addon] ?? ""),
            row.clusterAutoscalerImage ?? "",
        ]),
    ];
    const charts: Table = [
        ["chart", "version", "Kubernetes", "source"],
        ...[...chartPins(addons)].map(([key, pin]) => [key, pin.version, `${pin.kubernetes.min}–${pin.kubernetes.max}`, pin.kubernetes.source]),
    ];
    return [minors, charts];
}
