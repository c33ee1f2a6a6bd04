import type { PoolUpgradePolicy } from "../config/schema";
import { SUPPORTED_KUBERNETES_VERSIONS } from "../config/schema";
import { minorOf } from "./minor";

/**
 * Kubelets may be this many minors older than the API server, and never newer: the Kubernetes
 * version-skew policy since 1.28, which EKS applies to managed node groups from 1.28 on (EKS user
 * guide, "Update a managed node group"; kubernetes.io/releases/version-skew-policy). The planner
 * and the `kubelet-version-skew` policy enforce it; config asks for less (MAX_WORKER_MINOR_SKEW).
 */
export const EKS_MAX_KUBELET_SKEW = 3;

/** Node pools upgraded in one step, by default: Cluster API's `upgrade-concurrency` default. */
export const DEFAULT_UPGRADE_CONCURRENCY = 1;

/** A cluster's versions as the cloud reports them. */
export interface CurrentVersions {
    readonly controlPlane: string;
    /** EKS is still applying an update to the control plane (status UPDATING). */
    readonly controlPlaneUpdating: boolean;
    /** The node pools that exist, by pool name. */
    readonly pools: Readonly<Record<string, { readonly version: string; readonly updating: boolean }>>;
    /** The minor whose row the managed add-ons and the autoscaler image were last pinned to. */
    readonly addons: string;
}

export interface DesiredPool {
    readonly name: string;
    readonly version: string;
    /** `defer`: this pool stays; `hold`: this pool and every pool after it stay. @default none */
    readonly upgradePolicy?: PoolUpgradePolicy;
}

export interface DesiredVersions {
    readonly controlPlane: string;
    /** In upgrade order (the topology's order). */
    readonly pools: readonly DesiredPool[];
}

export interface UpgradeClass {
    /**
     * The versions the class offers, like a ClusterClass's `kubernetesVersions`: a jump of more
     * than one minor chains through them, and only when every intermediate minor is listed.
     * @default [] (one minor per version change)
     */
    readonly versions: readonly string[];
    /** Node pools upgraded per step. @default DEFAULT_UPGRADE_CONCURRENCY */
    readonly concurrency: number;
}

export type UpgradeStep =
    | { readonly kind: "control-plane"; readonly from: string; readonly to: string }
    | { readonly kind: "pools"; readonly pools: readonly { readonly name: string; readonly from: string; readonly to: string }[] }
    | { readonly kind: "addons"; readonly from: string; readonly to: string };

/** A refusal, with its path relative to the cluster's `topology` (e.g. `version`). */
export interface UpgradeIssue {
    readonly path: string;
    readonly message: string;
}

export interface UpgradePlan {
    /** Every step from the current state to the desired one, in order. Empty when there is nothing to do (or on refusal). */
    readonly steps: readonly UpgradeStep[];
    /** The versions to declare on this `up`: the current ones with the first step applied. */
    readonly declare: { readonly controlPlane: string; readonly pools: Readonly<Record<string, string>>; readonly addons: string };
    /** Pools left behind on purpose, with why. */
    readonly held: readonly { readonly pool: string; readonly policy: PoolUpgradePolicy; readonly reason: string }[];
    readonly issues: readonly UpgradeIssue[];
    /** What the plan accepted that config should say: a control plane EKS moved ahead of config (adopted, never reverted). */
    readonly warnings: readonly UpgradeIssue[];
}

/** Whether a held pool (Cluster API's hold-upgrade-sequence) keeps the upgrade from completing: the add-ons wait for it; a deferred pool does not. */
export function holdsUpgrade(plan: Pick<UpgradePlan, "held">): boolean {
    return plan.held.some((entry) => entry.policy === "hold");
}

/** A step as one line of the preview. */
export function describeStep(step: UpgradeStep): string {
    switch (step.kind) {
        case "control-plane":
            return `control plane ${step.from} → ${step.to}`;
        case "pools":
            return `node pool${step.pools.length > 1 ? "s" : ""} ${step.pools.map((pool) => `${pool.name} ${pool.from} → ${pool.to}`).join(", ")}`;
        case "addons":
            return `managed add-ons and autoscaler image ${step.from} → ${step.to} (compatibility row ${step.to})`;
    }
}

const mdPath = (index: number) => `workers.machineDeployments[${index}].version`;

/** The newest row at or below a minor, if any. */
function newestRowUpTo(rows: readonly string[], version: string): string | undefined {
    return [...rows].filter((row) => minorOf(row) <= minorOf(version)).sort((a, b) => minorOf(b) - minorOf(a))[0];
}

/**
 * Cluster API's topology upgrade, with EKS's rules, as a pure function of the cloud's current
 * versions and the topology's desired ones. Adopts a control plane EKS moved ahead of config
 * (with a warning naming the config to update); refuses a pool downgrade, a skipped minor the
 * class does not chain, a control-plane step a deferred or held pool would block, and any step
 * while EKS is still updating; otherwise plans the control plane one minor at a time (every pool
 * on its minor first, as EKS requires), then the pools `concurrency` at a time in topology order
 * (skipping deferred pools, stopping at a held one), then the managed add-ons and the autoscaler
 * image for the new minor. A cluster that does not exist yet (`current` undefined) is created at
 * the desired versions with no steps.
 */
export function planUpgrade(
    current: CurrentVersions | undefined,
    wanted: DesiredVersions,
    cls: UpgradeClass,
    /** The minors the compatibility matrix has a row for: the add-ons follow the control plane only onto one. */
    rows: readonly string[] = SUPPORTED_KUBERNETES_VERSIONS,
): UpgradePlan {
    if (!current) {
        return {
            steps: [],
            declare: {
                controlPlane: wanted.controlPlane,
                pools: Object.fromEntries(wanted.pools.map((pool) => [pool.name, pool.version])),
                addons: wanted.controlPlane,
            },
            held: [],
            issues: [],
            warnings: [],
        };
    }
    const { desired, warnings } = adoptControlPlane(current, wanted, rows);
    const { chain, issues } = refusals(current, desired, cls);
    const held = heldPools(current, desired);
    const steps = issues.length === 0 ? simulate(current, desired, cls, { chain, held, rows }, issues) : [];
    if (issues.length === 0 && steps.length > 0) issues.push(...stillUpdating(current));
    const first = issues.length === 0 ? steps[0] : undefined;
    return { steps: issues.length === 0 ? steps : [], declare: declaration(current, desired, first), held, issues, warnings };
}

/**
 * A control plane ahead of config was moved by EKS (the end of its version's support, with
 * STANDARD support) or by hand: EKS cannot downgrade it, so the plan adopts it, never freezes,
 * and warns which config to update (and when the matrix has no row for it).
 */
function adoptControlPlane(current: CurrentVersions, wanted: DesiredVersions, rows: readonly string[]): { desired: DesiredVersions; warnings: UpgradeIssue[] } {
    if (minorOf(wanted.controlPlane) >= minorOf(current.controlPlane)) return { desired: wanted, warnings: [] };
    const warnings: UpgradeIssue[] = [
        {
            path: "version",
            message: `EKS runs the control plane at ${current.controlPlane}, ahead of config's ${wanted.controlPlane} (an automatic upgrade at the end of standard support, or a change outside Pulumi); adopted: set version to ${current.controlPlane}`,
        },
    ];
    if (!rows.includes(current.controlPlane))
        warnings.push({
            path: "version",
            message: `${current.controlPlane} has no row in the compatibility matrix: the managed add-ons and the autoscaler image stay on row ${newestRowUpTo(rows, current.controlPlane) ?? current.addons} and the charts are not known to support ${current.controlPlane}; add its row (SUPPORTED_KUBERNETES_VERSIONS and its pins) and move the add-ons there`,
        });
    return { desired: { ...wanted, controlPlane: current.controlPlane }, warnings };
}

/** The minors the control plane goes through, and what EKS refuses outright: a skipped minor the class does not chain, a pool downgrade. */
function refusals(current: CurrentVersions, desired: DesiredVersions, cls: UpgradeClass): { chain: string[]; issues: UpgradeIssue[] } {
    const issues: UpgradeIssue[] = [];
    const chain: string[] = [];
    for (let minor = minorOf(current.controlPlane) + 1; minor <= minorOf(desired.controlPlane); minor++) chain.push(`1.${minor}`);
    const unlisted = chain.slice(0, -1).filter((version) => !cls.versions.includes(version));
    if (unlisted.length > 0)
        issues.push({
            path: "version",
            message: `${current.controlPlane} → ${desired.controlPlane} skips ${unlisted.join(", ")}: EKS upgrades a control plane one minor at a time; set ${chain[0]} first, or list ${unlisted.join(", ")} in the class's upgrade.versions to chain through ${unlisted.length > 1 ? "them" : "it"}`,
        });
    desired.pools.forEach((pool, index) => {
        const now = current.pools[pool.name];
        if (now && minorOf(pool.version) < minorOf(now.version))
            issues.push({
                path: mdPath(index),
                message: `${pool.version} is older than node pool ${pool.name}'s current ${now.version} (read from EKS); a managed node group cannot be downgraded: set it back to ${now.version}`,
            });
    });
    return { chain, issues };
}

/** Pools left behind on purpose: a `hold` holds its pool and every later one; a `defer` only its own. */
function heldPools(current: CurrentVersions, desired: DesiredVersions): { pool: string; policy: PoolUpgradePolicy; reason: string }[] {
    const held: { pool: string; policy: PoolUpgradePolicy; reason: string }[] = [];
    let holding: string | undefined;
    for (const pool of desired.pools) {
        if (pool.upgradePolicy === "hold") holding = pool.name;
        const now = current.pools[pool.name];
        if (now && now.version !== pool.version) {
            if (holding) held.push({ pool: pool.name, policy: "hold", reason: `held by ${holding}'s upgradePolicy: hold` });
            else if (pool.upgradePolicy === "defer") held.push({ pool: pool.name, policy: "defer", reason: "upgradePolicy: defer" });
        }
    }
    return held;
}

/**
 * The steps from the current state, simulated: the control plane one minor at a time (every pool
 * on its minor first, as EKS requires; a pool left behind on purpose blocks the step, added to
 * `issues`), then the pools `concurrency` at a time, then the add-ons onto the matrix's row.
 */
function simulate(
    current: CurrentVersions,
    desired: DesiredVersions,
    cls: UpgradeClass,
    plan: { chain: readonly string[]; held: readonly { pool: string; policy: PoolUpgradePolicy; reason: string }[]; rows: readonly string[] },
    issues: UpgradeIssue[],
): UpgradeStep[] {
    const { chain, held, rows } = plan;
    const isHeld = (name: string) => held.some((entry) => entry.pool === name);
    const steps: UpgradeStep[] = [];
    const state = {
        controlPlane: current.controlPlane,
        pools: Object.fromEntries(Object.entries(current.pools).map(([name, pool]) => [name, pool.version])) as Record<string, string>,
        addons: current.addons,
    };
    const poolSteps = (wanted: (pool: DesiredPool) => string | undefined) => {
        const due = desired.pools.flatMap((pool) => {
            const from = state.pools[pool.name];
            const to = wanted(pool);
            return from !== undefined && to !== undefined && minorOf(to) > minorOf(from) ? [{ name: pool.name, from, to }] : [];
        });
        for (let i = 0; i < due.length; i += Math.max(1, cls.concurrency)) {
            const batch = due.slice(i, i + Math.max(1, cls.concurrency));
            steps.push({ kind: "pools", pools: batch });
            for (const pool of batch) state.pools[pool.name] = pool.to;
        }
    };
    for (const next of chain) {
        // EKS moves a control plane only once every managed node group is on its minor (EKS
        // user guide, "Update existing cluster to new Kubernetes version"): the pools catch up
        // first, and a pool left behind on purpose blocks the step.
        desired.pools.forEach((pool, index) => {
            const version = state.pools[pool.name];
            if (version === undefined || minorOf(version) >= minorOf(state.controlPlane)) return;
            const blocks = `EKS moves the control plane from ${state.controlPlane} to ${next} only once every node group is on ${state.controlPlane}`;
            if (isHeld(pool.name))
                issues.push({
                    path: mdPath(index),
                    message: `node pool ${pool.name} stays at ${version} (${held.find((entry) => entry.pool === pool.name)?.reason}), and ${blocks}; upgrade the pool or lift its upgradePolicy`,
                });
            else if (minorOf(pool.version) < minorOf(state.controlPlane))
                issues.push({
                    path: mdPath(index),
                    message: `node pool ${pool.name} is pinned to ${pool.version}, and ${blocks}; set it to ${state.controlPlane} or later`,
                });
        });
        if (issues.length > 0) return steps;
        poolSteps((pool) => (minorOf(state.pools[pool.name] ?? state.controlPlane) < minorOf(state.controlPlane) ? state.controlPlane : undefined));
        // Add-ons must match the control plane before it moves again.
        if (minorOf(state.addons) < minorOf(state.controlPlane)) {
            steps.push({ kind: "addons", from: state.addons, to: state.controlPlane });
            state.addons = state.controlPlane;
        }
        steps.push({ kind: "control-plane", from: state.controlPlane, to: next });
        state.controlPlane = next;
    }
    poolSteps((pool) => (isHeld(pool.name) ? undefined : pool.version));
    // Onto the control plane's row, or the newest row below it when EKS moved it past the matrix.
    const addonsTarget = rows.includes(state.controlPlane) ? state.controlPlane : newestRowUpTo(rows, state.controlPlane);
    if (!holdsUpgrade({ held }) && addonsTarget !== undefined && minorOf(state.addons) < minorOf(addonsTarget))
        steps.push({ kind: "addons", from: state.addons, to: addonsTarget });
    return steps;
}

/** No step while EKS is still updating the control plane or a pool. */
function stillUpdating(current: CurrentVersions): UpgradeIssue[] {
    const updating = [
        ...(current.controlPlaneUpdating ? ["the control plane"] : []),
        ...Object.entries(current.pools)
            .filter(([, pool]) => pool.updating)
            .map(([name]) => `node pool ${name}`),
    ];
    if (updating.length === 0) return [];
    return [
        {
            path: "version",
            message: `${updating.join(" and ")} ${updating.length > 1 ? "are" : "is"} still being updated by EKS (status UPDATING); wait for the update to finish (aws eks list-updates) and run up again`,
        },
    ];
}

/**
 * The versions to declare: the current ones with `step` applied (none: stay where the cluster
 * is). A pool that does not exist yet is created at its version, never ahead of the control plane.
 */
export function declaration(current: CurrentVersions, desired: DesiredVersions, step: UpgradeStep | undefined): UpgradePlan["declare"] {
    const controlPlane = step?.kind === "control-plane" ? step.to : current.controlPlane;
    return {
        controlPlane,
        pools: Object.fromEntries(
            desired.pools.map((pool) => {
                const now = current.pools[pool.name];
                const stepped = step?.kind === "pools" ? step.pools.find((entry) => entry.name === pool.name)?.to : undefined;
                const fresh = minorOf(pool.version) > minorOf(current.controlPlane) ? current.controlPlane : pool.version;
                return [pool.name, stepped ?? now?.version ?? fresh];
            }),
        ),
        addons: step?.kind === "addons" ? step.to : current.addons,
    };
}

/** What a cluster stack exports about its versions (and a later wave reads), declared with its contract. */
import type { MeshStatus, UpgradeStatus } from "../platform/outputs";
export type { MeshStatus, UpgradeStatus };

/**
 * The wave rule: a cluster starts its next step only once the cluster upgraded before it (the
 * previous wave of the rollout) reports its upgrade complete at this target or beyond. Returns
 * why it must wait, or undefined to go ahead. No gate when the previous wave is not meant to reach
 * this target (the environment upgrades only this cluster), or has never been applied (its stack
 * creates it at its target).
 */
export function waitForPreviousWave(
    plan: UpgradePlan,
    target: string,
    previous: { stack: string; target: string; status?: UpgradeStatus } | undefined,
): string | undefined {
    if (plan.steps.length === 0 || !previous?.status || minorOf(previous.target) < minorOf(target)) return undefined;
    const { status } = previous;
    if (status.complete && minorOf(status.controlPlane) >= minorOf(target)) return undefined;
    const where =
        status.target !== previous.target
            ? `its last up targeted ${status.target}, not ${previous.target}`
            : `it reports control plane ${status.controlPlane}, next: ${status.steps[0] ?? "unknown"}`;
    return `waits for ${previous.stack} to finish its upgrade to ${target} (${where}); apply ${previous.stack} until it reports complete, then this stack`;
}
