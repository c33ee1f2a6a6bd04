import { globalDbRpoSeconds } from "../components/data/replication-lag";
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { databasePlacement } from "../components/data/placement";
import { describeDrNumbers, drNumbers } from "../components/platform/dr-numbers";
import { connectionEnvironment, databaseNames, peerRdsConnectArn, rdsConnectArn } from "../components/data/names";
import { writerCidrs, writerPath } from "../components/data/writer-path";
import { validatePlatformConfig } from "../components/config/validate";
import type { ServiceSpec } from "../components/topology/spec";
import { egressNetworkPolicy, egressObjects } from "../components/workloads/egress";
import {
    auroraClustersHardened,
    databasesInLockedVaults,
    globalMembersAfterTheirWriter,
    globalMembersFollowTheirCluster,
    globalMembersHoldTheRpo,
    replicationStopPages,
} from "../policy/rules/data";
import { egressHasAPath } from "../policy/rules/egress";
import { backupReplicasImmutable, backupReplicationTimed } from "../policy/rules/backups";
import { paymentsHoldNoVolumes, restoresKeepIdentity } from "../policy/rules/dr";
import { healthChecksDeep, routingControlsGuarded } from "../policy/rules/dns";
import { RESTORE_NEVER_OVERWRITES } from "../stacks/dr-drill/drill";
import { replicationRules } from "../components/backup/replication";
import type { CapturedResource } from "../tools/offline-plan/run-program";
import { fixtureConfig, fixtureService, writeFixtureProject } from "./fixtures/platform";
import { PROJECT_PLAN_OPTIONS, runPlanCli } from "./helpers/cli";
import { stringify } from "yaml";
import { messages, res } from "./helpers/policy";
import type { EnvironmentPlan } from "./helpers/environment";
import { planEnvironment } from "./helpers/environment";

const CLOUDWATCH_KEY = "pd-cloudwatch-key-0123456789";

const withLedgerDatabase = fixtureConfig((config) => {
    config.services = [
        fixtureService("gateway", { public: true, healthPath: "/v1/health/deep" }),
        fixtureService("ledger", { callers: [{ service: "gateway", methods: ["POST"], paths: ["/v1/entries"] }], database: { instanceClass: "db.r7g.large" } }),
    ];
});

describe("the data tier's config", () => {
    it("expands a service's database with its defaults, and lets its pods reach STS for IAM authentication", () => {
        const checked = validatePlatformConfig(withLedgerDatabase);
        assert.ok(checked.ok);
        const ledger = checked.spec.services.find((service) => service.name === "ledger");
        assert.deepEqual(ledger?.database, { instanceClass: "db.r7g.large", instances: 2, backupRetentionDays: 7, engineVersion: "16.8" });
        assert.deepEqual(ledger?.egress.aws, ["sts"]);
    });

    it("probes only the public service's deep health path, refusing one declared elsewhere", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => {
                config.services = [fixtureService("gateway", { public: true }), fixtureService("ledger", { healthPath: "/deep" })];
            }),
        );
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [
                {
                    path: "services[1].healthPath",
                    message: "only the public service is probed by Route 53; declare the deep health path on it, or remove this one",
                },
            ]);
    });

    it("refuses an instance class RDS does not name, with its path", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => {
                config.services = [fixtureService("gateway", { public: true, database: { instanceClass: "r7g.large" } })];
            }),
        );
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [{ path: "services[0].database.instanceClass", message: "not an RDS instance class such as db.r7g.large" }]);
    });
});

describe("database placement", () => {
    const checked = validatePlatformConfig(withLedgerDatabase);
    if (!checked.ok) throw new Error("fixture");
    const platform = checked.spec;
    const [primary, secondary] = platform.clusters;

    it("puts every writer in the primary", () => {
        assert.deepEqual(databasePlacement(platform, primary, undefined), { placed: { ledger: "writer" }, waiting: [] });
    });

    it("joins a secondary to the global cluster the primary reports, at its writer's version, and waits for one it does not", () => {
        const reported = { ledger: { globalClusterId: "payments-staging-ledger", writerEndpoint: "w.global", readerEndpoint: "r", engineVersion: "16.9" } };
        assert.deepEqual(databasePlacement(platform, secondary, reported), {
            placed: { ledger: { globalClusterId: "payments-staging-ledger", writerEndpoint: "w.global", engineVersion: "16.9" } },
            waiting: [],
        });
        // A primary applied before members' versions were recorded ran the legacy version.
        assert.deepEqual(databasePlacement(platform, secondary, { ledger: { ...reported.ledger, engineVersion: undefined } }).placed.ledger, {
            globalClusterId: "payments-staging-ledger",
            writerEndpoint: "w.global",
            engineVersion: "16.8",
        });
        assert.deepEqual(databasePlacement(platform, secondary, undefined), { placed: {}, waiting: ["ledger"] });
    });

    it("names everything after the environment, the service and the region's cluster", () => {
        assert.deepEqual(databaseNames("prod", "payment-processor", "prod-usw2"), {
            global: "payments-prod-payment-processor",
            regional: "payments-prod-payment-processor-prod-usw2",
            database: "payment_processor",
            user: "payment_processor",
            configMap: "payment-processor-database",
            masterSecret: "payments/prod/databases/payment-processor/master",
        });
    });

    it("gives the pods libpq's variables with TLS verified and IAM authentication, and the role its own user only", () => {
        const connection = {
            writerEndpoint: "payments-prod-ledger.global-abc.global.rds.amazonaws.com",
            readerEndpoint: "payments-prod-ledger-prod-usw2.cluster-ro-abc.us-west-2.rds.amazonaws.com",
            port: 5432,
            database: "ledger",
            user: "ledger",
            clusterResourceId: "cluster-ABC",
            clusterArn: "arn:aws:rds:us-west-2:111111111111:cluster:payments-prod-ledger-prod-usw2",
        };
        assert.deepEqual(connectionEnvironment(connection, "us-west-2"), {
            PGHOST: connection.writerEndpoint,
            PGHOST_READER: connection.readerEndpoint,
            PGPORT: "5432",
            PGDATABASE: "ledger",
            PGUSER: "ledger",
            PGSSLMODE: "verify-full",
            PG_IAM_AUTH: "true",
            AWS_REGION: "us-west-2",
        });
        assert.equal(rdsConnectArn(connection), "arn:aws:rds-db:us-west-2:111111111111:dbuser:cluster-ABC/ledger");
    });

    it("lets only the owning service out on 5432, to every VPC its writer can be in, through the sidecar and the NetworkPolicy", () => {
        const ledger = { name: "ledger", namespace: "payments-ledger", egress: { hosts: [], aws: ["sts"] } } as unknown as ServiceSpec;
        const fromB = writerPath(
            {
                clusters: [
                    { name: "a", region: "us-east-1", vpcCidr: "10.10.0.0/16" },
                    { name: "b", region: "us-west-2", vpcCidr: "10.20.0.0/16" },
                ],
                services: [{ database: {} }],
            },
            "b",
        );
        assert.deepEqual(fromB, {
            own: { cluster: "b", region: "us-west-2", vpcCidr: "10.20.0.0/16" },
            peers: [{ cluster: "a", region: "us-east-1", vpcCidr: "10.10.0.0/16" }],
        });
        assert.equal(writerPath({ clusters: [{ name: "a", region: "us-east-1", vpcCidr: "10.10.0.0/16" }], services: [{}] }, "a"), undefined, "no database");
        const writers = fromB ? writerCidrs(fromB) : [];
        const entry = egressObjects(ledger, "us-west-2", { writerCidrs: writers }).find((object) => object.name === "database");
        assert.deepEqual(entry?.spec, {
            hosts: ["ledger-database.aurora.internal"],
            addresses: ["10.20.0.0/16", "10.10.0.0/16"],
            ports: [{ number: 5432, name: "tcp-postgres", protocol: "TCP" }],
            resolution: "NONE",
            location: "MESH_EXTERNAL",
            exportTo: ["."],
        });
        assert.deepEqual((egressNetworkPolicy(ledger, "10.20.0.0/16", writers)?.spec.egress as unknown[]).at(-1), {
            to: [{ ipBlock: { cidr: "10.20.0.0/16" } }, { ipBlock: { cidr: "10.10.0.0/16" } }],
            ports: [{ protocol: "TCP", port: 5432 }],
        });
        assert.equal(
            egressObjects(ledger, "us-east-1").some((object) => object.name === "database"),
            false,
            "no database here, no way to one",
        );
        assert.equal(
            peerRdsConnectArn({ clusterArn: "arn:aws:rds:us-west-2:111111111111:cluster:payments-prod-ledger-b", user: "ledger" }, "us-east-1"),
            "arn:aws:rds-db:us-east-1:111111111111:dbuser:*/ledger",
        );
    });
});

describe("data-tier policies", () => {
    const hardened = {
        globalClusterIdentifier: "payments-prod-ledger",
        storageEncrypted: true,
        kmsKeyId: "arn:aws:kms:us-east-1:1:key/k",
        iamDatabaseAuthenticationEnabled: true,
        backupRetentionPeriod: 35,
        deletionProtection: true,
        masterUsername: "payments_admin",
        skipFinalSnapshot: false,
        finalSnapshotIdentifier: "payments-prod-ledger-prod-use1-final",
    };

    it("aurora-clusters-hardened: allows a global, encrypted, IAM-authenticated, backed-up, protected cluster", async () => {
        assert.deepEqual(await messages(auroraClustersHardened("mandatory"), [res("aws:rds/cluster:Cluster", "db", hardened)]), []);
    });

    it("aurora-clusters-hardened: refuses a regional, unencrypted, password-only cluster that can be deleted without a snapshot", async () => {
        const weak = res("aws:rds/cluster:Cluster", "db", { masterUsername: "admin", backupRetentionPeriod: 1, skipFinalSnapshot: true });
        assert.deepEqual(await messages(auroraClustersHardened("mandatory"), [weak]), [
            "db (aws:rds/cluster:Cluster) can be deleted: set deletionProtection.",
            "db (aws:rds/cluster:Cluster) does not enable IAM database authentication, which the services connect with.",
            "db (aws:rds/cluster:Cluster) is not a member of a Global Database, so its data lives in one region: declare it through a service's database.",
            "db (aws:rds/cluster:Cluster) is not encrypted with a customer KMS key (storageEncrypted and kmsKeyId).",
            "db (aws:rds/cluster:Cluster) keeps 1 day(s) of backups (at least 7 for point-in-time recovery).",
            "db (aws:rds/cluster:Cluster) would be deleted without a final snapshot: set finalSnapshotIdentifier, skipFinalSnapshot false.",
        ]);
        assert.equal(
            (
                await messages(
                    auroraClustersHardened("mandatory"),
                    [res("aws:rds/cluster:Cluster", "db", { ...hardened, deletionProtection: false, skipFinalSnapshot: true })],
                    {
                        "aurora-clusters-hardened": { deletionProtection: false },
                    },
                )
            ).length,
            0,
            "staging may delete its databases",
        );
    });

    const global = res("aws:rds/globalCluster:GlobalCluster", "global", { globalClusterIdentifier: "payments-prod-ledger" });
    const reference = res("pulumi:pulumi:StackReference", "cluster-prod-use1", { name: "o/payments-cluster/prod-use1" });

    it("global-members-after-their-writer: allows a writer after its global cluster, and a secondary after the writer's stack", async () => {
        const writer = res("aws:rds/cluster:Cluster", "writer", hardened, { dependsOn: [global.urn] });
        assert.deepEqual(await messages(globalMembersAfterTheirWriter("mandatory"), [global, writer]), []);
        const member = res("aws:rds/cluster:Cluster", "member", { globalClusterIdentifier: "payments-prod-ledger" }, { dependsOn: [reference.urn] });
        assert.deepEqual(await messages(globalMembersAfterTheirWriter("mandatory"), [reference, member]), []);
    });

    it("global-members-after-their-writer: refuses a writer without its global cluster, a secondary without the writer's stack, a secondary beside its global cluster", async () => {
        assert.deepEqual(await messages(globalMembersAfterTheirWriter("mandatory"), [res("aws:rds/cluster:Cluster", "writer", hardened)]), [
            "writer is the writer of global cluster payments-prod-ledger but does not depend on a GlobalCluster of this stack; create the global cluster here and pass its id.",
        ]);
        assert.deepEqual(
            await messages(globalMembersAfterTheirWriter("mandatory"), [
                res("aws:rds/cluster:Cluster", "member", { globalClusterIdentifier: "payments-prod-ledger" }),
            ]),
            [
                "member joins global cluster payments-prod-ledger, which another stack makes, but depends on no StackReference; it could be created before its writer and fail, or become the writer. Add the writer's stack to its dependsOn.",
            ],
        );
        assert.deepEqual(
            await messages(globalMembersAfterTheirWriter("mandatory"), [
                global,
                res("aws:rds/cluster:Cluster", "member", { globalClusterIdentifier: "payments-prod-ledger" }, { dependsOn: [global.urn] }),
            ]),
            [
                "member joins global cluster payments-prod-ledger made in this same stack, without a writer of its own region; RDS would make it the writer. Join it from another region's stack.",
            ],
        );
    });

    it("egress-has-a-path: a database entry needs a NetworkPolicy on its port", async () => {
        const entry = res("kubernetes:networking.istio.io/v1:ServiceEntry", "db-entry", {
            metadata: { namespace: "payments-ledger" },
            spec: { hosts: ["ledger-database.aurora.internal"], addresses: ["10.10.0.0/16"], ports: [{ number: 5432, protocol: "TCP" }] },
        });
        const policy = res("kubernetes:networking.k8s.io/v1:NetworkPolicy", "out", {
            metadata: { namespace: "payments-ledger" },
            spec: { egress: [{ ports: [{ port: 5432, protocol: "TCP" }] }] },
        });
        assert.deepEqual(await messages(egressHasAPath("mandatory"), [entry, policy]), []);
        assert.deepEqual(await messages(egressHasAPath("mandatory"), [entry]), [
            "db-entry lets payments-ledger reach 10.10.0.0/16 on 5432, but no NetworkPolicy of payments-ledger lets its pods out on 5432; the default deny drops the connection.",
        ]);
    });
});

describe("databases in locked vaults", () => {
    const writer = res("aws:rds/cluster:Cluster", "ledger-use1", { masterUsername: "postgres", globalClusterIdentifier: "g" });
    const selection = (dependsOn: string[]) => res("aws:backup/selection:Selection", "writers", { resources: ["arn"] }, { dependsOn });
    const vault = res("aws:backup/vault:Vault", "vault", { name: "payments-prod-databases" });
    const lock = (props: Record<string, unknown>) => res("aws:backup/vaultLockConfiguration:VaultLockConfiguration", "lock", props, { dependsOn: [vault.urn] });
    const prod = { "databases-in-locked-vaults": { mode: "COMPLIANCE", minDays: 7 } };

    it("takes writers a plan selects, and vaults locked as the stack requires", async () => {
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [writer, selection([writer.urn])]), []);
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [vault, lock({ minRetentionDays: 35, changeableForDays: 3 })], prod), []);
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [vault, lock({ minRetentionDays: 35 })]), [], "any lock by default (staging)");
    });

    it("refuses a writer no plan selects, an unlocked vault, and a GOVERNANCE lock where COMPLIANCE is required", async () => {
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [writer, selection([])]), [
            "ledger-use1 is a global database's writer that no AWS Backup plan selects: a DROP replicates to every region at once; select it in a plan whose vault is locked (DatabaseBackupPlan).",
        ]);
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [vault]), [
            "vault has no Vault Lock: whoever can delete recovery points there can erase the databases' copies; add a VaultLockConfiguration.",
        ]);
        assert.deepEqual(await messages(databasesInLockedVaults("mandatory"), [vault, lock({ minRetentionDays: 35 })], prod), [
            "vault is locked GOVERNANCE with a 35-day minimum; this stack requires COMPLIANCE keeping recovery points at least 7 days (set changeableForDays).",
        ]);
    });
});

describe("timed backup replication", () => {
    const config = (destination: Record<string, unknown>) =>
        res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "replication", {
            rules: [{ id: "to-b", destination: { bucket: "arn:aws:s3:::b", ...destination } }],
        });
    it("takes a rule under Replication Time Control with its metrics", async () => {
        assert.deepEqual(
            await messages(backupReplicationTimed("mandatory"), [
                config({ replicationTime: { status: "Enabled", time: { minutes: 15 } }, metrics: { status: "Enabled" } }),
            ]),
            [],
        );
    });
    it("refuses a rule with no time bound", async () => {
        assert.deepEqual(await messages(backupReplicationTimed("mandatory"), [config({})]), [
            "replication replicates (rule to-b) with no time bound; set destination.replicationTime and destination.metrics Enabled (S3 Replication Time Control, 15 minutes).",
        ]);
    });
});

describe("global database members", () => {
    const member = (ignoreChanges: string[]) =>
        res("aws:rds/cluster:Cluster", "ledger-usw2", { globalClusterIdentifier: "payments-prod-ledger", engineVersion: "16.8" }, { ignoreChanges });
    it("takes a member that leaves its engine version to the global cluster's upgrade", async () => {
        assert.deepEqual(await messages(globalMembersFollowTheirCluster("mandatory"), [member(["globalClusterIdentifier", "engineVersion"])]), []);
        assert.deepEqual(
            await messages(globalMembersFollowTheirCluster("mandatory"), [res("aws:rds/cluster:Cluster", "standalone", { engineVersion: "16.8" })]),
            [],
        );
    });
    it("refuses a member that would move its engine alone", async () => {
        assert.deepEqual(await messages(globalMembersFollowTheirCluster("mandatory"), [member(["globalClusterIdentifier"])]), [
            "ledger-usw2 is a Global Database member that declares its engine version; add engineVersion to its ignoreChanges: the global cluster's upgrade moves every member, and a member cannot move alone.",
        ]);
    });
});

describe("immutable backup replicas", () => {
    const replica = res("aws:s3/bucket:Bucket", "replica", { tags: { "payments.io/backup": "replica" } });
    const lock = (mode: string, days: number) =>
        res(
            "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
            "lock",
            { rule: { defaultRetention: { mode, days } } },
            { dependsOn: [replica.urn] },
        );
    const replication = (status: string) =>
        res("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "replication", { rules: [{ id: "to-prod-usw2", deleteMarkerReplication: { status } }] });

    it("never replicates deletes: the planned rules, and the rule that refuses them", async () => {
        assert.deepEqual(
            replicationRules([{ cluster: "prod-usw2", region: "us-west-2", bucketArn: "arn:b", keyArn: "arn:k" }]).map((rule) => rule.deleteMarkerReplication),
            [{ status: "Disabled" }],
        );
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replication("Disabled")]), []);
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replication("Enabled")]), [
            "replication replicates deletes (rule to-prod-usw2): whoever can delete in the primary erases the replicas too; set deleteMarkerReplication Disabled.",
        ]);
    });

    it("refuses a Global Database member whose parameter group sets no managed RPO", async () => {
        const group = (parameters: Array<{ name: string; value: string }>) =>
            res("aws:rds/clusterParameterGroup:ClusterParameterGroup", "params", { name: "ledger", parameters });
        const member = res("aws:rds/cluster:Cluster", "member", { globalClusterIdentifier: "g", dbClusterParameterGroupName: "ledger" });
        assert.deepEqual(await messages(globalMembersHoldTheRpo("mandatory"), [group([{ name: "rds.global_db_rpo", value: "300" }]), member]), []);
        assert.deepEqual(await messages(globalMembersHoldTheRpo("mandatory"), [group([{ name: "rds.force_ssl", value: "1" }]), member]), [
            "member (aws:rds/cluster:Cluster) is a Global Database member whose parameter group sets no rds.global_db_rpo: the writer would commit however far behind every secondary is; set it from objectives.rpoMinutes.",
        ]);
    });

    it("refuses a member whose lag alarm watches a metric that goes silent, an engine before 16.6, and a paging stack's member no alarm watches", async () => {
        const member = (engineVersion: string) =>
            res("aws:rds/cluster:Cluster", "member", { globalClusterIdentifier: "g", clusterIdentifier: "payments-prod-ledger-prod-usw2", engineVersion });
        const alarm = (metricName: string) =>
            res("aws:cloudwatch/metricAlarm:MetricAlarm", "lag", {
                alarmActions: ["arn:topic"],
                metricQueries: [
                    { id: "m", metric: { namespace: "AWS/RDS", metricName, dimensions: { DBClusterIdentifier: "payments-prod-ledger-prod-usw2" } } },
                ],
            });
        const rule = replicationStopPages("mandatory", 6);
        assert.deepEqual(await messages(rule, [member("16.6"), alarm("AuroraGlobalDBProgressLag")]), []);
        assert.deepEqual(await messages(rule, [member("16.8"), alarm("AuroraGlobalDBReplicationLag")]), [
            "lag watches AuroraGlobalDBReplicationLag, which may stop reporting when replication stops, and then never fires; watch AuroraGlobalDBProgressLag (components/data/replication-lag.ts).",
            "member is a Global Database member no alarm watches for AuroraGlobalDBProgressLag: its replication could stop unpaged; give it the replication-lag alarm (components/data/replication-lag.ts).",
        ]);
        assert.deepEqual(await messages(rule, [member("16.4"), alarm("AuroraGlobalDBProgressLag")]), [
            "member runs Aurora PostgreSQL 16.4: before 16.6 a secondary's lag may go silent when replication stops; upgrade databaseEngineVersion.",
        ]);
        const otherAlarm = res("aws:cloudwatch/metricAlarm:MetricAlarm", "probe", { alarmActions: ["arn:topic"], metricName: "SuccessPercent" });
        assert.deepEqual(await messages(rule, [member("16.8"), otherAlarm]), [
            "member is a Global Database member no alarm watches for AuroraGlobalDBProgressLag: its replication could stop unpaged; give it the replication-lag alarm (components/data/replication-lag.ts).",
        ]);
        assert.deepEqual(await messages(rule, [member("16.8")]), [], "a stack that pages no one (staging without a pager) is left to alarms-reach-someone");
    });

    it("locks every replica bucket, in COMPLIANCE mode where the stack requires it", async () => {
        const prod = { "backup-replicas-immutable": { mode: "COMPLIANCE", minDays: 7 } };
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replica, lock("COMPLIANCE", 35)], prod), []);
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replica, lock("GOVERNANCE", 30)]), [], "any lock by default (staging)");
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replica, lock("GOVERNANCE", 30)], prod), [
            "replica locks replicated backups GOVERNANCE for 30 day(s); this stack requires COMPLIANCE for at least 7.",
        ]);
        assert.deepEqual(await messages(backupReplicasImmutable("mandatory"), [replica]), [
            "replica holds replicated backups but has no Object Lock configuration; anyone who can delete there can erase them.",
        ]);
    });
});

describe("a service's database through the stacks", function () {
    // CloudWatch alarms page PagerDuty here: the replication-lag alarms are planned too.
    const projectDir = writeFixtureProject("data", {
        ...withLedgerDatabase,
        addons: {
            ...(withLedgerDatabase.addons as object),
            monitoring: { cloudwatch: { pagerduty: { integrationKeyPartnerSecret: "pagerdutyCloudwatchKey" } } },
        },
        partnerSecrets: { ...(withLedgerDatabase.partnerSecrets as object), pagerdutyCloudwatchKey: CLOUDWATCH_KEY },
    });
    const options = {
        ...PROJECT_PLAN_OPTIONS,
        projectDir,
        subProjectsDir: path.join(projectDir, "stacks"),
        reportModule: undefined,
        crdDir: undefined,
        environment: "data",
    };
    let first: EnvironmentPlan;
    let second: EnvironmentPlan;
    before(async () => {
        first = await planEnvironment(options);
        second = await planEnvironment(options);
    });
    const ofType = (plan: EnvironmentPlan, cluster: string, type: string) => plan.clusters[cluster].plan.resources.filter((r) => r.type === type);

    it("backs the writers up every four hours into the primary's locked vault, copied into every other cluster region's", () => {
        const vaults = second.environment.plan.resources.filter((r) => r.type === "aws:backup/vault:Vault");
        assert.equal(vaults.length, 2, "a vault per cluster region");
        const locks = second.environment.plan.resources.filter((r) => r.type === "aws:backup/vaultLockConfiguration:VaultLockConfiguration");
        assert.deepEqual(
            locks.map((lock) => (lock.inputs as { minRetentionDays: number; changeableForDays?: number }).changeableForDays),
            [undefined, undefined],
            "GOVERNANCE in staging, so it can be torn down",
        );
        const [plan] = ofType(second, "t-use1", "aws:backup/plan:Plan");
        const rule = (plan?.inputs as { rules: Array<{ schedule: string; targetVaultName: string; copyActions: Array<{ destinationVaultArn: string }> }> })
            .rules[0];
        assert.equal(rule?.schedule, "cron(0 */4 * * ? *)");
        assert.equal(rule?.targetVaultName, "payments-staging-databases");
        assert.deepEqual(
            rule?.copyActions.map((copy) => copy.destinationVaultArn),
            ["arn:aws:backup:us-west-2:123456789012:backup-vault:payments-staging-databases"],
        );
        const [selection] = ofType(second, "t-use1", "aws:backup/selection:Selection");
        const [writer] = ofType(second, "t-use1", "aws:rds/cluster:Cluster");
        assert.ok(selection?.dependsOn.includes(writer?.urn ?? ""), "the selection names the writer's cluster");
        assert.deepEqual(ofType(second, "t-usw2", "aws:backup/plan:Plan"), [], "a member's stack backs nothing up");
    });

    it("pages on every member's replication lag (a CloudWatch alarm), through the environment's topic in the member's region, which PagerDuty is subscribed to", () => {
        const topics = second.environment.plan.resources.filter((r) => r.type === "aws:sns/topic:Topic");
        assert.equal(topics.length, 2, "a topic per cluster's region");
        const subscriptions = second.environment.plan.resources.filter((r) => r.type === "aws:sns/topicSubscription:TopicSubscription");
        assert.deepEqual(
            subscriptions.map((s) => [(s.inputs as { protocol: string }).protocol, (s.inputs as { endpoint: string }).endpoint]),
            [
                ["https", "[secret]"],
                ["https", "[secret]"],
            ],
        );
        for (const [cluster, region] of [
            ["t-use1", "us-east-1"],
            ["t-usw2", "us-west-2"],
        ]) {
            const alarms = second.clusters[cluster].plan.resources.filter((r) => r.type === "aws:cloudwatch/metricAlarm:MetricAlarm");
            assert.deepEqual(
                alarms.map((alarm) => [
                    (alarm.inputs as { metricQueries: Array<{ metric?: { dimensions: Record<string, string> } }> }).metricQueries[0]?.metric?.dimensions
                        .DBClusterIdentifier,
                    (alarm.inputs as { alarmActions: string[] }).alarmActions,
                ]),
                [[`payments-staging-ledger-${cluster}`, [`arn:aws:sns:${region}:123456789012:payments-staging-alarms`]]],
                cluster,
            );
        }
        assert.deepEqual(
            second.violations.filter((v) => v.policy === "alarms-reach-someone"),
            [],
        );
        // (The fixture's config holds the key in plain text, as a stack file's `secure:` value never would; resources and outputs must not.)
        const written = JSON.parse(fs.readFileSync(second.environment.planPath, "utf8")) as { resources: unknown; outputs: unknown };
        assert.equal(
            JSON.stringify([written.resources, written.outputs]).includes(CLOUDWATCH_KEY),
            false,
            "the integration key never reaches the plan's resources or outputs",
        );
    });

    it("makes the global cluster, its writer, the master credential and the IAM user in the primary on the first rollout", () => {
        assert.deepEqual(
            ofType(first, "t-use1", "aws:rds/globalCluster:GlobalCluster").map((r) => r.name),
            ["payments-t-use1-db-ledger-global"],
        );
        const secret = ofType(first, "t-use1", "aws:secretsmanager/secret:Secret").find((r) => r.name.endsWith("master-secret"));
        assert.deepEqual(
            (secret?.inputs as { replicas: Array<{ region: string }> }).replicas.map((replica) => replica.region),
            ["us-west-2"],
        );
        // The service's user, and the DR drill's (its write markers), each owning its database.
        const byName = <T>(type: string, pick: (inputs: Record<string, unknown>) => T) =>
            ofType(first, "t-use1", type)
                .map((r) => pick(r.inputs as Record<string, unknown>))
                .sort();
        assert.deepEqual(
            byName("postgresql:index/role:Role", (inputs) => JSON.stringify(inputs)),
            [
                { login: true, name: "ledger", roles: ["rds_iam"] },
                { login: true, name: "payments_drill", roles: ["rds_iam"] },
            ].map((inputs) => JSON.stringify(inputs)),
        );
        assert.deepEqual(
            byName("postgresql:index/database:Database", (inputs) => `${String(inputs.name)} owned by ${String(inputs.owner)}`),
            ["ledger owned by ledger", "payments_drill owned by payments_drill"],
        );
        assert.deepEqual(first.order, ["data", "t-use1", "t-usw2"], "the first rollout applies the primary before the secondary");
        assert.equal(ofType(first, "t-usw2", "aws:rds/cluster:Cluster").length, 1, "the secondary joins in the same rollout");
    });

    it("joins the secondary's member on the first rollout, after the primary's stack, encrypted with its own region's key", () => {
        const [member] = ofType(first, "t-usw2", "aws:rds/cluster:Cluster");
        const inputs = member.inputs as Record<string, unknown>;
        assert.equal(inputs.globalClusterIdentifier, "payments-staging-ledger");
        assert.equal(inputs.masterUsername, undefined);
        assert.match(String(inputs.kmsKeyId), /^arn:aws:kms:us-west-2:/);
        assert.ok(member.dependsOn.some((urn) => urn.endsWith("pulumi:pulumi:StackReference::cluster-t-use1")));
        // The fixture is staging (deletable databases); the pack's default config is prod's, which refuses exactly that.
        assert.deepEqual(
            second.violations
                .filter((v) => v.enforcementLevel === "mandatory")
                .map((v) => v.message.replace(/^\S+ /, ""))
                .sort(),
            [
                "(aws:rds/cluster:Cluster) can be deleted: set deletionProtection.",
                "(aws:rds/cluster:Cluster) can be deleted: set deletionProtection.",
                "(aws:rds/cluster:Cluster) would be deleted without a final snapshot: set finalSnapshotIdentifier, skipFinalSnapshot false.",
            ],
        );
    });

    it("holds the writer's commits to the RPO: every member's parameter group sets rds.global_db_rpo from objectives.rpoMinutes", () => {
        for (const cluster of ["t-use1", "t-usw2"]) {
            const [group] = ofType(first, cluster, "aws:rds/clusterParameterGroup:ClusterParameterGroup");
            const parameters = (group?.inputs as { parameters: Array<{ name: string; value: string }> }).parameters;
            assert.deepEqual(
                parameters.find((parameter) => parameter.name === "rds.global_db_rpo"),
                { name: "rds.global_db_rpo", value: "300" },
                cluster,
            );
        }
        assert.deepEqual([globalDbRpoSeconds(5), globalDbRpoSeconds(15)], [300, 900]);
    });

    it("builds the database beside the EKS control plane, not after it: only the pods' ingress rule waits for the cluster", () => {
        const resources = first.clusters["t-use1"].plan.resources;
        const eks = resources.find((r) => r.type === "eks:index:Cluster");
        const byName = (suffix: string) => resources.find((r) => r.name.endsWith(suffix));
        for (const suffix of ["db-ledger-sg", "db-ledger-cluster", "db-ledger-subnets"])
            assert.equal(byName(suffix)?.dependsOn.includes(eks?.urn ?? ""), false, `${suffix} does not wait for EKS`);
        assert.equal(byName("db-ledger-ingress-pods")?.dependsOn.includes(eks?.urn ?? ""), true);
        assert.deepEqual(
            (byName("db-ledger-ingress-deploy-0")?.inputs as { cidrIpv4: string; fromPort: number }).cidrIpv4,
            "10.250.0.0/22",
            "the deploy runners reach the writer to make the users",
        );
    });

    it("has Route 53 probe the public service's deep health path in each region, routed to its stable track", () => {
        for (const cluster of ["t-use1", "t-usw2"]) {
            const resources = second.clusters[cluster].plan.resources;
            const check = resources.find((r) => r.type === "aws:route53/healthCheck:HealthCheck" && r.name.endsWith("traffic-health"));
            assert.equal((check?.inputs as { resourcePath: string }).resourcePath, "/v1/health/deep");
            const routes = resources.find((r) => r.type === "kubernetes:networking.istio.io/v1:VirtualService" && r.name.endsWith("api-routes"));
            const health = (routes?.inputs as { spec: { http: Array<{ name: string; match?: unknown }> } }).spec.http[0];
            assert.deepEqual(health.match, [{ uri: { exact: "/v1/health/deep" } }]);
        }
    });

    it("wires the ledger's pods to it in both regions: ConfigMap, envFrom, IAM permission, and nothing for the gateway", () => {
        for (const cluster of ["t-use1", "t-usw2"]) {
            const resources = second.clusters[cluster].plan.resources;
            const config = resources.find((r) => r.type === "kubernetes:core/v1:ConfigMap" && r.name.endsWith("ledger-database-config"));
            assert.equal((config?.inputs as { data: { PGUSER: string } }).data.PGUSER, "ledger");
            const deployment = resources.find((r) => r.type === "kubernetes:apps/v1:Deployment" && r.name.endsWith("ledger-stable"));
            const container = (deployment?.inputs as { spec: { template: { spec: { containers: Array<{ envFrom?: unknown }> } } } }).spec.template.spec
                .containers[0];
            assert.deepEqual(container.envFrom, [{ configMapRef: { name: "ledger-database" } }]);
            assert.ok(resources.some((r) => r.type === "aws:iam/rolePolicy:RolePolicy" && r.name.endsWith("ledger-role-database")));
            const gateway = resources.find((r) => r.type === "kubernetes:apps/v1:Deployment" && r.name.endsWith("gateway-stable"));
            assert.equal(
                (gateway?.inputs as { spec: { template: { spec: { containers: Array<{ envFrom?: unknown }> } } } }).spec.template.spec.containers[0].envFrom,
                undefined,
            );
        }
    });
});

describe("an Aurora minor upgrade through the stacks", function () {
    const projectDir = writeFixtureProject("dbup", withLedgerDatabase);
    const options = {
        ...PROJECT_PLAN_OPTIONS,
        projectDir,
        subProjectsDir: path.join(projectDir, "stacks"),
        reportModule: undefined,
        crdDir: undefined,
        environment: "dbup",
    };
    const setEngine = (version: string) =>
        fs.writeFileSync(
            path.join(projectDir, "Pulumi.dbup.yaml"),
            stringify({
                config: Object.fromEntries(
                    Object.entries(
                        fixtureConfig((config) => {
                            config.services = withLedgerDatabase.services;
                            const classes = config.clusterClasses as Record<string, { variables?: Record<string, unknown> }>;
                            for (const cls of Object.values(classes)) cls.variables = { ...cls.variables, databaseEngineVersion: version };
                        }),
                    ).map(([key, value]) => [`payments-platform:${key}`, value]),
                ),
            }),
        );
    const versions = (plan: EnvironmentPlan) =>
        Object.fromEntries(
            Object.entries(plan.clusters).map(([cluster, result]) => [
                cluster,
                {
                    member: (result.plan.outputs.databases as Record<string, { engineVersion: string }>).ledger.engineVersion,
                    global: (
                        result.plan.resources.find((r) => r.type === "aws:rds/globalCluster:GlobalCluster")?.inputs as { engineVersion?: string } | undefined
                    )?.engineVersion,
                },
            ]),
        );

    it("keeps members at their writer's version until the primary steps the global cluster, then they follow", async () => {
        setEngine("16.8");
        await planEnvironment(options);
        await planEnvironment(options);
        setEngine("16.9");
        // One pass, in rollout order: the secondary (first) joins at the writer's 16.8; the primary (last) steps.
        assert.deepEqual(versions(await planEnvironment(options)), {
            "t-usw2": { member: "16.8", global: undefined },
            "t-use1": { member: "16.9", global: "16.9" },
        });
        assert.deepEqual(versions(await planEnvironment(options)), {
            "t-usw2": { member: "16.9", global: undefined },
            "t-use1": { member: "16.9", global: "16.9" },
        });
    });

    it("holds the step while a member reports another version, saying which", async () => {
        setEngine("16.10");
        const file = path.join(projectDir, "out", "t-usw2", "plan.json");
        await planEnvironment({ ...options, skip: ["t-use1"] });
        const previous = JSON.parse(fs.readFileSync(file, "utf8")) as { outputs: { databases: { ledger: { engineVersion: string } } } };
        previous.outputs.databases.ledger.engineVersion = "16.8";
        fs.writeFileSync(file, JSON.stringify(previous));
        // As a user runs it, to see the warning (the fixture's staging databases then fail prod's hardening rules: not this test's concern).
        const cli = runPlanCli(["--stack", "t-use1", "--dir", projectDir, "--sub-projects", path.join(projectDir, "stacks"), "--quiet"]);
        assert.ok(
            cli.stderr.includes(
                "t-use1: ledger's database upgrade to 16.10 holds: members run 16.8 in t-usw2 while the global cluster runs 16.9: an earlier upgrade did not finish",
            ),
            cli.stderr,
        );
        const planned = JSON.parse(fs.readFileSync(path.join(projectDir, "out", "t-use1", "plan.json"), "utf8")) as {
            resources: Array<{ type: string; inputs: { engineVersion?: string } }>;
        };
        assert.equal(planned.resources.find((r) => r.type === "aws:rds/globalCluster:GlobalCluster")?.inputs.engineVersion, "16.9");
    });

    it("refuses different versions on different clusters, and a major upgrade", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => {
                config.services = withLedgerDatabase.services;
                (config.clusters as Array<{ topology: { variables?: Record<string, unknown> } }>)[1].topology.variables = { databaseEngineVersion: "16.9" };
            }),
        );
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [
                {
                    path: "clusters[1].topology.variables.databaseEngineVersion",
                    message:
                        "t-usw2 would run Aurora PostgreSQL 16.9, t-use1 16.8: a global database has one engine version across its regions; set the same on every cluster",
                },
            ]);
        const major = validatePlatformConfig(
            fixtureConfig((config) => {
                (config.clusterClasses as Record<string, { variables?: Record<string, unknown> }>).eks.variables = { databaseEngineVersion: "17.4" };
            }),
        );
        assert.equal(major.ok, false);
        if (!major.ok) assert.match(major.issues[0].message, /an Aurora PostgreSQL 16 minor version/);
    });

    it("refuses a minor before 16.6, whose lag may go silent when replication stops, and admits 16.6", () => {
        const withEngine = (version: string) =>
            validatePlatformConfig(
                fixtureConfig((config) => {
                    (config.clusterClasses as Record<string, { variables?: Record<string, unknown> }>).eks.variables = { databaseEngineVersion: version };
                }),
            );
        const old = withEngine("16.4");
        assert.equal(old.ok, false);
        if (!old.ok)
            assert.deepEqual(
                old.issues.map((issue) => issue.message),
                [
                    '16.6 or later: before it a secondary\'s replication lag may go silent when replication stops, and the lag alarm with it (Aurora user guide, "Cross-Region resiliency for Global Database secondary clusters")',
                ],
            );
        assert.equal(withEngine("16.6").ok, true);
    });
});

describe("DR numbers", () => {
    const specOf = (edit: (config: Record<string, unknown>) => void = () => undefined) => {
        const checked = validatePlatformConfig(fixtureConfig(edit));
        if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
        return checked.spec;
    };

    it("computes traffic RTO, data and cluster-state RPO and the full RTO from config", () => {
        const checked = validatePlatformConfig(withLedgerDatabase);
        if (!checked.ok) throw new Error("fixture");
        const numbers = drNumbers(checked.spec);
        assert.equal(numbers.trafficRtoSeconds, 90, "10 s × 3, then the NLB alias's 60 s TTL");
        assert.equal(numbers.dataRpoSeconds, 1);
        assert.equal(numbers.clusterStateRpoMinutes, 30, "a 15-minute backup interval plus replication");
        // Traffic leaves by itself (health checks, TTL); the writer moves once someone acts: that is the critical path.
        assert.deepEqual(numbers.rto, {
            minutes: 7,
            steps: [
                { what: "the on-call acknowledges the page and starts the database failover", minutes: 5 },
                { what: "Aurora promotes the next region's cluster", minutes: 2 },
            ],
        });
        assert.equal(numbers.dataRpoBoundSeconds, 300, "rds.global_db_rpo of a 5-minute objective");
        assert.deepEqual(numbers.problems, []);
        assert.deepEqual(describeDrNumbers(numbers).slice(0, 2), [
            "DR: traffic RTO 90 s (health checks, then the alias's TTL)",
            "DR: data RPO = Aurora Global Database's lag when the region goes: typically ~1 s, at most 300 s (rds.global_db_rpo holds commits past it); no alarm pages on it; 5 min declared",
        ]);
    });

    it("with ARC and a CloudWatch pager: the switched traffic's TTL, the lag that pages, and the plan's scaling in the full RTO", () => {
        const checked = validatePlatformConfig({
            ...withLedgerDatabase,
            dns: { ...(withLedgerDatabase.dns as object), recoveryControl: true },
            addons: { ...(withLedgerDatabase.addons as object), monitoring: { cloudwatch: { pagerduty: { integrationKeyPartnerSecret: "partnerKey" } } } },
        });
        if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
        const numbers = drNumbers(checked.spec);
        assert.deepEqual([numbers.switchedTrafficSeconds, numbers.lagPageSeconds, numbers.rto.minutes], [60, 150, 14]);
        assert.deepEqual(describeDrNumbers(numbers), [
            "DR: traffic RTO 90 s (health checks, then the alias's TTL); 60 s after an ARC routing control is switched",
            "DR: data RPO = Aurora Global Database's lag when the region goes: typically ~1 s, at most 300 s (rds.global_db_rpo holds commits past it); pages above 150 s; 5 min declared",
            "DR: cluster-state RPO 30 min (Velero interval + replication)",
            "DR: full RTO ~14 min against 15 min declared (estimated from config): a surviving region's probe pages (2 of 3 one-minute runs fail) 2 + the on-call acknowledges the page and executes the Region switch plan (ungraceful) 5 + the plan scales the payment services there (nodes join) 4 + Aurora promotes the next region's cluster 2 + the plan switches the routing controls; clients re-resolve (alias TTL 60 s) 1",
        ]);
        // Read from the planned Region switch plans, the estimate gives way.
        assert.deepEqual(describeDrNumbers(numbers, ["loss of us-east-1: recovery through p"]).slice(3), [
            "DR: full RTO, loss of us-east-1: recovery through p",
        ]);
    });

    it("has no data RPO and no database step without a database", () => {
        const numbers = drNumbers(specOf());
        assert.equal(numbers.dataRpoSeconds, undefined);
        assert.equal(numbers.rto.minutes, 1.5);
    });

    it("refuses config that cannot meet its own RTO, with the path and the sum", () => {
        const result = validatePlatformConfig({ ...withLedgerDatabase, objectives: { rtoMinutes: 5 } });
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [
                {
                    path: "objectives.rtoMinutes",
                    message:
                        "the platform recovers in about 7 min (the on-call acknowledges the page and starts the database failover 5 + Aurora promotes the next region's cluster 2), more than the declared 5; shorten the response time or a step, or declare a longer RTO",
                },
            ]);
        assert.equal(
            validatePlatformConfig({ ...withLedgerDatabase, objectives: { rtoMinutes: 5, responseMinutes: 1 } }).ok,
            true,
            "a faster response meets it",
        );
    });
});

describe("drill restores", () => {
    const restore = (spec: Record<string, unknown>) => res("kubernetes:velero.io/v1:Restore", "restore", { spec });

    it("restores-keep-identity: allows a restore that adds only what is missing and brings no identity", async () => {
        assert.deepEqual(
            await messages(restoresKeepIdentity("mandatory"), [restore({ existingResourcePolicy: "none", excludedResources: [...RESTORE_NEVER_OVERWRITES] })]),
            [],
        );
    });

    it("restores-keep-identity: refuses one that updates what exists or brings ServiceAccounts and secrets", async () => {
        assert.deepEqual(await messages(restoresKeepIdentity("mandatory"), [restore({ existingResourcePolicy: "update" })]), [
            "restore updates objects that already exist in the cluster it restores into; use existingResourcePolicy none.",
            "restore would restore serviceaccounts, secrets, externalsecrets.external-secrets.io from another cluster; add them to excludedResources.",
        ]);
    });

    it("payments-hold-no-volumes: allows emptyDir in a payment namespace and claims elsewhere; refuses a claim, a claim template or a claim volume there", async () => {
        const namespace = (name: string, labels: Record<string, string>) => res("kubernetes:core/v1:Namespace", name, { metadata: { name, labels } });
        const deployment = (name: string, ns: string, volumes: unknown[]) =>
            res("kubernetes:apps/v1:Deployment", name, { metadata: { name, namespace: ns }, spec: { template: { spec: { containers: [], volumes } } } });
        const stack = [namespace("payments-ledger", { "payments.io/service": "ledger" }), namespace("monitoring", {})];
        assert.deepEqual(
            await messages(paymentsHoldNoVolumes("mandatory"), [
                ...stack,
                deployment("ledger", "payments-ledger", [{ name: "tmp", emptyDir: {} }]),
                res("kubernetes:core/v1:PersistentVolumeClaim", "prometheus-data", { metadata: { name: "data", namespace: "monitoring" } }),
            ]),
            [],
        );
        assert.deepEqual(
            await messages(paymentsHoldNoVolumes("mandatory"), [
                ...stack,
                deployment("ledger", "payments-ledger", [{ name: "state", persistentVolumeClaim: { claimName: "state" } }]),
                res("kubernetes:core/v1:PersistentVolumeClaim", "state", { metadata: { name: "state", namespace: "payments-ledger" } }),
                res("kubernetes:apps/v1:StatefulSet", "cache", {
                    metadata: { name: "cache", namespace: "payments-ledger" },
                    spec: { template: { spec: { containers: [] } }, volumeClaimTemplates: [{ metadata: { name: "data" } }] },
                }),
            ]),
            [
                "ledger (payments-ledger) keeps state on a volume (volume state): an EBS volume and its snapshots stay in their region, so a region's loss takes it; keep a payment's state in its Aurora database.",
                "cache (payments-ledger) keeps state on a volume (claim template data): an EBS volume and its snapshots stay in their region, so a region's loss takes it; keep a payment's state in its Aurora database.",
                "state (payments-ledger) keeps state on a volume (the claim itself): an EBS volume and its snapshots stay in their region, so a region's loss takes it; keep a payment's state in its Aurora database.",
            ],
        );
    });
});

describe("ARC routing controls", () => {
    const control = (name: string) => res("aws:route53recoverycontrol/routingControl:RoutingControl", name, { name });
    const a = control("use1");
    const b = control("usw2");
    const rule = (config: Record<string, unknown>, asserted: CapturedResource[]) =>
        res("aws:route53recoverycontrol/safetyRule:SafetyRule", "rule", { ruleConfig: config }, { dependsOn: asserted.map((c) => c.urn) });

    it("routing-controls-guarded: allows controls that an at-least-one safety rule asserts", async () => {
        assert.deepEqual(await messages(routingControlsGuarded("mandatory"), [a, b, rule({ type: "ATLEAST", threshold: 1, inverted: false }, [a, b])]), []);
    });

    it("routing-controls-guarded: refuses a control no rule keeps on, or a rule that guards nothing", async () => {
        assert.deepEqual(await messages(routingControlsGuarded("mandatory"), [a, b, rule({ type: "ATLEAST", threshold: 1, inverted: false }, [a])]), [
            "usw2 is asserted by no ATLEAST safety rule of threshold 1 or more, so every region could be switched off at once; add it to the panel's safety rule.",
        ]);
        assert.equal((await messages(routingControlsGuarded("mandatory"), [a, rule({ type: "ATLEAST", threshold: 0, inverted: false }, [a])])).length, 1);
    });
});

describe("deep health checks", () => {
    const check = (resourcePath: string) => res("aws:route53/healthCheck:HealthCheck", "health", { type: "HTTPS", resourcePath });
    const prod = { "health-checks-deep": { shallowPaths: ["/healthz"] } };

    it("health-checks-deep: allows a check of the declared deep path", async () => {
        assert.deepEqual(await messages(healthChecksDeep("mandatory"), [check("/v1/health/deep")], prod), []);
        assert.deepEqual(await messages(healthChecksDeep("mandatory"), [check("/healthz")]), [], "no shallow paths configured (staging)");
    });

    it("health-checks-deep: refuses a check of a liveness path where the stack names it shallow", async () => {
        assert.deepEqual(await messages(healthChecksDeep("mandatory"), [check("/healthz")], prod), [
            "health probes /healthz, which only says a process is up: a region that cannot take payments would stay in DNS. Declare the public service's healthPath (a deep check its owners implement).",
        ]);
    });
});
