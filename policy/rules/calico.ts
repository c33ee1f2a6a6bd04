import type { StackValidationPolicy } from "@pulumi/policy";
import { CALICO_API_VERSION, CALICO_STORAGE_GROUP } from "../../components/addons/calico";
import type { Level } from "./util";
import { asRecord, resourcesOfType, waitsFor } from "./util";

const API_SERVER = "kubernetes:operator.tigera.io/v1:APIServer";
const RELEASE = "kubernetes:helm.sh/v3:Release";

/** Whether a Calico APIServer makes Pulumi wait until the operator reports it Ready. */
const waitsUntilReady = (annotations: Record<string, unknown>) =>
    /\.status\.state\}=Ready$|^condition=Ready$/.test(String(annotations["pulumi.com/waitFor"] ?? ""));

/**
 * Calico is managed through its supported API, with one owner for its CRDs:
 * - nothing (the program's objects or a chart's rendered ones) writes Calico's storage CRDs
 *   (`crd.projectcalico.org/v1`), which Calico documents as not for users: no defaulting or
 *   validation, and their shape may change between releases;
 * - every `projectcalico.org/v3` object waits for a Calico APIServer on its cluster that Pulumi
 *   waits on until Ready, or the first rollout fails while the API is not yet served;
 * - when the stack applies Calico's operator CRDs itself, the tigera-operator release is told not
 *   to manage them (`manageCRDs: false`), or two owners of two versions rewrite them in turn.
 */
export function calicoThroughItsApi(level: Level): StackValidationPolicy {
    return {
        name: "calico-through-its-api",
        description: "Calico objects go through projectcalico.org/v3 and a Ready Calico API server; Calico's CRDs have one owner.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const resource of args.resources) {
                const match = /^kubernetes:([^/:]+)\/[^:]+:([A-Za-z]+)$/.exec(resource.type);
                if (!match) continue;
                if (match[1] === CALICO_STORAGE_GROUP)
                    report(
                        `${resource.name} (${resource.type}) writes Calico's storage API, which Calico documents as not for users; declare it as ${CALICO_API_VERSION} ${match[2].replace(/Patch$/, "")}, served by the Calico API server.`,
                        resource.urn,
                    );
                if (`${match[1]}/v3` !== CALICO_API_VERSION) continue;
                const served = waitsFor(resource).some(
                    (dependency) =>
                        dependency.type === API_SERVER &&
                        dependency.provider?.urn === resource.provider?.urn &&
                        waitsUntilReady(asRecord(asRecord(dependency.props.metadata).annotations)),
                );
                if (!served)
                    report(
                        `${resource.name} (${resource.type}) does not wait for a Ready Calico API server on its cluster; the API is not served until the operator reports it Ready. Depend on the operator.tigera.io/v1 APIServer annotated pulumi.com/waitFor: "jsonpath={.status.state}=Ready".`,
                        resource.urn,
                    );
            }
            const ownCrds = resourcesOfType(args, "kubernetes:yaml/v2:ConfigFile").filter((file) => /\/operator-crds\.yaml$/.test(String(file.props.file)));
            for (const release of resourcesOfType(args, RELEASE)) {
                if (release.props.chart !== "tigera-operator") continue;
                const appliesCrds = ownCrds.some((file) => file.provider?.urn === release.provider?.urn);
                // The chart's default is true (values.yaml of tigera-operator v3.31.7).
                if (appliesCrds && asRecord(release.props.values).manageCRDs !== false)
                    report(
                        `${release.name} lets the Tigera operator manage Calico's CRDs while this stack applies them from operator-crds.yaml; set manageCRDs: false (or stop applying them) so one owner writes them.`,
                        release.urn,
                    );
            }
        },
    };
}
