import { strict as assert } from "assert";
import * as path from "path";
import { validatePlatformConfig } from "../components/config/validate";
import { replicationLagAlarm } from "../components/data/replication-lag";
import { alarmsReachSomeone } from "../policy/rules/alarms";
import type { FixtureConfig } from "./fixtures/platform";
import { fixtureConfig, fixtureService, writeFixtureProject } from "./fixtures/platform";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { messages, res } from "./helpers/policy";
import type { EnvironmentPlan } from "./helpers/environment";
import { planEnvironment } from "./helpers/environment";

const CLOUDWATCH_KEY = "pd-cloudwatch-key-0123456789";

/** The ledger owns a database; CloudWatch alarms page PagerDuty when `paging`. */
function withLedgerDatabase(paging: boolean, edit: (config: FixtureConfig) => void = () => undefined): FixtureConfig {
    return fixtureConfig((config) => {
        config.services = [
            fixtureService("gateway", { public: true }),
            fixtureService("ledger", {
                callers: [{ service: "gateway", methods: ["POST"], paths: ["/v1/entries"] }],
                database: { instanceClass: "db.r7g.large" },
            }),
        ];
        if (paging) {
            config.addons = {
                ...(config.addons as object),
                monitoring: { cloudwatch: { pagerduty: { integrationKeyPartnerSecret: "pagerdutyCloudwatchKey" } } },
            };
            config.partnerSecrets = { ...(config.partnerSecrets as object), pagerdutyCloudwatchKey: CLOUDWATCH_KEY };
        }
        edit(config);
    });
}

describe("Aurora replication-lag alarms", () => {
    it("pages when a member's end-to-end lag passes half the RPO for three minutes, and says so when it clears", () => {
        const metric = (id: string, metricName: string) => ({
            id,
            returnData: false,
            metric: { namespace: "AWS/RDS", metricName, dimensions: { DBClusterIdentifier: "payments-prod-ledger-prod-usw2" }, stat: "Maximum", period: 60 },
        });
        assert.deepEqual(replicationLagAlarm("prod", "ledger", "prod-usw2", 5, "arn:topic"), {
            name: "payments-prod-ledger-prod-usw2-replication-lag",
            alarmDescription:
                "ledger's database in prod-usw2 trails its writer by more than 150 s (half the 5 min RPO) for 3 min, or its replication stopped (the lag then keeps rising): a loss of the writer's region now would lose that much. Runbook: README, \"Losing a region\".",
            metricQueries: [
                metric("progress", "AuroraGlobalDBProgressLag"),
                metric("replica", "AuroraReplicaLag"),
                { id: "lag", label: "end-to-end replication lag (ms)", expression: "progress + FILL(replica, 0)", returnData: true },
            ],
            evaluationPeriods: 3,
            threshold: 150000,
            comparisonOperator: "GreaterThanThreshold",
            treatMissingData: "notBreaching",
            alarmActions: ["arn:topic"],
            okActions: ["arn:topic"],
        });
    });

    it("refuses prod databases whose lag pages no one, and a pager key partnerSecrets lacks", () => {
        const prod = withLedgerDatabase(false, (config) => {
            config.environment = "prod";
            config.addons = {
                ...(config.addons as object),
                monitoring: {
                    receivers: { page: { pagerduty: { routingKeyPartnerSecret: "partnerKey" } } },
                    deadMansSwitch: { webhookUrlPartnerSecret: "partnerKey" },
                },
            };
        });
        const result = validatePlatformConfig(prod);
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(
                result.issues.filter((issue) => issue.path.startsWith("addons.monitoring")),
                [
                    {
                        path: "addons.monitoring.cloudwatch",
                        message:
                            "prod's databases need their replication lag to page someone; set cloudwatch.pagerduty.integrationKeyPartnerSecret to the partnerSecrets key holding a PagerDuty Amazon CloudWatch integration's key",
                    },
                ],
            );
        const unknownKey = validatePlatformConfig(
            withLedgerDatabase(true, (config) => {
                config.partnerSecrets = { partnerKey: "placeholder", hubToken: "placeholder", ghcrToken: "placeholder" };
            }),
        );
        assert.equal(unknownKey.ok, false);
        if (!unknownKey.ok)
            assert.deepEqual(unknownKey.issues, [
                {
                    path: "addons.monitoring.cloudwatch.pagerduty.integrationKeyPartnerSecret",
                    message:
                        "no partnerSecrets.pagerdutyCloudwatchKey; set it with: pulumi config set --secret --path 'partnerSecrets.pagerdutyCloudwatchKey' <value>",
                },
            ]);
        assert.equal(validatePlatformConfig(withLedgerDatabase(false)).ok, true, "staging may run without a pager");
    });

    describe("through the stacks, with no pager", function () {
        let silent: EnvironmentPlan;
        before(async () => {
            const projectDir = writeFixtureProject("silent", withLedgerDatabase(false));
            silent = await planEnvironment({
                ...PROJECT_PLAN_OPTIONS,
                projectDir,
                subProjectsDir: path.join(projectDir, "stacks"),
                reportModule: undefined,
                crdDir: undefined,
                environment: "silent",
            });
        });

        it("makes neither topics nor alarms where no pager is configured", () => {
            const all = [silent.environment, ...Object.values(silent.clusters)].flatMap((result) => result.plan.resources);
            assert.deepEqual(
                all.filter((r) => r.type.startsWith("aws:sns/") || r.type === "aws:cloudwatch/metricAlarm:MetricAlarm"),
                [],
            );
        });
    });
});

describe("a lost region paged from the survivors", function () {
    let paging: EnvironmentPlan;
    before(async () => {
        const projectDir = writeFixtureProject("probes", withLedgerDatabase(true));
        paging = await planEnvironment({
            ...PROJECT_PLAN_OPTIONS,
            projectDir,
            subProjectsDir: path.join(projectDir, "stacks"),
            reportModule: undefined,
            crdDir: undefined,
            environment: "probes",
            skip: ["t-use1", "t-usw2"],
        });
    });
    const ofType = (type: string) => paging.environment.plan.resources.filter((r) => r.type === type);
    const regionOf = (resource: { provider: string | null }) =>
        (paging.environment.plan.resources.find((r) => r.urn === resource.provider)?.inputs as { region?: string }).region;

    it("runs a canary in each cluster's region probing every other cluster's API name and the global one", () => {
        const canaries = ofType("aws:synthetics/canary:Canary");
        assert.deepEqual(
            canaries.map((canary) => {
                const inputs = canary.inputs as { name: string; runtimeVersion: string; runConfig: { environmentVariables: { TARGETS: string } } };
                return [regionOf(canary), inputs.name, inputs.runtimeVersion, JSON.parse(inputs.runConfig.environmentVariables.TARGETS)];
            }),
            [
                [
                    "us-east-1",
                    "payments-staging-probe-t-use1",
                    "syn-nodejs-puppeteer-15.0",
                    [
                        { name: "cluster-t-usw2", host: "t-usw2.api.test.payments.example.com", path: "/healthz" },
                        { name: "api", host: "api.test.payments.example.com", path: "/healthz" },
                    ],
                ],
                [
                    "us-west-2",
                    "payments-staging-probe-t-usw2",
                    "syn-nodejs-puppeteer-15.0",
                    [
                        { name: "cluster-t-use1", host: "t-use1.api.test.payments.example.com", path: "/healthz" },
                        { name: "api", host: "api.test.payments.example.com", path: "/healthz" },
                    ],
                ],
            ],
        );
    });

    it("alarms to its own region's topic when 2 of 3 minutes fail, or when the canary stops reporting; and on the API's global name alone", () => {
        const alarms = ofType("aws:cloudwatch/metricAlarm:MetricAlarm").filter(
            (alarm) => (alarm.inputs as { namespace: string }).namespace === "CloudWatchSynthetics",
        );
        assert.deepEqual(
            alarms.map((alarm) => {
                const inputs = alarm.inputs as Record<string, unknown>;
                return [
                    regionOf(alarm),
                    inputs.metricName,
                    (inputs.dimensions as { StepName?: string }).StepName ?? "the whole run",
                    inputs.threshold,
                    inputs.evaluationPeriods,
                    inputs.datapointsToAlarm,
                    inputs.treatMissingData,
                    inputs.alarmActions,
                ];
            }),
            [
                ["us-east-1", "SuccessPercent", "the whole run", 100, 3, 2, "breaching", ["arn:aws:sns:us-east-1:123456789012:payments-staging-alarms"]],
                // The API's global name alone: the Region switch plans' application health (a skipped step, no record yet, is no failure).
                ["us-east-1", "SuccessPercent", "api", 100, 3, 2, "notBreaching", ["arn:aws:sns:us-east-1:123456789012:payments-staging-alarms"]],
                ["us-west-2", "SuccessPercent", "the whole run", 100, 3, 2, "breaching", ["arn:aws:sns:us-west-2:123456789012:payments-staging-alarms"]],
                ["us-west-2", "SuccessPercent", "api", 100, 3, 2, "notBreaching", ["arn:aws:sns:us-west-2:123456789012:payments-staging-alarms"]],
            ],
        );
    });
});

describe("rule alarms-reach-someone", () => {
    const topic = res("aws:sns/topic:Topic", "topic", { name: "alarms" });
    const subscription = res("aws:sns/topicSubscription:TopicSubscription", "pager", { protocol: "https" }, { dependsOn: [topic.urn] });
    const alarm = (alarmActions: string[]) => res("aws:cloudwatch/metricAlarm:MetricAlarm", "lag", { alarmActions });

    it("allows an alarm that notifies a topic someone is subscribed to", async () => {
        assert.deepEqual(await messages(alarmsReachSomeone("mandatory"), [topic, subscription, alarm(["arn:topic"])]), []);
    });

    it("refuses an alarm with no action, and a topic with no subscriber", async () => {
        assert.deepEqual(await messages(alarmsReachSomeone("mandatory"), [topic, alarm([])]), [
            "lag notifies no one when it fires; give it alarmActions (the environment's alarm topic in its region).",
            "topic has no subscription: what it receives reaches no one; subscribe the pager to it.",
        ]);
    });
});
