import type * as k8s from "@pulumi/kubernetes";
import type { ServiceSpec } from "../topology/spec";
import { METRICS_PORT } from "./call-graph";
import { SIDECAR_RESOURCE_ANNOTATIONS } from "./quota";
import type { Placement } from "../addons/placement";
import { HARDENED_CONTAINER } from "../addons/placement";
import { regionalImage } from "./images";

export const PAYMENTS_PRIORITY_CLASS = "payments-critical";
export const RUN_AS_USER = 10001;
/** Time for the load balancer and sidecars to stop sending traffic before the app is told to stop. */
export const PRE_STOP_SLEEP_SECONDS = 10;
export const TERMINATION_GRACE_PERIOD_SECONDS = 45;
export const LIVENESS_PATH = "/healthz";
export const READINESS_PATH = "/readyz";

export type Track = "stable" | "canary";

/** The version label of an image: its tag, or the first 12 digits of its digest. */
export function imageVersion(image: string): string {
    const digest = /@sha256:([0-9a-f]{12})/.exec(image);
    if (digest) return `sha-${digest[1]}`;
    return image.slice(image.lastIndexOf(":") + 1);
}

/**
 * The Deployment spec of one track of a service: non-root, read-only, no capabilities, seccomp,
 * probes, requests and limits, zone spread, the payments priority class, graceful shutdown.
 * No `replicas`: the HorizontalPodAutoscaler owns it, and a `pulumi up` must not reset it.
 */
export function deploymentSpec(
    service: ServiceSpec,
    track: Track,
    opts: {
        databaseConfigMap?: string;
        /** The cluster's PCI-scope pools (pciPlacement). @default anywhere */
        placement?: Placement;
        /** The cluster's region: an ECR image is pulled from its replica there (regionalImage). @default the image as configured */
        region?: string;
        /**
         * The Istio revision that injects its sidecar. On the pod template, so moving the mesh to a
         * new revision restarts the Deployment onto it (the canary upgrade's restart step). @default the namespace's
         */
        meshRevision?: string;
    } = {},
): k8s.types.input.apps.v1.DeploymentSpec {
    const configured = track === "canary" && service.canary ? service.canary.image : service.image;
    const image = opts.region ? regionalImage(configured, opts.region) : configured;
    const selector = { app: service.name, track };
    const httpGet = (path: string) => ({ path, port: "http" });
    return {
        selector: { matchLabels: selector },
        revisionHistoryLimit: 5,
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } },
        template: {
            metadata: {
                labels: { ...selector, version: imageVersion(image), ...(opts.meshRevision ? { "istio.io/rev": opts.meshRevision } : {}) },
                annotations: {
                    ...SIDECAR_RESOURCE_ANNOTATIONS,
                    // Metrics bypass the sidecar so Prometheus (outside the mesh) can scrape them.
                    "traffic.sidecar.istio.io/excludeInboundPorts": String(METRICS_PORT),
                    "prometheus.istio.io/merge-metrics": "false",
                },
            },
            spec: {
                serviceAccountName: service.name,
                automountServiceAccountToken: false,
                priorityClassName: PAYMENTS_PRIORITY_CLASS,
                ...(opts.placement ? { nodeSelector: opts.placement.nodeSelector, tolerations: opts.placement.tolerations } : {}),
                terminationGracePeriodSeconds: TERMINATION_GRACE_PERIOD_SECONDS,
                securityContext: {
                    runAsNonRoot: true,
                    runAsUser: RUN_AS_USER,
                    runAsGroup: RUN_AS_USER,
                    fsGroup: RUN_AS_USER,
                    seccompProfile: { type: "RuntimeDefault" },
                },
                topologySpreadConstraints: [
                    { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule", labelSelector: { matchLabels: selector } },
                    { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: selector } },
                ],
                containers: [
                    {
                        name: service.name,
                        image,
                        imagePullPolicy: "IfNotPresent",
                        // How to reach its database (libpq's variables), when it has one here.
                        ...(opts.databaseConfigMap ? { envFrom: [{ configMapRef: { name: opts.databaseConfigMap } }] } : {}),
                        ports: [
                            { name: "http", containerPort: service.port, protocol: "TCP" },
                            { name: "http-metrics", containerPort: METRICS_PORT, protocol: "TCP" },
                        ],
                        resources: {
                            requests: { cpu: service.cpu, memory: service.memory },
                            limits: { memory: service.memory, ...(service.cpuLimit ? { cpu: service.cpuLimit } : {}) },
                        },
                        securityContext: HARDENED_CONTAINER,
                        startupProbe: { httpGet: httpGet(LIVENESS_PATH), periodSeconds: 2, failureThreshold: 30 },
                        livenessProbe: { httpGet: httpGet(LIVENESS_PATH), periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 3 },
                        readinessProbe: { httpGet: httpGet(READINESS_PATH), periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 2 },
                        lifecycle: { preStop: { sleep: { seconds: PRE_STOP_SLEEP_SECONDS } } },
                        volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
                    },
                ],
                volumes: [{ name: "tmp", emptyDir: { sizeLimit: "64Mi" } }],
            },
        },
    };
}

/** Scale on CPU and on Istio request rate per pod (served to the HPA by a metrics adapter). */
export function autoscalerSpec(
    service: ServiceSpec,
    deployment: string,
    minReplicas: number,
    maxReplicas: number,
): k8s.types.input.autoscaling.v2.HorizontalPodAutoscalerSpec {
    return {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: deployment },
        minReplicas,
        maxReplicas,
        metrics: [
            { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } },
            {
                type: "Pods",
                pods: {
                    metric: { name: "istio_requests_per_second" },
                    target: { type: "AverageValue", averageValue: String(service.targetRequestsPerSecond) },
                },
            },
        ],
        behavior: {
            scaleUp: { stabilizationWindowSeconds: 0, policies: [{ type: "Percent", value: 100, periodSeconds: 30 }] },
            scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: "Percent", value: 10, periodSeconds: 60 }] },
        },
    };
}
