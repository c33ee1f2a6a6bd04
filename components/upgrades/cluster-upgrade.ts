import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { PlatformAddon } from "../addons/addon";
import { SUPPORTED_KUBERNETES_VERSIONS } from "../config/schema";
import { compatibilityRow } from "./compatibility";
import type { ClusterOutputs } from "../platform/outputs";
import type { ClusterSpec } from "../topology/spec";
import { readCurrentVersions } from "./current";
import { minorOf } from "./minor";
import type { MeshStatus, UpgradePlan, UpgradeStatus } from "./plan";
import { declaration, describeStep, holdsUpgrade, planUpgrade, waitForPreviousWave } from "./plan";
import { describeMeshStep, LEGACY_MESH, planMeshUpgrade } from "./mesh";
import { LEGACY_DATABASE_ENGINE_VERSION, planDatabaseUpgrade } from "./database";
import type { DatabaseExport } from "../data/placement";
import { ISTIO_RELEASES, ISTIO_TARGET_REVISION } from "../addons/istio";

export interface ClusterUpgradeArgs {
    /** The cluster as the environment declares it (the target versions). */
    cluster: ClusterSpec;
    /** The environment's project (config keys are `<project>:clusters[i]...`) and stack, for errors. */
    environment: { project: string; stack: string };
    /** This stack's own outputs from its last `up`. */
    /** Its own last outputs, as far as an upgrade reads them (an older program's carry no more). */
    previous: { cluster?: Pick<ClusterOutputs, "name">; upgrade?: Pick<UpgradeStatus, "addons" | "mesh"> };
    /** The stacks upgraded before this one (the previous rollout wave of clusters); none for the first. */
    previousWave: ReadonlyArray<{ stack: string; target: string; status?: UpgradeStatus }>;
    provider: aws.Provider;
    /** The add-ons the cluster installs: their charts must cover the target minor. */
    addons: readonly PlatformAddon[];
}

export interface ClusterUpgrade {
    /** The cluster with the versions this `up` declares. */
    spec: ClusterSpec;
    plan: UpgradePlan;
    /** What the stack exports about its upgrade (without the pools, which the stack adds), the mesh's step included. */
    status: Omit<UpgradeStatus, "pools" | "mesh"> & { mesh: MeshStatus };
    /** Whether this `up` takes a step (Kubernetes or the mesh): a database step then waits for an `up` of its own. */
    stepping: boolean;
}

export interface DatabaseUpgradeArgs {
    /** The primary, whose stack holds every global cluster; its `databaseEngineVersion` is the target. */
    cluster: ClusterSpec;
    /** The services that own a database. */
    services: readonly string[];
    /** The primary's own outputs from its last `up` (its members' versions). */
    previous: Readonly<Record<string, DatabaseExport>> | undefined;
    /** The other clusters' databases, as their stacks last reported them, by cluster. */
    members: Readonly<Record<string, Readonly<Record<string, DatabaseExport>> | undefined>>;
    /** Whether the cluster takes another upgrade step in this `up`. */
    otherStep: boolean;
}

/**
 * Each global database's engine version for this `up`, on the primary (planDatabaseUpgrade):
 * prints the plan, refuses a major upgrade or a downgrade with its config path, and holds a step
 * while a member differs or another step runs. A version a stack never recorded is the legacy one.
 */
export function databaseUpgrade(args: DatabaseUpgradeArgs): { versions: Record<string, string>; /** Steps still to take after this `up`. */ steps: string[] } {
    const target = args.cluster.databaseEngineVersion;
    const versions: Record<string, string> = {};
    const lines: string[] = [];
    const remaining: string[] = [];
    const issues: string[] = [];
    for (const service of args.services) {
        const own = args.previous?.[service];
        const members = Object.fromEntries(
            Object.entries({
                [args.cluster.name]: own,
                ...Object.fromEntries(Object.entries(args.members).map(([cluster, databases]) => [cluster, databases?.[service]])),
            })
                .filter((entry): entry is [string, DatabaseExport] => entry[1] !== undefined)
                .map(([cluster, database]) => [cluster, database.engineVersion ?? LEGACY_DATABASE_ENGINE_VERSION]),
        );
        const plan = planDatabaseUpgrade({
            target,
            current: own ? (own.engineVersion ?? LEGACY_DATABASE_ENGINE_VERSION) : undefined,
            members,
            otherStep: args.otherStep,
        });
        issues.push(...plan.issues.map((issue) => `${service}: ${issue}`));
        versions[service] = plan.declare;
        lines.push(...plan.steps.map((step) => `${service}: ${step}${plan.holding ? ` (holding: ${plan.holding})` : "   <- this up"}`));
        remaining.push(...(plan.holding ? plan.steps : plan.steps.slice(1)).map((step) => `${service}: ${step}`));
        if (plan.holding) void pulumi.log.warn(`${args.cluster.name}: ${service}'s database upgrade to ${target} holds: ${plan.holding}`);
    }
    if (issues.length > 0)
        throw new pulumi.RunError(
            `${args.cluster.name}'s database upgrade is refused (${args.cluster.configPath}.topology.variables.databaseEngineVersion, or its class's):\n${issues.map((issue) => `  ${issue}`).join("\n")}`,
        );
    if (lines.length > 0)
        void pulumi.log.info(
            [`database upgrade of ${args.cluster.name} to Aurora PostgreSQL ${target}, one step per up:`, ...lines.map((line) => `  ${line}`)].join("\n"),
        );
    return { versions, steps: remaining };
}

/**
 * The mesh's step for this `up` (planMeshUpgrade), from what the cluster ran at its last one:
 * none when the cluster is new (or gone), LEGACY_MESH when its outputs predate the mesh's record.
 * A step waits while a cluster of the previous wave has not finished its own mesh upgrade to the
 * same target (the canary cluster proves each revision first). Refuses what it cannot do safely.
 */
export function meshUpgrade(
    args: Pick<ClusterUpgradeArgs, "cluster" | "previous" | "previousWave">,
    exists: boolean,
    target: string = ISTIO_TARGET_REVISION,
    known: readonly string[] = Object.keys(ISTIO_RELEASES),
): MeshStatus {
    const current = exists ? (args.previous.upgrade?.mesh ?? LEGACY_MESH) : undefined;
    const plan = planMeshUpgrade(current ? { revisions: current.revisions, workloads: current.workloads } : undefined, target, known);
    if (plan.issues.length > 0)
        throw new pulumi.RunError(`${args.cluster.name}'s mesh upgrade is refused:\n${plan.issues.map((issue) => `  ${issue}`).join("\n")}`);
    if (plan.steps.length === 0) return { ...plan.declare, steps: [] };
    const behind = args.previousWave.find((stack) => {
        const mesh = stack.status ? (stack.status.mesh ?? LEGACY_MESH) : undefined;
        return mesh !== undefined && (mesh.workloads !== target || mesh.revisions.length !== 1);
    });
    const lines = plan.steps.map((step, index) => `  ${index + 1}. ${describeMeshStep(step)}${index === 0 && !behind ? "   <- this up" : ""}`);
    void pulumi.log.info([`mesh upgrade of ${args.cluster.name} to Istio ${target}, one step per up:`, ...lines].join("\n"));
    if (behind && current) {
        void pulumi.log.warn(
            `${args.cluster.name}'s mesh upgrade waits for ${behind.stack} to finish its own to Istio ${target}; apply ${behind.stack} until it runs ${target} alone, then this stack`,
        );
        return { revisions: current.revisions, workloads: current.workloads, steps: plan.steps.map(describeMeshStep) };
    }
    return { ...plan.declare, steps: plan.steps.slice(1).map(describeMeshStep) };
}

/**
 * One step per `up`: reads the cluster's versions from EKS, plans the whole upgrade to the
 * topology's version, prints it, refuses unsafe input with its config path, waits for the
 * previous wave, and returns the cluster with only the first step applied.
 */
export async function clusterUpgrade(args: ClusterUpgradeArgs): Promise<ClusterUpgrade> {
    const { cluster } = args;
    const current = await readCurrentVersions(args.previous, args.provider);
    const desired = {
        controlPlane: cluster.kubernetesVersion,
        pools: cluster.nodePools.map((pool) => ({ name: pool.name, version: pool.kubernetesVersion, upgradePolicy: pool.upgradePolicy })),
    };
    const gaps = compatibilityRow(cluster.kubernetesVersion, args.addons).gaps;
    if (gaps.length > 0)
        throw new pulumi.RunError(
            `${args.environment.project}:${cluster.configPath}.topology.version: the compatibility matrix's row ${cluster.kubernetesVersion} is incomplete:\n${gaps.map((gap) => `  ${gap}`).join("\n")}`,
        );
    const plan = planUpgrade(current, desired, cluster.upgrade);
    const configPath = `${args.environment.project}:${cluster.configPath}.topology`;
    if (plan.issues.length > 0)
        throw new pulumi.RunError(
            `${cluster.name}'s upgrade is refused (config of ${args.environment.stack}):\n` +
                plan.issues.map((issue) => `  ${configPath}.${issue.path}: ${issue.message}`).join("\n"),
        );
    for (const warning of plan.warnings) void pulumi.log.warn(`${cluster.name}: ${configPath}.${warning.path}: ${warning.message}`);
    const waiting = current
        ? args.previousWave.map((stack) => waitForPreviousWave(plan, cluster.kubernetesVersion, stack)).find((reason) => reason !== undefined)
        : undefined;
    const declare = waiting && current ? declaration(current, desired, undefined) : plan.declare;
    const remaining = waiting ? plan.steps : plan.steps.slice(1);
    if (plan.steps.length > 0) {
        const lines = plan.steps.map((step, index) => `  ${index + 1}. ${describeStep(step)}${index === 0 && !waiting ? "   <- this up" : ""}`);
        const held = plan.held.map((entry) => `  node pool ${entry.pool} stays (${entry.reason})`);
        void pulumi.log.info(
            [
                `upgrade of ${cluster.name} to ${cluster.kubernetesVersion}, one step per up:`,
                ...lines,
                ...held,
                ...(waiting ? [`  holding: ${waiting}`] : []),
            ].join("\n"),
        );
        if (waiting) void pulumi.log.warn(`${cluster.name} ${waiting}`);
    }
    // What the program chooses must have a row; a control plane EKS moved past the matrix is
    // adopted (planUpgrade warned), never a reason to freeze the stack.
    const adopted = current !== undefined && declare.controlPlane === current.controlPlane;
    const unsupported = [...(adopted ? [] : [declare.controlPlane]), declare.addons, ...Object.values(declare.pools)].filter(
        (version) => !(SUPPORTED_KUBERNETES_VERSIONS as readonly string[]).includes(version),
    );
    if (unsupported.length > 0)
        throw new pulumi.RunError(
            `${cluster.name} runs Kubernetes ${[...new Set(unsupported)].join(", ")} (read from EKS), which has no row in the compatibility matrix; add the row (SUPPORTED_KUBERNETES_VERSIONS and its pins) so the platform can step it forward`,
        );
    const spec: ClusterSpec = {
        ...cluster,
        kubernetesVersion: declare.controlPlane as ClusterSpec["kubernetesVersion"],
        addonsVersion: declare.addons as ClusterSpec["addonsVersion"],
        nodePools: cluster.nodePools.map((pool) => ({
            ...pool,
            kubernetesVersion: (declare.pools[pool.name] ?? pool.kubernetesVersion) as ClusterSpec["kubernetesVersion"],
        })),
    };
    const holding = holdsUpgrade(plan);
    const mesh = meshUpgrade(args, current !== undefined);
    const meshBefore = current ? (args.previous.upgrade?.mesh ?? LEGACY_MESH) : undefined;
    const meshStepped = meshBefore !== undefined && (meshBefore.workloads !== mesh.workloads || meshBefore.revisions.join() !== mesh.revisions.join());
    return {
        spec,
        plan,
        status: {
            // An adopted control plane is the target until config says so.
            target: current && minorOf(current.controlPlane) > minorOf(cluster.kubernetesVersion) ? current.controlPlane : cluster.kubernetesVersion,
            controlPlane: declare.controlPlane,
            addons: declare.addons,
            steps: remaining.map(describeStep),
            complete: remaining.length === 0 && !holding,
            mesh,
        },
        stepping: (plan.steps.length > 0 && !waiting) || meshStepped,
    };
}
