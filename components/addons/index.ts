import { PlatformAddon } from "./addon";
import { calicoAddon } from "./calico";
import { externalSecretsAddon } from "./external-secrets";
import { istioBaseAddon, istioCniAddon, istioGatewayAddon, istiodAddon } from "./istio";
import { monitoringAddon } from "./monitoring";
import { storageAddon } from "./storage";
import { veleroAddon } from "./velero";

/** Every platform add-on, in no particular order: `installOrder` derives it from dependencies. */
export const ADDONS: readonly PlatformAddon[] = [
    calicoAddon,
    istioGatewayAddon,
    istiodAddon,
    istioBaseAddon,
    istioCniAddon,
    monitoringAddon,
    storageAddon,
    externalSecretsAddon,
    veleroAddon,
];
