/** Kubernetes minor-version arithmetic, shared by config validation, the planner and the matrix. */

/** `"1.33"` → 33. */
export function minorOf(version: string): number {
    const match = /^1\.(\d+)$/.exec(version);
    if (!match) throw new Error(`not a Kubernetes minor version: ${JSON.stringify(version)}`);
    return Number(match[1]);
}

/** `"1.33"`, 2 → `"1.35"`. */
export function minorPlus(version: string, minors: number): string {
    return `1.${minorOf(version) + minors}`;
}

/** The minor of an EKS add-on or image version: `v1.33.0-eksbuild.2` → `1.33`. */
export function minorOfRelease(release: string): string | undefined {
    const match = /^v?1\.(\d+)\./.exec(release);
    return match ? `1.${match[1]}` : undefined;
}
