import * as pulumi from "@pulumi/pulumi";
import { MONITORING_SETTINGS } from "../components/addons/kube-prometheus-stack";
import { strict as assert } from "assert";
import { settingsOf } from "../components/addons";
import { ISTIO_SETTINGS } from "../components/addons/istio";
import { BACKUP_SETTINGS } from "../components/addons/velero";
import { validatePlatformConfig } from "../components/config/validate";
import type { PlatformConfig } from "../components/config/schema";
import { DEFAULT_CONTROL_PLANE_LOGGING, DEFAULT_DISK_SIZE_GIB, expandTopology, resolveAddonSettings } from "../components/topology/expand";
import { prodWith, stackConfig } from "./helpers/config-fixtures";

function valid(raw: unknown): PlatformConfig {
    const result = validatePlatformConfig(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.config;
}

describe("topology expansion", () => {
    it("orders clusters primary first, then by priority", () => {
        const spec = expandTopology(valid(stackConfig("prod")));
        assert.deepEqual(
            spec.clusters.map((c) => [c.name, c.region, c.drRole, c.drPriority]),
            [
                ["prod-use1", "us-east-1", "primary", 1],
                ["prod-usw2", "us-west-2", "secondary", 2],
                ["prod-use2", "us-east-2", "secondary", 3],
            ],
        );
    });

    it("builds each node pool from its class, with the topology's sizes", () => {
        const [primary] = expandTopology(valid(stackConfig("prod"))).clusters;
        assert.deepEqual(primary.nodePools, [
            {
                name: "system",
                className: "system",
                kubernetesVersion: "1.33",
                instanceTypes: ["m7i.xlarge", "m6i.xlarge"],
                capacityType: "ON_DEMAND",
                diskSizeGiB: 100,
                labels: { "platform.payments.io/pool": "system" },
                taints: [{ key: "CriticalAddonsOnly", value: "true", effect: "NoSchedule" }],
                replicas: 3,
                min: 3,
                max: 6,
            },
            {
                name: "payments",
                className: "payments",
                kubernetesVersion: "1.33",
                instanceTypes: ["c7i.2xlarge", "c6i.2xlarge"],
                capacityType: "ON_DEMAND",
                diskSizeGiB: 100,
                labels: { "platform.payments.io/pool": "payments", "payments.io/pci-scope": "true" },
                taints: [{ key: "payments.io/pci-scope", value: "true", effect: "NoSchedule" }],
                replicas: 6,
                min: 6,
                max: 30,
            },
        ]);
    });

    it("lets a cluster override class variables and control-plane settings, one field at a time", () => {
        const spec = expandTopology(
            valid(
                prodWith((c) => {
                    c.clusters[1].topology.variables = { natGatewayMode: "single" };
                    c.clusters[1].topology.controlPlane = { endpointPublicAccess: true, publicAccessCidrs: ["203.0.113.0/24"] };
                }),
            ),
        );
        const overridden = spec.clusters.find((c) => c.name === "prod-usw2");
        const untouched = spec.clusters.find((c) => c.name === "prod-use2");
        assert.equal(overridden?.natGatewayMode, "single");
        assert.equal(overridden?.availabilityZoneCount, 3, "class variable kept where not overridden");
        assert.deepEqual(overridden?.controlPlane, {
            endpointPublicAccess: true,
            publicAccessCidrs: ["203.0.113.0/24"],
            logging: ["api", "audit", "authenticator", "controllerManager", "scheduler"],
            secretsEncryption: true,
        });
        assert.equal(untouched?.natGatewayMode, "perAz");
        assert.equal(untouched?.controlPlane.endpointPublicAccess, false);
    });

    it("takes the cluster version over the class version, and node pools default to the cluster's", () => {
        const spec = expandTopology(
            valid(
                prodWith((c) => {
                    c.clusterClasses["payments-eks"].kubernetesVersion = "1.32";
                    delete c.clusters[2].topology.version;
                    c.clusters[0].topology.workers.machineDeployments[1].version = "1.32";
                }),
            ),
        );
        const byName = new Map(spec.clusters.map((c) => [c.name, c]));
        assert.equal(byName.get("prod-use1")?.kubernetesVersion, "1.33");
        assert.deepEqual(
            byName.get("prod-use1")?.nodePools.map((p) => p.kubernetesVersion),
            ["1.33", "1.32"],
        );
        assert.equal(byName.get("prod-use2")?.kubernetesVersion, "1.32", "falls back to the class version");
    });

    it("applies platform defaults where neither class nor cluster says", () => {
        const spec = expandTopology(
            valid(
                prodWith((c) => {
                    const cls = c.clusterClasses["payments-eks"];
                    delete cls.controlPlane;
                    delete cls.variables;
                    delete cls.machineDeploymentClasses.payments.diskSizeGiB;
                    delete cls.machineDeploymentClasses.payments.capacityType;
                }),
            ),
        );
        const [primary] = spec.clusters;
        assert.deepEqual(primary.controlPlane, {
            endpointPublicAccess: false,
            publicAccessCidrs: [],
            logging: DEFAULT_CONTROL_PLANE_LOGGING,
            secretsEncryption: true,
        });
        assert.equal(primary.availabilityZoneCount, 3);
        assert.equal(primary.natGatewayMode, "perAz");
        assert.equal(primary.nodePools[1].diskSizeGiB, DEFAULT_DISK_SIZE_GIB);
        assert.equal(primary.nodePools[1].capacityType, "ON_DEMAND");
    });

    it("resolves settings an environment of another program version validated only if they still fit, else names the stack to apply", () => {
        assert.equal(settingsOf({ addons: { istio: { meshId: "mesh-a" } }, environment: "prod" }, ISTIO_SETTINGS).meshId, "mesh-a");
        const stale = () => settingsOf({ addons: { istio: { meshId: "mesh-a", gatewayReplicas: 3 } }, environment: "prod" }, ISTIO_SETTINGS);
        assert.throws(stale, {
            message:
                'addons.istio: Unrecognized key: "gatewayReplicas": the environment\'s config was validated by another version of this program; apply the environment stack with this one first',
        });
        // A RunError: Pulumi prints it as a message, without a stack trace.
        assert.throws(stale, (error: unknown) => pulumi.RunError.isInstance(error));
    });

    it("resolves add-on settings, defaulting the RPO by environment", () => {
        assert.deepEqual(resolveAddonSettings(expandTopology(valid(stackConfig("prod")))), {
            istio: {
                meshId: "payments-mesh",
                gatewayScheme: "internet-facing",
                gatewayMinReplicas: 3,
                gatewayMaxReplicas: 12,
                egressGatewayMinReplicas: 2,
                egressGatewayMaxReplicas: 6,
            },
            monitoring: {
                receivers: {
                    page: { pagerduty: { routingKeyPartnerSecret: "pagerdutyRoutingKey" } },
                    ticket: { slack: { webhookUrlPartnerSecret: "slackWebhookUrl", channel: "#payments-alerts" } },
                },
                deadMansSwitch: { webhookUrlPartnerSecret: "alertmanagerHeartbeatUrl" },
                retentionDays: 30,
                storageGiB: 200,
                prometheusResources: { cpu: "1", memory: "8Gi" },
            },
            backup: { rpoMinutes: 15, retentionDays: 35, lock: { mode: "COMPLIANCE", days: 35 } },
            certificates: { acmeServer: "https://acme-v02.api.letsencrypt.org/directory", email: undefined },
            sizes: {},
        });
        // Every default (only prod's required pager stays).
        const bare = expandTopology(
            valid(
                prodWith((c) => (c.addons = { monitoring: { receivers: c.addons.monitoring.receivers, deadMansSwitch: c.addons.monitoring.deadMansSwitch } })),
            ),
        );
        assert.deepEqual(settingsOf(bare, BACKUP_SETTINGS), { rpoMinutes: 15, retentionDays: 30, lock: { mode: "COMPLIANCE", days: 30 } });
        assert.equal(settingsOf(bare, ISTIO_SETTINGS).gatewayScheme, "internet-facing");
        const staging = expandTopology(valid({ ...stackConfig("staging"), addons: {} }));
        assert.equal(settingsOf(staging, BACKUP_SETTINGS).rpoMinutes, 60);
        assert.deepEqual(settingsOf(staging, BACKUP_SETTINGS).lock, { mode: "GOVERNANCE", days: 30 }, "staging can be torn down");
        assert.deepEqual(settingsOf(staging, MONITORING_SETTINGS).prometheusResources, { cpu: "500m", memory: "4Gi" }, "fits staging's m7i.large system nodes");
    });

    it("expands staging to two regions with a shared NAT gateway and Spot payments nodes", () => {
        const spec = expandTopology(valid(stackConfig("staging")));
        assert.deepEqual(
            spec.clusters.map((c) => c.region),
            ["us-east-2", "us-west-2"],
        );
        assert.deepEqual(
            spec.clusters.map((c) => c.natGatewayMode),
            ["single", "single"],
        );
        assert.deepEqual(
            spec.clusters.map((c) => c.nodePools[1].capacityType),
            ["SPOT", "SPOT"],
        );
    });
});
