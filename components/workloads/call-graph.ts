import type * as k8s from "@pulumi/kubernetes";
import { INGRESS_CALLER } from "../config/schema";
import { INGRESS_GATEWAY } from "../names";
import type { CallerSpec, ServiceSpec } from "../topology/spec";

export const MESH_TRUST_DOMAIN = "cluster.local";
/** App metrics are served on their own port, outside the sidecar, so Prometheus can scrape without mTLS. */
export const METRICS_PORT = 9090;
export const ENVOY_METRICS_PORT = 15090;

/** The SPIFFE principal Istio authenticates a caller as. */
export function principalOf(caller: string, services: readonly ServiceSpec[]): string {
    if (caller === INGRESS_CALLER) return `${MESH_TRUST_DOMAIN}/ns/${INGRESS_GATEWAY.namespace}/sa/${INGRESS_GATEWAY.serviceAccount}`;
    const service = services.find((candidate) => candidate.name === caller);
    if (!service) throw new Error(`unknown caller ${caller}`);
    return `${MESH_TRUST_DOMAIN}/ns/${service.namespace}/sa/${service.name}`;
}

/** Services `service` calls: those that list it as a caller. */
export function calleesOf(service: ServiceSpec, services: readonly ServiceSpec[]): ServiceSpec[] {
    return services.filter((candidate) => candidate.callers.some((caller) => caller.service === service.name));
}

/** Istio AuthorizationPolicy spec: ALLOW only the declared callers, each with its methods and paths. */
export function authorizationPolicySpec(service: ServiceSpec, services: readonly ServiceSpec[]): Record<string, unknown> {
    return {
        selector: { matchLabels: { app: service.name } },
        action: "ALLOW",
        rules: service.callers.map((caller: CallerSpec) => ({
            from: [{ source: { principals: [principalOf(caller.service, services)] } }],
            to: [
                {
                    operation: {
                        ports: [String(service.port)],
                        ...(caller.methods.length > 0 ? { methods: [...caller.methods] } : {}),
                        ...(caller.paths.length > 0 ? { paths: [...caller.paths] } : {}),
                    },
                },
            ],
        })),
    };
}

export interface NetworkPolicySpec {
    name: string;
    spec: k8s.types.input.networking.v1.NetworkPolicySpec;
}

const namespaceIs = (namespace: string) => ({ matchLabels: { "kubernetes.io/metadata.name": namespace } });

/**
 * Kubernetes NetworkPolicies for one service's namespace: deny everything, then allow the
 * declared callers in, Prometheus to the metrics ports, and out only DNS, istiod and the
 * services this one calls.
 */
export function networkPolicies(service: ServiceSpec, services: readonly ServiceSpec[]): NetworkPolicySpec[] {
    const callerPeers = service.callers.map((caller): k8s.types.input.networking.v1.NetworkPolicyPeer =>
        caller.service === INGRESS_CALLER
            ? { namespaceSelector: namespaceIs(INGRESS_GATEWAY.namespace), podSelector: { matchLabels: { ...INGRESS_GATEWAY.podLabels } } }
            : { namespaceSelector: namespaceIs(`payments-${caller.service}`), podSelector: { matchLabels: { app: caller.service } } },
    );
    const policies: NetworkPolicySpec[] = [
        { name: "default-deny", spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } },
        {
            name: "allow-monitoring",
            spec: {
                podSelector: { matchLabels: { app: service.name } },
                policyTypes: ["Ingress"],
                ingress: [
                    {
                        from: [{ namespaceSelector: namespaceIs("monitoring") }],
                        ports: [METRICS_PORT, ENVOY_METRICS_PORT].map((port) => ({ protocol: "TCP", port })),
                    },
                ],
            },
        },
        {
            name: "allow-dns-and-mesh",
            spec: {
                podSelector: {},
                policyTypes: ["Egress"],
                egress: [
                    {
                        to: [{ namespaceSelector: namespaceIs("kube-system"), podSelector: { matchLabels: { "k8s-app": "kube-dns" } } }],
                        ports: [
                            { protocol: "UDP", port: 53 },
                            { protocol: "TCP", port: 53 },
                        ],
                    },
                    {
                        to: [{ namespaceSelector: namespaceIs("istio-system"), podSelector: { matchLabels: { app: "istiod" } } }],
                        ports: [
                            { protocol: "TCP", port: 15012 },
                            { protocol: "TCP", port: 15017 },
                        ],
                    },
                ],
            },
        },
    ];
    if (callerPeers.length > 0) {
        policies.push({
            name: "allow-callers",
            spec: {
                podSelector: { matchLabels: { app: service.name } },
                policyTypes: ["Ingress"],
                ingress: [{ from: callerPeers, ports: [{ protocol: "TCP", port: service.port }] }],
            },
        });
    }
    const callees = calleesOf(service, services);
    if (callees.length > 0) {
        policies.push({
            name: "allow-callees",
            spec: {
                podSelector: { matchLabels: { app: service.name } },
                policyTypes: ["Egress"],
                egress: callees.map((callee) => ({
                    to: [{ namespaceSelector: namespaceIs(callee.namespace), podSelector: { matchLabels: { app: callee.name } } }],
                    ports: [{ protocol: "TCP", port: callee.port }],
                })),
            },
        });
    }
    return policies;
}
