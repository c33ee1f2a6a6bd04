import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { EGRESS_GATEWAY } from "../../components/names";
import type { Level } from "./util";
import { ancestorOfType, asArray, asRecord, CLUSTER_COMPONENT, resourcesOfType } from "./util";

/** `sts.us-east-1.amazonaws.com` → `sts`; `*.s3.us-east-1.amazonaws.com` → `s3`; anything else → undefined. */
export function awsServiceOfHost(host: string): string | undefined {
    const match = /^(?:\*\.)?([a-z0-9.-]+?)\.[a-z]{2}(?:-gov)?-[a-z]+-\d\.amazonaws\.com$/.exec(host);
    return match?.[1];
}

/** Whether a NetworkPolicy of the namespace lets its pods out on `port` (to any peer). */
function allowsEgressOn(policies: PolicyResource[], namespace: string, port: number): boolean {
    return policies
        .filter((policy) => asRecord(policy.props.metadata).namespace === namespace)
        .some((policy) => asArray(asRecord(policy.props.spec).egress).some((rule) => asArray(asRecord(rule).ports).some((p) => asRecord(p).port === port)));
}

/**
 * Every way out a payment service declares has a path: an AWS service has a VPC endpoint in the
 * cluster's VPC and a NetworkPolicy on 443; an external host is served by a Gateway on the egress
 * gateway and the namespace may reach the egress gateway's pods; an address in the VPC (a database)
 * has a NetworkPolicy on its port. Without them the sidecar's
 * REGISTRY_ONLY policy or the default-deny drops the call, and the service fails at its first
 * payment, not at deploy.
 */
export function egressHasAPath(level: Level): StackValidationPolicy {
    return {
        name: "egress-has-a-path",
        description:
            "Every external host or AWS service a payment service declares is reachable: egress gateway or VPC endpoint, and a NetworkPolicy that lets it out.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const policies = resourcesOfType(args, "kubernetes:networking.k8s.io/v1:NetworkPolicy");
            const gateways = resourcesOfType(args, "kubernetes:networking.istio.io/v1:Gateway").filter(
                (gateway) => asRecord(gateway.props.metadata).namespace === EGRESS_GATEWAY.namespace,
            );
            for (const entry of resourcesOfType(args, "kubernetes:networking.istio.io/v1:ServiceEntry")) {
                const namespace = String(asRecord(entry.props.metadata).namespace ?? "");
                if (!namespace.startsWith("payments-")) continue;
                const cluster = ancestorOfType(entry, CLUSTER_COMPONENT)?.urn;
                const inCluster = (r: PolicyResource) => ancestorOfType(r, CLUSTER_COMPONENT)?.urn === cluster;
                const spec = asRecord(entry.props.spec);
                // Addresses in the VPC (its database): reached directly, so only the NetworkPolicy matters.
                if (asArray(spec.addresses).length > 0) {
                    for (const port of asArray(spec.ports).map((p) => Number(asRecord(p).number)))
                        if (!allowsEgressOn(policies.filter(inCluster), namespace, port))
                            report(
                                `${entry.name} lets ${namespace} reach ${asArray(spec.addresses).join(", ")} on ${port}, but no NetworkPolicy of ${namespace} lets its pods out on ${port}; the default deny drops the connection.`,
                                entry.urn,
                            );
                    continue;
                }
                for (const host of asArray(spec.hosts).map(String)) {
                    const aws = awsServiceOfHost(host);
                    if (aws) {
                        const endpoint = resourcesOfType(args, "aws:ec2/vpcEndpoint:VpcEndpoint")
                            .filter(inCluster)
                            .some((candidate) => String(candidate.props.serviceName ?? "").endsWith(`.${aws}`));
                        if (!endpoint)
                            report(
                                `${entry.name} lets ${namespace} call ${host}, but the cluster's VPC has no endpoint for ${aws}; add it to the VPC's endpoints.`,
                                entry.urn,
                            );
                        if (!allowsEgressOn(policies.filter(inCluster), namespace, 443))
                            report(
                                `${entry.name} declares ${host}, but no NetworkPolicy of ${namespace} lets its pods out on 443; the default deny drops the call.`,
                                entry.urn,
                            );
                        continue;
                    }
                    const served = gateways
                        .filter(inCluster)
                        .some((gateway) => asArray(asRecord(gateway.props.spec).servers).some((server) => asArray(asRecord(server).hosts).includes(host)));
                    if (!served)
                        report(
                            `${entry.name} declares ${host}, but no Gateway on the egress gateway serves it, so the call has no way out; route it through the egress gateway.`,
                            entry.urn,
                        );
                    if (!allowsEgressOn(policies.filter(inCluster), namespace, EGRESS_GATEWAY.podPort))
                        report(
                            `${entry.name} declares ${host}, but no NetworkPolicy of ${namespace} lets its pods reach the egress gateway (port ${EGRESS_GATEWAY.podPort}).`,
                            entry.urn,
                        );
                }
            }
        },
    };
}

/** The numeric port a Service delivers `port` to on its pods (`targetPort`, or the port itself); undefined for a named target port. */
function targetPortOf(servicePort: Record<string, unknown>): number | undefined {
    const target = servicePort.targetPort ?? servicePort.port;
    return typeof target === "number" ? target : undefined;
}

/** The pod template labels and declared container ports of a workload, if it runs pods. */
function podsOf(workload: PolicyResource): { labels: Record<string, unknown>; ports: number[] } | undefined {
    const template = asRecord(asRecord(workload.props.spec).template);
    if (Object.keys(template).length === 0) return undefined;
    const containers = asArray(asRecord(template.spec).containers).map(asRecord);
    return {
        labels: asRecord(asRecord(template.metadata).labels),
        ports: containers
            .flatMap((container) => asArray(container.ports).map((port) => asRecord(port).containerPort))
            .filter((port): port is number => typeof port === "number"),
    };
}

const WORKLOADS = ["kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:DaemonSet", "kubernetes:apps/v1:StatefulSet"];

/**
 * A NetworkPolicy is evaluated after a Service's DNAT (Calico, like every policy engine, sees the
 * pod's port): an egress port towards pods the plan runs that is neither a target port of a
 * Service in front of them nor a port the pods declare lets nothing through, and the caller's
 * traffic is dropped. Judged over the plan's workloads and Services, charts' rendered ones
 * included; pods the plan does not run (an EKS add-on's) are not judged.
 */
export function networkPolicyPortsReachTargets(level: Level): StackValidationPolicy {
    return {
        name: "network-policy-ports-reach-targets",
        description: "An egress NetworkPolicy port towards the plan's pods is a target port of a Service in front of them, or a port they declare.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const services = resourcesOfType(args, "kubernetes:core/v1:Service");
            const workloads = WORKLOADS.flatMap((type) => resourcesOfType(args, type));
            for (const policy of resourcesOfType(args, "kubernetes:networking.k8s.io/v1:NetworkPolicy")) {
                const metadata = asRecord(policy.props.metadata);
                const sameCluster = (resource: PolicyResource) => resource.provider?.urn === policy.provider?.urn;
                for (const rule of asArray(asRecord(policy.props.spec).egress).map(asRecord)) {
                    const ports = asArray(rule.ports)
                        .map((port) => asRecord(port).port)
                        .filter((port): port is number => typeof port === "number");
                    for (const peer of asArray(rule.to).map(asRecord)) {
                        const namespace = asRecord(asRecord(peer.namespaceSelector).matchLabels)["kubernetes.io/metadata.name"];
                        const podLabels = asRecord(asRecord(peer.podSelector).matchLabels);
                        if (typeof namespace !== "string" || Object.keys(podLabels).length === 0) continue;
                        const inNamespace = (resource: PolicyResource) => sameCluster(resource) && asRecord(resource.props.metadata).namespace === namespace;
                        // The pods the peer selects, as the plan runs them.
                        const pods = workloads
                            .filter(inNamespace)
                            .map(podsOf)
                            .filter((candidate): candidate is NonNullable<ReturnType<typeof podsOf>> => candidate !== undefined)
                            .filter((candidate) => Object.entries(podLabels).every(([key, value]) => candidate.labels[key] === value));
                        if (pods.length === 0) continue;
                        const fronting = services.filter((service) => {
                            const selector = asRecord(asRecord(service.props.spec).selector);
                            return (
                                inNamespace(service) &&
                                Object.keys(selector).length > 0 &&
                                pods.some((candidate) => Object.entries(selector).every(([key, value]) => candidate.labels[key] === value))
                            );
                        });
                        const targets = fronting.flatMap((service) => asArray(asRecord(service.props.spec).ports).map((port) => targetPortOf(asRecord(port))));
                        if (targets.includes(undefined)) continue; // a named target port: resolved by the pods, not judged here
                        const open = new Set<number>([...(targets as number[]), ...pods.flatMap((candidate) => candidate.ports)]);
                        for (const port of ports.filter((candidate) => !open.has(candidate)))
                            report(
                                `NetworkPolicy ${String(metadata.namespace)}/${String(metadata.name)} lets pods out on ${port} to ${namespace} pods ${JSON.stringify(podLabels)}, which listen on ${[...open].sort((a, b) => a - b).join(", ")} (${fronting.map((service) => `Service ${String(asRecord(service.props.metadata).name)}'s target ports`).join(", ") || "declared ports"}): a policy sees the port after the Service's DNAT, so nothing gets through; allow the target port.`,
                                policy.urn,
                            );
                    }
                }
            }
        },
    };
}
