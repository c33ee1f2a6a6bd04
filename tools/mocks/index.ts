import { ADDONS } from "../../components/addons";
import type { PlatformAddon } from "../../components/addons/addon";
import type { MockCloudOptions } from "../offline-plan/mock-cloud";
import { awsInvokes, awsResources } from "./aws";
import { commandResources } from "./command";
import { eksResources } from "./eks";
import { kubernetesMockFor, kubernetesResources } from "./kubernetes";
import { postgresqlResources } from "./postgresql";
import { randomTlsResources } from "./random-tls";

/** The mock cloud for a platform with these add-ons: their CRDs decide which custom resources exist. */
export function cloudMocks(addons: readonly PlatformAddon[]): MockCloudOptions {
    return {
        resources: { ...awsResources, ...eksResources, ...kubernetesResources, ...randomTlsResources, ...postgresqlResources, ...commandResources },
        resolve: kubernetesMockFor(addons),
        invokes: { ...awsInvokes },
    };
}

/** Every resource type and invoke the offline mock cloud can answer, for the platform's add-ons. */
export const mocks: MockCloudOptions = cloudMocks(ADDONS);
