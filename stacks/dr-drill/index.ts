import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { ClusterStackOutputs, EnvironmentOutputs, outputOf, requireOutputs } from "../../components/platform/outputs";
import { VELERO } from "../../components/names";
import { chooseDrillTarget, drillClusters, RESTORE_NEVER_OVERWRITES, smokeTestCommand } from "./drill";
import { DEFAULT_HEALTH_PATH } from "../../components/topology/expand";

/**
 * A DR drill of the payments platform, as its own stack: it reads the environment stack and the
 * two cluster stacks it involves through StackReferences and, in the surviving cluster, restores
 * the failed cluster's latest payments backup (replicated into the survivor's region) and runs an
 * in-cluster smoke test of the API. It owns nothing of the platform: traffic moves when the
 * failed cluster's stack inverts its health check (`drillFailCluster` in the environment's
 * config). See README, "DR runbook".
 */
export = async () => {
    const config = new pulumi.Config();
    const environmentStack = config.require("platformStack");
    const failCluster = config.require("failCluster");
    const restoreInto = config.get("restoreInto");
    const drillId = config.require("drillId");

    const environment = new pulumi.StackReference("platform", { name: environmentStack });
    const env = await requireOutputs<EnvironmentOutputs, "failoverOrder" | "clusterStacks" | "dns" | "spec">(environment, environmentStack, [
        "failoverOrder",
        "clusterStacks",
        "dns",
        "spec",
    ]);
    const names = drillClusters(env.failoverOrder, failCluster, restoreInto);
    const read = async (cluster: string) => {
        const stackName = env.clusterStacks[cluster] ?? "";
        const reference = new pulumi.StackReference(`cluster-${cluster}`, { name: stackName });
        const outputs = await requireOutputs<ClusterStackOutputs, "cluster" | "failover">(reference, stackName, ["cluster", "failover"]);
        return { reference, ...outputs };
    };
    const failed = await read(names.failed);
    const survivor = await read(names.survivor);
    const target = chooseDrillTarget({ [names.failed]: failed.cluster, [names.survivor]: survivor.cluster }, env.failoverOrder, names.failed, names.survivor);

    const provider = new k8s.Provider("survivor", {
        kubeconfig: outputOf<ClusterStackOutputs>()(survivor.reference, "kubeconfig"),
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
                // Everything the backup holds: the payments namespaces, named one by one in the Schedule
                // (Velero 1.17 reads no globs).
                restorePVs: true,
                // The survivor already runs every service: what exists stays as it is, and identity
                // never comes from the failed region (its ServiceAccounts' IRSA roles trust only the
                // failed cluster's OIDC provider; its secrets are the survivor's own replicas).
                existingResourcePolicy: "none",
                excludedResources: [...RESTORE_NEVER_OVERWRITES],
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
                    {
                        to: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "istio-ingress" } } }],
                        ports: [{ protocol: "TCP", port: 443 }],
                    },
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
                                command: smokeTestCommand(
                                    env.dns.apiFqdn,
                                    env.spec.services.find((service) => service.public)?.healthPath ?? DEFAULT_HEALTH_PATH,
                                ),
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

    return {
        failedCluster: target.failed.name,
        survivorCluster: target.survivor.name,
        survivorRegion: target.survivor.region,
        restoreName: restore.metadata.name,
        restoredFromSchedule: target.failed.backupSchedule,
        restoredFromLocation: target.survivor.primaryReplicaLocation,
        smokeTestJob: verify.metadata.name,
        /** The health check the failed cluster's stack inverts to move traffic (`drillFailCluster`). */
        failedHealthCheck: failed.failover.healthCheckId,
        /** How to move traffic: set the drill in the environment's config, then apply the failed cluster's stack. */
        moveTraffic: `pulumi config set drillFailCluster ${failCluster} -s ${environmentStack.split("/").pop()} && pulumi up -s ${environmentStack.split("/").pop()} && pulumi up -s ${failCluster}`,
    };
};
