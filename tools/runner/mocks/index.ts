import { MockCloudOptions } from "../mock-cloud";
import { awsInvokes, awsResources } from "./aws";
import { eksResources } from "./eks";

/** Every resource type and invoke the offline mock cloud can answer. */
export const CLOUD_MOCKS: MockCloudOptions = {
    resources: { ...awsResources, ...eksResources },
    invokes: { ...awsInvokes },
};
