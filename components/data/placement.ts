import type { ClusterSpec, PlatformSpec } from "../topology/spec";
import { LEGACY_DATABASE_ENGINE_VERSION } from "../upgrades/database";

/** What a cluster stack exports about each database it holds, and the secondaries read from the primary's. */
/** A service's global database as a cluster's stack reports it, declared with the stacks' contract. */
import type { DatabaseExport } from "../platform/outputs";
export type { DatabaseExport };

/** A global cluster a secondary's member joins, at the version its writer runs (members must match it). */
export interface DatabaseMembership {
    globalClusterId: string;
    writerEndpoint: string;
    engineVersion: string;
}

export interface DatabasePlacement {
    /** Service → "writer" (the primary creates the global cluster) or the global cluster to join. */
    readonly placed: Readonly<Record<string, "writer" | DatabaseMembership>>;
    /** Services whose global cluster the primary has not made yet: their member waits for the next `up`. */
    readonly waiting: readonly string[];
}

/**
 * Where each service's database goes in one cluster: the primary holds every global cluster's
 * writer; any other cluster joins each global cluster the primary's stack reports, and waits
 * for the others (a member created before its writer would fail, or become the writer). Pure.
 */
export function databasePlacement(
    platform: PlatformSpec,
    cluster: ClusterSpec,
    primaryDatabases: Readonly<Record<string, DatabaseExport>> | undefined,
): DatabasePlacement {
    const owners = platform.services.filter((service) => service.database).map((service) => service.name);
    if (cluster.drRole === "primary") return { placed: Object.fromEntries(owners.map((service) => [service, "writer" as const])), waiting: [] };
    const placed: Record<string, DatabaseMembership> = {};
    const waiting: string[] = [];
    for (const service of owners) {
        const writer = primaryDatabases?.[service];
        if (writer)
            placed[service] = {
                globalClusterId: writer.globalClusterId,
                writerEndpoint: writer.writerEndpoint,
                engineVersion: writer.engineVersion ?? LEGACY_DATABASE_ENGINE_VERSION,
            };
        else waiting.push(service);
    }
    return { placed, waiting };
}
