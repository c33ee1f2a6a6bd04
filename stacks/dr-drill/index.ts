import * as command from "@pulumi/command";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { z } from "zod";
import type { ClusterStackOutputs } from "../../components/platform/outputs";
import { clusterStackOutputs, environmentOutputs, stackOutputs } from "../../components/platform/outputs";
import { DRILL_LABEL, DRILL_NAMESPACE, RUN_ONCE_IGNORED, VELERO } from "../../components/names";
import { databaseNames } from "../../components/data/names";
import { environmentAccount } from "../../components/cluster/iam";
import { mirroredImage } from "../../components/images/mirrors";
import type { DrillTarget } from "./drill";
import { chooseDrillTarget, drillClusters, drillEnvironmentStack, RESTORE_NEVER_OVERWRITES, smokeTestCommand, trafficCheckScript } from "./drill";
import { regionalApiHost } from "../../components/names";
import { DEFAULT_HEALTH_PATH } from "../../components/topology/expand";
import type { DrillSwitch, ExecutionMode } from "./switch";
import { drillModes, drillSwitch, heldDrillGuard, measurements, parseExecution, planExecutionScript } from "./switch";

/**
 * A DR drill of the payments platform, as its own stack: it reads the environment stack and the
 * two cluster stacks it involves through StackReferences and, in the surviving cluster, restores
 * what the failed cluster's latest payments backup holds that the survivor lacks, then moves the
 * payments there through the environment's Region switch plan (scale, databases, traffic), runs
 * a smoke test of the API in the survivor, and switches back through the same plan. It owns
 * nothing of the platform, and exports the evidence (`evidence`). Without Region switch plans (no
 * ARC: staging), traffic moves when the failed cluster's stack inverts its health check
 * (`drillFailCluster` in the environment's config). See docs/dr-drill.md.
 */
/** How long the drill waits for Velero to complete its restore. */
const RESTORE_TIMEOUT_SECONDS = 30 * 60;

/** The drill's own config (the prod-drill stack file). */
interface DrillConfig {
    environmentStack: string;
    failCluster: string;
    restoreInto?: string;
    drillId: string;
    modes: { away: ExecutionMode; back: ExecutionMode };
    switchBack: boolean;
}

function drillConfig(): DrillConfig {
    const config = new pulumi.Config();
    const failCluster = config.require("failCluster");
    const environment = drillEnvironmentStack(config.get("environmentStack"), config.get("platformStack"), pulumi.getProject());
    if (environment.warning) void pulumi.log.warn(environment.warning);
    return {
        environmentStack: environment.stack,
        failCluster,
        restoreInto: config.get("restoreInto"),
        drillId: config.require("drillId"),
        modes: drillModes(config.get("mode") ?? "graceful", config.get("confirmUngraceful"), failCluster),
        switchBack: config.getBoolean("switchBack") ?? true,
    };
}

/** The environment's outputs the drill reads, as their contract declares them. */
const ENVIRONMENT_INPUTS = environmentOutputs.pick({ clusterStacks: true, dns: true, spec: true });
type EnvironmentView = z.infer<typeof ENVIRONMENT_INPUTS>;

/** What the drill reads of the platform: the environment, the two clusters' stacks, the plan that pairs them, and the survivor's drill kubeconfig. */
interface PlatformView {
    env: EnvironmentView;
    target: DrillTarget;
    failed: Pick<ClusterStackOutputs, "failover">;
    switching: DrillSwitch | undefined;
    drillKubeconfig: ClusterStackOutputs["drillKubeconfig"];
}

async function readPlatform(drill: DrillConfig): Promise<PlatformView> {
    const environment = new pulumi.StackReference("platform", { name: drill.environmentStack });
    const env = await stackOutputs(environment, drill.environmentStack, ENVIRONMENT_INPUTS);
    // The topology lists the clusters in failover order, the primary first.
    const failoverOrder = env.spec.clusters.map((cluster) => cluster.name);
    const names = drillClusters(failoverOrder, drill.failCluster, drill.restoreInto);
    const read = async (cluster: string) => {
        const stackName = env.clusterStacks[cluster] ?? "";
        const reference = new pulumi.StackReference(`cluster-${cluster}`, { name: stackName });
        const outputs = await stackOutputs(reference, stackName, clusterStackOutputs.pick({ cluster: true, failover: true }));
        return { reference, ...outputs };
    };
    const failed = await read(names.failed);
    const survivor = await read(names.survivor);
    const target = chooseDrillTarget({ [names.failed]: failed.cluster, [names.survivor]: survivor.cluster }, failoverOrder, names.failed, names.survivor);
    const switching = drillSwitch(
        (await stackOutputs(environment, drill.environmentStack, environmentOutputs.pick({ regionSwitch: true }))).regionSwitch,
        target.failed,
        target.survivor,
    );
    // The drill acts as its own role (the drill namespace and Velero's restores), never as the admin.
    if (!env.spec.drill)
        throw new pulumi.RunError(
            `${drill.environmentStack} has no drill role: set payments-platform:drill.roleArn in its config and apply it and its cluster stacks; a drill never drives a cluster as the admin`,
        );
    // Required here: a survivor without one was applied without the drill role.
    const { drillKubeconfig } = await stackOutputs(
        survivor.reference,
        env.clusterStacks[names.survivor] ?? "",
        clusterStackOutputs.pick({ drillKubeconfig: true }).required(),
    );
    return { env, target, failed, switching, drillKubeconfig };
}

type Side = { cluster: string; region: string } | undefined;

/** One execution of the plan, activating a region; it waits for the execution to end, and prints it (undefined without plans). */
function planExecution(
    name: string,
    drill: DrillConfig,
    platform: PlatformView,
    step: { activating: Side; leaving: Side; mode: ExecutionMode },
    dependsOn: pulumi.Resource[],
): command.local.Command | undefined {
    const { env, target, switching } = platform;
    if (!switching) return undefined;
    const databases = env.spec.services.filter((service) => service.database !== undefined);
    const members = (side: Side) => databases.map((service) => databaseNames(env.spec.environment, service.name, side?.cluster ?? "").regional).join(" ");
    return new command.local.Command(
        name,
        {
            create: planExecutionScript(),
            interpreter: ["/bin/bash", "-c"],
            environment: {
                PLAN_ARN: switching.planArn,
                TARGET_REGION: step.activating?.region ?? "",
                MODE: step.mode,
                // The global databases the plan moves: each must be in sync before it does.
                GLOBAL_CLUSTERS: databases.map((service) => databaseNames(env.spec.environment, service.name, target.failed.name).global).join(" "),
                // Each one's member in the activating region: its RPO lag before the switch is the data the switch put at risk.
                TARGET_MEMBERS: members(step.activating),
                // The writers it leaves, where the write markers go until the switch ends (in the same order).
                FROM_REGION: step.leaving?.region ?? "",
                FROM_MEMBERS: members(step.leaving),
                DRILL_ID: drill.drillId,
                COMMENT: `DR drill ${drill.drillId}: ${target.failed.name} to ${target.survivor.name} and back`,
            },
            // A new drill (drillId) executes again, and nothing else: its other inputs are ignored,
            // or a later `up` with an edited script would execute the plan again. Nothing to undo
            // on destroy: the platform stays where the last execution left it.
            triggers: [drill.drillId, switching.planArn, step.activating?.region ?? "", step.mode],
            logging: "stderr",
        },
        { dependsOn, ignoreChanges: [...RUN_ONCE_IGNORED] },
    );
}

/** Velero's restore of the failed cluster's latest payments backup into the survivor, awaited until Completed. */
function restoreIntoSurvivor(drill: DrillConfig, target: DrillTarget, provider: k8s.Provider): k8s.apiextensions.CustomResource {
    return new k8s.apiextensions.CustomResource(
        "restore",
        {
            apiVersion: "velero.io/v1",
            kind: "Restore",
            metadata: {
                name: `drill-${drill.failCluster}-${drill.drillId}`,
                namespace: VELERO.namespace,
                labels: { [DRILL_LABEL]: drill.drillId },
                // Awaited: the switch and the smoke test start only on a Completed restore, and a
                // restore that fails or only partly succeeds fails the drill when the wait runs out.
                annotations: { "pulumi.com/waitFor": "jsonpath={.status.phase}=Completed", "pulumi.com/timeoutSeconds": String(RESTORE_TIMEOUT_SECONDS) },
            },
            spec: {
                // The latest completed backup of the failed cluster's schedule, synced in from the
                // read-only replica location.
                scheduleName: target.failed.backupSchedule,
                // Everything the backup holds: the payments namespaces, named one by one in the Schedule
                // (Velero 1.17 reads no globs). No volumes: EBS snapshots stay in the failed region,
                // and payment namespaces hold none (rule payments-hold-no-volumes), so the restore is whole without them.
                restorePVs: false,
                // The survivor already runs every service: what exists stays as it is, and identity
                // never comes from the failed region (its ServiceAccounts' IRSA roles trust only the
                // failed cluster's OIDC provider; its secrets are the survivor's own replicas).
                existingResourcePolicy: "none",
                excludedResources: [...RESTORE_NEVER_OVERWRITES],
            },
        },
        { provider },
    );
}

interface CheckContainer {
    image: string;
    command: string[];
    env?: { name: string; value: string }[];
}

/** A one-shot check in the drill's namespace, hardened like the platform's pods; Pulumi waits for it to succeed, and `up` fails if it does not. */
function checkJob(
    name: string,
    jobName: string,
    drillId: string,
    container: CheckContainer,
    provider: k8s.Provider,
    dependsOn: pulumi.Resource[],
): k8s.batch.v1.Job {
    return new k8s.batch.v1.Job(
        name,
        {
            metadata: { name: `${jobName}-${drillId}`, namespace: DRILL_NAMESPACE, labels: { [DRILL_LABEL]: drillId } },
            spec: {
                backoffLimit: 3,
                activeDeadlineSeconds: 900,
                template: {
                    metadata: { labels: { app: `dr-drill-${jobName}`, [DRILL_LABEL]: drillId } },
                    spec: {
                        restartPolicy: "Never",
                        automountServiceAccountToken: false,
                        securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, seccompProfile: { type: "RuntimeDefault" } },
                        containers: [
                            {
                                name: jobName,
                                ...container,
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
        { provider, dependsOn },
    );
}

/** The checks' way out: DNS, and the survivor's ingress gateway, nothing else. */
function checksEgress(drillId: string, provider: k8s.Provider): k8s.networking.v1.NetworkPolicy {
    return new k8s.networking.v1.NetworkPolicy(
        "verify-egress",
        {
            metadata: { name: `smoke-test-${drillId}`, namespace: DRILL_NAMESPACE, labels: { [DRILL_LABEL]: drillId } },
            spec: {
                podSelector: { matchLabels: { [DRILL_LABEL]: drillId } },
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
        { provider },
    );
}

/** In the survivor: the API's deep health through its own gateway, and (with a plan) the public name answering its load balancer. */
function survivorChecks(
    drill: DrillConfig,
    platform: PlatformView,
    provider: k8s.Provider,
    after: { restore: pulumi.Resource; away: pulumi.Resource | undefined },
): { verify: k8s.batch.v1.Job; trafficMoved: k8s.batch.v1.Job | undefined } {
    const { env, target } = platform;
    checksEgress(drill.drillId, provider);
    // The checks run in the survivor, as in an outage: their images come through its region's cache, not Docker Hub.
    const survivorImage = (upstream: string) => mirroredImage(upstream, environmentAccount(env.spec), target.survivor.region);
    const verify = checkJob(
        "verify",
        "smoke-test",
        drill.drillId,
        {
            image: survivorImage("curlimages/curl:8.11.1"),
            command: smokeTestCommand(env.dns.apiFqdn, env.spec.services.find((service) => service.public)?.healthPath ?? DEFAULT_HEALTH_PATH),
        },
        provider,
        [after.restore, ...(after.away ? [after.away] : [])],
    );
    // After the switch, the public name answers the survivor's load balancer: traffic moved, measured rather than assumed.
    const trafficMoved =
        after.away &&
        checkJob(
            "verify-traffic",
            "traffic-moved",
            drill.drillId,
            {
                image: survivorImage("busybox:1.37.0"),
                command: ["sh", "-c", trafficCheckScript()],
                env: [
                    { name: "API_HOST", value: env.dns.apiFqdn },
                    { name: "SURVIVOR_HOST", value: regionalApiHost(target.survivor.name, env.dns.apiFqdn) },
                    { name: "SURVIVOR_CLUSTER", value: target.survivor.name },
                ],
            },
            provider,
            [after.away],
        );
    return { verify, trafficMoved };
}

/** The stack's outputs: what ran, and the evidence a reviewer checks (or, without plans, how to move traffic by hand). */
function drillOutputs(
    drill: DrillConfig,
    platform: PlatformView,
    ran: {
        restore: k8s.apiextensions.CustomResource;
        away?: command.local.Command;
        back?: command.local.Command;
        verify: k8s.batch.v1.Job;
        trafficMoved?: k8s.batch.v1.Job;
    },
) {
    const { env, target, switching, failed } = platform;
    const { restore, away, back, verify, trafficMoved } = ran;
    const environmentStack = drill.environmentStack;
    return {
        failedCluster: target.failed.name,
        survivorCluster: target.survivor.name,
        survivorRegion: target.survivor.region,
        restoreName: restore.metadata.name,
        restoredFromSchedule: target.failed.backupSchedule,
        restoredFromLocation: target.survivor.primaryReplicaLocation,
        smokeTestJob: verify.metadata.name,
        ...(trafficMoved ? { trafficCheckJob: trafficMoved.metadata.name } : {}),
        ...(switching
            ? {
                  /** What a reviewer wants: which plan ran, from where to where, each execution as ARC reports it, and what to measure. */
                  evidence: {
                      drillId: drill.drillId,
                      plan: { name: switching.planName, arn: switching.planArn, reports: switching.reports },
                      from: switching.back,
                      to: switching.away,
                      mode: drill.modes,
                      away: away ? away.stdout.apply((stdout) => parseExecution("switch-away", stdout)) : undefined,
                      back: back ? back.stdout.apply((stdout) => parseExecution("switch-back", stdout)) : "held in the survivor (switchBack: false)",
                      measure: measurements(switching, env.spec.objectives.rtoMinutes),
                      /**
                       * Measured in the survivor: when the smoke test passed and when the public name first
                       * answered the survivor's load balancer (each Job's completion; against the away
                       * execution's startTime, the time traffic took to move).
                       */
                      measured: {
                          smokeTestPassedAt: verify.status.completionTime,
                          ...(trafficMoved ? { trafficMovedAt: trafficMoved.status.completionTime } : {}),
                      },
                  },
              }
            : {
                  /** The health check the failed cluster's stack inverts to move traffic (`drillFailCluster`). */
                  failedHealthCheck: failed.failover.healthCheckId,
                  /** How to move traffic without Region switch plans: set the drill in the environment's config, then apply the failed cluster's stack. */
                  moveTraffic: `pulumi config set drillFailCluster ${drill.failCluster} -s ${environmentStack.split("/").pop()} && pulumi up -s ${environmentStack.split("/").pop()} && pulumi up -s ${drill.failCluster}`,
              }),
    };
}

export = async () => {
    const drill = drillConfig();
    const platform = await readPlatform(drill);
    const { switching } = platform;
    const provider = new k8s.Provider("survivor", { kubeconfig: pulumi.secret(platform.drillKubeconfig), enableServerSideApply: true });

    // Restore first, so the standby holds what it lacked before payments arrive.
    const restore = restoreIntoSurvivor(drill, platform.target, provider);
    const away = planExecution("switch-away", drill, platform, { activating: switching?.away, leaving: switching?.back, mode: drill.modes.away }, [restore]);
    const { verify, trafficMoved } = survivorChecks(drill, platform, provider, { restore, away });
    // Back to the primary once the survivor has answered; `switchBack: false` holds the drill there.
    const back = drill.switchBack
        ? planExecution("switch-back", drill, platform, { activating: switching?.back, leaving: switching?.away, mode: drill.modes.back }, [
              verify,
              ...(trafficMoved ? [trafficMoved] : []),
          ])
        : undefined;
    // Held there, a destroy of this stack is refused until an up switches back (which clears HELD).
    if (switching)
        new command.local.Command(
            "held",
            {
                ...heldDrillGuard(pulumi.getStack(), platform.target.survivor.name, platform.target.failed.name),
                interpreter: ["/bin/bash", "-c"],
                environment: { HELD: String(!drill.switchBack) },
            },
            { dependsOn: [verify, ...(back ? [back] : [])] },
        );
    return drillOutputs(drill, platform, { restore, away, back, verify, trafficMoved });
};
