import { strict as assert } from "assert";
import * as path from "path";
import { validatePlatformConfig } from "../components/config/validate";
import type { PlanStep } from "../components/region-switch/plans";
import { executionRolePolicy, REGION_SWITCH_SCALING_POLICY, regionSwitchPlans } from "../components/region-switch/plans";
import type { PlatformSpec } from "../components/topology/spec";
import { regionSwitchCanScale, regionSwitchPlansComplete } from "../policy/rules/region-switch";
import type { FixtureConfig } from "./fixtures/platform";
import { addThirdRegion, fixtureConfig, fixtureService, writeFixtureProject } from "./fixtures/platform";
import { PROJECT_PLAN_OPTIONS } from "./helpers/cli";
import { messages, res } from "./helpers/policy";
import type { EnvironmentPlan } from "./helpers/environment";
import { planEnvironment } from "./helpers/environment";

const ACCOUNT = "111122223333";
const CONTROLS = { "t-use1": "arn:rc/use1", "t-usw2": "arn:rc/usw2", "t-euw1": "arn:rc/euw1" };
const TARGETS = { account: ACCOUNT, routingControls: CONTROLS, reportsBucket: "payments-staging-region-switch-0abc" };

/** Three clusters with ARC, the ledger and the gateway each owning a database. */
function withArc(edit: (config: FixtureConfig) => void = () => undefined): FixtureConfig {
    return fixtureConfig((config) => {
        (config.dns as Record<string, unknown>).recoveryControl = true;
        // The plans' application health: the regional probes, which page through CloudWatch.
        config.addons = { ...(config.addons as object), monitoring: { cloudwatch: { pagerduty: { integrationKeyPartnerSecret: "pagerKey" } } } };
        config.partnerSecrets = { ...(config.partnerSecrets as object), pagerKey: "placeholder" };
        config.services = [
            fixtureService("gateway", { public: true, database: { instanceClass: "db.r7g.large" } }),
            fixtureService("ledger", {
                callers: [{ service: "gateway", methods: ["POST"], paths: ["/v1/entries"] }],
                database: { instanceClass: "db.r7g.large" },
            }),
        ];
        addThirdRegion(config);
        edit(config);
    });
}

function specOf(config: FixtureConfig): PlatformSpec {
    const checked = validatePlatformConfig(config);
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
    return checked.spec;
}

const typesOf = (steps: readonly PlanStep[]) => steps.map((step) => step.executionBlockType);
const trafficStates = (steps: readonly PlanStep[]) =>
    steps
        .find((step) => step.executionBlockType === "ARCRoutingControl")
        ?.arcRoutingControlConfigs?.[0]?.regionAndRoutingControls.map((entry) => [
            entry.region,
            entry.routingControls.map((c) => `${c.routingControlArn}=${c.state}`),
        ]);

describe("Region switch plans from the topology", () => {
    const spec = specOf(withArc());
    const plans = regionSwitchPlans(spec, TARGETS);

    it("writes each plan's execution reports to the reports' bucket, under the plan's name, owned by the account", () => {
        assert.deepEqual(plans[0].reportConfigurations, [
            { reportOutputs: [{ s3Configurations: [{ bucketOwner: ACCOUNT, bucketPath: "payments-staging-region-switch-0abc/payments-staging-t-usw2" }] }] },
        ]);
    });

    it("pairs each secondary with the primary, two regions a plan, named for ARC", () => {
        assert.deepEqual(
            plans.map((plan) => [plan.name, plan.regions, plan.primaryRegion, plan.recoveryApproach, plan.recoveryTimeObjectiveMinutes]),
            [
                ["payments-staging-t-usw2", ["us-east-1", "us-west-2"], "us-east-1", "activePassive", 15],
                ["payments-staging-t-euw1", ["us-east-1", "eu-west-1"], "us-east-1", "activePassive", 15],
            ],
        );
    });

    it("activates either region: away to the secondary and back, each scaling, then moving every database in parallel, then traffic", () => {
        const [usw2] = plans;
        assert.deepEqual(
            usw2.workflows.map((workflow) => [workflow.workflowTargetAction, workflow.workflowTargetRegion, workflow.steps.map((step) => step.name)]),
            [
                ["activate", "us-west-2", ["scale-t-usw2", "databases-t-usw2", "traffic-t-usw2"]],
                ["activate", "us-east-1", ["scale-t-use1", "databases-t-use1", "traffic-t-use1"]],
            ],
        );
        assert.deepEqual(typesOf(usw2.workflows[0].steps), ["EKSResourceScaling", "Parallel", "ARCRoutingControl"]);
        const parallel = usw2.workflows[0].steps[1].parallelConfigs?.[0]?.steps ?? [];
        assert.deepEqual(
            parallel.map((block) => [
                block.executionBlockType,
                block.globalAuroraConfigs?.[0]?.globalClusterIdentifier,
                block.globalAuroraConfigs?.[0]?.databaseClusterArns,
            ]),
            [
                [
                    "AuroraGlobalDatabase",
                    "payments-staging-gateway",
                    [
                        `arn:aws:rds:us-west-2:${ACCOUNT}:cluster:payments-staging-gateway-t-usw2`,
                        `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:payments-staging-gateway-t-use1`,
                    ],
                ],
                [
                    "AuroraGlobalDatabase",
                    "payments-staging-ledger",
                    [
                        `arn:aws:rds:us-west-2:${ACCOUNT}:cluster:payments-staging-ledger-t-usw2`,
                        `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:payments-staging-ledger-t-use1`,
                    ],
                ],
            ],
        );
        assert.deepEqual(parallel[0].globalAuroraConfigs?.[0]?.behavior, "switchoverOnly");
        assert.deepEqual(parallel[0].globalAuroraConfigs?.[0]?.ungracefuls, [{ ungraceful: "failover" }], "an ungraceful execution fails over");
    });

    it("sends traffic to the activated cluster and keeps the failover order after it: those before it Off, it and those after On; the same inputs in both workflows", () => {
        const [usw2, euw1] = plans;
        const primaryOn = ["us-east-1", ["arn:rc/use1=On", "arn:rc/usw2=On", "arn:rc/euw1=On"]];
        // For each region of the plan, what activating it sets: ARC asks for the same inputs in every workflow.
        assert.deepEqual(trafficStates(usw2.workflows[0].steps), [primaryOn, ["us-west-2", ["arn:rc/use1=Off", "arn:rc/usw2=On", "arn:rc/euw1=On"]]]);
        assert.deepEqual(trafficStates(usw2.workflows[1].steps), trafficStates(usw2.workflows[0].steps));
        assert.deepEqual(trafficStates(euw1.workflows[0].steps), [primaryOn, ["eu-west-1", ["arn:rc/use1=Off", "arn:rc/usw2=Off", "arn:rc/euw1=On"]]]);
    });

    it("scales every payment service's Deployment, through its HPA, in both clusters, to the other's 24-hour peak", () => {
        const scaling = plans[0].workflows[0].steps[0].eksResourceScalingConfigs?.[0];
        assert.deepEqual(scaling?.eksClusters, [
            { clusterArn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/t-use1` },
            { clusterArn: `arn:aws:eks:us-west-2:${ACCOUNT}:cluster/t-usw2` },
        ]);
        assert.deepEqual([scaling?.capacityMonitoringApproach, scaling?.targetPercent], ["sampledMaxInLast24Hours", 100]);
        assert.deepEqual(scaling?.scalingResources[1], {
            namespace: "payments-ledger",
            resources: [
                { resourceName: "us-east-1", name: "ledger", namespace: "payments-ledger", hpaName: "ledger" },
                { resourceName: "us-west-2", name: "ledger", namespace: "payments-ledger", hpaName: "ledger" },
            ],
        });
    });

    it("moves a lone database without a Parallel step, and makes no plan without ARC routing controls", () => {
        const one = regionSwitchPlans(
            specOf(
                withArc(
                    (config) =>
                        (config.services = [
                            fixtureService("gateway", { public: true, database: { instanceClass: "db.r7g.large" } }),
                            fixtureService("ledger"),
                        ]),
                ),
            ),
            TARGETS,
        );
        assert.deepEqual(typesOf(one[0].workflows[0].steps), ["EKSResourceScaling", "AuroraGlobalDatabase", "ARCRoutingControl"]);
        assert.deepEqual(regionSwitchPlans(specOf(fixtureConfig()), { ...TARGETS, routingControls: {} }), []);
    });

    it("lets the execution role move exactly the plans' databases and switch exactly the environment's controls", () => {
        const policy = executionRolePolicy(plans, spec, { ...TARGETS, controlPanelArn: "arn:panel", arcClusterArn: "arn:cluster", reportsKeyArn: "arn:key" });
        const statement = (sid: string) => policy.Statement.find((s) => s.Sid === sid);
        assert.deepEqual(statement("MoveDatabaseWriters")?.Resource, [
            `arn:aws:rds::${ACCOUNT}:global-cluster:payments-staging-gateway`,
            `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:payments-staging-gateway-t-use1`,
            `arn:aws:rds:us-west-2:${ACCOUNT}:cluster:payments-staging-gateway-t-usw2`,
            `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:payments-staging-gateway-t-euw1`,
            `arn:aws:rds::${ACCOUNT}:global-cluster:payments-staging-ledger`,
            `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:payments-staging-ledger-t-use1`,
            `arn:aws:rds:us-west-2:${ACCOUNT}:cluster:payments-staging-ledger-t-usw2`,
            `arn:aws:rds:eu-west-1:${ACCOUNT}:cluster:payments-staging-ledger-t-euw1`,
        ]);
        assert.deepEqual(statement("SwitchRoutingControls")?.Resource, ["arn:rc/use1", "arn:rc/usw2", "arn:rc/euw1"]);
        assert.deepEqual(
            [statement("WriteReports")?.Resource, statement("EncryptReports")?.Resource],
            [["arn:aws:s3:::payments-staging-region-switch-0abc/*"], ["arn:key"]],
        );
        assert.deepEqual(statement("ReadEksAccess")?.Resource, [
            `arn:aws:eks:us-east-1:${ACCOUNT}:access-entry/t-use1/*`,
            `arn:aws:eks:us-west-2:${ACCOUNT}:access-entry/t-usw2/*`,
            `arn:aws:eks:eu-west-1:${ACCOUNT}:access-entry/t-euw1/*`,
        ]);
    });

    it("refuses ARC without the probes whose alarms are the plans' application health", () => {
        const result = validatePlatformConfig(withArc((config) => (config.addons = {})));
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [
                {
                    path: "addons.monitoring.cloudwatch",
                    message:
                        "the Region switch plans (dns.recoveryControl) watch each region's probe of the API as their application health, and the probes run with CloudWatch paging; set cloudwatch.pagerduty.integrationKeyPartnerSecret",
                },
            ]);
    });

    it("refuses a cluster whose plan name ARC would refuse, naming the cluster", () => {
        const long = withArc((config) => ((config.clusters as Array<Record<string, unknown>>)[2].name = "t-eu-west-1-overflow"));
        const result = validatePlatformConfig(long);
        assert.equal(result.ok, false);
        if (!result.ok)
            assert.deepEqual(result.issues, [
                {
                    path: "clusters[2].name",
                    message:
                        "its Region switch plan would be named payments-staging-t-eu-west-1-overflow (37 characters); ARC allows 32 letters, digits and hyphens: shorten the cluster's name",
                },
            ]);
        assert.equal(validatePlatformConfig({ ...long, dns: { ...(long.dns as object), recoveryControl: false } }).ok, true, "no ARC, no plan");
    });
});

describe("rule region-switch-plans-complete", () => {
    const alarm = (cluster: string, region: string) => `arn:aws:cloudwatch:${region}:${ACCOUNT}:alarm:payments-staging-probe-${cluster}-api-failing`;
    const [generated] = regionSwitchPlans(specOf(withArc()), {
        ...TARGETS,
        applicationHealthAlarms: { "t-use1": alarm("t-use1", "us-east-1"), "t-usw2": alarm("t-usw2", "us-west-2"), "t-euw1": alarm("t-euw1", "eu-west-1") },
    });
    const planResource = (edit: (plan: Record<string, unknown>) => void = () => undefined) => {
        const inputs = structuredClone({ ...generated }) as unknown as Record<string, unknown>;
        edit(inputs);
        return res("aws:arcregionswitch/plan:Plan", "plan", inputs);
    };

    it("allows the generated plan", async () => {
        assert.deepEqual(await messages(regionSwitchPlansComplete("mandatory"), [planResource()]), []);
    });

    it("watches the application health from each of the plan's regions, and refuses a plan that does not", async () => {
        assert.deepEqual(
            generated?.associatedAlarms.map((associated) => associated.resourceIdentifier),
            [alarm("t-use1", "us-east-1"), alarm("t-usw2", "us-west-2")],
        );
        assert.deepEqual(
            await messages(regionSwitchPlansComplete("mandatory"), [
                planResource((plan) => (plan.associatedAlarms = (plan.associatedAlarms as unknown[]).slice(0, 1))),
            ]),
            [
                "plan: no application-health alarm watches the API from us-west-2, so ARC measures no actual recovery time there (and a drill's evidence lacks it); generate plans with regionSwitchPlans.",
            ],
        );
        assert.deepEqual(regionSwitchPlans(specOf(withArc()), TARGETS)[0]?.associatedAlarms, [], "no probes, no alarms to watch");
    });

    it("refuses a plan that writes no execution report", async () => {
        assert.deepEqual(await messages(regionSwitchPlansComplete("mandatory"), [planResource((plan) => delete plan.reportConfigurations)]), [
            "plan: it writes no execution report, so a switch or a drill leaves no record of its steps; generate plans with regionSwitchPlans.",
        ]);
    });

    it("refuses routing-control steps whose inputs differ between workflows (ARC asks for the same)", async () => {
        const refused = await messages(regionSwitchPlansComplete("mandatory"), [
            planResource((plan) => {
                const [, back] = plan.workflows as Array<{ steps: Array<{ arcRoutingControlConfigs?: Array<{ regionAndRoutingControls: unknown[] }> }> }>;
                const traffic = back?.steps.find((step) => step.arcRoutingControlConfigs);
                const config = traffic?.arcRoutingControlConfigs?.[0];
                if (config) config.regionAndRoutingControls = config.regionAndRoutingControls.slice(0, 1);
            }),
        ]);
        assert.deepEqual(refused, [
            "plan: its workflows give their routing-control steps different inputs, where ARC asks for the same in every workflow; generate plans with regionSwitchPlans.",
        ]);
    });

    it("refuses traffic before the databases, a region nothing activates, and a plan over one region", async () => {
        const refused = await messages(regionSwitchPlansComplete("mandatory"), [
            planResource((plan) => {
                const [away] = plan.workflows as Array<{ steps: unknown[] }>;
                away.steps = [away.steps[0], away.steps[2], away.steps[1]];
                plan.workflows = [away];
            }),
        ]);
        assert.deepEqual(refused, [
            "plan: its workflow for us-west-2 does not scale, then move the databases, then move traffic, in that order; generate plans with regionSwitchPlans.",
            "plan: nothing activates us-east-1; generate plans with regionSwitchPlans.",
        ]);
        assert.deepEqual(
            await messages(regionSwitchPlansComplete("mandatory"), [
                planResource((plan) => {
                    plan.regions = ["us-west-2", "us-west-2"];
                    plan.primaryRegion = "us-west-2";
                }),
            ]),
            ["plan: it spans 2 regions, not two distinct ones; generate plans with regionSwitchPlans."].concat(
                ["payments-staging-gateway", "payments-staging-ledger"].map(
                    (db) =>
                        `plan: its step database-${db.replace("payments-staging-", "")}-t-usw2 names arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${db}-t-use1, outside the plan's regions; generate plans with regionSwitchPlans.`,
                ),
            ),
        );
    });
});

describe("rule region-switch-can-scale", () => {
    const ROLE = `arn:aws:iam::${ACCOUNT}:role/payments-staging-region-switch`;
    const environment = (plans: Record<string, unknown>) =>
        res("pulumi:pulumi:StackReference", "environment", { name: "org/p/staging", outputs: { regionSwitch: { executionRoleArn: ROLE, plans } } });
    const withPlans = environment({ "t-usw2": { arn: "arn:plan", name: "payments-staging-t-usw2", regions: ["us-east-1", "us-west-2"] } });
    const namespace = (name: string) => res("kubernetes:core/v1:Namespace", name, { metadata: { name } });
    const cluster = (accessPolicies?: Record<string, unknown>) =>
        res("eks:index:Cluster", "eks", {
            accessEntries: {
                platformAdmin: { principalArn: "arn:admin", accessPolicies: {} },
                ...(accessPolicies ? { regionSwitch: { principalArn: ROLE, accessPolicies } } : {}),
            },
        });
    const scoped = (namespaces: string[]) => ({ scaling: { policyArn: REGION_SWITCH_SCALING_POLICY, accessScope: { type: "namespace", namespaces } } });
    const stack = [namespace("payments-gateway"), namespace("payments-ledger"), namespace("istio-system")];

    it("allows a cluster that grants the plans' role the scaling policy in every payment namespace", async () => {
        assert.deepEqual(
            await messages(regionSwitchCanScale("mandatory"), [withPlans, ...stack, cluster(scoped(["payments-gateway", "payments-ledger"]))]),
            [],
        );
        assert.deepEqual(await messages(regionSwitchCanScale("mandatory"), [environment({}), ...stack, cluster()]), [], "no plans, nothing to grant");
    });

    it("refuses a cluster with no grant, a cluster-wide one, or one that misses a payment namespace", async () => {
        assert.deepEqual(await messages(regionSwitchCanScale("mandatory"), [withPlans, ...stack, cluster()]), [
            `eks gives the Region switch role ${ROLE} no access entry with AmazonARCRegionSwitchScalingPolicy, so a plan activating this region fails at its first step.`,
        ]);
        assert.deepEqual(
            await messages(regionSwitchCanScale("mandatory"), [
                withPlans,
                ...stack,
                cluster({ scaling: { policyArn: REGION_SWITCH_SCALING_POLICY, accessScope: { type: "cluster" } } }),
            ]),
            ["eks grants the Region switch role scaling across the whole cluster; scope it to the payment namespaces."],
        );
        assert.deepEqual(await messages(regionSwitchCanScale("mandatory"), [withPlans, ...stack, cluster(scoped(["payments-gateway"]))]), [
            "eks does not let the Region switch role scale payments-ledger, so a switch leaves those services at their current size; add them to its access scope.",
        ]);
    });
});

describe("Region switch through the stacks", function () {
    const projectDir = writeFixtureProject("switching", withArc());
    let result: EnvironmentPlan;
    before(async () => {
        result = await planEnvironment({
            ...PROJECT_PLAN_OPTIONS,
            projectDir,
            subProjectsDir: path.join(projectDir, "stacks"),
            reportModule: undefined,
            crdDir: undefined,
            environment: "switching",
        });
    });

    it("plans one Region switch plan per secondary in the environment, run by a role each cluster lets scale its payment namespaces", () => {
        const env = result.environment.plan.resources;
        assert.deepEqual(
            env
                .filter((r) => r.type === "aws:arcregionswitch/plan:Plan")
                .map((r) => (r.inputs as { name: string }).name)
                .sort(),
            ["payments-staging-t-euw1", "payments-staging-t-usw2"],
        );
        const role = env.find((r) => r.type === "aws:iam/role:Role" && r.name.endsWith("region-switch-execution-role"));
        assert.equal((role?.inputs as { name: string }).name, "payments-staging-region-switch");
        for (const [name, cluster] of Object.entries(result.clusters)) {
            const eks = cluster.plan.resources.find((r) => r.type === "eks:index:Cluster");
            const entry = (eks?.inputs as { accessEntries: Record<string, { principalArn: string; accessPolicies: Record<string, unknown> }> }).accessEntries
                .regionSwitch;
            assert.equal(entry?.principalArn, `arn:aws:iam::123456789012:role/payments-staging-region-switch`, name);
            assert.deepEqual(entry?.accessPolicies, scopedTo(["payments-gateway", "payments-ledger"]), name);
        }
        // (The fixture's staging databases are not deletion-protected, which prod's policy config requires; only these rules matter here.)
        assert.deepEqual(
            result.violations.filter((v) => v.policy.startsWith("region-switch")),
            [],
        );
    });
});

function scopedTo(namespaces: string[]) {
    return { scaling: { policyArn: REGION_SWITCH_SCALING_POLICY, accessScope: { type: "namespace", namespaces } } };
}
