import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, describe, iamStatements, resourcesOfType, STACK_REFERENCE, waitsFor } from "./util";

const RDS_CLUSTER = "aws:rds/cluster:Cluster";
const GLOBAL_CLUSTER = "aws:rds/globalCluster:GlobalCluster";
/** The shortest backup retention a payments database may run with (point-in-time recovery). */
export const MIN_BACKUP_RETENTION_DAYS = 7;

/**
 * An Aurora cluster that survives its region and its operators: a member of a Global Database,
 * encrypted with a customer key, IAM authentication on (no service password to leak or
 * rotate), a week or more of backups, and (where the stack's config requires it: prod)
 * deletion protection with a final snapshot.
 */
export function auroraClustersHardened(level: Level): ResourceValidationPolicy {
    return {
        name: "aurora-clusters-hardened",
        description:
            "Aurora clusters are global, encrypted with a customer key, use IAM authentication, keep a week of backups and, where required, resist deletion.",
        enforcementLevel: level,
        configSchema: { properties: { deletionProtection: { type: "boolean", default: true } } },
        validateResource: (args, report) => {
            if (args.type !== RDS_CLUSTER) return;
            const p = args.props;
            const problems: string[] = [];
            if (!p.globalClusterIdentifier)
                problems.push("is not a member of a Global Database, so its data lives in one region: declare it through a service's database");
            if (p.storageEncrypted !== true || !p.kmsKeyId) problems.push("is not encrypted with a customer KMS key (storageEncrypted and kmsKeyId)");
            if (p.iamDatabaseAuthenticationEnabled !== true) problems.push("does not enable IAM database authentication, which the services connect with");
            if (typeof p.backupRetentionPeriod !== "number" || p.backupRetentionPeriod < MIN_BACKUP_RETENTION_DAYS)
                problems.push(
                    `keeps ${String(p.backupRetentionPeriod ?? 1)} day(s) of backups (at least ${MIN_BACKUP_RETENTION_DAYS} for point-in-time recovery)`,
                );
            if (args.getConfig<{ deletionProtection: boolean }>().deletionProtection) {
                if (p.deletionProtection !== true) problems.push("can be deleted: set deletionProtection");
                if (p.masterUsername && (p.skipFinalSnapshot === true || !p.finalSnapshotIdentifier))
                    problems.push("would be deleted without a final snapshot: set finalSnapshotIdentifier, skipFinalSnapshot false");
            }
            for (const problem of problems) report(`${describe(args)} ${problem}.`);
        },
    };
}

/**
 * Global Database members in the order RDS accepts them: the writer (the member with the master
 * credentials) waits for its global cluster, made in the same stack; a secondary joins a global
 * cluster another stack made and waits for that stack's StackReference. RDS refuses a member of a
 * global cluster that does not exist, and an empty global cluster would take a secondary as its
 * writer, in the wrong region.
 */
export function globalMembersAfterTheirWriter(level: Level): StackValidationPolicy {
    return {
        name: "global-members-after-their-writer",
        description: "A Global Database's writer depends on its global cluster; a secondary member depends on the writer's stack.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const globals = resourcesOfType(args, GLOBAL_CLUSTER);
            for (const member of resourcesOfType(args, RDS_CLUSTER)) {
                const id = member.props.globalClusterIdentifier;
                if (!id) continue;
                const waited = waitsFor(member);
                const global = globals.find(
                    (candidate) => candidate.props.globalClusterIdentifier === id || waited.some((dependency) => dependency.urn === candidate.urn),
                );
                if (member.props.masterUsername) {
                    if (!global || !waited.some((dependency) => dependency.urn === global.urn))
                        report(
                            `${member.name} is the writer of global cluster ${String(id)} but does not depend on a GlobalCluster of this stack; create the global cluster here and pass its id.`,
                            member.urn,
                        );
                } else if (global) {
                    report(
                        `${member.name} joins global cluster ${String(id)} made in this same stack, without a writer of its own region; RDS would make it the writer. Join it from another region's stack.`,
                        member.urn,
                    );
                } else if (!waited.some((dependency) => dependency.type === STACK_REFERENCE)) {
                    report(
                        `${member.name} joins global cluster ${String(id)}, which another stack makes, but depends on no StackReference; it could be created before its writer and fail, or become the writer. Add the writer's stack to its dependsOn.`,
                        member.urn,
                    );
                }
            }
        },
    };
}

/**
 * Every Global Database member's parameter group bounds the data a region's loss may cost
 * (`rds.global_db_rpo`, Aurora PostgreSQL's managed RPO): without it the writer commits however
 * far behind every secondary is, and the declared RPO is a hope.
 */
export function globalMembersHoldTheRpo(level: Level): StackValidationPolicy {
    return {
        name: "global-members-hold-the-rpo",
        description: "Every Aurora Global Database member's cluster parameter group sets rds.global_db_rpo.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const groups = resourcesOfType(args, "aws:rds/clusterParameterGroup:ClusterParameterGroup");
            for (const member of resourcesOfType(args, RDS_CLUSTER)) {
                if (!member.props.globalClusterIdentifier) continue;
                const group = groups.find((candidate) => candidate.props.name === member.props.dbClusterParameterGroupName);
                const rpo = asArray(group?.props.parameters)
                    .map(asRecord)
                    .find((parameter) => parameter.name === "rds.global_db_rpo");
                if (!rpo)
                    report(
                        `${member.name} (${RDS_CLUSTER}) is a Global Database member whose parameter group sets no rds.global_db_rpo: the writer would commit however far behind every secondary is; set it from objectives.rpoMinutes.`,
                        member.urn,
                    );
            }
        },
    };
}

/** AWS/RDS's metrics of how far a Global Database secondary trails its writer. */
const GLOBAL_LAG_METRICS = ["AuroraGlobalDBReplicationLag", "AuroraGlobalDBRPOLag", "AuroraGlobalDBProgressLag"];
/** The one that keeps rising when replication stops, on the engine versions below (AWS's advice for unplanned events). */
const STOPPED_REPLICATION_METRIC = "AuroraGlobalDBProgressLag";

/** The lag metrics an alarm watches, per DB cluster it names: its own metric, or its metric math's. */
function watchedLag(alarm: { props: Record<string, unknown> }): Array<{ metric: string; cluster: string }> {
    const own = { metricName: alarm.props.metricName, dimensions: alarm.props.dimensions };
    const queried = asArray(alarm.props.metricQueries).map((query) => asRecord(asRecord(query).metric));
    return [own, ...queried]
        .filter((metric) => typeof metric.metricName === "string" && GLOBAL_LAG_METRICS.includes(metric.metricName))
        .map((metric) => ({ metric: String(metric.metricName), cluster: String(asRecord(metric.dimensions).DBClusterIdentifier ?? "") }));
}

/**
 * A stopped replication pages: a Global Database member's lag alarm watches
 * `AuroraGlobalDBProgressLag`, which AWS names for unplanned events, when the lag "may continue to
 * increase" (Aurora user guide, "Cross-Region resiliency for Global Database secondary clusters"),
 * on an engine from the version that page gives (16.6 for PostgreSQL 16): a replication lag that
 * goes silent instead is a `notBreaching` alarm that never fires. In a stack that pages at all
 * (any alarm with an action), every member has such an alarm.
 */
export function replicationStopPages(level: Level, minimumMinor: number): StackValidationPolicy {
    return {
        name: "replication-stop-pages",
        description: `Every Aurora Global Database member runs 16.${minimumMinor} or later and, where the stack pages, has an alarm on ${STOPPED_REPLICATION_METRIC}.`,
        enforcementLevel: level,
        validateStack: (args, report) => {
            const alarms = resourcesOfType(args, "aws:cloudwatch/metricAlarm:MetricAlarm");
            const pages = alarms.some((alarm) => asArray(alarm.props.alarmActions).length > 0);
            const watched = alarms.flatMap(watchedLag);
            for (const alarm of alarms) {
                const lags = watchedLag(alarm);
                if (lags.length > 0 && !lags.some((lag) => lag.metric === STOPPED_REPLICATION_METRIC))
                    report(
                        `${alarm.name} watches ${lags.map((lag) => lag.metric).join(", ")}, which may stop reporting when replication stops, and then never fires; watch ${STOPPED_REPLICATION_METRIC} (components/data/replication-lag.ts).`,
                        alarm.urn,
                    );
            }
            for (const member of resourcesOfType(args, RDS_CLUSTER)) {
                if (!member.props.globalClusterIdentifier) continue;
                const version = String(member.props.engineVersion ?? "");
                const [major, minor] = version.split(".").map(Number);
                if (major === 16 && (minor ?? 0) < minimumMinor)
                    report(
                        `${member.name} runs Aurora PostgreSQL ${version}: before 16.${minimumMinor} a secondary's lag may go silent when replication stops; upgrade databaseEngineVersion.`,
                        member.urn,
                    );
                if (pages && !watched.some((lag) => lag.metric === STOPPED_REPLICATION_METRIC && lag.cluster === member.props.clusterIdentifier))
                    report(
                        `${member.name} is a Global Database member no alarm watches for ${STOPPED_REPLICATION_METRIC}: its replication could stop unpaged; give it the replication-lag alarm (components/data/replication-lag.ts).`,
                        member.urn,
                    );
            }
        },
    };
}

/**
 * A Global Database's engine moves as one: its minor upgrade is the global cluster's (from the
 * primary's stack) and AWS upgrades every member in place. A member that declares its engine
 * version without ignoring changes to it would, at its stack's next `up`, try to move itself back
 * (or ahead) alone, which RDS refuses for a member, or leaves the members on different versions,
 * where switchover and failover refuse to run.
 */
export function globalMembersFollowTheirCluster(level: Level): ResourceValidationPolicy {
    return {
        name: "global-members-follow-their-cluster",
        description: "A Global Database member ignores changes to its engine version: the global cluster's upgrade moves it.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "aws:rds/cluster:Cluster" || !args.props.globalClusterIdentifier) return;
            if (!args.opts.ignoreChanges.includes("engineVersion"))
                report(
                    `${args.name} is a Global Database member that declares its engine version; add engineVersion to its ignoreChanges: the global cluster's upgrade moves every member, and a member cannot move alone.`,
                );
        },
    };
}

/**
 * The databases' copies a ransomware or a bad migration cannot reach: every writer's Aurora
 * cluster (the one with the master user) is selected by an AWS Backup plan of its stack, and every
 * backup vault carries a Vault Lock (config `mode`: COMPLIANCE, with a grace period, in prod;
 * `minDays` at least). The Global Database replicates a DROP to every member at once; only
 * recovery points outside it, locked, bring the data back.
 */
export function databasesInLockedVaults(level: Level): StackValidationPolicy {
    return {
        name: "databases-in-locked-vaults",
        description: "Every Aurora writer is selected by an AWS Backup plan; every backup vault is locked.",
        enforcementLevel: level,
        configSchema: {
            properties: { mode: { type: "string", enum: ["COMPLIANCE", "GOVERNANCE", "ANY"], default: "ANY" }, minDays: { type: "number", default: 7 } },
        },
        validateStack: (args, report) => {
            const { mode, minDays } = args.getConfig<{ mode: string; minDays: number }>();
            const selections = resourcesOfType(args, "aws:backup/selection:Selection");
            for (const cluster of resourcesOfType(args, RDS_CLUSTER)) {
                if (!cluster.props.masterUsername) continue;
                if (!selections.some((selection) => waitsFor(selection).some((dependency) => dependency.urn === cluster.urn)))
                    report(
                        `${cluster.name} is a global database's writer that no AWS Backup plan selects: a DROP replicates to every region at once; select it in a plan whose vault is locked (DatabaseBackupPlan).`,
                        cluster.urn,
                    );
            }
            const locks = resourcesOfType(args, "aws:backup/vaultLockConfiguration:VaultLockConfiguration");
            for (const vault of resourcesOfType(args, "aws:backup/vault:Vault")) {
                const lock = locks.find((candidate) => waitsFor(candidate).some((dependency) => dependency.urn === vault.urn))?.props;
                const compliance = lock?.changeableForDays !== undefined;
                if (!lock)
                    report(
                        `${vault.name} has no Vault Lock: whoever can delete recovery points there can erase the databases' copies; add a VaultLockConfiguration.`,
                        vault.urn,
                    );
                else if (Number(lock.minRetentionDays ?? 0) < minDays || (mode === "COMPLIANCE" && !compliance))
                    report(
                        `${vault.name} is locked ${compliance ? "COMPLIANCE" : "GOVERNANCE"} with a ${String(lock.minRetentionDays ?? 0)}-day minimum; this stack requires ${mode === "ANY" ? "a lock" : mode} keeping recovery points at least ${minDays} days${mode === "COMPLIANCE" ? " (set changeableForDays)" : ""}.`,
                        vault.urn,
                    );
            }
        },
    };
}

const POSTGRES = 5432;

/** Whether a port list (NetworkPolicy's or a ServiceEntry's) admits PostgreSQL. */
const admitsPostgres = (ports: unknown) => asArray(ports).some((port) => [asRecord(port).port, asRecord(port).number].includes(POSTGRES));

/**
 * Every region that can receive traffic can write: the writer of each global database is in one
 * region at a time, and a cluster whose pods, routes, database security group or IAM reach only
 * their own region's member cannot take a payment whenever traffic and the writer are apart (DNS
 * failover from a cluster whose database is fine; the gap between a switch's database and traffic
 * steps). Config `writers`: every database region's VPC (`{ region, vpcCidr }`), generated into
 * each cluster stack's policy config from the topology (tools/workflows/generate.ts); without it,
 * nothing to check. Checked: the 5432 NetworkPolicy and ServiceEntry admit each; the stack's
 * private routes reach each other VPC through a transit gateway; each database security group
 * admits each other VPC; each `rds-db:connect` grant covers each region.
 */
export function writerReachableFromEveryRegion(level: Level): StackValidationPolicy {
    return {
        name: "writer-reachable-from-every-region",
        description: "Every cluster can reach its databases' writer in every database region: network policy, mesh, routes, security groups and IAM.",
        enforcementLevel: level,
        configSchema: {
            properties: {
                writers: {
                    type: "array",
                    default: [],
                    items: { type: "object", properties: { region: { type: "string" }, vpcCidr: { type: "string" } }, required: ["region", "vpcCidr"] },
                },
            },
        },
        validateStack: (args, report) => {
            const writers = (args.getConfig<{ writers: Array<{ region: string; vpcCidr: string }> }>().writers ?? []).filter((writer) => writer.vpcCidr);
            if (writers.length < 2) return;
            const ownCidrs = new Set(resourcesOfType(args, "aws:ec2/vpc:Vpc").map((vpc) => String(vpc.props.cidrBlock)));
            const peers = writers.filter((writer) => !ownCidrs.has(writer.vpcCidr));
            const missing = (have: Iterable<unknown>, want: readonly { vpcCidr: string }[]) => {
                const set = new Set([...have].map(String));
                return want.filter((writer) => !set.has(writer.vpcCidr)).map((writer) => writer.vpcCidr);
            };
            for (const policy of resourcesOfType(args, "kubernetes:networking.k8s.io/v1:NetworkPolicy"))
                for (const rule of asArray(asRecord(policy.props.spec).egress)
                    .map(asRecord)
                    .filter((rule) => admitsPostgres(rule.ports))) {
                    const lacking = missing(
                        asArray(rule.to).map((peer) => asRecord(asRecord(peer).ipBlock).cidr),
                        writers,
                    );
                    if (lacking.length > 0)
                        report(
                            `${policy.name} lets pods out on ${POSTGRES} but not to ${lacking.join(", ")}: when the writer is there, they cannot write.`,
                            policy.urn,
                        );
                }
            for (const entry of resourcesOfType(args, "kubernetes:networking.istio.io/v1:ServiceEntry").filter((entry) =>
                admitsPostgres(asRecord(entry.props.spec).ports),
            )) {
                const lacking = missing(asArray(asRecord(entry.props.spec).addresses), writers);
                if (lacking.length > 0)
                    report(
                        `${entry.name} admits ${POSTGRES} through the mesh but not to ${lacking.join(", ")}: when the writer is there, the sidecar drops the connection.`,
                        entry.urn,
                    );
            }
            // Routes matter where something here writes to a database: a 5432 way out, a database, or a grant to connect.
            const writesHere =
                resourcesOfType(args, "kubernetes:networking.istio.io/v1:ServiceEntry").some((entry) => admitsPostgres(asRecord(entry.props.spec).ports)) ||
                resourcesOfType(args, RDS_CLUSTER).length > 0;
            if (ownCidrs.size > 0 && writesHere) {
                const routed = resourcesOfType(args, "aws:ec2/route:Route")
                    .filter((route) => route.props.transitGatewayId)
                    .map((route) => route.props.destinationCidrBlock);
                const lacking = missing(routed, peers);
                if (lacking.length > 0)
                    report(`no private route reaches ${lacking.join(", ")} (through a transit gateway): the writer there is out of reach after a switch.`);
            }
            // A database's security group, by its 5432 rules (made apart from the group): each must admit every other VPC.
            const groups = new Map<string, { first: (typeof args.resources)[number]; cidrs: unknown[] }>();
            for (const rule of resourcesOfType(args, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter(
                (rule) => rule.props.fromPort === POSTGRES,
            )) {
                const key = String(rule.props.securityGroupId);
                const group = groups.get(key) ?? { first: rule, cidrs: [] };
                group.cidrs.push(rule.props.cidrIpv4);
                groups.set(key, group);
            }
            for (const { first, cidrs } of groups.values()) {
                const lacking = missing(cidrs, peers);
                if (lacking.length > 0)
                    report(
                        `the security group of ${first.name} admits ${POSTGRES} but not from ${lacking.join(", ")}: when this region holds the writer, those clusters cannot write.`,
                        first.urn,
                    );
            }
            for (const policy of resourcesOfType(args, "aws:iam/rolePolicy:RolePolicy")) {
                const connects = iamStatements(policy.props.policy).filter((statement) => asArray([statement.Action].flat()).includes("rds-db:connect"));
                if (connects.length === 0) continue;
                const regions = new Set(connects.flatMap((statement) => asArray([statement.Resource].flat()).map((arn) => String(arn).split(":")[3])));
                const lacking = writers.filter((writer) => !regions.has(writer.region)).map((writer) => writer.region);
                if (lacking.length > 0)
                    report(
                        `${policy.name} grants rds-db:connect but not in ${lacking.join(", ")}: when the writer is there, IAM refuses the pods' tokens.`,
                        policy.urn,
                    );
            }
        },
    };
}
