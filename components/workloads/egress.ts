import type * as k8s from "@pulumi/kubernetes";
import type { AwsEgressService } from "../config/schema";
import { EGRESS_GATEWAY } from "../names";
import { GATEWAY_ENDPOINT_SERVICES } from "../network/network";
import { POSTGRES_PORT } from "../data/names";
import type { ServiceSpec } from "../topology/spec";

type NetworkPolicySpec = k8s.types.input.networking.v1.NetworkPolicySpec;

/** The egress gateway's Service, as sidecars address it. */
export const EGRESS_GATEWAY_HOST = `${EGRESS_GATEWAY.release}.${EGRESS_GATEWAY.namespace}.svc.cluster.local`;

/** The hosts of an AWS service's regional API (S3 also answers per bucket). */
export function awsServiceHosts(service: AwsEgressService, region: string): string[] {
    const host = `${service}.${region}.amazonaws.com`;
    return service === "s3" ? [host, `*.${host}`] : [host];
}

export interface IstioObject {
    /** Resource role, unique in the service: names the Pulumi resource. */
    role: string;
    apiVersion: string;
    kind: string;
    name: string;
    /** Its namespace: the service's, or the egress gateway's. */
    namespace: string;
    spec: Record<string, unknown>;
}

/**
 * The mesh objects that let a service reach what it declares outside the mesh, and nothing else
 * (Istio's outbound policy is REGISTRY_ONLY). An external host: a ServiceEntry, a Gateway on the
 * egress gateway passing its TLS through, and a VirtualService sending the sidecar's traffic for
 * it to the egress gateway and from there out (Istio's "egress gateway for HTTPS traffic"
 * pattern). An AWS service: a ServiceEntry for its regional API, reached directly through the
 * VPC's endpoint. Its database (when it has one): TCP 5432 to every VPC its writer can be in
 * (components/data/writer-path.ts). Pure.
 */
export function egressObjects(service: ServiceSpec, region: string, database?: { writerCidrs: readonly string[] }): IstioObject[] {
    return [
        ...service.egress.hosts.flatMap(({ host, port }, i) => externalHostObjects(service, host, port, i)),
        ...service.egress.aws.map((aws): IstioObject => {
            const hosts = awsServiceHosts(aws, region);
            return {
                role: `egress-aws-${aws}`,
                apiVersion: "networking.istio.io/v1",
                kind: "ServiceEntry",
                name: `aws-${aws}`,
                namespace: service.namespace,
                spec: {
                    hosts,
                    ports: [{ number: 443, name: "tls-443", protocol: "TLS" }],
                    // A wildcard host cannot be resolved ahead; the sidecar passes it through by SNI.
                    resolution: hosts.some((host) => host.startsWith("*.")) ? "NONE" : "DNS",
                    location: "MESH_EXTERNAL",
                    exportTo: ["."],
                },
            };
        }),
        ...(database
            ? [
                  {
                      role: "egress-database",
                      apiVersion: "networking.istio.io/v1",
                      kind: "ServiceEntry",
                      name: "database",
                      namespace: service.namespace,
                      spec: {
                          // PostgreSQL negotiates TLS inside its own protocol, so the sidecar cannot route by
                          // SNI: the entry admits TCP 5432 to the VPCs the writer can be in (this one first).
                          hosts: [`${service.name}-database.aurora.internal`],
                          addresses: [...database.writerCidrs],
                          ports: [{ number: POSTGRES_PORT, name: "tcp-postgres", protocol: "TCP" }],
                          resolution: "NONE",
                          location: "MESH_EXTERNAL",
                          exportTo: ["."],
                      },
                  },
              ]
            : []),
    ];
}

/** An external host's way out: its ServiceEntry, a Gateway on the egress gateway passing its TLS through, and the route there and out. Pure. */
function externalHostObjects(service: ServiceSpec, host: string, port: number, i: number): IstioObject[] {
    const gatewayName = `${service.name}-egress-${i}`;
    const tlsPort = { number: port, name: `tls-${port}`, protocol: "TLS" };
    return [
        {
            role: `egress-${i}-entry`,
            apiVersion: "networking.istio.io/v1",
            kind: "ServiceEntry",
            name: `egress-${i}`,
            namespace: service.namespace,
            spec: { hosts: [host], ports: [tlsPort], resolution: "DNS", location: "MESH_EXTERNAL", exportTo: [".", EGRESS_GATEWAY.namespace] },
        },
        {
            role: `egress-${i}-gateway`,
            apiVersion: "networking.istio.io/v1",
            kind: "Gateway",
            name: gatewayName,
            namespace: EGRESS_GATEWAY.namespace,
            spec: {
                selector: { ...EGRESS_GATEWAY.podLabels },
                servers: [{ port: { number: EGRESS_GATEWAY.servicePort, name: "tls", protocol: "TLS" }, hosts: [host], tls: { mode: "PASSTHROUGH" } }],
            },
        },
        {
            role: `egress-${i}-route`,
            apiVersion: "networking.istio.io/v1",
            kind: "VirtualService",
            name: `egress-${i}`,
            namespace: service.namespace,
            spec: {
                hosts: [host],
                gateways: ["mesh", `${EGRESS_GATEWAY.namespace}/${gatewayName}`],
                exportTo: [".", EGRESS_GATEWAY.namespace],
                tls: [
                    {
                        match: [{ gateways: ["mesh"], port, sniHosts: [host] }],
                        route: [{ destination: { host: EGRESS_GATEWAY_HOST, port: { number: EGRESS_GATEWAY.servicePort } } }],
                    },
                    {
                        match: [{ gateways: [`${EGRESS_GATEWAY.namespace}/${gatewayName}`], port: EGRESS_GATEWAY.servicePort, sniHosts: [host] }],
                        route: [{ destination: { host, port: { number: port } } }],
                    },
                ],
            },
        },
    ];
}

/**
 * The service's way out at the network layer: to the egress gateway's pods for external hosts;
 * to the VPC (its interface endpoints) for AWS services; for S3 and DynamoDB, whose gateway
 * endpoints are reached at the services' public addresses, HTTPS to any non-private address
 * (the sidecar's REGISTRY_ONLY policy still limits it to the declared service by SNI).
 */
export function egressNetworkPolicy(
    service: ServiceSpec,
    vpcCidr: string,
    /** The VPCs its database's writer can be in (components/data/writer-path.ts); none without a database. */
    writerCidrs: readonly string[] = [],
): { name: string; spec: NetworkPolicySpec } | undefined {
    const rules: NonNullable<NetworkPolicySpec["egress"]> = [];
    if (service.egress.hosts.length > 0)
        rules.push({
            to: [
                {
                    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": EGRESS_GATEWAY.namespace } },
                    podSelector: { matchLabels: { ...EGRESS_GATEWAY.podLabels } },
                },
            ],
            ports: [{ protocol: "TCP", port: EGRESS_GATEWAY.podPort }],
        });
    const interfaceServices = service.egress.aws.filter((aws) => !(GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(aws));
    if (interfaceServices.length > 0) rules.push({ to: [{ ipBlock: { cidr: vpcCidr } }], ports: [{ protocol: "TCP", port: 443 }] });
    if (interfaceServices.length < service.egress.aws.length)
        rules.push({
            to: [{ ipBlock: { cidr: "0.0.0.0/0", except: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] } }],
            ports: [{ protocol: "TCP", port: 443 }],
        });
    // Its database: wherever its writer is (this VPC, or another region's after a switch). Other services' pods never get this rule.
    if (writerCidrs.length > 0) rules.push({ to: writerCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [{ protocol: "TCP", port: POSTGRES_PORT }] });
    if (rules.length === 0) return undefined;
    return { name: "allow-declared-egress", spec: { podSelector: { matchLabels: { app: service.name } }, policyTypes: ["Egress"], egress: rules } };
}
