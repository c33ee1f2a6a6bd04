import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ClusterOidc } from "../cluster/irsa";
import { irsaRole } from "../cluster/irsa";
import { pciPlacement } from "../addons/placement";
import { externalSecretSpec } from "../addons/external-secrets";
import { VELERO, VELERO_RESTORE_ROLE } from "../names";
import type { DatabaseConnection } from "../data/names";
import { connectionEnvironment, databaseConfigMapName, peerRdsConnectArn, rdsConnectArn } from "../data/names";
import type { WriterPath } from "../data/writer-path";
import { writerCidrs } from "../data/writer-path";
import type { SyncedSecret } from "../secrets/secret-sync";
import type { ClusterSpec, ServiceSpec } from "../topology/spec";
import { authorizationPolicySpec, METRICS_PORT, networkPolicies } from "./call-graph";
import { autoscalerSpec, deploymentSpec } from "./deployment";
import { canaryMaxReplicas, MIN_TRACK_REPLICAS, quotaFor } from "./quota";
import { egressNetworkPolicy, egressObjects } from "./egress";
import { SLO_AVAILABILITY_ANNOTATION, sloRuleGroups } from "./slo";
import { destinationRuleSpec, virtualServiceSpec } from "./traffic";

export interface PaymentServiceArgs {
    /** The service to deploy. Required. */
    service: ServiceSpec;
    /** Every service of the platform, to resolve callers and callees. Required. */
    services: readonly ServiceSpec[];
    /** Base of the alerts' runbook links. Required. */
    runbookBaseUrl: string;
    /** The cluster it runs in: its region and VPC, for the service's way out. Required. */
    cluster: Pick<ClusterSpec, "region" | "vpcCidr" | "nodePools">;
    /** The cluster's OIDC provider, for the service's IRSA role when it has IAM policies. Required. */
    oidc: ClusterOidc;
    /** Add-ons whose CRDs and controllers the service uses (Istio, Prometheus operator). Required. */
    dependsOn: pulumi.Resource[];
    /** The Istio revision its sidecars come from (the mesh upgrade's workloads revision). Required. */
    meshRevision: string;
    /** The environment's permissions boundary, for its IRSA role. Required. */
    permissionsBoundary: string;
    /** Secrets synced into this service's namespace. @default [] */
    secrets?: SyncedSecret[];
    /** How often they are re-read from Secrets Manager. Required with secrets. */
    secretRefreshInterval?: string;
    /** Its database in this region, when it has one here: a ConfigMap, IAM permission to connect, a way out. @default none */
    database?: pulumi.Output<DatabaseConnection>;
    /** Where its database's writer can be (components/data/writer-path.ts): required with `database`. */
    writerPath?: WriterPath;
    tags: Record<string, string>;
}

/** The metadata of an object of the service's: its name, namespace and labels. */
type Meta = (resourceName: string, labels?: Record<string, string>) => { name: string; namespace: pulumi.Output<string>; labels: Record<string, string> };

/** Pod Security Admission `restricted`, enforced, audited and warned; sidecars injected by revision. */
export function namespaceLabels(service: ServiceSpec, meshRevision: string): Record<string, string> {
    return {
        "pod-security.kubernetes.io/enforce": "restricted",
        "pod-security.kubernetes.io/enforce-version": "latest",
        "pod-security.kubernetes.io/audit": "restricted",
        "pod-security.kubernetes.io/warn": "restricted",
        "istio.io/rev": meshRevision,
        "payments.io/service": service.name,
    };
}

/**
 * One payment service in one cluster: its namespace (PSA restricted, meshed, quota and limit
 * range), identity, hardened Deployment (and canary), Service, autoscaler, disruption budget,
 * network and mesh policies that admit exactly the declared callers, and its SLO monitoring.
 */
export class PaymentService extends pulumi.ComponentResource {
    readonly namespace: pulumi.Output<string>;

    constructor(name: string, args: PaymentServiceArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:workloads:PaymentService", name, {}, opts);
        const service = args.service;
        const after = { parent: this, dependsOn: args.dependsOn };

        const ns = new k8s.core.v1.Namespace(
            `${name}-namespace`,
            { metadata: { name: service.namespace, labels: namespaceLabels(service, args.meshRevision) } },
            after,
        );
        const namespace = ns.metadata.name;
        const meta = (resourceName: string, labels: Record<string, string> = {}) => ({
            name: resourceName,
            namespace,
            labels: { app: service.name, ...labels },
        });
        const child = { parent: this };

        this.limits(name, args, meta);

        const role = service.iamPolicyArns.length > 0 || args.database ? this.createRole(name, args) : undefined;
        const databaseConfig = args.database ? this.databaseConfig(name, args, args.database, meta) : undefined;
        new k8s.core.v1.ServiceAccount(
            `${name}-sa`,
            { metadata: { ...meta(service.name), annotations: role ? { "eks.amazonaws.com/role-arn": role.arn } : {} }, automountServiceAccountToken: false },
            child,
        );
        // Velero restores into this namespace, and only into the payment namespaces (its cluster-wide role only reads).
        new k8s.rbac.v1.RoleBinding(
            `${name}-velero-restore`,
            {
                metadata: meta("velero-restore"),
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: VELERO_RESTORE_ROLE },
                subjects: [{ kind: "ServiceAccount", name: VELERO.name, namespace: VELERO.namespace }],
            },
            child,
        );

        this.tracks(name, args, databaseConfig, meta);
        new k8s.core.v1.Service(
            `${name}-service`,
            {
                metadata: meta(service.name),
                spec: {
                    selector: { app: service.name },
                    ports: [
                        { name: "http", port: service.port, targetPort: "http", protocol: "TCP", appProtocol: "http" },
                        { name: "http-metrics", port: METRICS_PORT, targetPort: "http-metrics", protocol: "TCP" },
                    ],
                },
            },
            child,
        );
        // One pod at a time may go during a drain; with at least two replicas the service stays up.
        new k8s.policy.v1.PodDisruptionBudget(
            `${name}-pdb`,
            { metadata: meta(service.name), spec: { maxUnavailable: 1, selector: { matchLabels: { app: service.name } } } },
            child,
        );

        this.waysInAndOut(name, args, ns, meta);
        this.meshAndMonitoring(name, args, meta);
        // Each secret is read from this region's replica; a new value reaches the pods on the
        // next refresh, with no redeploy (mounted Secrets update in place).
        for (const secret of args.secrets ?? []) {
            new k8s.apiextensions.CustomResource(
                `${name}-secret-${secret.name}`,
                {
                    apiVersion: "external-secrets.io/v1",
                    kind: "ExternalSecret",
                    metadata: meta(secret.name),
                    spec: externalSecretSpec({ target: secret.name, extractKey: secret.remoteKey, refreshInterval: args.secretRefreshInterval }),
                },
                { parent: this, dependsOn: args.dependsOn },
            );
        }

        this.namespace = namespace;
        this.registerOutputs({ namespace, roleArn: role?.arn });
    }

    /** The namespace's quota and its containers' default requests and limits. */
    private limits(name: string, args: PaymentServiceArgs, meta: Meta): void {
        const service = args.service;
        const child = { parent: this };
        new k8s.core.v1.ResourceQuota(`${name}-quota`, { metadata: meta("payments"), spec: { hard: quotaFor(service) } }, child);
        new k8s.core.v1.LimitRange(
            `${name}-limits`,
            {
                metadata: meta("defaults"),
                spec: { limits: [{ type: "Container", defaultRequest: { cpu: "50m", memory: "64Mi" }, default: { memory: "128Mi" }, max: { memory: "8Gi" } }] },
            },
            child,
        );
    }

    /** Its mesh policy (subsets, routes, who may call it), its scrape and its SLO rules. */
    private meshAndMonitoring(name: string, args: PaymentServiceArgs, meta: Meta): void {
        const service = args.service;
        const custom = (role: string, apiVersion: string, kind: string, spec: Record<string, unknown>, annotations?: Record<string, string>) =>
            new k8s.apiextensions.CustomResource(
                `${name}-${role}`,
                { apiVersion, kind, metadata: { ...meta(service.name), ...(annotations ? { annotations } : {}) }, spec },
                { parent: this, dependsOn: args.dependsOn },
            );
        custom("destination-rule", "networking.istio.io/v1", "DestinationRule", destinationRuleSpec(service));
        custom("virtual-service", "networking.istio.io/v1", "VirtualService", virtualServiceSpec(service));
        custom("authorization", "security.istio.io/v1", "AuthorizationPolicy", authorizationPolicySpec(service, args.services));
        custom("service-monitor", "monitoring.coreos.com/v1", "ServiceMonitor", {
            selector: { matchLabels: { app: service.name } },
            endpoints: [{ port: "http-metrics", path: "/metrics", interval: "15s" }],
        });
        custom(
            "slo-rules",
            "monitoring.coreos.com/v1",
            "PrometheusRule",
            { groups: sloRuleGroups(service, args.runbookBaseUrl) },
            // The objective the rules encode, for whoever tests them (the plan's promtool tests).
            { [SLO_AVAILABILITY_ANNOTATION]: String(service.slo.availability) },
        );
    }

    /** The stable Deployment (and the canary's), each with its autoscaler. */
    private tracks(name: string, args: PaymentServiceArgs, databaseConfig: k8s.core.v1.ConfigMap | undefined, meta: Meta): void {
        const service = args.service;
        const child = { parent: this };
        const tracks = service.canary ? (["stable", "canary"] as const) : (["stable"] as const);
        for (const track of tracks) {
            const deploymentName = track === "stable" ? service.name : `${service.name}-canary`;
            new k8s.apps.v1.Deployment(
                `${name}-${track}`,
                {
                    metadata: meta(deploymentName, { track }),
                    spec: deploymentSpec(service, track, {
                        databaseConfigMap: databaseConfig ? databaseConfigMapName(service.name) : undefined,
                        placement: pciPlacement(args.cluster),
                        meshRevision: args.meshRevision,
                        region: args.cluster.region,
                    }),
                },
                // Its pods read the ConfigMap at start.
                { parent: this, dependsOn: databaseConfig ? [databaseConfig] : [] },
            );
            const [min, max] = track === "stable" ? [service.minReplicas, service.maxReplicas] : [MIN_TRACK_REPLICAS, canaryMaxReplicas(service)];
            new k8s.autoscaling.v2.HorizontalPodAutoscaler(
                `${name}-${track}-hpa`,
                { metadata: meta(deploymentName, { track }), spec: autoscalerSpec(service, deploymentName, min, max) },
                child,
            );
        }
    }

    /** Who may call it (NetworkPolicies from its call graph) and where it may go: its declared egress, its database's writer wherever it is. */
    private waysInAndOut(name: string, args: PaymentServiceArgs, ns: k8s.core.v1.Namespace, meta: Meta): void {
        const service = args.service;
        const child = { parent: this };
        const writers = args.database && args.writerPath ? writerCidrs(args.writerPath) : [];
        const egressPolicy = egressNetworkPolicy(service, args.cluster.vpcCidr, writers);
        for (const policy of [...networkPolicies(service, args.services), ...(egressPolicy ? [egressPolicy] : [])]) {
            new k8s.networking.v1.NetworkPolicy(`${name}-netpol-${policy.name}`, { metadata: meta(policy.name), spec: policy.spec }, child);
        }
        // What the service declared it calls outside the mesh, and nothing else.
        for (const object of egressObjects(service, args.cluster.region, writers.length > 0 ? { writerCidrs: writers } : undefined)) {
            new k8s.apiextensions.CustomResource(
                `${name}-${object.role}`,
                {
                    apiVersion: object.apiVersion,
                    kind: object.kind,
                    metadata: { name: object.name, namespace: object.namespace, labels: { app: service.name } },
                    spec: object.spec,
                },
                { parent: this, dependsOn: [...args.dependsOn, ns] },
            );
        }
    }

    private createRole(name: string, args: PaymentServiceArgs): aws.iam.Role {
        const service = args.service;
        const role = irsaRole(
            `${name}-role`,
            {
                oidc: args.oidc,
                serviceAccount: { namespace: service.namespace, name: service.name },
                permissionsBoundary: args.permissionsBoundary,
                tags: args.tags,
            },
            this,
        );
        service.iamPolicyArns.forEach(
            (policyArn, i) => new aws.iam.RolePolicyAttachment(`${name}-role-policy-${i}`, { role: role.name, policyArn }, { parent: this }),
        );
        if (args.database)
            new aws.iam.RolePolicy(
                `${name}-role-database`,
                {
                    role: role.name,
                    // Its own user on this region's cluster, and in every other database region (whose
                    // cluster's resource ID this stack cannot know): the writer after a switch.
                    policy: args.database.apply((connection) =>
                        JSON.stringify({
                            Version: "2012-10-17",
                            Statement: [
                                {
                                    Effect: "Allow",
                                    Action: "rds-db:connect",
                                    Resource: [
                                        rdsConnectArn(connection),
                                        ...(args.writerPath?.peers ?? []).map((peer) => peerRdsConnectArn(connection, peer.region)),
                                    ],
                                },
                            ],
                        }),
                    ),
                },
                { parent: this },
            );
        return role;
    }

    /** The ConfigMap the service's pods read their database's endpoints from. */
    private databaseConfig(
        name: string,
        args: PaymentServiceArgs,
        database: pulumi.Output<DatabaseConnection>,
        meta: (resourceName: string) => { name: string; namespace: pulumi.Output<string>; labels: Record<string, string> },
    ): k8s.core.v1.ConfigMap {
        return new k8s.core.v1.ConfigMap(
            `${name}-database-config`,
            {
                metadata: meta(databaseConfigMapName(args.service.name)),
                data: database.apply((connection) => connectionEnvironment(connection, args.cluster.region)),
            },
            { parent: this },
        );
    }
}
