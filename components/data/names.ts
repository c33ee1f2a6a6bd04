import type { Environment } from "../config/schema";

/** The PostgreSQL port every database listens on. */
export const POSTGRES_PORT = 5432;
/** The master user: break-glass only; no service connects as it. */
export const MASTER_USERNAME = "payments_admin";
/**
 * The DR drill's user (IAM authentication) and the database it owns in every global database: the
 * drill writes markers through the writer before a switch and reads them back from the new
 * writer after it, measuring the writes a switch lost (stacks/dr-drill/switch.ts). It reads and
 * writes nothing of the services'.
 */
export const DRILL_DATABASE_USER = "payments_drill";

/** Identifiers of a service's database, stable across stacks (the secondaries find the global cluster by them). Pure. */
export function databaseNames(environment: Environment, service: string, cluster: string) {
    const sql = service.replace(/-/g, "_");
    return {
        /** The Aurora global cluster. */
        global: `payments-${environment}-${service}`,
        /** This region's member cluster. */
        regional: `payments-${environment}-${service}-${cluster}`,
        /** The PostgreSQL database and the IAM-authenticated user that owns it. */
        database: sql,
        user: sql,
        configMap: databaseConfigMapName(service),
        /** Where the master credential is kept (break-glass), replicated to every database region. */
        masterSecret: `payments/${environment}/databases/${service}/master`,
    };
}

/** The ConfigMap in the service's namespace with how to reach its database. */
export function databaseConfigMapName(service: string): string {
    return `${service}-database`;
}

/** How a service's pods reach its database in one cluster: what the ConfigMap holds. */
export interface DatabaseConnection {
    /** The global writer endpoint: follows the writer through a switchover. */
    writerEndpoint: string;
    /** This region's reader endpoint. */
    readerEndpoint: string;
    port: number;
    database: string;
    user: string;
    /** `cluster-...`: names the region's cluster in rds-db:connect permissions. */
    clusterResourceId: string;
    /** The regional cluster's ARN (its account, for the IAM permission). */
    clusterArn: string;
}

/** The ConfigMap's data: libpq's environment variables, TLS verified, IAM authentication. Pure. */
export function connectionEnvironment(connection: DatabaseConnection, region: string): Record<string, string> {
    return {
        PGHOST: connection.writerEndpoint,
        PGHOST_READER: connection.readerEndpoint,
        PGPORT: String(connection.port),
        PGDATABASE: connection.database,
        PGUSER: connection.user,
        // Aurora's certificates chain to the RDS CA bundle; the client verifies the host name.
        PGSSLMODE: "verify-full",
        PG_IAM_AUTH: "true",
        AWS_REGION: region,
    };
}

/** The IAM resource a service's role may connect to: its user on this region's cluster. Pure. */
export function rdsConnectArn(connection: Pick<DatabaseConnection, "clusterArn" | "clusterResourceId" | "user">): string {
    const [, partition, , region, account] = connection.clusterArn.split(":");
    return `arn:${partition}:rds-db:${region}:${account}:dbuser:${connection.clusterResourceId}/${connection.user}`;
}

/**
 * Its user on the service's cluster in another database region, where the writer is after a
 * switch: that cluster's resource ID is another stack's, so any cluster's (`*`) in that region. Pure.
 */
export function peerRdsConnectArn(connection: Pick<DatabaseConnection, "clusterArn" | "user">, region: string): string {
    const [, partition, , , account] = connection.clusterArn.split(":");
    return `arn:${partition}:rds-db:${region}:${account}:dbuser:*/${connection.user}`;
}
