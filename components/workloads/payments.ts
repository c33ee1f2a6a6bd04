import { writerPath } from "../data/writer-path";
import { apiHosts } from "../names";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { CLUSTER_ISSUER } from "../addons/cert-manager";
import type { DatabaseConnection } from "../data/names";
import type { SyncedSecret } from "../secrets/secret-sync";
import type { ClusterInfo } from "../cluster/cluster-info";
import type { ServiceSpec } from "../topology/spec";
import { INGRESS_GATEWAY } from "../names";
import { PAYMENTS_PRIORITY_CLASS } from "./deployment";
import { PaymentService } from "./payment-service";
import { routePolicy, serviceHost, weightedRoutes } from "./traffic";

export const API_GATEWAY_NAME = "payments-api";
export const API_TLS_SECRET = "payments-api-tls";

/**
 * The add-ons the payment workloads need before they are created, and why; the others (Velero,
 * the autoscalers, storage) install beside them instead of ahead of them.
 */
export const PAYMENTS_NEED_ADDONS = [
    "calico", // the default deny is in place before any payment pod runs
    "istio-base", // the mesh's kinds (Gateway, VirtualService, AuthorizationPolicy ...)
    "istiod", // sidecar injection
    "istio-gateway", // the API's Gateway lives in its namespace
    "istio-egress-gateway", // the egress Gateways live in its namespace
    "external-secrets", // the services' secrets
    "cert-manager", // the API's certificate
    "kube-prometheus-stack", // ServiceMonitor and PrometheusRule kinds
] as const;
/** Priority above ordinary workloads, below the system-critical classes. */
export const PAYMENTS_PRIORITY = 1000000;

export interface PaymentsArgs {
    /** The cluster the workloads run in. Required. */
    info: ClusterInfo;
    /** The cluster's add-ons: workloads need the mesh, the operators and their CRDs. Required. */
    dependsOn: pulumi.Resource[];
    /** Platform secrets; each goes to the namespaces of the services it lists. @default [] */
    secrets?: SyncedSecret[];
    /** The services' databases in this cluster, by service. @default {} */
    databases?: Readonly<Record<string, pulumi.Output<DatabaseConnection>>>;
}

/** The public service: the one the API host routes to. */
export function publicService(services: readonly ServiceSpec[]): ServiceSpec | undefined {
    return services.find((service) => service.public);
}

/**
 * The payment workloads of one cluster: the priority class, every PaymentService, and the
 * public entry: an HTTPS Gateway (HTTP redirects), its certificate synced from Secrets Manager,
 * and the API routes, `/healthz` among them for the DNS health checks.
 */
export class Payments extends pulumi.ComponentResource {
    readonly apiHosts: string[];

    constructor(name: string, args: PaymentsArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:workloads:Payments", name, {}, opts);
        const after = { parent: this, dependsOn: args.dependsOn };
        const platform = args.info.platform;
        const priority = new k8s.scheduling.v1.PriorityClass(
            `${name}-priority-class`,
            {
                metadata: { name: PAYMENTS_PRIORITY_CLASS },
                value: PAYMENTS_PRIORITY,
                globalDefault: false,
                preemptionPolicy: "PreemptLowerPriority",
                description: "Payment workloads: scheduled ahead of everything but the platform",
            },
            after,
        );
        const services = platform.services.map(
            (service) =>
                new PaymentService(
                    `${name}-${service.name}`,
                    {
                        service,
                        services: platform.services,
                        runbookBaseUrl: platform.runbookBaseUrl,
                        cluster: args.info.cluster,
                        oidc: args.info.oidc,
                        dependsOn: [...args.dependsOn, priority],
                        meshRevision: args.info.mesh.workloads,
                        permissionsBoundary: args.info.permissionsBoundary,
                        secrets: (args.secrets ?? []).filter((secret) => secret.services.includes(service.name)),
                        secretRefreshInterval: platform.secrets.refreshInterval,
                        database: args.databases?.[service.name],
                        writerPath: writerPath(platform, args.info.cluster.name),
                        tags: args.info.tags,
                    },
                    { parent: this },
                ),
        );

        this.apiHosts = apiHosts(args.info.cluster.name, platform.dns.apiHost);
        const entry = publicService(platform.services);
        if (entry) this.publicApi(name, args, entry, services);
        this.registerOutputs({ apiHosts: this.apiHosts });
    }

    /** The API's way in, in this cluster: its certificate, the gateway serving both its hosts, and the routes to the public service. */
    private publicApi(name: string, args: PaymentsArgs, entry: ServiceSpec, services: readonly PaymentService[]): void {
        const after = { parent: this, dependsOn: args.dependsOn };
        // Issued in this cluster by cert-manager (DNS-01 on the API's zone) for both of its hosts;
        // Pulumi waits until it is Ready, so a gateway never serves without its certificate.
        const certificate = new k8s.apiextensions.CustomResource(
            `${name}-api-certificate`,
            {
                apiVersion: "cert-manager.io/v1",
                kind: "Certificate",
                metadata: { name: API_TLS_SECRET, namespace: INGRESS_GATEWAY.namespace, annotations: { "pulumi.com/waitFor": "condition=Ready" } },
                spec: {
                    secretName: API_TLS_SECRET,
                    dnsNames: this.apiHosts,
                    issuerRef: { kind: "ClusterIssuer", name: CLUSTER_ISSUER, group: "cert-manager.io" },
                    privateKey: { algorithm: "ECDSA", size: 256, rotationPolicy: "Always" },
                    duration: "2160h",
                    renewBefore: "720h",
                },
            },
            after,
        );
        new k8s.apiextensions.CustomResource(
            `${name}-api-gateway`,
            {
                apiVersion: "networking.istio.io/v1",
                kind: "Gateway",
                metadata: { name: API_GATEWAY_NAME, namespace: INGRESS_GATEWAY.namespace },
                spec: {
                    selector: { ...INGRESS_GATEWAY.podLabels },
                    servers: [
                        {
                            port: { number: 443, name: "https", protocol: "HTTPS" },
                            hosts: this.apiHosts,
                            tls: { mode: "SIMPLE", credentialName: API_TLS_SECRET, minProtocolVersion: "TLSV1_2" },
                        },
                        { port: { number: 80, name: "http", protocol: "HTTP" }, hosts: this.apiHosts, tls: { httpsRedirect: true } },
                    ],
                },
            },
            { parent: this, dependsOn: [...args.dependsOn, certificate] },
        );
        new k8s.apiextensions.CustomResource(
            `${name}-api-routes`,
            {
                apiVersion: "networking.istio.io/v1",
                kind: "VirtualService",
                metadata: { name: API_GATEWAY_NAME, namespace: entry.namespace },
                spec: {
                    hosts: this.apiHosts,
                    gateways: [`${INGRESS_GATEWAY.namespace}/${API_GATEWAY_NAME}`],
                    http: [
                        // Health checks see the stable track only: a bad canary must not fail a region over.
                        {
                            name: "health",
                            match: [{ uri: { exact: entry.healthPath } }],
                            route: [{ destination: { host: serviceHost(entry), subset: "stable", port: { number: entry.port } } }],
                            timeout: "2s",
                        },
                        { name: "api", route: weightedRoutes(entry), ...routePolicy(entry) },
                    ],
                },
            },
            { parent: this, dependsOn: [...args.dependsOn, ...services] },
        );
    }
}
