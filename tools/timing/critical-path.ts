/**
 * The longest path through a deployment graph: Pulumi creates a resource as soon as everything it
 * depends on exists, so the time to converge is the longest chain of dependencies, weighted by
 * how long each resource takes. Pure and generic: nodes, their durations and dependencies.
 */
export interface TimedNode {
    id: string;
    /** Seconds this node takes once everything it depends on is done (0 for what takes no time). */
    seconds: number;
    dependsOn: readonly string[];
}

export interface CriticalPath {
    /** Seconds from the start until the last node is done. */
    totalSeconds: number;
    /** The chain that decides the total, first node first. */
    path: Array<{ id: string; seconds: number; doneAt: number }>;
}

/** The longest path; throws on a dependency cycle or a dependency that is not a node. */
export function criticalPath(nodes: readonly TimedNode[]): CriticalPath {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const done = new Map<string, { at: number; via?: string }>();
    const visiting = new Set<string>();
    const finish = (id: string): number => {
        const known = done.get(id);
        if (known) return known.at;
        const node = byId.get(id);
        if (!node) throw new Error(`${id} is a dependency but not a node of the graph`);
        if (visiting.has(id)) throw new Error(`dependency cycle through ${id}`);
        visiting.add(id);
        let start = 0;
        let via: string | undefined;
        for (const dependency of node.dependsOn) {
            const at = finish(dependency);
            if (via === undefined || at > start) {
                start = at;
                via = dependency;
            }
        }
        visiting.delete(id);
        const at = start + node.seconds;
        done.set(id, { at, via });
        return at;
    };
    let last: string | undefined;
    let total = 0;
    for (const node of nodes) {
        const at = finish(node.id);
        if (last === undefined || at > total) {
            total = at;
            last = node.id;
        }
    }
    const path: CriticalPath["path"] = [];
    for (let cursor = last; cursor !== undefined; cursor = done.get(cursor)?.via) {
        const node = byId.get(cursor) as TimedNode;
        path.unshift({ id: cursor, seconds: node.seconds, doneAt: done.get(cursor)?.at ?? 0 });
        if (path.length > nodes.length) throw new Error("critical path does not end");
    }
    return { totalSeconds: total, path: path.filter((step) => step.seconds > 0) };
}
