import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import { drillModes, drillSwitch, HELD_DRILL_GUARD, heldDrillGuard, parseExecution, planExecutionScript } from "../stacks/dr-drill/switch";
import { drillEnvironmentStack, trafficCheckScript } from "../stacks/dr-drill/drill";
import { resolveTraffic } from "../components/dns/failover";
import { mocks } from "../tools/mocks";
import type { PlanResource } from "../tools/offline-plan/plan-file";
import type { ClusterStackOutputs } from "../components/platform/outputs";
import type { CapturedResource } from "../tools/offline-plan/run-program";
import { runProgram } from "../tools/offline-plan/run-program";
import type { PolicyConfig } from "../tools/offline-plan/policy";
import { evaluatePolicies } from "../tools/offline-plan/policy";
import { drillsOwnNothing } from "../policy/rules/dr";
import { loadStackConfig } from "../tools/offline-plan/stack-config";
import { REPO_ROOT, runPlanCli } from "./helpers/cli";
import { platformOf } from "./helpers/config-fixtures";
import { FIXTURE_STACKS, planOf } from "./helpers/plans";
import type { EnvironmentPlan } from "./helpers/environment";
import { planEnvironment } from "./helpers/environment";
import { routingOf } from "./helpers/routing";
import { fixtureFromStackFile, writeFixtureProject } from "./fixtures/platform";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- resource inputs are asserted field by field
type Any = any;

/** A completed execution as ARC's GetPlanExecution reports it (the drill's query of it): every figure measured. */
const EXECUTION = {
    executionId: "exec-1",
    executionState: "completed",
    executionAction: "activate",
    executionRegion: "us-west-2",
    mode: "graceful",
    startTime: "2026-12-01T10:00:00+00:00",
    endTime: "2026-12-01T10:07:00+00:00",
    actualRecoveryTime: "PT8M30S",
    rpoLagBeforeSwitch: {
        from: "2026-12-01T09:55:00Z",
        to: "2026-12-01T10:00:00Z",
        members: [
            { member: "payments-prod-ledger-prod-usw2", maxLagMs: 850 },
            { member: "payments-prod-payment-processor-prod-usw2", maxLagMs: 850 },
        ],
    },
    writeMarkers: [
        {
            from: "payments-prod-ledger-prod-use1",
            to: "payments-prod-ledger-prod-usw2",
            acknowledged: 412,
            newestPresent: 412,
            lostWrites: 0,
            dataLossSeconds: 0,
        },
    ],
    stepStates: [
        { name: "scale-prod-usw2", status: "completed", startTime: "2026-12-01T10:00:05+00:00", endTime: "2026-12-01T10:04:00+00:00" },
        { name: "databases-prod-usw2", status: "completed", startTime: "2026-12-01T10:04:00+00:00", endTime: "2026-12-01T10:06:10+00:00" },
        { name: "traffic-prod-usw2", status: "completed", startTime: "2026-12-01T10:06:10+00:00", endTime: "2026-12-01T10:07:00+00:00" },
    ],
};

for (const stack of ["prod", "staging"] as const) {
    describe(`secret sync and failover in the ${stack} plan`, () => {
        let result: EnvironmentPlan;
        let text: string;
        const platform = platformOf(stack);
        const [primary, ...secondaries] = platform.clusters;
        before(async () => {
            result = await planOf(stack);
            text = [result.environment, ...Object.values(result.clusters)].map((r) => fs.readFileSync(r.planPath, "utf8")).join("\n");
        });
        const find = (name: string): PlanResource => {
            const resource = result.plan.resources.find((r) => r.name === name);
            assert.ok(resource, `${name} missing from the plan`);
            return resource;
        };
        const inputs = (name: string): Any => find(name).inputs;
        /** A resource of one cluster's stack (every cluster stack names its resources alike). */
        const inCluster = (cluster: string, name: string): PlanResource => {
            const resource = result.clusters[cluster]?.plan.resources.find((r) => r.name === name);
            assert.ok(resource, `${name} missing from ${cluster}'s plan`);
            return resource;
        };
        const stateOf = (name: string): Any => result.resources.find((r) => r.name === name)?.state;

        it("never writes a generated or partner value to plan.json or the outputs", () => {
            const generated = result.resources.filter((r) => r.type.startsWith("random:") || r.type === "tls:index/privateKey:PrivateKey");
            assert.ok(generated.length >= 4);
            const values = generated.flatMap((r) =>
                [r.state?.result, r.state?.base64, r.state?.hex, r.state?.privateKeyPem].filter((v): v is string => typeof v === "string"),
            );
            assert.ok(values.length >= generated.length);
            for (const value of values) assert.equal(text.includes(value), false, "a generated value leaked into a plan file");
            assert.equal(text.includes("offline-plan-placeholder-for-a-secure-value"), false);
            for (const version of result.plan.resources.filter((r) => r.type === "aws:secretsmanager/secretVersion:SecretVersion")) {
                assert.equal((version.inputs as Any).secretString, "[secret]", version.name);
            }
            assert.equal(result.environment.plan.config["payments-platform:partnerSecrets"], "[secret]");
            assert.ok(!("meshRoot" in result.environment.plan.outputs), "the root key never leaves the environment stack");
            for (const [name, cluster] of Object.entries(result.clusters))
                assert.ok(!cluster.plan.resources.some((r) => r.type.startsWith("tls:")), `${name} holds no CA key: the environment signs its intermediate`);
            for (const cluster of Object.values(result.clusters)) assert.equal(cluster.plan.outputs.kubeconfig, "[secret]");
            for (const resource of result.plan.resources.filter((r) => r.type === "kubernetes:core/v1:ConfigMap")) {
                for (const value of values) assert.equal(JSON.stringify(resource.inputs).includes(value), false);
            }
        });

        it("keeps each secret in the primary's region with a KMS-encrypted replica in exactly every other region", () => {
            for (const item of platform.secrets.items) {
                const secret = find(`payments-secrets-${item.name}`);
                assert.equal(secret.provider, find(`payments-aws-${primary.region}`).urn);
                const replicas = (secret.inputs as Any).replicas;
                assert.deepEqual(
                    replicas.map((r: Any) => r.region),
                    secondaries.map((c) => c.region),
                );
                for (const [i, cluster] of secondaries.entries()) {
                    assert.equal(replicas[i].kmsKeyId, stateOf(`payments-secrets-key-${cluster.name}`).arn);
                    assert.match(replicas[i].kmsKeyId, new RegExp(`^arn:aws:kms:${cluster.region}:`));
                }
                assert.equal((secret.inputs as Any).name, `payments-platform/${stack}/${item.name}`);
            }
            const exported = result.plan.outputs.secrets as Any;
            assert.deepEqual(Object.keys(exported).sort(), platform.secrets.items.map((i) => i.name).sort());
            for (const item of Object.values(exported) as Any[])
                assert.deepEqual(
                    item.replicaRegions,
                    secondaries.map((c) => c.region),
                );
        });

        it("rotates generated values through the rotation epoch", () => {
            for (const password of result.plan.resources.filter((r) => r.type === "random:index/randomPassword:RandomPassword")) {
                assert.deepEqual((password.inputs as Any).keepers, { rotationEpoch: String(platform.secrets.rotationEpoch) });
            }
        });

        it("materialises each secret in its services' namespaces in every cluster, from the local region, with a refresh interval", () => {
            for (const cluster of platform.clusters) {
                for (const item of platform.secrets.items) {
                    for (const service of item.services) {
                        const external = inputs(`payments-${cluster.name}-payments-${service}-secret-${item.name}`);
                        assert.equal(external.metadata.namespace, `payments-${service}`);
                        assert.equal(external.spec.refreshInterval, platform.secrets.refreshInterval);
                        assert.deepEqual(external.spec.dataFrom, [{ extract: { key: `payments-platform/${stack}/${item.name}` } }]);
                        assert.deepEqual(external.spec.secretStoreRef, { kind: "ClusterSecretStore", name: "aws-secrets-manager" });
                    }
                }
                assert.equal(inputs(`payments-${cluster.name}-addons-external-secrets-cluster-secret-store`).spec.provider.aws.region, cluster.region);
            }
        });

        it("gives every cluster an intermediate of one mesh root, synced as istio-system/cacerts before istiod starts", () => {
            for (const cluster of platform.clusters) {
                // Signed in the environment stack, by the one root, and kept in the cluster's own region.
                const cert = find(`payments-mesh-ca-${cluster.name}-cert`);
                assert.equal((cert.inputs as Any).isCaCertificate, true);
                assert.equal((cert.inputs as Any).caPrivateKeyPem, "[secret]");
                assert.ok(cert.dependsOn.includes(find("payments-mesh-ca-root-cert").urn), "signed by the root");
                const stored = find(`payments-mesh-ca-${cluster.name}-secret`);
                assert.equal((stored.inputs as Any).name, `payments-platform/${stack}/istio-intermediate-${cluster.name}`);
                const provider = result.plan.resources.find((r) => r.urn === stored.provider);
                assert.equal((provider?.inputs as Any)?.region, cluster.region, "written in the cluster's own region");
                const cacerts = inputs(`payments-${cluster.name}-addons-istiod-cacerts`);
                assert.deepEqual([cacerts.metadata.namespace, cacerts.metadata.name], ["istio-system", "cacerts"]);
                assert.deepEqual(cacerts.spec.dataFrom, [{ extract: { key: `payments-platform/${stack}/istio-intermediate-${cluster.name}` } }]);
                assert.equal(cacerts.metadata.annotations["pulumi.com/waitFor"], "condition=Ready");
                assert.ok(
                    find(`payments-${cluster.name}-addons-istiod-istiod-1-28`).dependsOn.includes(find(`payments-${cluster.name}-addons-istiod-cacerts`).urn),
                );
            }
            const roots = result.plan.resources.filter((r) => r.type === "tls:index/selfSignedCert:SelfSignedCert");
            assert.equal(roots.length, 1, "one root of trust");
        });

        it("health-checks each cluster's public deep health path over HTTPS with the configured interval, threshold and checkers", () => {
            for (const cluster of platform.clusters) {
                const check = inCluster(cluster.name, "payments-traffic-health").inputs as Any;
                assert.deepEqual(
                    [
                        check.type,
                        check.fqdn,
                        check.port,
                        check.resourcePath,
                        check.requestInterval,
                        check.failureThreshold,
                        check.regions,
                        check.invertHealthcheck,
                    ],
                    [
                        "HTTPS",
                        `${cluster.name}.${platform.dns.apiHost}`,
                        443,
                        platform.services.find((service) => service.public)?.healthPath,
                        platform.dns.healthCheck.requestInterval,
                        platform.dns.healthCheck.failureThreshold,
                        platform.dns.healthCheck.regions,
                        false,
                    ],
                );
            }
            assert.deepEqual(Object.keys(result.plan.outputs.dns as Any).sort(), ["apiFqdn", "zoneId"]);
            assert.equal((result.plan.outputs.dns as Any).apiFqdn, platform.dns.apiHost);
        });

        it("routes the API through failover records that each carry a health check, or alias their own stack's tier, and alias the right load balancer", () => {
            const records = result.plan.resources.filter((r) => r.type === "aws:route53/record:Record" && (r.inputs as Any).failoverRoutingPolicies);
            const checkIds = new Set(result.resources.filter((r) => r.type === "aws:route53/healthCheck:HealthCheck").map((r) => r.id));
            assert.equal(checkIds.size, platform.clusters.length, "one per cluster");
            assert.equal(records.length, 2 * (platform.clusters.length - 1));
            for (const record of records) {
                const inputs = record.inputs as Any;
                if (inputs.healthCheckId !== undefined) assert.ok(checkIds.has(inputs.healthCheckId), `${record.name} has a health check that exists`);
                else {
                    // Evaluates its target: the PRIMARY of the next tier, a record of the same stack it waits for.
                    assert.equal(inputs.aliases[0].evaluateTargetHealth, true, record.name);
                    const target = records.find((other) => (other.inputs as Any).name === inputs.aliases[0].name && record.dependsOn.includes(other.urn));
                    assert.ok(target && target.urn.split("::")[0] === record.urn.split("::")[0], `${record.name} aliases a record of its own stack`);
                }
            }
            const primaryRecord = inCluster(primary.name, `payments-traffic-${primary.name}-primary`).inputs as Any;
            assert.equal(primaryRecord.name, platform.dns.apiHost);
            assert.deepEqual(primaryRecord.failoverRoutingPolicies, [{ type: "PRIMARY" }]);
            assert.match(primaryRecord.aliases[0].name, new RegExp(`\\.elb\\.${primary.region}\\.amazonaws\\.com$`));
            assert.equal(primaryRecord.aliases[0].evaluateTargetHealth, true);
        });

        it("exports the failover plan, and Route 53 sends traffic where the resolver says for every single failure", () => {
            const failover = routingOf(result, platform.dns.apiHost);
            assert.equal(resolveTraffic(failover, new Set()), primary.name);
            assert.equal(resolveTraffic(failover, new Set([primary.name])), secondaries[0].name);
            for (const secondary of secondaries) assert.equal(resolveTraffic(failover, new Set([secondary.name])), primary.name);
        });
    });
}

describe("a drill in the platform's config", () => {
    let result: EnvironmentPlan;
    before(async () => {
        const drilling = fixtureFromStackFile(path.join(FIXTURE_STACKS, "Pulumi.prod.yaml"));
        drilling.drillFailCluster = "prod-use1";
        const dir = writeFixtureProject("drilling", drilling);
        result = await planEnvironment({ environment: "drilling", projectDir: dir, subProjectsDir: path.join(dir, "stacks"), mocks });
    });

    it("inverts only the failed cluster's health check (inverted, never disabled)", () => {
        for (const [cluster, inverted] of [
            ["prod-use1", true],
            ["prod-usw2", false],
            ["prod-use2", false],
        ] as const) {
            const check = result.clusters[cluster]?.plan.resources.find((r) => r.name === "payments-traffic-health")?.inputs as Any;
            assert.equal(check.invertHealthcheck, inverted, cluster);
            assert.equal(check.disabled, undefined);
        }
        assert.equal(result.plan.outputs.drillFailCluster, "prod-use1");
    });

    it("moves traffic to the next cluster in priority while the primary is healthy", () => {
        assert.equal(resolveTraffic(routingOf(result, "api.payments.example.com"), new Set()), "prod-usw2");
    });
});

describe("the DR drill stack", () => {
    const drillConfig = () => loadStackConfig(REPO_ROOT, "prod-drill", "stacks");
    /** A cluster stack's outputs, whole: the drill checks them against the contract. */
    const cluster = (name: string, region: string, role: string, priority: number): ClusterStackOutputs => ({
        cluster: {
            name,
            region,
            role,
            priority,
            endpoint: `https://${name}.eks.example.com`,
            oidcIssuer: `https://oidc.eks.${region}.amazonaws.com/id/${name}`,
            oidcProviderArn: `arn:aws:iam::111111111111:oidc-provider/oidc.eks.${region}.amazonaws.com/id/${name}`,
            nodeGroups: [`${name}-system`, `${name}-payments`],
            vpcId: `vpc-${priority}`,
            backupBucket: `payments-velero-${name}`,
            backupLocation: "default",
            backupSchedule: `payments-${name}`,
            ...(role === "secondary" ? { primaryReplicaBucket: `payments-replica-${name}`, primaryReplicaLocation: "primary-replica" } : {}),
            addons: [],
            apiHosts: [],
        },
        failover: {
            healthCheckId: `hc-${name}`,
            endpointHealthCheckId: `hc-endpoint-${name}`,
            endpointHealthCheck: { type: "HTTPS", resourcePath: "/v1/health/deep", inverted: false },
            records: [name],
        },
        ingress: { dnsName: `${name}.elb.amazonaws.com`, zoneId: "Z35SXDOTRQ7X7K" },
        upgrade: { target: "1.33", controlPlane: "1.33", pools: {}, addons: "1.33", steps: [], complete: true },
        databases: {},
        kubeconfig: `kubeconfig-of-${name}`,
        drillKubeconfig: `drill-kubeconfig-of-${name}`,
    });
    const PROD_SPEC = platformOf("prod");
    const stacks: Record<string, Record<string, unknown>> = {
        "acme/payments-platform/prod": {
            failoverOrder: ["prod-use1", "prod-usw2", "prod-use2"],
            clusterStacks: {
                "prod-use1": "acme/payments-cluster/prod-use1",
                "prod-usw2": "acme/payments-cluster/prod-usw2",
                "prod-use2": "acme/payments-cluster/prod-use2",
            },
            dns: { apiFqdn: "api.payments.example.com", zoneId: "Z1" },
            // The topology as the environment exports it (the fixture's prod config, expanded): the drill checks it against the contract.
            spec: PROD_SPEC,
        },
        "acme/payments-cluster/prod-use1": cluster("prod-use1", "us-east-1", "primary", 1),
        "acme/payments-cluster/prod-usw2": cluster("prod-usw2", "us-west-2", "secondary", 2),
        "acme/payments-cluster/prod-use2": cluster("prod-use2", "us-east-2", "secondary", 3),
    };
    const referenced: string[] = [];
    const run = (all: Record<string, Record<string, unknown>>, config = drillConfig()) =>
        runProgram(config, "prod-drill", {
            ...mocks,
            stackReference: (name) => {
                referenced.push(name);
                return { outputs: all[name] ?? {}, secretOutputNames: ["kubeconfig", "drillKubeconfig"] };
            },
        });

    it("reads the environment and the two clusters it involves, restores the failed primary's latest backup into the next, and smoke-tests the API", async () => {
        const drill = await run(stacks);
        assert.deepEqual(referenced, ["acme/payments-platform/prod", "acme/payments-cluster/prod-use1", "acme/payments-cluster/prod-usw2"]);
        const byName = new Map(drill.resources.map((r) => [r.name, r]));
        const provider = byName.get("survivor");
        assert.deepEqual(provider?.inputs.kubeconfig, {
            "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
            value: "drill-kubeconfig-of-prod-usw2",
        });
        const restore = byName.get("restore");
        assert.equal(restore?.provider, provider?.urn);
        assert.equal((restore?.inputs as Any).spec.scheduleName, "payments-prod-use1");
        // Awaited until Velero reports it Completed: a failed restore fails the drill.
        assert.deepEqual((restore?.inputs as Any).metadata.annotations, {
            "pulumi.com/waitFor": "jsonpath={.status.phase}=Completed",
            "pulumi.com/timeoutSeconds": "1800",
        });
        const job = byName.get("verify");
        assert.ok(job?.dependsOn.includes(restore?.urn ?? ""), "the smoke test runs after the restore");
        const command = (job?.inputs as Any).spec.template.spec.containers[0].command;
        assert.ok(command.includes("https://api.payments.example.com/v1/health/deep"), "what Route 53 probes");
        assert.deepEqual(drill.stackOutputs.failedHealthCheck, "hc-prod-use1");
        assert.equal(drill.stackOutputs.survivorCluster, "prod-usw2");
    });

    it("refuses to run without a drill role: a drill never drives a cluster as the admin", async () => {
        const environment = stacks["acme/payments-platform/prod"] ?? {};
        const withoutRole = { ...stacks, "acme/payments-platform/prod": { ...environment, spec: { ...PROD_SPEC, drill: undefined } } };
        await assert.rejects(run(withoutRole), {
            message:
                "acme/payments-platform/prod has no drill role: set payments-platform:drill.roleArn in its config and apply it and its cluster stacks; a drill never drives a cluster as the admin",
        });
    });

    const PLAN_ARN = "arn:aws:arc-region-switch::123456789012:plan/payments-prod-prod-usw2:abc123";
    const withPlans = {
        ...stacks,
        "acme/payments-platform/prod": {
            ...stacks["acme/payments-platform/prod"],
            // The ledger owns a global database (the write markers go to it).
            spec: {
                ...PROD_SPEC,
                services: PROD_SPEC.services.map((service) =>
                    service.name === "ledger"
                        ? { ...service, database: { instanceClass: "db.r7g.large", instances: 2, backupRetentionDays: 7, engineVersion: "16.6" } }
                        : service,
                ),
            },
            regionSwitch: {
                executionRoleArn: "arn:aws:iam::123456789012:role/payments-prod-region-switch",
                plans: {
                    "prod-usw2": {
                        arn: PLAN_ARN,
                        name: "payments-prod-prod-usw2",
                        regions: ["us-east-1", "us-west-2"],
                        reports: "s3://payments-prod-region-switch-0abc/payments-prod-prod-usw2/",
                    },
                },
            },
        },
    };

    const evidenceOf = (drill: { stackOutputs: Record<string, unknown> }) => drill.stackOutputs.evidence as Any;

    it("with Region switch plans: restores, switches to the survivor through the plan, smoke-tests it, and switches back, exporting the evidence", async () => {
        const drill = await run(withPlans);
        const byName = new Map(drill.resources.map((r) => [r.name, r]));
        const [restore, away, verify, back] = ["restore", "switch-away", "verify", "switch-back"].map((name) => byName.get(name));
        assert.ok(away?.dependsOn.includes(restore?.urn ?? ""), "the standby holds what it lacked before payments arrive");
        assert.ok(verify?.dependsOn.includes(away?.urn ?? ""), "the smoke test runs once the survivor is active");
        assert.ok(back?.dependsOn.includes(verify?.urn ?? ""), "back only once the survivor answered");
        const traffic = byName.get("verify-traffic");
        assert.ok(traffic?.dependsOn.includes(away?.urn ?? ""), "DNS is checked after the switch");
        assert.ok(back?.dependsOn.includes(traffic?.urn ?? ""), "and before the way back");
        assert.deepEqual((traffic?.inputs as Any).spec.template.spec.containers[0].env, [
            { name: "API_HOST", value: "api.payments.example.com" },
            { name: "SURVIVOR_HOST", value: "prod-usw2.api.payments.example.com" },
            { name: "SURVIVOR_CLUSTER", value: "prod-usw2" },
        ]);
        assert.deepEqual((away?.inputs as Any).environment, {
            PLAN_ARN,
            TARGET_REGION: "us-west-2",
            MODE: "graceful",
            COMMENT: "DR drill 2026-11-23: prod-use1 to prod-usw2 and back",
            GLOBAL_CLUSTERS: "payments-prod-ledger",
            // The members it activates, whose RPO lag before the switch is the data at risk.
            TARGET_MEMBERS: "payments-prod-ledger-prod-usw2",
            // The writers it leaves, where the write markers go until the switch ends.
            FROM_REGION: "us-east-1",
            FROM_MEMBERS: "payments-prod-ledger-prod-use1",
            DRILL_ID: "2026-11-23",
        });
        const backEnvironment = (back?.inputs as Any).environment;
        assert.deepEqual(
            [backEnvironment.TARGET_REGION, backEnvironment.TARGET_MEMBERS, backEnvironment.FROM_REGION, backEnvironment.FROM_MEMBERS],
            ["us-east-1", "payments-prod-ledger-prod-use1", "us-west-2", "payments-prod-ledger-prod-usw2"],
        );
        assert.deepEqual(evidenceOf(drill).away.writeMarkers, [
            {
                from: "payments-prod-ledger-prod-use1",
                to: "payments-prod-ledger-prod-usw2",
                acknowledged: 1,
                newestPresent: 1,
                lostWrites: 0,
                dataLossSeconds: 0,
            },
        ]);
        // Switched back: a destroy of the drill goes through.
        const held = drill.resources.find((r) => r.name === "held");
        assert.deepEqual([(held?.inputs as Any).environment, held?.dependsOn.includes(back?.urn ?? "")], [{ HELD: "false" }, true]);
        const evidence = evidenceOf(drill);
        assert.deepEqual(
            [evidence.plan, evidence.from, evidence.to, evidence.mode],
            [
                { name: "payments-prod-prod-usw2", arn: PLAN_ARN, reports: "s3://payments-prod-region-switch-0abc/payments-prod-prod-usw2/" },
                { cluster: "prod-use1", region: "us-east-1" },
                { cluster: "prod-usw2", region: "us-west-2" },
                { away: "graceful", back: "graceful" },
            ],
        );
        assert.deepEqual([evidence.away.executionRegion, evidence.away.executionState, evidence.back.executionRegion], ["us-west-2", "completed", "us-east-1"]);
        // Measured in the survivor: the Jobs' completion times (known once they ran; the mock runs none).
        assert.ok(evidence.measured && typeof evidence.measured === "object", "measured evidence exported");
        assert.equal(drill.stackOutputs.moveTraffic, undefined, "no health check to invert");
    });

    it("holds the drill in the survivor with switchBack false, and refuses a mode ARC does not have", async () => {
        const config = drillConfig();
        config.values["payments-dr-drill:switchBack"] = "false";
        const held = await run(withPlans, config);
        assert.equal(
            held.resources.some((r) => r.name === "switch-back"),
            false,
        );
        assert.equal((held.stackOutputs.evidence as Any).back, "held in the survivor (switchBack: false)");
        const bad = drillConfig();
        bad.values["payments-dr-drill:mode"] = "practice";
        await assert.rejects(run(withPlans, bad), {
            message: 'payments-dr-drill:mode: "practice" is neither graceful (switchover, no data loss) nor ungraceful (failover, as in a real outage)',
        });
    });

    it("refuses to drill into a cluster no plan pairs with the primary", async () => {
        const config = drillConfig();
        config.values["payments-dr-drill:restoreInto"] = "prod-use2";
        await assert.rejects(run(withPlans, config), {
            message:
                "restoreInto: no Region switch plan pairs prod-use1 with prod-use2 (plans: prod-usw2); drill into a cluster the environment has a plan for",
        });
    });

    it("refuses to drill a secondary, whose backups are not replicated", async () => {
        const config = drillConfig();
        config.values["payments-dr-drill:failCluster"] = "prod-usw2";
        await assert.rejects(run(stacks, config), {
            message:
                'failCluster: "prod-usw2" is a secondary; only the primary\'s backups are replicated to the other regions, so drill the primary (prod-use1)',
        });
    });

    it("refuses an unknown cluster before reading any cluster stack", async () => {
        const config = drillConfig();
        config.values["payments-dr-drill:restoreInto"] = "prod-euw1";
        await assert.rejects(run(stacks, config), { message: 'restoreInto: unknown cluster "prod-euw1" (platform clusters: prod-use1, prod-usw2, prod-use2)' });
    });

    it("fails clearly, naming the stack to apply first, when a stack lacks an output", async () => {
        const withoutDns = { ...stacks, "acme/payments-platform/prod": { ...stacks["acme/payments-platform/prod"], dns: undefined } };
        await assert.rejects(run(withoutDns), {
            message:
                "stack acme/payments-platform/prod has no output dns; apply it first (pulumi up -s acme/payments-platform/prod), it comes before this one in the rollout",
        });
        const survivorNeverApplied = { ...stacks, "acme/payments-cluster/prod-usw2": {} };
        await assert.rejects(run(survivorNeverApplied), {
            message: /^stack acme\/payments-cluster\/prod-usw2 has no output cluster, failover; apply it first/,
        });
    });

    it("refuses a cluster stack whose outputs are of another shape than the contract, naming what differs", async () => {
        const survivor = cluster("prod-usw2", "us-west-2", "secondary", 2);
        const olderSurvivor = { ...survivor, failover: { healthCheckId: "hc-prod-usw2", records: ["prod-usw2"] } };
        await assert.rejects(run({ ...stacks, "acme/payments-cluster/prod-usw2": olderSurvivor }), {
            message:
                "stack acme/payments-cluster/prod-usw2 exports another shape than this program reads (failover.endpointHealthCheckId: Invalid input: expected string, received undefined; failover.endpointHealthCheck: Invalid input: expected object, received undefined): it was applied by another version of this program; apply acme/payments-cluster/prod-usw2 with this one first (pulumi up -s acme/payments-cluster/prod-usw2), it comes before this one in the rollout",
        });
    });

    it("fails clearly when the platform has not been planned", () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "noplan-"));
        const { status, stderr } = runPlanCli(["--stack", "prod-drill", "--out", out]);
        assert.equal(status, 1);
        assert.match(stderr, /error: stack acme\/payments-platform\/prod has no output clusterStacks, dns, spec; apply it first/);
    });
});

describe("a Region switch execution, as the drill runs it", () => {
    /**
     * Stand-ins on PATH: `aws` (the plan is in progress until the markers hold three rows, then ends
     * in `final`), `psql` (a database that keeps what is inserted, and answers its newest marker, or
     * no newer than `KEEP` as after a failover that lost the rest), `curl`, and a `sleep` that does not.
     */
    function runScript(final: string, env: Record<string, string> = {}): ShellRun & { calls: string[]; sql: string[] } {
        const run = runWithStandIns(
            "/bin/bash",
            planExecutionScript(),
            (dir) => ({
                aws: [
                    "#!/bin/bash",
                    `echo "$*" >> ${dir}/calls`,
                    'case "$*" in',
                    "  *start-plan-execution*) echo exec-1 ;;",
                    `  *"--query executionState"*) until [ "$(wc -l < ${dir}/db 2>/dev/null || echo 0)" -ge 3 ]; do /bin/sleep 0.05; done; n=$(cat ${dir}/n 2>/dev/null || echo 0); echo $((n+1)) > ${dir}/n; if [ "$n" -lt 2 ]; then echo inProgress; else echo "$FINAL"; fi ;;`,
                    `  *get-plan-execution*) echo '${JSON.stringify({ ...EXECUTION, rpoLagBeforeSwitch: undefined, writeMarkers: undefined })}' ;;`,
                    "  *get-metric-statistics*) echo 850 ;;",
                    '  *describe-db-clusters*) echo "$6.cluster-c0.$4.rds.amazonaws.com" ;;',
                    '  *generate-db-auth-token*) echo "token-$4" ;;',
                    "esac",
                ].join("\n"),
                psql: [
                    "#!/bin/bash",
                    "sql=$(cat)",
                    `echo "$* | $PGPASSWORD | $sql" >> ${dir}/sql`,
                    'if [ -n "${REFUSE:-}" ]; then echo "FATAL: PAM authentication failed" >&2; exit 2; fi',
                    'case "$sql" in',
                    `  insert*) echo "$sql" | sed -E 's/.*, ([0-9]+)\\);/\\1/' >> ${dir}/db ;;`,
                    `  select*) newest=$(sort -n ${dir}/db | tail -1); echo $(( \${KEEP:-$newest} < newest ? \${KEEP:-$newest} : newest )) ;;`,
                    "esac",
                ].join("\n"),
                curl: ["#!/bin/bash", `echo "curl $*" >> ${dir}/calls`, 'while [ $# -gt 0 ]; do if [ "$1" = -o ]; then : > "$2"; fi; shift; done'].join("\n"),
            }),
            {
                PLAN_ARN: "arn:plan",
                TARGET_REGION: "us-west-2",
                MODE: "graceful",
                COMMENT: "drill; rm -rf /",
                FINAL: final,
                TARGET_MEMBERS: "payments-prod-ledger-prod-usw2 payments-prod-payment-processor-prod-usw2",
                FROM_REGION: "us-east-1",
                FROM_MEMBERS: "payments-prod-ledger-prod-use1 payments-prod-payment-processor-prod-use1",
                DRILL_ID: "2026-12-01",
                ...env,
            },
        );
        const lines = (file: string) => (fs.existsSync(path.join(run.dir, file)) ? fs.readFileSync(path.join(run.dir, file), "utf8").trim().split("\n") : []);
        return { ...run, calls: lines("calls"), sql: lines("sql") };
    }

    it("switches nothing while a global database's member is not connected to its writer", () => {
        const run = (unsynced: string) =>
            runWithStandIns(
                "/bin/bash",
                planExecutionScript(),
                (dir) => ({
                    aws: [
                        "#!/bin/bash",
                        `echo "$*" >> ${dir}/calls`,
                        'case "$*" in',
                        `  *describe-global-clusters*) printf 'available\\t${unsynced}\\n' ;;`,
                        "  *start-plan-execution*) exit 3 ;;",
                        "esac",
                    ].join("\n"),
                }),
                {
                    PLAN_ARN: "arn:plan",
                    TARGET_REGION: "us-west-2",
                    MODE: "graceful",
                    COMMENT: "drill",
                    GLOBAL_CLUSTERS: "payments-prod-ledger payments-prod-payment-processor",
                },
            );
        const held = run("1");
        assert.equal(held.status, 1);
        assert.match(
            held.stderr,
            /global database payments-prod-ledger is available with 1 member\(s\) not connected to its writer: a switch now could lose writes or split the writers/,
        );
        const calls = fs.readFileSync(path.join(held.dir, "calls"), "utf8");
        assert.match(
            calls,
            /rds describe-global-clusters --region us-west-2 --global-cluster-identifier payments-prod-ledger --query GlobalClusters\[0\]\.\[Status, length\(GlobalClusterMembers\[\?!IsWriter && SynchronizationStatus != `"connected"`\]\)\] --output text/,
        );
        assert.doesNotMatch(calls, /start-plan-execution/);
        // In sync: it goes on to start the execution (which this stand-in refuses).
        const synced = run("0");
        assert.equal(synced.status, 3);
        assert.match(fs.readFileSync(path.join(synced.dir, "calls"), "utf8"), /start-plan-execution/);
    });

    it("starts the execution in the region it activates, waits for it to complete, and prints it", () => {
        const run = runScript("completed");
        assert.equal(run.status, 0, run.stderr);
        assert.deepEqual(run.calls.filter((call) => call.startsWith("arc-region-switch")).slice(0, 2), [
            "arc-region-switch --region us-west-2 start-plan-execution --plan-arn arn:plan --target-region us-west-2 --action activate --mode graceful --comment drill; rm -rf / --query executionId --output text",
            "arc-region-switch --region us-west-2 get-plan-execution --plan-arn arn:plan --execution-id exec-1 --no-paginate --query executionState --output text",
        ]);
        assert.equal(run.calls.filter((call) => call.includes("--query executionState")).length, 3, "in progress twice, then done");
        const evidence = parseExecution("switch-away", run.stdout);
        assert.deepEqual({ ...evidence, writeMarkers: [] }, { ...EXECUTION, writeMarkers: [] });
        // Every marker the old writer acknowledged, the new writer holds: a switchover loses nothing.
        assert.deepEqual(
            evidence.writeMarkers.map((markers) => ({
                ...markers,
                acknowledged: markers.acknowledged >= 3,
                newestPresent: markers.newestPresent >= markers.acknowledged,
            })),
            ["ledger", "payment-processor"].map((service) => ({
                from: `payments-prod-${service}-prod-use1`,
                to: `payments-prod-${service}-prod-usw2`,
                acknowledged: true,
                newestPresent: true,
                lostWrites: 0,
                dataLossSeconds: 0,
            })),
        );
        // The RPO lag of each activated member in the 5 minutes before the execution started.
        assert.ok(
            run.calls.includes(
                "cloudwatch get-metric-statistics --region us-west-2 --namespace AWS/RDS --metric-name AuroraGlobalDBRPOLag --dimensions Name=DBClusterIdentifier,Value=payments-prod-ledger-prod-usw2 --start-time 2026-12-01T09:55:00Z --end-time 2026-12-01T10:00:00Z --period 60 --statistics Maximum --query max(Datapoints[].Maximum) --output json",
            ),
            run.calls.join("\n"),
        );
        assert.match(
            run.calls.find((call) => call.includes("--output json --query")) ?? "",
            /stepStates: stepStates\[\]\.\{name: name, status: status, startTime: startTime, endTime: endTime\}/,
        );
    });

    it("writes markers as the drill's own user, TLS verified, with a token for each writer's region: into the old writer, read back from the new", () => {
        const run = runScript("completed");
        assert.equal(run.status, 0, run.stderr);
        assert.ok(
            run.calls.includes(
                "curl -fsS --retry 3 -o " + run.sql[0]?.match(/sslrootcert=(\S+)/)?.[1] + " https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem",
            ),
        );
        assert.ok(
            run.calls.includes(
                "rds generate-db-auth-token --region us-east-1 --hostname payments-prod-ledger-prod-use1.cluster-c0.us-east-1.rds.amazonaws.com --port 5432 --username payments_drill",
            ),
        );
        const [create, ...rest] = run.sql;
        assert.match(
            create ?? "",
            /^host=payments-prod-ledger-prod-use1\.cluster-c0\.us-east-1\.rds\.amazonaws\.com port=5432 dbname=payments_drill user=payments_drill sslmode=verify-full sslrootcert=\S+ connect_timeout=5 -XAtq -v ON_ERROR_STOP=1 -v drill=2026-12-01 \| token-us-east-1 \| create table if not exists markers/,
        );
        // The two databases' markers go in side by side: each one's first insert, wherever it falls.
        for (const service of ["ledger", "payment-processor"])
            assert.ok(
                rest.some((line) =>
                    new RegExp(
                        `^host=payments-prod-${service}-prod-use1\\.cluster-c0\\.us-east-1\\.rds\\.amazonaws\\.com .*\\| token-us-east-1 \\| insert into markers \\(drill, seq\\) values \\(:'drill', 1\\);$`,
                    ).test(line),
                ),
                service,
            );
        assert.match(
            rest.at(-1) ?? "",
            /^host=payments-prod-payment-processor-prod-usw2\.cluster-c0\.us-west-2\.rds\.amazonaws\.com .*\| token-us-west-2 \| select coalesce\(max\(seq\), 0\) from markers where drill = :'drill';$/,
        );
    });

    it("measures the acknowledged writes an ungraceful switch lost, and fails a graceful switch that lost any", () => {
        const ungraceful = runScript("completed", { KEEP: "1", MODE: "ungraceful" });
        assert.equal(ungraceful.status, 0, ungraceful.stderr);
        const stdout = JSON.parse(ungraceful.stdout) as {
            mode: string;
            writeMarkers: Array<{ acknowledged: number; lostWrites: number; newestPresent: number }>;
        };
        const [markers] = stdout.writeMarkers;
        assert.equal(markers?.newestPresent, 1);
        assert.equal(markers?.lostWrites, (markers?.acknowledged ?? 0) - 1, "every acknowledged marker after the first is lost");
        assert.equal(parseExecution("switch-away", JSON.stringify({ ...stdout, mode: "ungraceful" })).writeMarkers[0]?.lostWrites, markers?.lostWrites);
        assert.throws(
            () => parseExecution("switch-back", JSON.stringify({ ...stdout, mode: "graceful" })),
            new RegExp(
                `writeMarkers\\.0\\.lostWrites: a graceful switch lost ${markers?.lostWrites} acknowledged write\\(s\\) \\(\\d+ s\\) from payments-prod-ledger-prod-use1 to payments-prod-ledger-prod-usw2: a switchover must lose none`,
            ),
        );
    });

    it("does not switch when it cannot write a marker, saying what the runner needs", () => {
        const run = runScript("completed", { REFUSE: "1", RDS_CA_BUNDLE: "/etc/rds-ca.pem" });
        assert.equal(run.status, 1);
        assert.match(
            run.stderr,
            /cannot write a marker to payments-prod-ledger-prod-use1 \(us-east-1\) as payments_drill: the drill runner needs psql, rds-db:connect on dbuser:\*\/payments_drill in us-east-1, and the deploy network's route to the database \(README, DR drills\)/,
        );
        assert.equal(
            run.calls.some((call) => call.includes("start-plan-execution")),
            false,
        );
        assert.equal(
            run.calls.some((call) => call.startsWith("curl")),
            false,
            "a local copy of the CA bundle is used as it is",
        );
    });

    it("fails the drill when a figure of its evidence is missing: the recovery time, or a step's start or end", () => {
        const without = (edit: (execution: Record<string, unknown>) => void) => {
            const execution: Record<string, unknown> = structuredClone(EXECUTION);
            edit(execution);
            return () => parseExecution("switch-away", JSON.stringify(execution));
        };
        assert.throws(
            without((execution) => (execution.actualRecoveryTime = null)),
            {
                message:
                    "switch-away: the Region switch execution is no evidence: actualRecoveryTime: actualRecoveryTime (ARC measures it only for a plan with application-health alarms) is missing; see the execution in the ARC console",
            },
        );
        assert.throws(
            without(
                (execution) =>
                    ((execution.stepStates as Array<Record<string, unknown>>)[1] = {
                        name: "databases-prod-usw2",
                        status: "completed",
                        startTime: "2026-12-01T10:04:00+00:00",
                        endTime: null,
                    }),
            ),
            /stepStates\.1\.endTime: a step's endTime is missing/,
        );
        assert.throws(
            without((execution) => delete execution.stepStates),
            /stepStates: stepStates is missing/,
        );
        assert.throws(
            without(
                (execution) => ((execution.rpoLagBeforeSwitch as { members: Array<Record<string, unknown>> }).members[0] = { member: "m", maxLagMs: null }),
            ),
            /rpoLagBeforeSwitch\.members\.0\.maxLagMs: no RPO lag datapoint in CloudWatch for the member: the data at risk is unmeasured/,
        );
    });

    it("fails the drill, naming the execution and its state, when the execution stops or completes with exceptions", () => {
        for (const final of ["pausedByFailedStep", "completedWithExceptions"]) {
            const run = runScript(final);
            assert.equal(run.status, 1, final);
            assert.match(run.stderr, new RegExp(`Region switch execution exec-1 stopped: ${final}; see its steps in the ARC console`));
        }
    });

    it("refuses output that is not an execution", () => {
        assert.throws(() => parseExecution("switch-back", "Unknown options: --mode"), {
            message: "switch-back: the Region switch execution printed no JSON (Unknown options: --mode); see the execution in the ARC console",
        });
        assert.throws(
            () => parseExecution("switch-back", '{"executionState": "completed"}'),
            /^Error: switch-back: the Region switch execution is no evidence: executionId:/,
        );
    });

    it("finds the plan that pairs the primary with the survivor, and none where the environment has no plans", () => {
        const regionSwitch = {
            executionRoleArn: "arn:role",
            plans: { "prod-usw2": { arn: "arn:plan", name: "p", regions: ["us-east-1", "us-west-2"], reports: "s3://b/p/" } },
        };
        assert.deepEqual(drillSwitch(regionSwitch, { name: "prod-use1", region: "us-east-1" }, { name: "prod-usw2", region: "us-west-2" }), {
            planArn: "arn:plan",
            planName: "p",
            reports: "s3://b/p/",
            away: { cluster: "prod-usw2", region: "us-west-2" },
            back: { cluster: "prod-use1", region: "us-east-1" },
        });
        assert.equal(drillSwitch(undefined, { name: "a", region: "us-east-1" }, { name: "b", region: "us-west-2" }), undefined);
        assert.equal(drillSwitch({ executionRoleArn: "", plans: {} }, { name: "a", region: "us-east-1" }, { name: "b", region: "us-west-2" }), undefined);
    });

    it("switches back gracefully whatever the way out, and drills ungraceful only with a second confirmation naming the failed cluster", () => {
        assert.deepEqual(drillModes("graceful", undefined, "prod-use1"), { away: "graceful", back: "graceful" });
        assert.deepEqual(drillModes("ungraceful", "prod-use1", "prod-use1"), { away: "ungraceful", back: "graceful" });
        assert.throws(() => drillModes("ungraceful", undefined, "prod-use1"), {
            message:
                'payments-dr-drill:confirmUngraceful: an ungraceful drill fails over prod-use1\'s live writer and may lose what was written in the last seconds; set it to "prod-use1" to confirm, or drill graceful',
        });
        assert.throws(() => drillModes("ungraceful", "prod-usw2", "prod-use1"), /confirmUngraceful/);
        assert.throws(() => drillModes("fast", undefined, "prod-use1"), {
            message: 'payments-dr-drill:mode: "fast" is neither graceful (switchover, no data loss) nor ungraceful (failover, as in a real outage)',
        });
    });
});

describe("the drill's environment stack", () => {
    const project = "payments-dr-drill";
    it("is environmentStack, the name every stack uses", () => {
        assert.deepEqual(drillEnvironmentStack("acme/payments-platform/prod", undefined, project), { stack: "acme/payments-platform/prod" });
    });

    it("still reads its former name platformStack, warning to rename it", () => {
        assert.deepEqual(drillEnvironmentStack(undefined, "acme/payments-platform/prod", project), {
            stack: "acme/payments-platform/prod",
            warning: "payments-dr-drill:platformStack is environmentStack's former name; rename the key to payments-dr-drill:environmentStack",
        });
    });

    it("refuses both names with different stacks, and neither", () => {
        assert.throws(() => drillEnvironmentStack("acme/payments-platform/prod", "acme/payments-platform/staging", project), {
            message:
                'payments-dr-drill:platformStack ("acme/payments-platform/staging") differs from payments-dr-drill:environmentStack ("acme/payments-platform/prod"); platformStack is environmentStack\'s former name: remove it',
        });
        assert.throws(() => drillEnvironmentStack(undefined, undefined, project), {
            message: "payments-dr-drill:environmentStack is not set: the environment stack to drill, in full (<org>/payments-platform/<stack>)",
        });
    });
});

describe("a held drill's guard", () => {
    const guard = heldDrillGuard("prod-drill", "prod-usw2", "prod-use1");
    const destroy = (held: string) => spawnSync("/bin/bash", ["-c", guard.delete], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", HELD: held } });

    it("refuses a destroy while the drill holds the payments in the survivor, saying what to do", () => {
        const refused = destroy("true");
        assert.equal(refused.status, 1);
        assert.ok(
            refused.stderr
                .trim()
                .endsWith(
                    "prod-drill holds the payments in prod-usw2 (switchBack: false): destroying it would leave them there and forget it. Switch back first: set switchBack: true and pulumi up (the plan moves them to prod-use1), then destroy.",
                ),
            refused.stderr,
        );
    });

    it("lets a destroy through once an up has switched back", () => {
        assert.equal(destroy("false").status, 0);
    });
});

describe("rule drills-own-nothing", () => {
    const res = (type: string, name: string, inputs: Record<string, unknown>): CapturedResource => ({
        urn: `urn:pulumi:prod-drill::payments-dr-drill::${type}::${name}`,
        type,
        name,
        parent: undefined,
        provider: undefined,
        dependsOn: [],
        custom: true,
        remote: false,
        inputs,
        state: undefined,
        ignoreChanges: [],
    });
    const drill = { "drills-own-nothing": { drillStack: true } };
    const messages = async (resources: CapturedResource[], config: PolicyConfig = drill) =>
        (await evaluatePolicies([drillsOwnNothing("mandatory")], resources, { config })).map((v) => v.message);
    const labelled = { metadata: { name: "smoke-test", labels: { "payments.io/drill": "2026-12-01" } } };
    const execution = res("command:local:Command", "switch-away", { create: planExecutionScript() });

    it("allows the drill's own labelled objects, plan executions, and what reads the platform", async () => {
        assert.deepEqual(
            await messages([
                res("pulumi:pulumi:StackReference", "platform", { name: "acme/payments-platform/prod" }),
                res("pulumi:providers:kubernetes", "survivor", {}),
                res("kubernetes:batch/v1:Job", "verify", labelled),
                execution,
                res("command:local:Command", "held", { ...heldDrillGuard("prod-drill", "prod-usw2", "prod-use1"), environment: { HELD: "true" } }),
            ]),
            [],
        );
        assert.deepEqual(await messages([res("aws:s3/bucket:Bucket", "b", {})], {}), [], "only drill stacks");
    });

    it("refuses a platform object, a cloud resource, and a command that undoes on destroy", async () => {
        assert.deepEqual(
            await messages([
                res("kubernetes:core/v1:ConfigMap", "ledger-database", { metadata: { name: "ledger-database", namespace: "payments-ledger" } }),
                res("aws:route53/healthCheck:HealthCheck", "inverted", {}),
                res("command:local:Command", "switch-away", { create: planExecutionScript(), delete: "aws arc-region-switch start-plan-execution …" }),
                res("command:local:Command", "held", { create: ":", delete: `${HELD_DRILL_GUARD}\naws arc-region-switch start-plan-execution …` }),
            ]),
            [
                "inverted (aws:route53/healthCheck:HealthCheck) is a cloud resource: a drill creates none, it reads the platform through StackReferences.",
                "held runs something other than a Region switch plan execution, or undoes something on destroy; a drill moves the platform only through its plans.",
                "switch-away runs something other than a Region switch plan execution, or undoes something on destroy; a drill moves the platform only through its plans.",
                "ledger-database carries no payments.io/drill label: a drill's objects are its own, or destroying the drill would delete a platform object; label it, or leave it to the platform.",
            ],
        );
    });
});

describe("the drill's traffic check", () => {
    /** A stand-in `nslookup` (busybox's output) on PATH: the API's name follows the survivor's after `movesAfter` looks. */
    function runCheck(movesAfter: number): ShellRun {
        return runWithStandIns(
            "/bin/sh",
            trafficCheckScript(),
            (dir) => ({
                nslookup: [
                    "#!/bin/sh",
                    'printf "Server:\\t\\t10.100.0.10\\nAddress:\\t10.100.0.10:53\\n\\nNon-authoritative answer:\\nName:\\t%s\\n" "$1"',
                    `n=$(cat ${dir}/n 2>/dev/null || echo 0)`,
                    'if [ "$1" = "$API_HOST" ]; then',
                    `  echo $((n + 1)) > ${dir}/n`,
                    `  if [ "$n" -ge ${movesAfter} ]; then printf "Address: 198.51.100.7\\nAddress: 198.51.100.8\\n"; else printf "Address: 203.0.113.5\\n"; fi`,
                    "else",
                    '  printf "Address: 198.51.100.8\\nAddress: 198.51.100.7\\n"',
                    "fi",
                ].join("\n"),
            }),
            { API_HOST: "api.payments.example.com", SURVIVOR_HOST: "prod-usw2.api.payments.example.com", SURVIVOR_CLUSTER: "prod-usw2" },
        );
    }

    it("passes once the API's name answers the survivor's load balancer (the same addresses, in any order)", () => {
        const run = runCheck(2);
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout.trim(), "api.payments.example.com answers prod-usw2's load balancer: 198.51.100.7 198.51.100.8");
    });

    it("fails the drill, naming both answers, when traffic never moves", () => {
        const run = runCheck(1000);
        assert.equal(run.status, 1);
        assert.equal(
            run.stderr.trim(),
            "api.payments.example.com answers [203.0.113.5], not prod-usw2's [198.51.100.7 198.51.100.8], after 300 s: traffic has not moved",
        );
    });
});

interface ShellRun {
    status: number | null;
    stdout: string;
    stderr: string;
    /** Where the stand-ins live (and keep their state). */
    dir: string;
}

/** Runs a drill script with stand-in commands first on PATH (and a `sleep` that does not), as the drill's machine or Job would run it. */
function runWithStandIns(shell: string, script: string, standIns: (dir: string) => Record<string, string>, env: Record<string, string>): ShellRun {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stand-ins-"));
    for (const [command, body] of Object.entries({ ...standIns(dir), sleep: `#!${shell}\n` })) fs.writeFileSync(path.join(dir, command), body, { mode: 0o755 });
    const result = spawnSync(shell, ["-c", script], { encoding: "utf8", env: { PATH: `${dir}:${process.env.PATH}`, ...env } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, dir };
}
