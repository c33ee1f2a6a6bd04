import { MockCloudOptions } from "../offline-plan/mock-cloud";
import { awsInvokes, awsResources } from "./aws";
import { eksResources } from "./eks";
import { kubernetesMockFor, kubernetesResources } from "./kubernetes";
import { randomTlsResources } from "./random-tls";

/** Every resource type and invoke the offline mock cloud can answer. */
export const mocks: MockCloudOptions = {
    resources: { ...awsResources, ...eksResources, ...kubernetesResources, ...randomTlsResources },
    resolve: kubernetesMockFor,
    invokes: { ...awsInvokes },
};
