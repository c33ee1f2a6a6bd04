import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { platformOutput } from "../../components/platform/outputs";
import { VELERO } from "../../components/names";
import { PAYMENTS_NAMESPACE_GLOB } from "../../components/addons/velero";
import { chooseDrillTarget, smokeTestCommand } from "./drill";

/**
 * A DR drill of the payments platform, as its own stack: it reads the platform through a
 * StackReference and, in the surviving cluster, restores the failed cluster's latest payments
 * backup (replicated into the survivor's region) and runs an in-cluster smoke test of the API.
 * It owns nothing of the platform: traffic moves when the platform stack inverts the failed
 * cluster's health check (`drillFailCluster`). See docs/dr-drill.md.
 */
const config = new pulumi.Config();
const platformStack = config.require("platformStack");
const failCluster = config.require("failCluster");
const restoreInto = config.get("restoreInto");
const drillId = config.require("drillId");

const platform = new pulumi.StackReference("platform", { name: platformStack });
const clusters = platformOutput(platform, "clusters");
const failoverOrder = platformOutput(platform, "failoverOrder");
const kubeconfigs = platformOutput(platform, "kubeconfigs");
const dns = platformOutput(platform, "dns");

const target = pulumi.all([clusters, failoverOrder]).apply(([all, order]) => chooseDrillTarget(all, order, failCluster, restoreInto));

const provider = new k8s.Provider("survivor", {
    kubeconfig: pulumi.secret(pulumi.all([kubeconfigs, target]).apply(([all, t]) => all[t.survivor.name] ?? "")),
    enableServerSideApply: true,
});
const opts = { provider };

const restore = new k8s.apiextensions.CustomResource(
    "restore",
    {
        apiVersion: "velero.io/v1",
        kind: "Restore",
        metadata: { name: `drill-${failCluster}-${drillId}`, namespace: VELERO.namespace, labels: { "payments.io/drill": drillId } },
        spec: {
            // The latest completed backup of the failed cluster's schedule, synced in from the
            // read-only replica location.
            scheduleName: target.failed.backupSchedule,
            includedNamespaces: [PAYMENTS_NAMESPACE_GLOB],
            restorePVs: true,
            existingResourcePolicy: "update",
        },
    },
    opts,
);

const namespace = new k8s.core.v1.Namespace(
    "verify-namespace",
    {
        metadata: {
            name: `dr-drill-${drillId}`,
            labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/warn": "restricted", "payments.io/drill": drillId },
        },
    },
    opts,
);
new k8s.networking.v1.NetworkPolicy(
    "verify-egress",
    {
        metadata: { name: "smoke-test", namespace: namespace.metadata.name },
        spec: {
            podSelector: {},
            policyTypes: ["Ingress", "Egress"],
            egress: [
                {
                    to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } } }],
                    ports: [
                        { protocol: "UDP", port: 53 },
                        { protocol: "TCP", port: 53 },
                    ],
                },
                { to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "istio-ingress" } } }], ports: [{ protocol: "TCP", port: 443 }] },
            ],
        },
    },
    opts,
);
const verify = new k8s.batch.v1.Job(
    "verify",
    {
        metadata: { name: "smoke-test", namespace: namespace.metadata.name },
        spec: {
            backoffLimit: 3,
            activeDeadlineSeconds: 900,
            template: {
                metadata: { labels: { app: "dr-drill-smoke-test" } },
                spec: {
                    restartPolicy: "Never",
                    automountServiceAccountToken: false,
                    securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: "RuntimeDefault" } },
                    containers: [
                        {
                            name: "smoke-test",
                            image: "curlimages/curl:8.11.1",
                            command: dns.apiFqdn.apply(smokeTestCommand),
                            resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { memory: "32Mi" } },
                            securityContext: {
                                allowPrivilegeEscalation: false,
                                readOnlyRootFilesystem: true,
                                runAsNonRoot: true,
                                capabilities: { drop: ["ALL"] },
                            },
                        },
                    ],
                },
            },
        },
    },
    // Pulumi waits for the Job to succeed: `pulumi up` of the drill fails if the API does not answer.
    { provider, dependsOn: [restore] },
);

export const failedCluster = target.failed.name;
export const survivorCluster = target.survivor.name;
export const survivorRegion = target.survivor.region;
export const restoreName = restore.metadata.name;
export const restoredFromSchedule = target.failed.backupSchedule;
export const restoredFromLocation = target.survivor.primaryReplicaLocation;
export const smokeTestJob = verify.metadata.name;
/** The health check the platform stack inverts to move traffic (`drillFailCluster`). */
export const failedHealthCheck = dns.healthChecks.apply((checks) => checks[failCluster]);
export const moveTraffic = `pulumi up -s ${platformStack.split("/").pop()} --config payments-platform:drillFailCluster=${failCluster}`;
