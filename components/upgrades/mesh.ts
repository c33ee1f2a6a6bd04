/**
 * Istio's canary upgrade, one step per `up` (istio.io "Canary upgrades"): the new revision's
 * control plane is installed beside the old one; then every meshed workload moves to it (its
 * namespaces' `istio.io/rev` label and its pods' own label change, so each Deployment restarts
 * and is injected by the new revision); only in a later `up`, the old revision, which nothing
 * uses any more, is removed. One `up` that installed the new istiod and deleted the old would leave
 * every running sidecar without a control plane: no config, no certificate rotation.
 */

/** Which Istio control planes run in a cluster (oldest first) and which one its workloads use. */
/** The Istio control planes a cluster runs and the one its workloads use, declared with the stacks' contract. */
import type { MeshRevisions } from "../platform/outputs";
export type { MeshRevisions };

/**
 * What a cluster ran whose last outputs record no mesh: every program before the mesh was
 * recorded installed Istio 1.28 only, its istiod release named `istiod-1-28`.
 */
export const LEGACY_MESH: MeshRevisions = { revisions: ["1-28"], workloads: "1-28" };

export type MeshStep =
    | { readonly kind: "install"; readonly revision: string; readonly beside: string }
    | { readonly kind: "move"; readonly from: string; readonly to: string }
    | { readonly kind: "remove"; readonly revision: string };

export interface MeshPlan {
    /** What this `up` declares. */
    readonly declare: MeshRevisions;
    /** Every step to the target; the first is this `up`'s. */
    readonly steps: readonly MeshStep[];
    /** Why the plan cannot go on, in words naming the fix. */
    readonly issues: readonly string[];
}

/** `1-28` → 28 (the minor: revisions of one major only). */
export function revisionMinor(revision: string): number {
    const match = /^1-(\d+)$/.exec(revision);
    if (!match) throw new Error(`"${revision}" is not an Istio revision of the form 1-<minor>`);
    return Number(match[1]);
}

/** Istio's canary upgrade skips at most one minor (n to n+2). */
export const MAX_MINORS_PER_UPGRADE = 2;

function apply(state: MeshRevisions, step: MeshStep): MeshRevisions {
    if (step.kind === "install")
        return { revisions: [...state.revisions, step.revision].sort((a, b) => revisionMinor(a) - revisionMinor(b)), workloads: state.workloads };
    if (step.kind === "move") return { revisions: state.revisions, workloads: step.to };
    return { revisions: state.revisions.filter((revision) => revision !== step.revision), workloads: state.workloads };
}

/** The next step from `state` towards running only `target`, or undefined when there. */
function nextStep(state: MeshRevisions, target: string): MeshStep | undefined {
    // A revision nobody uses and nobody is moving to goes first: never more than two run.
    const unused = state.revisions.find((revision) => revision !== state.workloads && revision !== target);
    if (unused) return { kind: "remove", revision: unused };
    if (!state.revisions.includes(target)) return { kind: "install", revision: target, beside: state.workloads };
    if (state.workloads !== target) return { kind: "move", from: state.workloads, to: target };
    return undefined;
}

/**
 * The mesh's upgrade from what the cluster ran at its last `up` (undefined: never applied, so
 * the target is installed at once) to running only `target`. `known` are the revisions the
 * program has charts for: every revision still running must be among them, or its control plane
 * could not be declared and Pulumi would delete it. Pure.
 */
export function planMeshUpgrade(current: MeshRevisions | undefined, target: string, known: readonly string[]): MeshPlan {
    if (!current) return { declare: { revisions: [target], workloads: target }, steps: [], issues: [] };
    const missing = current.revisions.filter((revision) => !known.includes(revision));
    if (missing.length > 0)
        return {
            declare: current,
            steps: [],
            issues: missing.map(
                (revision) =>
                    `Istio revision ${revision} runs in the cluster, but ISTIO_RELEASES (components/addons/istio.ts) has no chart for it: keep its row until the upgrade has moved every workload off it and removed it`,
            ),
        };
    const gap = revisionMinor(target) - revisionMinor(current.workloads);
    if (Math.abs(gap) > MAX_MINORS_PER_UPGRADE)
        return {
            declare: current,
            steps: [],
            issues: [
                `Istio ${current.workloads} to ${target} skips more than one minor; Istio's canary upgrade goes at most ${MAX_MINORS_PER_UPGRADE} minors at a time: upgrade through 1-${revisionMinor(current.workloads) + Math.sign(gap) * MAX_MINORS_PER_UPGRADE} first`,
            ],
        };
    const steps: MeshStep[] = [];
    let state = current;
    for (let step = nextStep(state, target); step; step = nextStep(state, target)) {
        steps.push(step);
        state = apply(state, step);
    }
    return { declare: steps.length > 0 ? apply(current, steps[0]) : current, steps, issues: [] };
}

/** A step in the words of the upgrade's preview lines. */
export function describeMeshStep(step: MeshStep): string {
    if (step.kind === "install") return `Istio ${step.revision}: install its control plane beside ${step.beside} (workloads stay on ${step.beside})`;
    if (step.kind === "move")
        return `Istio ${step.from} → ${step.to}: relabel the meshed namespaces and gateways, restarting every payment Deployment onto ${step.to}`;
    return `Istio ${step.revision}: remove its control plane (no workload uses it)`;
}
