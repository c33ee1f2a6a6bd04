/**
 * Aurora PostgreSQL minor upgrades of a Global Database, as their own step (Aurora user guide,
 * "Upgrading an Amazon Aurora global database"): the global cluster's engine version is modified
 * from the primary's stack and AWS upgrades every member in place. Switchover and managed failover
 * need every member on the same version, so a step is never started while one differs (an
 * earlier upgrade that did not finish): the Region switch plan would have no path while it runs.
 */

/**
 * What members ran before their stacks recorded it: every program before then created Aurora
 * PostgreSQL 16.8 only, with automatic minor upgrades off.
 */
export const LEGACY_DATABASE_ENGINE_VERSION = "16.8";

/** `16.8` → [16, 8]. */
export function engineVersionParts(version: string): [number, number] {
    const match = /^(\d+)\.(\d+)$/.exec(version);
    if (!match) throw new Error(`"${version}" is not an Aurora PostgreSQL version of the form <major>.<minor>`);
    return [Number(match[1]), Number(match[2])];
}

export interface DatabaseUpgradeInput {
    /** The engine version config declares (the class's `databaseEngineVersion`). */
    readonly target: string;
    /** The global cluster's version as the primary's last `up` left it; undefined when it has none yet. */
    readonly current: string | undefined;
    /** Each member's version as its own stack reports it (the primary's included), by cluster. */
    readonly members: Readonly<Record<string, string>>;
    /** Whether the cluster takes another upgrade step in this `up` (Kubernetes, the mesh). */
    readonly otherStep: boolean;
}

export interface DatabaseUpgradePlan {
    /** The global cluster's engine version this `up` declares. */
    readonly declare: string;
    /** The steps to the target, as preview lines; the first is this `up`'s unless `holding`. */
    readonly steps: readonly string[];
    /** Why the step waits, when it does. */
    readonly holding?: string;
    /** What config must change, in words naming the fix. */
    readonly issues: readonly string[];
}

/** The global database's upgrade from `current` to `target`, one minor step per `up`. Pure. */
export function planDatabaseUpgrade(input: DatabaseUpgradeInput): DatabaseUpgradePlan {
    const { target, current } = input;
    if (current === undefined || current === target) return { declare: target, steps: [], issues: [] };
    const [targetMajor, targetMinor] = engineVersionParts(target);
    const [currentMajor, currentMinor] = engineVersionParts(current);
    if (targetMajor !== currentMajor)
        return {
            declare: current,
            steps: [],
            issues: [
                `Aurora PostgreSQL ${current} to ${target} is a major upgrade: a global database takes it as a planned blue/green or snapshot migration, not an in-place step; set databaseEngineVersion back to a ${currentMajor}.x version`,
            ],
        };
    if (targetMinor < currentMinor)
        return {
            declare: current,
            steps: [],
            issues: [`Aurora cannot downgrade ${current} to ${target}; set databaseEngineVersion to ${current} or later`],
        };
    const steps = [`Aurora global database ${current} → ${target} (every member upgraded in place by AWS, from the primary's stack)`];
    const differing = Object.entries(input.members).filter(([, version]) => version !== current);
    if (differing.length > 0)
        return {
            declare: current,
            steps,
            holding: `members run ${differing.map(([cluster, version]) => `${version} in ${cluster}`).join(", ")} while the global cluster runs ${current}: an earlier upgrade did not finish, and switchover or failover need every member on one version; finish it (aws rds describe-global-clusters, then modify the members) before the next step`,
            issues: [],
        };
    if (input.otherStep)
        return { declare: current, steps, holding: "the cluster takes another upgrade step in this up; the database upgrades in an up of its own", issues: [] };
    return { declare: target, steps, issues: [] };
}
