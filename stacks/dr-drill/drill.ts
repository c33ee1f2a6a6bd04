import * as pulumi from "@pulumi/pulumi";
import type { ClusterOutputs } from "../../components/platform/outputs";

/** What the drill needs of each cluster's stack (its `cluster` output). */
export type PlatformCluster = Pick<ClusterOutputs, "name" | "region" | "role" | "priority" | "backupSchedule" | "primaryReplicaLocation" | "apiHosts">;

export interface DrillTarget {
    failed: PlatformCluster;
    survivor: PlatformCluster;
}

/**
 * The environment stack the drill reads: `environmentStack`, the name every other stack uses for
 * it; `platformStack`, its former name, is still read (with a warning to rename it) so a drill's
 * existing config keeps working. Both set and different, or neither, is refused.
 */
export function drillEnvironmentStack(
    environmentStack: string | undefined,
    platformStack: string | undefined,
    project: string,
): { stack: string; warning?: string } {
    if (environmentStack && platformStack && environmentStack !== platformStack)
        throw new pulumi.RunError(
            `${project}:platformStack ("${platformStack}") differs from ${project}:environmentStack ("${environmentStack}"); platformStack is environmentStack's former name: remove it`,
        );
    if (environmentStack) return { stack: environmentStack };
    if (platformStack)
        return { stack: platformStack, warning: `${project}:platformStack is environmentStack's former name; rename the key to ${project}:environmentStack` };
    throw new pulumi.RunError(`${project}:environmentStack is not set: the environment stack to drill, in full (<org>/payments-platform/<stack>)`);
}

/**
 * The two clusters a drill involves, by name, checked against the failover order before their
 * stacks are read: the failed one and `restoreInto`, else the next in failover order.
 */
export function drillClusters(failoverOrder: readonly string[], failCluster: string, restoreInto?: string): { failed: string; survivor: string } {
    if (!failoverOrder.includes(failCluster))
        throw new pulumi.RunError(`failCluster: unknown cluster "${failCluster}" (platform clusters: ${failoverOrder.join(", ")})`);
    const survivor = restoreInto ?? failoverOrder[failoverOrder.indexOf(failCluster) + 1];
    if (survivor === undefined || !failoverOrder.includes(survivor))
        throw new pulumi.RunError(`restoreInto: unknown cluster "${survivor}" (platform clusters: ${failoverOrder.join(", ")})`);
    if (survivor === failCluster) throw new pulumi.RunError(`restoreInto: cannot restore into the cluster being failed (${failCluster})`);
    return { failed: failCluster, survivor };
}

/**
 * Which cluster takes over: `restoreInto` if given, else the next cluster in failover order.
 * Only the primary's backups are replicated to other regions, so only the primary can be drilled.
 */
export function chooseDrillTarget(
    clusters: Record<string, PlatformCluster>,
    failoverOrder: readonly string[],
    failCluster: string,
    restoreInto?: string,
): DrillTarget {
    const failed = clusters[failCluster];
    if (!failed) throw new pulumi.RunError(`failCluster: unknown cluster "${failCluster}" (platform clusters: ${failoverOrder.join(", ")})`);
    if (failed.role !== "primary") {
        throw new pulumi.RunError(
            `failCluster: "${failCluster}" is a ${failed.role}; only the primary's backups are replicated to the other regions, so drill the primary (${failoverOrder[0]})`,
        );
    }
    const survivorName = restoreInto ?? failoverOrder[failoverOrder.indexOf(failCluster) + 1];
    const survivor = survivorName === undefined ? undefined : clusters[survivorName];
    if (!survivor) throw new pulumi.RunError(`restoreInto: unknown cluster "${survivorName}" (platform clusters: ${failoverOrder.join(", ")})`);
    if (survivor.name === failed.name) throw new pulumi.RunError(`restoreInto: cannot restore into the cluster being failed (${failCluster})`);
    if (!survivor.primaryReplicaLocation) throw new pulumi.RunError(`restoreInto: ${survivor.name} holds no replica of the primary's backups`);
    return { failed, survivor };
}

export { RESTORE_NEVER_OVERWRITES } from "../../components/backup/restore";

/** The smoke test: the public API's deep health path (what Route 53 probes), through the survivor's own ingress gateway. */
export function smokeTestCommand(apiHost: string, healthPath: string): string[] {
    return [
        "curl",
        "--fail",
        "--silent",
        "--show-error",
        "--retry",
        "10",
        "--retry-all-errors",
        "--retry-delay",
        "6",
        "--max-time",
        "10",
        "--connect-to",
        `${apiHost}:443:istio-ingressgateway.istio-ingress.svc.cluster.local:443`,
        `https://${apiHost}${healthPath}`,
    ];
}

/** How long the traffic check waits for DNS to follow the switch: the alias's 60 s TTL, ARC's propagation, and CoreDNS's cache. */
export const TRAFFIC_CHECK_ATTEMPTS = 30;
export const TRAFFIC_CHECK_INTERVAL_SECONDS = 10;

/**
 * The drill's proof that traffic moved, run in the survivor after the switch: the API's public
 * name must resolve to the same addresses as the survivor's own name (both alias its load
 * balancer). It polls through the TTL and fails naming both answers. POSIX sh and busybox's
 * nslookup; the names come from the environment (API_HOST, SURVIVOR_HOST, SURVIVOR_CLUSTER). Pure.
 */
export function trafficCheckScript(): string {
    return [
        "set -eu",
        // The answer lines ("Address: <ip>"), not the server's ("Address:<tab><ip>:53").
        `addresses() { nslookup "$1" 2>/dev/null | awk '/^Address: /{print $2}' | sort -u | tr '\\n' ' ' | sed 's/ $//'; }`,
        "i=0",
        `while [ "$i" -lt ${TRAFFIC_CHECK_ATTEMPTS} ]; do`,
        '  api=$(addresses "$API_HOST"); survivor=$(addresses "$SURVIVOR_HOST")',
        '  if [ -n "$api" ] && [ "$api" = "$survivor" ]; then echo "$API_HOST answers $SURVIVOR_CLUSTER\'s load balancer: $api"; exit 0; fi',
        "  i=$((i + 1))",
        `  sleep ${TRAFFIC_CHECK_INTERVAL_SECONDS}`,
        "done",
        `echo "$API_HOST answers [$api], not $SURVIVOR_CLUSTER's [$survivor], after ${TRAFFIC_CHECK_ATTEMPTS * TRAFFIC_CHECK_INTERVAL_SECONDS} s: traffic has not moved" >&2`,
        "exit 1",
    ].join("\n");
}
