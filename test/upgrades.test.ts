import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { stringify } from "yaml";
import { ADDONS, chartPins } from "../components/addons";
import type { PlatformAddon } from "../components/addons/addon";
import { SUPPORTED_KUBERNETES_VERSIONS } from "../components/config/schema";
import { compatibilityMatrix, compatibilityRow } from "../components/upgrades/compatibility";
import type { CurrentVersions, DesiredVersions, UpgradeClass, MeshStatus, UpgradeStatus } from "../components/upgrades/plan";
import { describeStep, holdsUpgrade, planUpgrade, waitForPreviousWave } from "../components/upgrades/plan";
import { mocks } from "../tools/mocks";
import type { ClusterUpgradeArgs } from "../components/upgrades/cluster-upgrade";
import { meshUpgrade } from "../components/upgrades/cluster-upgrade";
import { awsInvokes } from "../tools/mocks/aws";
import { digest } from "../tools/offline-plan/mock-cloud";
import type { PlanResult } from "../tools/offline-plan/plan";
import { plan } from "../tools/offline-plan/plan";
import type { FixtureConfig } from "./fixtures/platform";
import { fixtureConfig, writeFixtureProject } from "./fixtures/platform";
import { runPlanCli } from "./helpers/cli";

const CLASS: UpgradeClass = { versions: [], concurrency: 1 };
const at = (controlPlane: string, pools: Record<string, string>, addons = controlPlane): CurrentVersions => ({
    controlPlane,
    controlPlaneUpdating: false,
    pools: Object.fromEntries(Object.entries(pools).map(([name, version]) => [name, { version, updating: false }])),
    addons,
});
const want = (controlPlane: string, pools: Array<[string, string, ("defer" | "hold")?]>): DesiredVersions => ({
    controlPlane,
    pools: pools.map(([name, version, upgradePolicy]) => ({ name, version, upgradePolicy })),
});
const lines = (current: CurrentVersions | undefined, desired: DesiredVersions, cls: UpgradeClass = CLASS) =>
    planUpgrade(current, desired, cls).steps.map(describeStep);

describe("upgrade planner", () => {
    it("creates a cluster that does not exist yet at its desired versions, with no steps", () => {
        const plan = planUpgrade(
            undefined,
            want("1.34", [
                ["system", "1.34"],
                ["payments", "1.33"],
            ]),
            CLASS,
        );
        assert.deepEqual(plan.steps, []);
        assert.deepEqual(plan.declare, { controlPlane: "1.34", pools: { system: "1.34", payments: "1.33" }, addons: "1.34" });
    });

    it("does nothing when the cloud already runs the desired versions", () => {
        const plan = planUpgrade(at("1.33", { system: "1.33" }), want("1.33", [["system", "1.33"]]), CLASS);
        assert.deepEqual(plan, { steps: [], declare: { controlPlane: "1.33", pools: { system: "1.33" }, addons: "1.33" }, held: [], issues: [], warnings: [] });
    });

    it("steps the control plane, then each pool in topology order, then the add-ons; declares only the first step", () => {
        const current = at("1.33", { system: "1.33", payments: "1.33" });
        const desired = want("1.34", [
            ["system", "1.34"],
            ["payments", "1.34"],
        ]);
        assert.deepEqual(lines(current, desired), [
            "control plane 1.33 → 1.34",
            "node pool system 1.33 → 1.34",
            "node pool payments 1.33 → 1.34",
            "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)",
        ]);
        assert.deepEqual(planUpgrade(current, desired, CLASS).declare, { controlPlane: "1.34", pools: { system: "1.33", payments: "1.33" }, addons: "1.33" });
        // The next up, with the control plane done: the first pool only.
        assert.deepEqual(planUpgrade(at("1.34", { system: "1.33", payments: "1.33" }, "1.33"), desired, CLASS).declare, {
            controlPlane: "1.34",
            pools: { system: "1.34", payments: "1.33" },
            addons: "1.33",
        });
    });

    it("upgrades `concurrency` pools per step", () => {
        assert.deepEqual(
            lines(
                at("1.34", { a: "1.33", b: "1.33", c: "1.33" }),
                want("1.34", [
                    ["a", "1.34"],
                    ["b", "1.34"],
                    ["c", "1.34"],
                ]),
                { versions: [], concurrency: 2 },
            ),
            ["node pools a 1.33 → 1.34, b 1.33 → 1.34", "node pool c 1.33 → 1.34"],
        );
    });

    it("adopts a control plane EKS moved ahead of config, with a warning naming the config to update; still refuses a pool downgrade", () => {
        const plan = planUpgrade(at("1.34", { system: "1.34" }), want("1.33", [["system", "1.33"]]), CLASS);
        assert.deepEqual(plan.steps, []);
        assert.deepEqual(plan.warnings, [
            {
                path: "version",
                message:
                    "EKS runs the control plane at 1.34, ahead of config's 1.33 (an automatic upgrade at the end of standard support, or a change outside Pulumi); adopted: set version to 1.34",
            },
        ]);
        assert.deepEqual(plan.issues, [
            {
                path: "workers.machineDeployments[0].version",
                message: "1.33 is older than node pool system's current 1.34 (read from EKS); a managed node group cannot be downgraded: set it back to 1.34",
            },
        ]);
    });

    it("adopts a control plane EKS moved past the matrix: the add-ons go no further than the newest row, with a warning to add the row", () => {
        const plan = planUpgrade(at("1.35", { system: "1.34" }, "1.33"), want("1.34", [["system", "1.34"]]), CLASS);
        assert.deepEqual(plan.issues, []);
        assert.deepEqual(plan.steps.map(describeStep), ["managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)"]);
        assert.deepEqual(plan.declare, { controlPlane: "1.35", pools: { system: "1.34" }, addons: "1.34" });
        assert.deepEqual(plan.warnings[1], {
            path: "version",
            message:
                "1.35 has no row in the compatibility matrix: the managed add-ons and the autoscaler image stay on row 1.34 and the charts are not known to support 1.35; add its row (SUPPORTED_KUBERNETES_VERSIONS and its pins) and move the add-ons there",
        });
        assert.deepEqual(planUpgrade(at("1.35", { system: "1.34" }, "1.34"), want("1.34", [["system", "1.34"]]), CLASS).steps, [], "then holds still");
    });

    it("follows an automatic upgrade: the control plane stays where EKS put it, the pools where config says, the add-ons catch up", () => {
        const plan = planUpgrade(at("1.34", { system: "1.33" }, "1.33"), want("1.33", [["system", "1.33"]]), CLASS);
        assert.deepEqual(plan.issues, []);
        assert.deepEqual(plan.steps.map(describeStep), ["managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)"]);
        assert.deepEqual(plan.declare, { controlPlane: "1.34", pools: { system: "1.33" }, addons: "1.34" });
    });

    it("refuses skipping a minor unless the class lists the one in between, then chains through it", () => {
        const current = at("1.32", { system: "1.32" });
        const desired = want("1.34", [["system", "1.34"]]);
        assert.deepEqual(planUpgrade(current, desired, CLASS).issues, [
            {
                path: "version",
                message:
                    "1.32 → 1.34 skips 1.33: EKS upgrades a control plane one minor at a time; set 1.33 first, or list 1.33 in the class's upgrade.versions to chain through it",
            },
        ]);
        // Chained, the pools and the add-ons catch up with the control plane before it moves again.
        assert.deepEqual(lines(current, desired, { versions: ["1.33", "1.34"], concurrency: 1 }), [
            "control plane 1.32 → 1.33",
            "node pool system 1.32 → 1.33",
            "managed add-ons and autoscaler image 1.32 → 1.33 (compatibility row 1.33)",
            "control plane 1.33 → 1.34",
            "node pool system 1.33 → 1.34",
            "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)",
        ]);
    });

    it("brings every pool to the control plane's minor before the control plane moves, as EKS requires", () => {
        assert.deepEqual(
            lines(
                at("1.33", { old: "1.30", recent: "1.32" }),
                want("1.34", [
                    ["old", "1.34"],
                    ["recent", "1.34"],
                ]),
            ),
            [
                "node pool old 1.30 → 1.33",
                "node pool recent 1.32 → 1.33",
                "control plane 1.33 → 1.34",
                "node pool old 1.33 → 1.34",
                "node pool recent 1.33 → 1.34",
                "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)",
            ],
        );
    });

    it("leaves a deferred pool where it is and still finishes; a held pool holds every later pool and the add-ons", () => {
        const current = at("1.33", { system: "1.33", payments: "1.33", batch: "1.33" });
        const deferred = planUpgrade(
            current,
            want("1.34", [
                ["system", "1.34"],
                ["payments", "1.34", "defer"],
                ["batch", "1.34"],
            ]),
            CLASS,
        );
        assert.deepEqual(deferred.steps.map(describeStep), [
            "control plane 1.33 → 1.34",
            "node pool system 1.33 → 1.34",
            "node pool batch 1.33 → 1.34",
            "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)",
        ]);
        assert.deepEqual(deferred.held, [{ pool: "payments", policy: "defer", reason: "upgradePolicy: defer" }]);
        assert.equal(holdsUpgrade(deferred), false, "a deferred pool does not keep the upgrade from completing");
        const held = planUpgrade(
            current,
            want("1.34", [
                ["system", "1.34"],
                ["payments", "1.34", "hold"],
                ["batch", "1.34"],
            ]),
            CLASS,
        );
        assert.deepEqual(held.steps.map(describeStep), ["control plane 1.33 → 1.34", "node pool system 1.33 → 1.34"]);
        assert.deepEqual(held.held, [
            { pool: "payments", policy: "hold", reason: "held by payments's upgradePolicy: hold" },
            { pool: "batch", policy: "hold", reason: "held by payments's upgradePolicy: hold" },
        ]);
        assert.equal(holdsUpgrade(held), true);
    });

    it("refuses a control-plane step a deferred pool behind it would block, and one a pool pinned behind it would", () => {
        const plan = planUpgrade(
            at("1.33", { system: "1.33", legacy: "1.30" }),
            want("1.34", [
                ["system", "1.34"],
                ["legacy", "1.34", "defer"],
            ]),
            CLASS,
        );
        assert.deepEqual(plan.issues, [
            {
                path: "workers.machineDeployments[1].version",
                message:
                    "node pool legacy stays at 1.30 (upgradePolicy: defer), and EKS moves the control plane from 1.33 to 1.34 only once every node group is on 1.33; upgrade the pool or lift its upgradePolicy",
            },
        ]);
        // One minor behind is enough to block: the deferred pool of the last upgrade holds the next.
        assert.equal(
            planUpgrade(
                at("1.33", { system: "1.33", payments: "1.32" }),
                want("1.34", [
                    ["system", "1.34"],
                    ["payments", "1.34", "defer"],
                ]),
                CLASS,
            ).issues.length,
            1,
        );
        assert.deepEqual(
            planUpgrade(
                at("1.33", { system: "1.33", payments: "1.32" }),
                want("1.34", [
                    ["system", "1.34"],
                    ["payments", "1.32"],
                ]),
                CLASS,
            ).issues,
            [
                {
                    path: "workers.machineDeployments[1].version",
                    message:
                        "node pool payments is pinned to 1.32, and EKS moves the control plane from 1.33 to 1.34 only once every node group is on 1.33; set it to 1.33 or later",
                },
            ],
        );
    });

    it("refuses to start a step while EKS is still updating the cluster", () => {
        const current = { ...at("1.33", { system: "1.33" }), controlPlaneUpdating: true };
        assert.deepEqual(planUpgrade(current, want("1.34", [["system", "1.34"]]), CLASS).issues, [
            {
                path: "version",
                message:
                    "the control plane is still being updated by EKS (status UPDATING); wait for the update to finish (aws eks list-updates) and run up again",
            },
        ]);
        // Nothing to do: an update in flight is no reason to fail.
        assert.deepEqual(planUpgrade(current, want("1.33", [["system", "1.33"]]), CLASS).issues, []);
    });

    it("creates a pool added during an upgrade at the control plane's current version, never ahead of it", () => {
        const plan = planUpgrade(
            at("1.33", { system: "1.33" }),
            want("1.34", [
                ["system", "1.34"],
                ["new", "1.34"],
            ]),
            CLASS,
        );
        assert.deepEqual(plan.declare.pools, { system: "1.33", new: "1.33" });
    });
});

describe("upgrade waves", () => {
    const pending = planUpgrade(at("1.33", { system: "1.33" }), want("1.34", [["system", "1.34"]]), CLASS);
    const status = (target: string, controlPlane: string, complete: boolean, steps: string[] = []): UpgradeStatus => ({
        target,
        controlPlane,
        pools: {},
        addons: controlPlane,
        steps,
        complete,
    });
    const wave = (target: string, reported?: UpgradeStatus) => ({ stack: "o/p/prod-use2", target, status: reported });

    it("goes ahead once the previous wave reports its upgrade complete at the target, or has never been applied", () => {
        assert.equal(waitForPreviousWave(pending, "1.34", wave("1.34", status("1.34", "1.34", true))), undefined);
        assert.equal(waitForPreviousWave(pending, "1.34", wave("1.34")), undefined);
        assert.equal(waitForPreviousWave(pending, "1.34", undefined), undefined);
    });

    it("goes ahead when the environment does not upgrade the previous wave to this target", () => {
        assert.equal(waitForPreviousWave(pending, "1.34", wave("1.33", status("1.33", "1.33", true))), undefined);
    });

    it("waits while the previous wave is mid-way, or has not been applied since its target changed, saying which stack to finish", () => {
        assert.equal(
            waitForPreviousWave(pending, "1.34", wave("1.34", status("1.34", "1.34", false, ["node pool payments 1.33 → 1.34"]))),
            "waits for o/p/prod-use2 to finish its upgrade to 1.34 (it reports control plane 1.34, next: node pool payments 1.33 → 1.34); apply o/p/prod-use2 until it reports complete, then this stack",
        );
        assert.equal(
            waitForPreviousWave(pending, "1.34", wave("1.34", status("1.33", "1.33", true))),
            "waits for o/p/prod-use2 to finish its upgrade to 1.34 (its last up targeted 1.33, not 1.34); apply o/p/prod-use2 until it reports complete, then this stack",
        );
    });

    it("never holds a cluster with nothing to do", () => {
        const idle = planUpgrade(at("1.34", { system: "1.34" }), want("1.34", [["system", "1.34"]]), CLASS);
        assert.equal(waitForPreviousWave(idle, "1.34", wave("1.34", status("1.34", "1.33", false, ["x"]))), undefined);
    });
});

describe("compatibility matrix", () => {
    it("has a complete row for every supported minor: managed add-ons, the autoscaler image and every chart", () => {
        const matrix = compatibilityMatrix(ADDONS);
        assert.deepEqual(
            matrix.map((row) => row.kubernetes),
            [...SUPPORTED_KUBERNETES_VERSIONS],
        );
        for (const row of matrix) {
            assert.deepEqual(row.gaps, [], `row ${row.kubernetes}`);
            assert.equal(Object.keys(row.managedAddons).length, 5, `row ${row.kubernetes}`);
            assert.equal(row.clusterAutoscalerImage?.startsWith(`v${row.kubernetes}.`), true, `row ${row.kubernetes}`);
            assert.deepEqual(Object.keys(row.charts), [...chartPins(ADDONS).keys()], `row ${row.kubernetes}: every add-on chart`);
        }
    });

    it("names the gap of a minor a chart does not run on, and of a minor with no pins", () => {
        const narrow: PlatformAddon = {
            ...ADDONS[0],
            name: "narrow",
            charts: {
                chart: { chart: "narrow", repo: "https://example.com", version: "1.0.0", kubernetes: { min: "1.30", max: "1.33", source: "its README" } },
            },
        };
        assert.deepEqual(compatibilityRow("1.34", [narrow]).gaps, [
            "chart narrow/chart 1.0.0 runs on 1.30-1.33 (its README), not 1.34; pin a version that supports 1.34 in the add-on's file",
        ]);
        assert.deepEqual(compatibilityRow("1.35", []).gaps, [
            "EKS add-on vpc-cni: no version pinned for 1.35 in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)",
            "EKS add-on kube-proxy: no version pinned for 1.35 in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)",
            "EKS add-on coredns: no version pinned for 1.35 in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)",
            "EKS add-on aws-ebs-csi-driver: no version pinned for 1.35 in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)",
            "EKS add-on metrics-server: no version pinned for 1.35 in MANAGED_ADDON_VERSIONS (components/cluster/versions.ts)",
        ]);
    });
});

describe("EKS reads in the mock cloud", () => {
    const previous = {
        stack: "s",
        resources: [
            { type: "eks:index:Cluster", name: "c", inputs: { name: "prod-use1", version: "1.33" } },
            {
                type: "aws:eks/nodeGroup:NodeGroup",
                name: "payments-prod-use1-pool-system-node-group",
                inputs: { nodeGroupNamePrefix: "system-", version: "1.32", tags: { "node-pool": "system" } },
            },
        ],
    };

    it("answers from what the stack's last plan created, as the provider would", () => {
        const cluster = awsInvokes["aws:eks/getCluster:getCluster"]({ name: "prod-use1" }, "us-east-1", { stack: "s", previous });
        assert.equal(cluster.version, "1.33");
        assert.equal(cluster.status, "ACTIVE");
        const name = `system-${digest("s/aws:eks/nodeGroup:NodeGroup/payments-prod-use1-pool-system-node-group").slice(0, 12)}`;
        const group = awsInvokes["aws:eks/getNodeGroup:getNodeGroup"]({ clusterName: "prod-use1", nodeGroupName: name }, "us-east-1", { stack: "s", previous });
        assert.deepEqual([group.version, group.tags], ["1.32", { "node-pool": "system" }]);
    });

    it("fails as the provider does for a cluster or node group that does not exist", () => {
        assert.throws(() => awsInvokes["aws:eks/getCluster:getCluster"]({ name: "gone" }, "us-east-1", { stack: "s" }), {
            message: "reading EKS Cluster (gone): couldn't find resource",
        });
        assert.throws(
            () => awsInvokes["aws:eks/getNodeGroup:getNodeGroup"]({ clusterName: "prod-use1", nodeGroupName: "x" }, "us-east-1", { stack: "s", previous }),
            {
                message: "reading EKS Node Group (prod-use1:x): couldn't find resource",
            },
        );
    });
});

describe("upgrades through the stacks, one step per up", function () {
    const STACK = "upg";
    let projectDir: string;
    let subProjectsDir: string;
    const setVersion = (version: string, edit: (config: FixtureConfig) => void = () => undefined) =>
        fs.writeFileSync(
            path.join(projectDir, `Pulumi.${STACK}.yaml`),
            stringify({
                config: Object.fromEntries(
                    Object.entries(
                        fixtureConfig((config) => {
                            (config.clusterClasses as Record<string, { kubernetesVersion: string }>).eks.kubernetesVersion = version;
                            edit(config);
                        }),
                    ).map(([key, value]) => [`payments-platform:${key}`, value]),
                ),
            }),
        );
    const planStack = (stack: string) => plan({ stack, projectDir, subProjectsDir, mocks });
    const versionsOf = (result: PlanResult) => {
        const inputs = (type: string) => result.plan.resources.filter((r) => r.type === type).map((r) => r.inputs as Record<string, unknown>);
        const addons = Object.fromEntries(inputs("aws:eks/addon:Addon").map((addon) => [addon.addonName, addon.addonVersion]));
        return {
            controlPlane: inputs("eks:index:Cluster")[0]?.version,
            pools: inputs("aws:eks/nodeGroup:NodeGroup").map((group) => group.version),
            kubeProxy: addons["kube-proxy"],
        };
    };
    const upgradeOf = (result: PlanResult) => result.plan.outputs.upgrade as UpgradeStatus;

    before(async () => {
        projectDir = writeFixtureProject(STACK, fixtureConfig());
        subProjectsDir = path.join(projectDir, "stacks");
        setVersion("1.33");
        await planStack(STACK);
        await planStack("t-usw2");
        await planStack("t-use1");
        setVersion("1.34");
        await planStack(STACK);
    });

    it("steps the first wave through control plane, pools and add-ons, one per plan, then stays put", async () => {
        const seen = [];
        for (let i = 0; i < 5; i++) {
            const result = await planStack("t-usw2");
            seen.push({ ...versionsOf(result), steps: upgradeOf(result).steps, complete: upgradeOf(result).complete });
            if (i === 0) {
                // The next wave reads t-usw2 mid-way: it declares what it runs and starts nothing.
                const held = await planStack("t-use1");
                assert.deepEqual(versionsOf(held), { controlPlane: "1.33", pools: ["1.33", "1.33"], kubeProxy: "v1.33.0-eksbuild.2" });
                assert.deepEqual(upgradeOf(held).steps.length, 4);
                assert.equal(upgradeOf(held).complete, false);
            }
        }
        assert.deepEqual(seen, [
            {
                controlPlane: "1.34",
                pools: ["1.33", "1.33"],
                kubeProxy: "v1.33.0-eksbuild.2",
                steps: [
                    "node pool system 1.33 → 1.34",
                    "node pool payments 1.33 → 1.34",
                    "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)",
                ],
                complete: false,
            },
            {
                controlPlane: "1.34",
                pools: ["1.33", "1.34"],
                kubeProxy: "v1.33.0-eksbuild.2",
                steps: ["node pool payments 1.33 → 1.34", "managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)"],
                complete: false,
            },
            {
                controlPlane: "1.34",
                pools: ["1.34", "1.34"],
                kubeProxy: "v1.33.0-eksbuild.2",
                steps: ["managed add-ons and autoscaler image 1.33 → 1.34 (compatibility row 1.34)"],
                complete: false,
            },
            { controlPlane: "1.34", pools: ["1.34", "1.34"], kubeProxy: "v1.34.0-eksbuild.2", steps: [], complete: true },
            { controlPlane: "1.34", pools: ["1.34", "1.34"], kubeProxy: "v1.34.0-eksbuild.2", steps: [], complete: true },
        ]);
    });

    it("lets the next wave start once the previous one reports complete", async () => {
        // t-use1 reads t-usw2's last plan: complete at 1.34, so its control plane steps.
        const result = await planStack("t-use1");
        assert.deepEqual(versionsOf(result), { controlPlane: "1.34", pools: ["1.33", "1.33"], kubeProxy: "v1.33.0-eksbuild.2" });
    });

    it("refuses a node-pool downgrade against what the cloud runs, with the config path", async () => {
        setVersion("1.33");
        await planStack(STACK);
        await assert.rejects(planStack("t-usw2"), (error: Error) => {
            assert.equal(
                error.message,
                "t-usw2's upgrade is refused (config of organization/payments-platform/upg):\n" +
                    "  payments-platform:clusters[1].topology.workers.machineDeployments[0].version: 1.33 is older than node pool system's current 1.34 (read from EKS); a managed node group cannot be downgraded: set it back to 1.34\n" +
                    "  payments-platform:clusters[1].topology.workers.machineDeployments[1].version: 1.33 is older than node pool payments's current 1.34 (read from EKS); a managed node group cannot be downgraded: set it back to 1.34",
            );
            return true;
        });
    });

    it("adopts a control plane EKS moved ahead of config (its automatic upgrade, in the last plan), with a warning, and keeps planning", async () => {
        setVersion("1.33");
        await planStack(STACK);
        const file = path.join(projectDir, "out", "t-usw2", "plan.json");
        const previous = JSON.parse(fs.readFileSync(file, "utf8")) as { resources: Array<{ type: string; inputs: { version?: string } }> };
        for (const resource of previous.resources) {
            if (resource.type === "eks:index:Cluster") resource.inputs.version = "1.34";
            if (resource.type === "aws:eks/nodeGroup:NodeGroup") resource.inputs.version = "1.33";
        }
        fs.writeFileSync(file, JSON.stringify(previous));
        // As a user runs it: the warning is printed, and the plan goes on.
        const cli = runPlanCli(["--stack", "t-usw2", "--dir", projectDir, "--sub-projects", subProjectsDir, "--quiet"]);
        assert.equal(cli.status, 0, cli.stderr);
        assert.ok(
            cli.stderr.includes(
                "t-usw2: payments-platform:clusters[1].topology.version: EKS runs the control plane at 1.34, ahead of config's 1.33 (an automatic upgrade at the end of standard support, or a change outside Pulumi); adopted: set version to 1.34",
            ),
            cli.stderr,
        );
        const result = await planStack("t-usw2");
        assert.deepEqual(versionsOf(result).controlPlane, "1.34");
        assert.deepEqual(versionsOf(result).pools, ["1.33", "1.33"]);
    });

    it("plans a cluster EKS no longer has (gone with its region) as new, and finds node groups by listing them, not by remembered names", async () => {
        const file = path.join(projectDir, "out", "t-usw2", "plan.json");
        const previous = JSON.parse(fs.readFileSync(file, "utf8")) as { resources: Array<{ type: string }>; outputs: { cluster: { nodeGroups: string[] } } };
        // A failed up replaced a node group: the remembered names are stale, EKS's list is not.
        previous.outputs.cluster.nodeGroups = ["system-gone", "payments-gone"];
        fs.writeFileSync(file, JSON.stringify(previous));
        const listed = await planStack("t-usw2");
        assert.deepEqual(versionsOf(listed).pools, ["1.33", "1.33"]);
        previous.resources = previous.resources.filter((resource) => resource.type !== "eks:index:Cluster");
        fs.writeFileSync(file, JSON.stringify(previous));
        const cli = runPlanCli(["--stack", "t-usw2", "--dir", projectDir, "--sub-projects", subProjectsDir, "--quiet"]);
        assert.equal(cli.status, 0, cli.stderr);
        assert.ok(cli.stderr.includes("EKS has no cluster t-usw2, which this stack's last outputs name"), cli.stderr);
        assert.match(cli.stdout, /resources to create in stack t-usw2/);
    });

    it("records the mesh's revisions, reads an older stack's as Istio 1-28, and refuses a running revision the program has no chart for", async () => {
        setVersion("1.33");
        await planStack(STACK);
        const file = path.join(projectDir, "out", "t-usw2", "plan.json");
        const previous = JSON.parse(fs.readFileSync(file, "utf8")) as { outputs: { upgrade: { mesh?: unknown } } };
        delete previous.outputs.upgrade.mesh;
        fs.writeFileSync(file, JSON.stringify(previous));
        assert.deepEqual(upgradeOf(await planStack("t-usw2")).mesh, { revisions: ["1-28"], workloads: "1-28", steps: [] });
        previous.outputs.upgrade.mesh = { revisions: ["1-28", "1-29"], workloads: "1-29", steps: [] };
        fs.writeFileSync(file, JSON.stringify(previous));
        await assert.rejects(planStack("t-usw2"), (error: Error) => {
            assert.equal(
                error.message,
                "t-usw2's mesh upgrade is refused:\n  Istio revision 1-29 runs in the cluster, but ISTIO_RELEASES (components/addons/istio.ts) has no chart for it: keep its row until the upgrade has moved every workload off it and removed it",
            );
            return true;
        });
    });
    // Last: it leaves the cloud at 1.35.
    it("adopts a control plane EKS moved to a minor with no matrix row, with warnings, instead of freezing the stack", async () => {
        setVersion("1.34");
        await planStack(STACK);
        const file = path.join(projectDir, "out", "t-usw2", "plan.json");
        const previous = JSON.parse(fs.readFileSync(file, "utf8")) as {
            resources: Array<{ type: string; inputs: { version?: string } }>;
            outputs: { upgrade: { mesh?: unknown } };
        };
        previous.outputs.upgrade.mesh = { revisions: ["1-28"], workloads: "1-28", steps: [] };
        for (const resource of previous.resources) {
            if (resource.type === "eks:index:Cluster") resource.inputs.version = "1.35";
            if (resource.type === "aws:eks/nodeGroup:NodeGroup") resource.inputs.version = "1.34";
        }
        fs.writeFileSync(file, JSON.stringify(previous));
        const cli = runPlanCli(["--stack", "t-usw2", "--dir", projectDir, "--sub-projects", subProjectsDir, "--quiet"]);
        assert.equal(cli.status, 0, cli.stderr);
        assert.ok(cli.stderr.includes("adopted: set version to 1.35"), cli.stderr);
        assert.ok(cli.stderr.includes("1.35 has no row in the compatibility matrix"), cli.stderr);
        const result = await planStack("t-usw2");
        assert.deepEqual(versionsOf(result), { controlPlane: "1.35", pools: ["1.34", "1.34"], kubeProxy: "v1.34.0-eksbuild.2" });
    });
});

describe("mesh upgrade waves", () => {
    const cluster = { name: "c2" } as ClusterUpgradeArgs["cluster"];
    const upgrade = (mesh: MeshStatus | undefined): UpgradeStatus => ({
        target: "1.34",
        controlPlane: "1.34",
        pools: {},
        addons: "1.34",
        steps: [],
        complete: true,
        mesh,
    });
    const status = (mesh: MeshStatus | undefined) => ({ stack: "c1", target: "1.34", status: upgrade(mesh) });
    const known = ["1-28", "1-29"];
    const at28 = { revisions: ["1-28"], workloads: "1-28", steps: [] };

    it("takes this cluster's step once the previous wave runs the target alone, or has never been applied", () => {
        const done = { revisions: ["1-29"], workloads: "1-29", steps: [] };
        assert.deepEqual(meshUpgrade({ cluster, previous: { upgrade: upgrade(at28) }, previousWave: [status(done)] }, true, "1-29", known), {
            revisions: ["1-28", "1-29"],
            workloads: "1-28",
            steps: [
                "Istio 1-28 → 1-29: relabel the meshed namespaces and gateways, restarting every payment Deployment onto 1-29",
                "Istio 1-28: remove its control plane (no workload uses it)",
            ],
        });
        const fresh = meshUpgrade({ cluster, previous: { upgrade: upgrade(at28) }, previousWave: [{ stack: "c1", target: "1.34" }] }, true, "1-29", known);
        assert.deepEqual(fresh.revisions, ["1-28", "1-29"]);
    });

    it("holds while the previous wave is mid-way through its own, declaring what runs", () => {
        const midway = { revisions: ["1-28", "1-29"], workloads: "1-29", steps: ["Istio 1-28: remove its control plane (no workload uses it)"] };
        const held = meshUpgrade({ cluster, previous: { upgrade: upgrade(at28) }, previousWave: [status(midway)] }, true, "1-29", known);
        assert.deepEqual([held.revisions, held.workloads, held.steps.length], [["1-28"], "1-28", 3]);
    });

    it("installs the target at once on a cluster that does not exist yet", () => {
        assert.deepEqual(meshUpgrade({ cluster, previous: {}, previousWave: [] }, false, "1-29", known), { revisions: ["1-29"], workloads: "1-29", steps: [] });
    });
});
