/**
 * Orderings shared by the runner, the reports and their worker threads. Kept free of the Pulumi
 * SDK so a thread that only writes files does not load it.
 */

/** Plain code-point order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** Resources reordered so that each comes after its parent, as they registered; otherwise in the given order. */
export function parentsFirst<T extends { urn: string; parent: string | null }>(resources: readonly T[]): T[] {
    const byUrn = new Map(resources.map((resource) => [resource.urn, resource]));
    const ordered: T[] = [];
    const seen = new Set<string>();
    const visit = (resource: T) => {
        if (seen.has(resource.urn)) return;
        seen.add(resource.urn);
        const parent = resource.parent ? byUrn.get(resource.parent) : undefined;
        if (parent) visit(parent);
        ordered.push(resource);
    };
    resources.forEach(visit);
    return ordered;
}
