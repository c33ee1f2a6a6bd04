import { PAYMENTS_NEED_ADDONS } from "../components/workloads/payments";
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ManifestValidator, readCrdSchemas } from "../tools/manifests/validate";
import { REPO_ROOT } from "./helpers/cli";

const SHARED_CRDS = path.resolve(REPO_ROOT, "..", "shared", "crds");
import { ADDONS, chartPins, customResourceOwners, inInstallOrder, platformNamespaces, settingsDeclarations, settingsOf } from "../components/addons";
import { MONITORING_SETTINGS, platformAlertGroups } from "../components/addons/kube-prometheus-stack";
import { syncedSecrets } from "../components/addons/external-secrets";
import { BACKUP_SETTINGS } from "../components/addons/velero";
import { externalSecretSpec } from "../components/addons/external-secrets";
import { gatewayServiceAnnotations, ISTIO_SETTINGS } from "../components/addons/istio";
import { installOrder } from "../components/addons/order";
import { cronPeriodMinutes } from "../components/backup/schedule";
import { replicationRules } from "../components/backup/replication";
import type { ClusterSpec } from "../components/topology/spec";
import type { PlanResource } from "../tools/offline-plan/plan-file";
import { platformOf } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";
import { clusterProviderUrn, type EnvironmentPlan } from "./helpers/environment";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- chart values are asserted field by field
type Values = any;

describe("add-on declarations", () => {
    it("derive the platform namespaces: Kubernetes' own, then each add-on's in install order, each once", () => {
        const namespaces = platformNamespaces(ADDONS);
        assert.deepEqual(namespaces.slice(0, 3), ["kube-system", "kube-public", "kube-node-lease"]);
        assert.equal(new Set(namespaces).size, namespaces.length, "each once");
        const owned = inInstallOrder(ADDONS).flatMap((addon) => (addon.platformNamespaces ? addon.namespaces : []));
        assert.deepEqual(namespaces.slice(3), [...new Set(owned.filter((namespace) => !namespaces.slice(0, 3).includes(namespace)))]);
        assert.ok(namespaces.includes("velero") && namespaces.includes("istio-egress"), "every platform add-on's, the last installed included");
    });

    it("give each custom resource kind one owner, and refuse two add-ons claiming the same CRD", () => {
        assert.equal(customResourceOwners(ADDONS).get("velero.io/v1 Schedule"), "velero");
        assert.equal(customResourceOwners(ADDONS).get("security.istio.io/v1 PeerAuthentication"), "istio-base");
        const twin = { ...ADDONS.find((addon) => addon.name === "velero"), name: "velero-twin" } as (typeof ADDONS)[number];
        assert.throws(() => customResourceOwners([...ADDONS, twin]), {
            message: 'custom resource velero.io/v1 Backup is declared by both add-on "velero" and add-on "velero-twin"; one add-on brings each CRD',
        });
    });

    it("declare their settings once: Istio's add-ons share one declaration, and two declarations of one key are refused", () => {
        assert.deepEqual(
            settingsDeclarations(ADDONS).map((declaration) => declaration.key),
            ["istio", "monitoring", "backup", "certificates"],
        );
        const rival = { ...MONITORING_SETTINGS };
        const twin = { ...ADDONS.find((addon) => addon.name === "storage"), name: "rival", settings: rival } as (typeof ADDONS)[number];
        assert.throws(() => settingsDeclarations([...ADDONS, twin]), {
            message: 'add-on "rival" declares settings addons.monitoring, which another add-on already declares differently; share one declaration',
        });
    });

    it("declare only custom resource kinds that have a schema (a published model, or a CRD in ../shared/crds)", async function () {
        if (!fs.existsSync(SHARED_CRDS)) return this.skip(); // without ../shared/crds the Calico and Velero kinds cannot be checked
        const validator = new ManifestValidator(readCrdSchemas(SHARED_CRDS));
        for (const key of customResourceOwners(ADDONS).keys()) {
            const [apiVersion, kind] = key.split(" ");
            const outcome = await validator.validate({ apiVersion, kind, metadata: { name: "x" } });
            assert.notEqual(outcome.status, "no-model", `${key} has no schema`);
        }
    });
});

describe("add-on model", () => {
    it("derives the install order from dependencies", () => {
        const order = installOrder(ADDONS);
        assert.deepEqual([...order].sort(), ADDONS.map((addon) => addon.name).sort(), "every add-on once");
        const at = (name: string) => order.indexOf(name);
        for (const addon of ADDONS) for (const dependency of addon.dependsOn) assert.ok(at(dependency) < at(addon.name), `${dependency} before ${addon.name}`);
        assert.ok(at("istio-base") < at("istiod") && at("istiod") < at("istio-gateway"));
        assert.ok(at("storage") < at("kube-prometheus-stack") && at("external-secrets") < at("kube-prometheus-stack"));
        assert.ok(at("external-secrets") < at("istiod"), "istiod's CA comes through External Secrets");
    });

    it("builds ExternalSecrets against the cluster's own store, extracting a whole secret or chosen keys", () => {
        assert.deepEqual(externalSecretSpec({ target: "cacerts", extractKey: "p/prod/istio-cacerts-a" }), {
            refreshInterval: "1h",
            secretStoreRef: { kind: "ClusterSecretStore", name: "aws-secrets-manager" },
            target: { name: "cacerts", creationPolicy: "Owner" },
            dataFrom: [{ extract: { key: "p/prod/istio-cacerts-a" } }],
        });
        assert.deepEqual(
            externalSecretSpec({
                target: "tls",
                refreshInterval: "15m",
                template: { type: "kubernetes.io/tls" },
                data: [
                    { secretKey: "tls.crt", key: "p/cert", property: "certificate" },
                    { secretKey: "x", key: "p/x" },
                ],
            }),
            {
                refreshInterval: "15m",
                secretStoreRef: { kind: "ClusterSecretStore", name: "aws-secrets-manager" },
                target: { name: "tls", creationPolicy: "Owner", template: { type: "kubernetes.io/tls" } },
                data: [
                    { secretKey: "tls.crt", remoteRef: { key: "p/cert", property: "certificate" } },
                    { secretKey: "x", remoteRef: { key: "p/x" } },
                ],
            },
        );
    });

    it("makes the gateway's NLB internal unless config says internet-facing", () => {
        assert.equal(gatewayServiceAnnotations("internal")["service.beta.kubernetes.io/aws-load-balancer-internal"], "true");
        assert.equal(gatewayServiceAnnotations("internet-facing")["service.beta.kubernetes.io/aws-load-balancer-internal"], undefined);
        assert.equal(gatewayServiceAnnotations("internet-facing")["service.beta.kubernetes.io/aws-load-balancer-type"], "nlb");
    });

    it("builds one replication rule per secondary, in failover order", () => {
        const rules = replicationRules([
            { cluster: "b", region: "us-west-2", bucketArn: "arn:aws:s3:::b", keyArn: "kb" },
            { cluster: "c", region: "us-east-2", bucketArn: "arn:aws:s3:::c", keyArn: "kc" },
        ]);
        assert.deepEqual(
            rules.map((r) => [r.id, r.priority, r.destination.bucket, r.destination.encryptionConfiguration.replicaKmsKeyId]),
            [
                ["to-b", 1, "arn:aws:s3:::b", "kb"],
                ["to-c", 2, "arn:aws:s3:::c", "kc"],
            ],
        );
        assert.ok(rules.every((r) => r.sourceSelectionCriteria.sseKmsEncryptedObjects.status === "Enabled"));
        // Replication Time Control, the 15 minutes the cluster-state RPO counts on, with its metrics.
        assert.deepEqual(
            rules.map((r) => [r.destination.replicationTime, r.destination.metrics]),
            [0, 1].map(() => [
                { status: "Enabled", time: { minutes: 15 } },
                { status: "Enabled", eventThreshold: { minutes: 15 } },
            ]),
        );
    });
});

for (const stack of ["prod", "staging"] as const) {
    describe(`add-ons of the ${stack} plan`, () => {
        let result: EnvironmentPlan;
        const platform = platformOf(stack);
        before(async () => {
            result = await planOf(stack);
        });
        const find = (name: string): PlanResource => {
            const resource = result.plan.resources.find((r) => r.name === name);
            assert.ok(resource, `${name} missing from the plan`);
            return resource;
        };
        const inputs = (name: string): Values => find(name).inputs;
        const releases = () => result.plan.resources.filter((r) => r.type === "kubernetes:helm.sh/v3:Release");

        it("pins every Helm release to its add-on's declared chart, with a repository", () => {
            const pins = [...chartPins(ADDONS).values()];
            assert.equal(releases().length, platform.clusters.length * pins.length);
            for (const release of releases()) {
                const values = release.inputs as Values;
                assert.match(values.version, /^v?\d+\.\d+\.\d+$/, `${release.name} is pinned`);
                assert.match(values.repositoryOpts.repo, /^https:\/\//);
                assert.ok(
                    pins.some((pin) => pin.chart === values.chart && pin.version === values.version && pin.repo === values.repositoryOpts.repo),
                    release.name,
                );
                assert.equal(values.atomic, true);
            }
        });

        it("puts every custom resource after the chart of the add-on that declares its CRD", () => {
            const owners = customResourceOwners(ADDONS);
            const ownerOf = (type: string) => owners.get(type.replace(/^kubernetes:/, "").replace(/:([A-Za-z]+)$/, " $1"));
            const customs = result.plan.resources.filter((r) => ownerOf(r.type));
            assert.ok(customs.length >= platform.clusters.length * 10);
            const byUrn = new Map(result.plan.resources.map((r) => [r.urn, r]));
            // What a resource waits for, directly or through what it waits for (Calico's API server waits for the chart).
            const waitsFor = (urn: string, seen = new Set<string>()): Set<string> => {
                for (const dependency of byUrn.get(urn)?.dependsOn ?? []) if (!seen.has(dependency)) waitsFor(dependency, seen.add(dependency));
                return seen;
            };
            for (const custom of customs) {
                const cluster = platform.clusters.find((c) => custom.name.startsWith(`payments-${c.name}-`));
                const owner = ADDONS.find((addon) => addon.name === ownerOf(custom.type));
                const chartNames = Object.values(owner?.charts ?? {}).map((pin) => pin.chart);
                const charts = releases().filter(
                    (r) => r.name.startsWith(`payments-${cluster?.name}-addons-${owner?.name}-`) && chartNames.includes((r.inputs as Values).chart),
                );
                assert.equal(charts.length, chartNames.length, `${owner?.name}'s charts in ${cluster?.name}`);
                assert.ok(
                    charts.some((chart) => waitsFor(custom.urn).has(chart.urn)),
                    `${custom.name} waits for its CRD's chart`,
                );
            }
        });

        it("monitors what EKS exposes and the platform's own controllers, and keeps hook Jobs on the system pool", () => {
            for (const cluster of platform.clusters) {
                const n = (rest: string) => `payments-${cluster.name}-addons-${rest}`;
                const values = inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values;
                for (const hidden of ["kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"])
                    assert.deepEqual(values[hidden], { enabled: false }, hidden);
                assert.equal(values.defaultRules.rules.kubeSchedulerAlerting, false);
                // Calico's operator CRDs applied from the pinned release before every upgrade of its chart.
                const calicoCrds = find(n("calico-operator-crds"));
                assert.equal((calicoCrds.inputs as Values).file, "https://raw.githubusercontent.com/projectcalico/calico/v3.31.7/manifests/operator-crds.yaml");
                assert.ok(find(n("calico-tigera-operator")).dependsOn.includes(calicoCrds.urn));
                assert.equal(inputs(n("calico-tigera-operator")).values.manageCRDs, false, "one owner of Calico's CRDs");
                // CRDs from their own release, which Helm upgrades (a chart's crds/ folder it never does).
                assert.deepEqual(values.crds, { enabled: false });
                const crds = find(n("kube-prometheus-stack-prometheus-operator-crds"));
                assert.deepEqual([(crds.inputs as Values).chart, (crds.inputs as Values).version], ["prometheus-operator-crds", "24.0.2"]);
                assert.ok(find(n("kube-prometheus-stack-kube-prometheus-stack")).dependsOn.includes(crds.urn));
                const system = cluster.nodePools.find((p) => p.name === "system");
                assert.deepEqual(values.prometheusOperator.admissionWebhooks.patch.nodeSelector, system?.labels);
                assert.deepEqual(inputs(n("kube-prometheus-stack-velero-monitor")).spec.podMetricsEndpoints, [{ port: "http-monitoring", interval: "30s" }]);
                assert.deepEqual(inputs(n("kube-prometheus-stack-calico-node-monitor")).spec.podMetricsEndpoints, [{ portNumber: 9091, interval: "30s" }]);
                const felix = find(n("calico-felix-metrics"));
                assert.equal(felix.type, "kubernetes:projectcalico.org/v3:FelixConfigurationPatch");
                assert.ok(felix.dependsOn.includes(find(n("calico-apiserver")).urn), "served by the Calico API server");
                assert.deepEqual((felix.inputs as Values).spec, { prometheusMetricsEnabled: true, prometheusMetricsPort: 9091 });
                assert.deepEqual(inputs(n("kube-prometheus-stack-external-secrets-monitor")).spec.selector.matchLabels, {
                    "app.kubernetes.io/name": "external-secrets",
                    "app.kubernetes.io/instance": "external-secrets",
                });
                const rules = inputs(n("kube-prometheus-stack-platform-rules")).spec.groups;
                assert.deepEqual(rules, platformAlertGroups(cluster.name, settingsOf(platform, BACKUP_SETTINGS).rpoMinutes, platform.runbookBaseUrl));
                const eso = inputs(n("external-secrets-external-secrets")).values;
                assert.deepEqual(
                    [eso.replicaCount, eso.leaderElect, eso.webhook.replicaCount, eso.webhook.podDisruptionBudget],
                    [2, true, 2, { enabled: true, minAvailable: 1 }],
                );
            }
        });

        for (const cluster of platform.clusters) {
            describe(cluster.name, () => {
                const n = (rest: string) => `payments-${cluster.name}-addons-${rest}`;
                const systemPool = () => cluster.nodePools.find((p) => p.name === "system") as ClusterSpec["nodePools"][number];

                it("nests each add-on under the cluster's ClusterAddons component and reports the order", () => {
                    const addons = find(`payments-${cluster.name}-addons`);
                    assert.equal(addons.parent, find(`payments-${cluster.name}`).urn);
                    for (const addon of installOrder(ADDONS)) assert.equal(find(n(addon)).parent, addons.urn, addon);
                    assert.equal(find(n("calico-tigera-operator")).parent, find(n("calico")).urn);
                    const outputs = result.clusters[cluster.name]?.plan.outputs.cluster as Values;
                    assert.deepEqual(outputs.addons, installOrder(ADDONS));
                });

                it("waits for istio-base before the CNI agent and istiod, and istiod before the gateway", () => {
                    assert.ok(find(n("istiod-istiod-1-28")).dependsOn.includes(find(n("istio-base-istio-base")).urn));
                    assert.ok(find(n("istiod-istiod-1-28")).dependsOn.includes(find(n("istio-cni-istio-cni")).urn));
                    assert.ok(find(n("istio-cni-istio-cni")).dependsOn.includes(find(n("istio-base-istio-base")).urn));
                    assert.equal(inputs(n("istiod-istiod-1-28")).values.cni.enabled, true);
                    assert.ok(find(n("istio-gateway-istio-ingressgateway")).dependsOn.includes(find(n("istiod-istiod-1-28")).urn));
                });

                it("starts in-cluster work only after the node pools exist", () => {
                    const groups = cluster.nodePools.map((p) => find(`payments-${cluster.name}-pool-${p.name}-node-group`).urn);
                    for (const release of releases().filter((r) => r.name.startsWith(`payments-${cluster.name}-`))) {
                        for (const group of groups) assert.ok(release.dependsOn.includes(group), `${release.name} after ${group}`);
                    }
                });

                it("places add-on pods on the system pool with requests and limits", () => {
                    const pool = systemPool();
                    const tolerations = pool.taints.map((t) => ({ key: t.key, operator: "Equal", value: t.value, effect: t.effect }));
                    const placed: Values[] = [
                        inputs(n("calico-tigera-operator")).values,
                        inputs(n("istiod-istiod-1-28")).values,
                        inputs(n("istio-gateway-istio-ingressgateway")).values,
                        inputs(n("external-secrets-external-secrets")).values,
                        inputs(n("external-secrets-external-secrets")).values.webhook,
                        inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values.prometheus.prometheusSpec,
                        inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values.alertmanager.alertmanagerSpec,
                        inputs(n("velero-velero")).values,
                    ];
                    for (const values of placed) {
                        assert.deepEqual(values.nodeSelector, pool.labels);
                        assert.deepEqual(values.tolerations, tolerations);
                        assert.ok(values.resources.requests.cpu && values.resources.requests.memory && values.resources.limits.memory);
                    }
                    assert.equal(inputs(n("istiod-istiod-1-28")).values.global.priorityClassName, "system-cluster-critical");
                    assert.equal(inputs(n("calico-tigera-operator")).values.priorityClassName, "system-cluster-critical");
                    assert.deepEqual(inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values["prometheus-node-exporter"].tolerations, [
                        { operator: "Exists" },
                    ]);
                });

                it("installs Calico for policy only (the VPC CNI networks pods) with a default deny for application namespaces", () => {
                    const installation = inputs(n("calico-installation"));
                    assert.deepEqual(installation.spec.cni, { type: "AmazonVPC" });
                    assert.equal(installation.spec.kubernetesProvider, "EKS");
                    const deny = find(n("calico-default-deny"));
                    assert.equal(deny.type, "kubernetes:projectcalico.org/v3:GlobalNetworkPolicy");
                    const apiServer = find(n("calico-apiserver"));
                    assert.deepEqual((apiServer.inputs as Values).metadata.annotations, { "pulumi.com/waitFor": "jsonpath={.status.state}=Ready" });
                    assert.ok(deny.dependsOn.includes(apiServer.urn), "waits for the Calico API server");
                    assert.equal(inputs(n("calico-tigera-operator")).values.apiServer.enabled, false, "the APIServer is the program's, to wait on");
                    const policy = (deny.inputs as Values).spec;
                    assert.deepEqual(policy.types, ["Ingress", "Egress"]);
                    assert.match(policy.namespaceSelector, /^kubernetes\.io\/metadata\.name not in \{'kube-system', .*'istio-system'.*'monitoring'/);
                    assert.deepEqual(
                        policy.egress.map((rule: Values) => [rule.protocol, rule.destination.ports]),
                        [
                            ["UDP", [53]],
                            ["TCP", [53]],
                            ["TCP", [15010, 15012, 15014, 15017]],
                        ],
                    );
                    assert.equal(policy.ingress[0].source.namespaceSelector, "kubernetes.io/metadata.name == 'monitoring'");
                });

                it("configures istiod for a multi-cluster mesh, by revision, with strict mTLS", () => {
                    const values = inputs(n("istiod-istiod-1-28")).values;
                    assert.equal(values.revision, "1-28");
                    assert.deepEqual(values.global.multiCluster, { clusterName: cluster.name });
                    assert.equal(values.global.meshID, "payments-mesh");
                    assert.equal(values.global.network, `network-${cluster.name}`);
                    assert.equal(values.meshConfig.outboundTrafficPolicy.mode, "REGISTRY_ONLY");
                    assert.equal(inputs(n("istiod-istiod-1-28")).name, "istiod-1-28");
                    const mtls = inputs(n("istiod-mesh-mtls"));
                    assert.deepEqual([mtls.kind, mtls.metadata.namespace, mtls.spec.mtls.mode], ["PeerAuthentication", "istio-system", "STRICT"]);
                });

                it("puts the gateway on an NLB, autoscaled and protected by a PDB", () => {
                    const values = inputs(n("istio-gateway-istio-ingressgateway")).values;
                    assert.deepEqual(values.service.annotations, gatewayServiceAnnotations(settingsOf(platform, ISTIO_SETTINGS).gatewayScheme));
                    assert.deepEqual(values.autoscaling, {
                        enabled: true,
                        minReplicas: settingsOf(platform, ISTIO_SETTINGS).gatewayMinReplicas,
                        maxReplicas: settingsOf(platform, ISTIO_SETTINGS).gatewayMaxReplicas,
                        targetCPUUtilizationPercentage: 70,
                    });
                    assert.deepEqual(values.podDisruptionBudget, { minAvailable: 1 });
                    assert.equal(values.revision, "1-28");
                    const egress = inputs(n("istio-egress-gateway-istio-egressgateway")).values;
                    assert.deepEqual(
                        [egress.autoscaling.minReplicas, egress.autoscaling.maxReplicas],
                        [settingsOf(platform, ISTIO_SETTINGS).egressGatewayMinReplicas, settingsOf(platform, ISTIO_SETTINGS).egressGatewayMaxReplicas],
                    );
                });

                it("keeps Prometheus data on gp3 for the configured retention, scrapes every namespace and Istio", () => {
                    const values = inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values;
                    const spec = values.prometheus.prometheusSpec;
                    assert.equal(spec.retention, `${settingsOf(platform, MONITORING_SETTINGS).retentionDays}d`);
                    assert.deepEqual(spec.storageSpec.volumeClaimTemplate.spec.resources.requests, {
                        storage: `${settingsOf(platform, MONITORING_SETTINGS).storageGiB}Gi`,
                    });
                    assert.equal(spec.storageSpec.volumeClaimTemplate.spec.storageClassName, "gp3");
                    assert.equal(inputs(n("storage-gp3")).parameters.type, "gp3");
                    assert.equal(spec.serviceMonitorSelectorNilUsesHelmValues, false);
                    assert.deepEqual(spec.podMonitorNamespaceSelector, {});
                    assert.deepEqual(spec.externalLabels, { cluster: cluster.name, region: cluster.region, environment: stack });
                    assert.equal(values.nodeExporter.enabled, true);
                    assert.equal(values.kubeStateMetrics.enabled, true);
                    assert.deepEqual(inputs(n("kube-prometheus-stack-envoy-stats")).spec.podMetricsEndpoints, [
                        { port: "http-envoy-prom", path: "/stats/prometheus", interval: "15s" },
                    ]);
                    assert.deepEqual(inputs(n("kube-prometheus-stack-istiod-monitor")).spec.namespaceSelector, { matchNames: ["istio-system"] });
                });

                it("generates the Alertmanager configuration from config; the receivers' credentials are synced from Secrets Manager and mounted", () => {
                    const values = inputs(n("kube-prometheus-stack-kube-prometheus-stack")).values;
                    assert.equal(values.alertmanager.alertmanagerSpec.configSecret, "alertmanager-payments");
                    assert.equal(values.alertmanager.config, undefined);
                    const generated = find(n("kube-prometheus-stack-alertmanager-config"));
                    assert.equal(generated.type, "kubernetes:core/v1:Secret");
                    const receivers = settingsOf(platform, MONITORING_SETTINGS).receivers;
                    if (Object.keys(receivers).length === 0) {
                        assert.deepEqual(values.alertmanager.alertmanagerSpec.secrets, []);
                        return;
                    }
                    assert.deepEqual(values.alertmanager.alertmanagerSpec.secrets, ["alertmanager-receivers"]);
                    const synced = inputs(n("kube-prometheus-stack-alertmanager-receivers"));
                    assert.deepEqual(synced.spec.dataFrom, [{ extract: { key: `payments-platform/${stack}/alertmanager-receivers` } }]);
                    assert.ok(generated.dependsOn.includes(find(n("kube-prometheus-stack-alertmanager-receivers")).urn));
                });

                it("points its ClusterSecretStore at its own region, for the namespaces that sync, reading exactly the secrets synced here (never the mesh root)", () => {
                    const store = inputs(n("external-secrets-cluster-secret-store"));
                    assert.equal(store.spec.provider.aws.region, cluster.region);
                    assert.deepEqual(store.spec.provider.aws.auth, { jwt: { serviceAccountRef: { name: "external-secrets", namespace: "external-secrets" } } });
                    const policy = JSON.parse(inputs(n("external-secrets-read-secrets")).policy);
                    const read = (policy.Statement[0].Resource as string[]).map((arn) =>
                        arn.replace(`arn:aws:secretsmanager:${cluster.region}:123456789012:secret:`, "").replace(/-\?{6}$/, ""),
                    );
                    assert.deepEqual(read, syncedSecrets(platform, cluster.name).names);
                    assert.ok(!read.some((name) => name.endsWith("istio-root-ca")), "the mesh root's key is never readable from a cluster");
                    const externalSecrets =
                        result.clusters[cluster.name]?.plan.resources.filter((r) => r.type === "kubernetes:external-secrets.io/v1:ExternalSecret") ?? [];
                    assert.ok(externalSecrets.length >= 3);
                    for (const externalSecret of externalSecrets) {
                        const spec = (externalSecret.inputs as Values).spec;
                        const key = spec.dataFrom?.[0]?.extract?.key ?? spec.data?.[0]?.remoteRef?.key;
                        assert.ok(read.includes(key), `${externalSecret.name} reads ${key}, which the role may read`);
                        assert.ok(store.spec.conditions[0].namespaces.includes((externalSecret.inputs as Values).metadata.namespace), externalSecret.name);
                    }
                    assert.deepEqual(policy.Statement[1].Condition, { StringEquals: { "kms:ViaService": `secretsmanager.${cluster.region}.amazonaws.com` } });
                    const role = result.resources.find((r) => r.name === n("external-secrets-role"));
                    assert.equal(
                        inputs(n("external-secrets-external-secrets")).values.serviceAccount.annotations["eks.amazonaws.com/role-arn"],
                        role?.state?.arn,
                    );
                });

                for (const [addon, namespace, account] of [
                    ["external-secrets", "external-secrets", "external-secrets"],
                    ["velero", "velero", "velero-server"],
                ] as const) {
                    it(`binds the ${addon} IRSA role to its service account and this cluster's OIDC provider`, () => {
                        const eks = result.resources.find((r) => r.name === `payments-${cluster.name}-cluster-eks`);
                        const issuer = String(eks?.state?.oidcIssuer);
                        const trust = JSON.parse(inputs(n(`${addon}-role`)).assumeRolePolicy);
                        assert.equal(trust.Statement.length, 1);
                        assert.equal(trust.Statement[0].Principal.Federated, eks?.state?.oidcProviderArn);
                        assert.deepEqual(trust.Statement[0].Condition.StringEquals, {
                            [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${account}`,
                            [`${issuer}:aud`]: "sts.amazonaws.com",
                        });
                    });
                }

                it("backs up the payments namespaces within the RPO, into a hardened bucket of its own", () => {
                    const schedule = inputs(n("velero-payments-schedule")).spec;
                    assert.ok(cronPeriodMinutes(schedule.schedule) <= settingsOf(platform, BACKUP_SETTINGS).rpoMinutes);
                    if (stack === "prod") assert.equal(schedule.schedule, "*/15 * * * *");
                    // Named one by one: the pinned Velero (1.17) reads no globs.
                    assert.deepEqual(schedule.template.includedNamespaces, platform.services.map((service) => service.namespace).sort());
                    assert.equal(schedule.template.ttl, `${settingsOf(platform, BACKUP_SETTINGS).retentionDays * 24}h0m0s`);
                    const bucket = result.resources.find((r) => r.name === n("velero-bucket"));
                    const key = result.resources.find((r) => r.name === n("velero-key"));
                    assert.equal(inputs(n("velero-bucket-versioning")).versioningConfiguration.status, "Enabled");
                    assert.deepEqual(inputs(n("velero-bucket-encryption")).rules[0].applyServerSideEncryptionByDefault, {
                        sseAlgorithm: "aws:kms",
                        kmsMasterKeyId: key?.state?.arn,
                    });
                    assert.equal(inputs(n("velero-key")).enableKeyRotation, true);
                    const block = inputs(n("velero-bucket-public-access"));
                    assert.deepEqual(
                        [block.blockPublicAcls, block.blockPublicPolicy, block.ignorePublicAcls, block.restrictPublicBuckets],
                        [true, true, true, true],
                    );
                    assert.deepEqual(
                        inputs(n("velero-bucket-lifecycle")).rules.map((r: Values) => r.id),
                        ["expire-noncurrent-versions", "abort-incomplete-uploads"],
                    );
                    const location = inputs(n("velero-backup-location")).spec;
                    assert.deepEqual(location.objectStorage, { bucket: bucket?.state?.bucket });
                    assert.equal(location.config.region, cluster.region);
                    // Docker Hub's plugin image, through the cluster region's cache of Docker Hub.
                    assert.match(
                        inputs(n("velero-velero")).values.initContainers[0].image,
                        new RegExp(`^\\d{12}\\.dkr\\.ecr\\.${cluster.region}\\.amazonaws\\.com/docker-hub/velero/velero-plugin-for-aws:v1\\.13\\.1$`),
                    );
                    const policy = JSON.parse(inputs(n("velero-policy")).policy);
                    assert.equal(policy.Statement.find((s: Values) => s.Sid === "BackupBucket").Resource, bucket?.state?.arn);
                    // Only Velero's own snapshots may be deleted.
                    assert.deepEqual(policy.Statement.find((s: Values) => s.Action === "ec2:DeleteSnapshot").Condition, {
                        StringLike: { "aws:ResourceTag/velero.io/backup": "*" },
                    });
                    assert.deepEqual(schedule.template.excludedResources, ["secrets"], "ExternalSecrets bring them back");
                });

                it("runs Velero reading everywhere and writing only what a restore makes, never as cluster-admin", () => {
                    assert.deepEqual(inputs(n("velero-velero")).values.rbac, {
                        create: true,
                        clusterAdministrator: true,
                        clusterAdministratorName: "payments-velero",
                    });
                    assert.deepEqual(inputs(n("velero-cluster-role")).rules, [
                        { apiGroups: ["*"], resources: ["*"], verbs: ["get", "list", "watch"] },
                        { apiGroups: [""], resources: ["persistentvolumes"], verbs: ["create", "patch", "update"] },
                        { apiGroups: [""], resources: ["namespaces"], verbs: ["create"] },
                    ]);
                    assert.ok(find(n("velero-velero")).dependsOn.includes(find(n("velero-cluster-role")).urn), "the role exists before the chart binds it");
                    // Writes only in the payment namespaces, each binding the restore role to Velero.
                    const bindings = result.resources.filter(
                        (r) => r.type === "kubernetes:rbac.authorization.k8s.io/v1:RoleBinding" && r.name.startsWith(`payments-${cluster.name}-payments-`),
                    );
                    assert.deepEqual(
                        bindings.map((binding) => [(binding.inputs as Values).metadata.namespace, (binding.inputs as Values).roleRef.name]).sort(),
                        platform.services.map((service) => [service.namespace, "payments-velero-restore"]).sort(),
                    );
                });

                if (cluster.drRole === "secondary") {
                    it("holds a read-only location on the environment's replica of the primary's backups, in its own region", () => {
                        const replica = result.resources.find((r) => r.name === `payments-backup-replicas-${cluster.name}-bucket`);
                        const key = result.resources.find((r) => r.name === `payments-backup-replicas-${cluster.name}-key`);
                        const location = inputs(n("velero-replica-location")).spec;
                        assert.equal(location.accessMode, "ReadOnly");
                        assert.deepEqual(location.objectStorage, { bucket: replica?.state?.bucket });
                        assert.equal(location.config.kmsKeyId, key?.state?.arn);
                        assert.match(String(replica?.state?.bucket), new RegExp(`^${platform.clusters[0].name}-velero-replica-`));
                        assert.match(String(key?.state?.arn), new RegExp(`^arn:aws:kms:${cluster.region}:`));
                        assert.ok(!result.clusters[cluster.name]?.plan.resources.some((r) => r.type === "aws:s3/bucket:Bucket" && r.name.includes("replica")));
                    });
                }
            });
        }

        it("replicates the primary's backup bucket into every secondary's region", () => {
            const [primary, ...secondaries] = platform.clusters;
            const config = result.clusters[primary.name]?.plan.resources.find((r) => r.name === "payments-backup-replication-config");
            assert.ok(config, "the primary's stack replicates its backups");
            const source = result.resources.find((r) => r.name === `payments-${primary.name}-addons-velero-bucket`);
            assert.equal((config.inputs as Values).bucket, source?.state?.bucket);
            assert.equal(config.provider, clusterProviderUrn(result, primary.name));
            const rules = (config.inputs as Values).rules;
            assert.deepEqual(
                rules.map((r: Values) => [r.id, r.priority, r.destination.bucket]),
                secondaries.map((s, i) => [
                    `to-${s.name}`,
                    i + 1,
                    result.resources.find((r) => r.name === `payments-backup-replicas-${s.name}-bucket`)?.state?.arn,
                ]),
            );
            for (const [i, secondary] of secondaries.entries()) {
                const key = result.resources.find((r) => r.name === `payments-backup-replicas-${secondary.name}-key`);
                assert.equal(rules[i].destination.encryptionConfiguration.replicaKmsKeyId, key?.state?.arn);
                assert.match(String(key?.state?.arn), new RegExp(`^arn:aws:kms:${secondary.region}:`));
            }
            // The replicas' versioning is the environment stack's, applied first: the rule waits on that stack, and on no cluster's.
            const reference = result.clusters[primary.name]?.plan.resources.find((r) => r.name === "environment");
            assert.ok(reference && config.dependsOn.includes(reference.urn), "waits on the environment's StackReference");
            const clusterReferences =
                result.clusters[primary.name]?.plan.resources.filter((r) => secondaries.some((s) => r.name === `cluster-${s.name}`)) ?? [];
            assert.ok(!clusterReferences.some((r) => config.dependsOn.includes(r.urn)), "needs no secondary's stack");
            assert.ok(config.dependsOn.includes(find(`payments-${primary.name}-addons-velero-bucket-versioning`).urn));
        });
    });
}

describe("platform alerts", () => {
    it("page on a backup older than twice the RPO (or none at all), on an empty backup and on an ExternalSecret not Ready for 15 minutes; ticket a failed backup and a silent Felix", () => {
        const groups = platformAlertGroups("prod-use1", 15, "https://runbooks.example.com");
        const alerts = groups.flatMap((group) => group.rules.map((rule) => [rule.alert, rule.expr, (rule.labels as { severity: string }).severity]));
        assert.deepEqual(alerts, [
            ["VeleroBackupStale", 'time() - velero_backup_last_successful_timestamp{schedule="payments-prod-use1"} > 1800', "page"],
            ["VeleroBackupNeverSucceeded", 'absent(velero_backup_last_successful_timestamp{schedule="payments-prod-use1"})', "page"],
            ["VeleroBackupEmpty", 'velero_backup_items_total{schedule="payments-prod-use1"} == 0', "page"],
            ["VeleroBackupFailed", 'increase(velero_backup_failure_total{schedule="payments-prod-use1"}[1h]) > 0', "ticket"],
            ["CalicoFelixDown", 'up{job="monitoring/calico-node"} == 0', "ticket"],
            ["MeshIntermediateExpiring", "min(citadel_server_cert_chain_expiry_timestamp) - time() < 2592000", "ticket"],
            ["MeshIntermediateExpiringSoon", "min(citadel_server_cert_chain_expiry_timestamp) - time() < 604800", "page"],
            ["ExternalSecretNotSynced", 'max by (namespace, name) (externalsecret_status_condition{condition="Ready", status="False"}) == 1', "page"],
        ]);
    });
});

describe("install order pinned to declared dependencies", () => {
    it("each add-on's releases wait for the cluster and the add-ons it declares, nothing else; the payments for the add-ons they need", async () => {
        const result = await planOf("prod");
        const cluster = result.clusters["prod-use1"];
        assert.ok(cluster);
        const resources = cluster.plan.resources;
        const byName = new Map(ADDONS.map((addon) => [addon.name, addon]));
        const owner = (urn: string) =>
            [...byName.keys()].sort((a, b) => b.length - a.length).find((name) => urn.includes(`::payments-prod-use1-addons-${name}-`));
        for (const release of resources.filter((r) => r.type === "kubernetes:helm.sh/v3:Release")) {
            const self = owner(release.urn);
            assert.ok(self, release.name);
            const allowed = new Set([self, ...(byName.get(self)?.dependsOn ?? [])]);
            for (const dependency of release.dependsOn.map(owner).filter((name): name is string => name !== undefined))
                assert.ok(allowed.has(dependency), `${release.name} waits for ${dependency}, which ${self} does not declare`);
        }
        // Every payment object is created after its namespace, which waits for exactly these.
        const namespace = resources.find((r) => r.type === "kubernetes:core/v1:Namespace" && r.name === "payments-prod-use1-payments-ledger-namespace");
        assert.ok(namespace);
        const waitedFor = new Set(namespace.dependsOn.map(owner).filter((name): name is string => name !== undefined));
        assert.deepEqual([...waitedFor].sort(), [...PAYMENTS_NEED_ADDONS].sort(), "the payments wait for exactly the add-ons they need");
    });
});
