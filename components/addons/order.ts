/** What the install order needs to know of an add-on. */
export interface AddonNode {
    readonly name: string;
    readonly dependsOn: readonly string[];
}

export class AddonOrderError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "AddonOrderError";
    }
}

/**
 * The order to install add-ons in: every add-on after everything it depends on; among add-ons
 * that are free at the same time, the order they were declared in. Throws when a dependency is
 * not installed or the dependencies form a cycle.
 */
export function installOrder(addons: readonly AddonNode[]): string[] {
    const names = addons.map((addon) => addon.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate) throw new AddonOrderError(`add-on "${duplicate}" is declared twice`);
    for (const addon of addons) {
        const missing = addon.dependsOn.filter((dependency) => !names.includes(dependency));
        if (missing.length > 0) {
            throw new AddonOrderError(
                `add-on "${addon.name}" depends on ${missing.map((m) => `"${m}"`).join(", ")}, which is not installed (installed: ${names.join(", ")})`,
            );
        }
    }
    const order: string[] = [];
    const remaining = [...addons];
    while (remaining.length > 0) {
        const next = remaining.find((addon) => addon.dependsOn.every((dependency) => order.includes(dependency)));
        if (!next) throw new AddonOrderError(`add-on dependencies form a cycle: ${describeCycle(remaining)}`);
        order.push(next.name);
        remaining.splice(remaining.indexOf(next), 1);
    }
    return order;
}

/** `a → b → a` for one cycle among the add-ons that could not be ordered. */
function describeCycle(stuck: readonly AddonNode[]): string {
    const byName = new Map(stuck.map((addon) => [addon.name, addon]));
    const path: string[] = [];
    let current: AddonNode | undefined = stuck[0];
    while (current && !path.includes(current.name)) {
        path.push(current.name);
        current = current.dependsOn.map((dependency) => byName.get(dependency)).find((addon) => addon !== undefined);
    }
    const start = current ? path.indexOf(current.name) : 0;
    return [...path.slice(start), path[start]].join(" → ");
}
