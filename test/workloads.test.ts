import { strict as assert } from "assert";
import { principalOf } from "../components/workloads/call-graph";
import type { PlanResource } from "../tools/offline-plan/plan-file";
import { platformOf } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";
import type { EnvironmentPlan } from "./helpers/environment";
import { promqlErrors } from "./helpers/promql";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests are asserted field by field
type Any = any;

for (const stack of ["prod", "staging"] as const) {
    describe(`payment workloads of the ${stack} plan`, () => {
        let result: EnvironmentPlan;
        const platform = platformOf(stack);
        before(async () => {
            result = await planOf(stack);
        });
        const ofType = (type: string): PlanResource[] => result.plan.resources.filter((r) => r.type === type);
        const find = (name: string): PlanResource => {
            const resource = result.plan.resources.find((r) => r.name === name);
            assert.ok(resource, `${name} missing from the plan`);
            return resource;
        };
        const inputs = (name: string): Any => find(name).inputs;

        it("deploys every service into every cluster, a canary where configured", () => {
            const deployments = ofType("kubernetes:apps/v1:Deployment");
            const expected = platform.clusters.flatMap((c) =>
                platform.services.flatMap((s) => [
                    `payments-${c.name}-payments-${s.name}-stable`,
                    ...(s.canary ? [`payments-${c.name}-payments-${s.name}-canary`] : []),
                ]),
            );
            assert.deepEqual(deployments.map((d) => d.name).sort(), expected.sort());
        });

        it("hardens every Deployment", () => {
            const deployments = ofType("kubernetes:apps/v1:Deployment");
            assert.ok(deployments.length > 0);
            for (const deployment of deployments) {
                const spec = (deployment.inputs as Any).spec;
                const pod = spec.template.spec;
                const where = deployment.name;
                assert.equal(spec.replicas, undefined, `${where}: the HPA owns replicas`);
                assert.deepEqual(
                    pod.securityContext,
                    { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001, seccompProfile: { type: "RuntimeDefault" } },
                    where,
                );
                assert.equal(pod.automountServiceAccountToken, false, where);
                assert.equal(pod.priorityClassName, "payments-critical", where);
                assert.equal(pod.terminationGracePeriodSeconds, 45, where);
                assert.equal(pod.hostNetwork, undefined, where);
                assert.equal(pod.hostPID, undefined, where);
                assert.deepEqual(
                    pod.topologySpreadConstraints.map((c: Any) => [c.topologyKey, c.whenUnsatisfiable]),
                    [
                        ["topology.kubernetes.io/zone", "DoNotSchedule"],
                        ["kubernetes.io/hostname", "ScheduleAnyway"],
                    ],
                    where,
                );
                assert.equal(pod.containers.length, 1, where);
                const [container] = pod.containers;
                assert.deepEqual(
                    container.securityContext,
                    {
                        allowPrivilegeEscalation: false,
                        readOnlyRootFilesystem: true,
                        runAsNonRoot: true,
                        privileged: false,
                        capabilities: { drop: ["ALL"] },
                        seccompProfile: { type: "RuntimeDefault" },
                    },
                    where,
                );
                assert.match(container.image, /(:(?!latest$)[\w][\w.-]*|@sha256:[0-9a-f]{64})$/, `${where}: pinned image`);
                assert.ok(container.resources.requests.cpu && container.resources.requests.memory, where);
                assert.equal(container.resources.limits.memory, container.resources.requests.memory, where);
                for (const probe of ["startupProbe", "livenessProbe", "readinessProbe"]) assert.ok(container[probe]?.httpGet?.path, `${where}: ${probe}`);
                assert.deepEqual(container.lifecycle, { preStop: { sleep: { seconds: 10 } } }, where);
                assert.deepEqual(container.volumeMounts, [{ name: "tmp", mountPath: "/tmp" }], where);
            }
        });

        for (const service of platform.services) {
            const n = (cluster: string, rest: string) => `payments-${cluster}-payments-${service.name}-${rest}`;
            describe(service.name, () => {
                const cluster = platform.clusters[0].name;

                it("lives in a PSA-restricted, meshed namespace with a quota and limit range", () => {
                    const ns = inputs(n(cluster, "namespace"));
                    assert.equal(ns.metadata.name, `payments-${service.name}`);
                    for (const mode of ["enforce", "audit", "warn"]) assert.equal(ns.metadata.labels[`pod-security.kubernetes.io/${mode}`], "restricted");
                    assert.equal(ns.metadata.labels["istio.io/rev"], "1-28");
                    // On the pod template too: a move to another revision restarts the Deployment onto it.
                    assert.equal(inputs(n(cluster, "stable")).spec.template.metadata.labels["istio.io/rev"], "1-28");
                    const hard = inputs(n(cluster, "quota")).spec.hard;
                    assert.ok(Number(hard.pods) > service.maxReplicas);
                    assert.equal(inputs(n(cluster, "limits")).spec.limits[0].type, "Container");
                });

                it("autoscales on CPU and request rate, and keeps all but one pod during drains", () => {
                    const hpa = inputs(n(cluster, "stable-hpa")).spec;
                    assert.deepEqual([hpa.minReplicas, hpa.maxReplicas], [service.minReplicas, service.maxReplicas]);
                    assert.deepEqual(
                        hpa.metrics.map((m: Any) => m.type),
                        ["Resource", "Pods"],
                    );
                    assert.equal(hpa.metrics[1].pods.target.averageValue, String(service.targetRequestsPerSecond));
                    assert.deepEqual(inputs(n(cluster, "pdb")).spec, { maxUnavailable: 1, selector: { matchLabels: { app: service.name } } });
                });

                it("admits exactly the declared callers through the mesh", () => {
                    const authz = inputs(n(cluster, "authorization")).spec;
                    assert.equal(authz.action, "ALLOW");
                    const principals = authz.rules.map((r: Any) => r.from[0].source.principals[0]);
                    assert.deepEqual(
                        principals,
                        service.callers.map((c) => principalOf(c.service, platform.services)),
                    );
                    const netpols = result.plan.resources.filter(
                        (r) => r.type === "kubernetes:networking.k8s.io/v1:NetworkPolicy" && r.name.startsWith(n(cluster, "netpol-")),
                    );
                    assert.deepEqual((netpols.find((p) => p.name.endsWith("default-deny"))?.inputs as Any).spec, {
                        podSelector: {},
                        policyTypes: ["Ingress", "Egress"],
                    });
                    const callers =
                        (netpols.find((p) => p.name.endsWith("allow-callers"))?.inputs as Any)?.spec.ingress[0].from.map(
                            (peer: Any) => peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"],
                        ) ?? [];
                    assert.deepEqual(
                        callers,
                        service.callers.map((c) => (c.service === "ingress" ? "istio-ingress" : `payments-${c.service}`)),
                    );
                });

                it("talks mutual TLS with circuit breaking, and routes with timeouts and safe retries", () => {
                    const rule = inputs(n(cluster, "destination-rule")).spec;
                    assert.equal(rule.trafficPolicy.tls.mode, "ISTIO_MUTUAL");
                    assert.ok(rule.trafficPolicy.outlierDetection.consecutive5xxErrors > 0);
                    assert.ok(rule.trafficPolicy.connectionPool.http.http2MaxRequests > 0);
                    const route = inputs(n(cluster, "virtual-service")).spec.http[0];
                    assert.equal(route.timeout, `${service.timeoutMs}ms`);
                    assert.equal(route.retries.retryOn, "connect-failure,refused-stream");
                    assert.equal(
                        route.route.reduce((sum: number, r: Any) => sum + r.weight, 0),
                        100,
                    );
                    if (service.canary)
                        assert.deepEqual(
                            route.route.map((r: Any) => [r.destination.subset, r.weight]),
                            [
                                ["stable", 100 - service.canary.weight],
                                ["canary", service.canary.weight],
                            ],
                        );
                });

                it("is scraped and carries SLO recording rules and burn-rate alerts that parse", () => {
                    assert.deepEqual(inputs(n(cluster, "service-monitor")).spec.endpoints, [{ port: "http-metrics", path: "/metrics", interval: "15s" }]);
                    const groups = inputs(n(cluster, "slo-rules")).spec.groups;
                    const rules = groups.flatMap((g: Any) => g.rules);
                    assert.equal(rules.filter((r: Any) => r.alert).length, 8);
                    for (const rule of rules) {
                        assert.deepEqual(promqlErrors(rule.expr), [], rule.expr);
                        if (rule.alert) {
                            assert.ok(["page", "ticket"].includes(rule.labels.severity));
                            assert.match(rule.annotations.runbook_url, /^https:\/\/runbooks\.payments\.example\.com\/platform\/slo-burn\//);
                        }
                    }
                });

                it(service.iamPolicyArns.length > 0 ? "gets an IRSA role bound to its service account" : "gets no AWS role", () => {
                    const role = result.resources.find((r) => r.name === n(cluster, "role"));
                    const sa = inputs(n(cluster, "sa"));
                    if (service.iamPolicyArns.length === 0) {
                        assert.equal(role, undefined);
                        assert.deepEqual(sa.metadata.annotations, {});
                        return;
                    }
                    assert.equal(sa.metadata.annotations["eks.amazonaws.com/role-arn"], role?.state?.arn);
                    const trust = JSON.parse(inputs(n(cluster, "role")).assumeRolePolicy);
                    assert.match(
                        Object.values(trust.Statement[0].Condition.StringEquals)[0] as string,
                        new RegExp(`^system:serviceaccount:payments-${service.name}:${service.name}$`),
                    );
                });
            });
        }

        for (const cluster of platform.clusters) {
            it(`exposes the API of ${cluster.name} over HTTPS, redirecting HTTP, with its deep health path routed to the stable track`, () => {
                const gateway = inputs(`payments-${cluster.name}-payments-api-gateway`);
                const hosts = [platform.dns.apiHost, `${cluster.name}.${platform.dns.apiHost}`];
                assert.deepEqual(gateway.spec.servers, [
                    {
                        port: { number: 443, name: "https", protocol: "HTTPS" },
                        hosts,
                        tls: { mode: "SIMPLE", credentialName: "payments-api-tls", minProtocolVersion: "TLSV1_2" },
                    },
                    { port: { number: 80, name: "http", protocol: "HTTP" }, hosts, tls: { httpsRedirect: true } },
                ]);
                const routes = inputs(`payments-${cluster.name}-payments-api-routes`).spec;
                assert.deepEqual(routes.gateways, ["istio-ingress/payments-api"]);
                assert.deepEqual(routes.http[0].match, [{ uri: { exact: platform.services.find((service) => service.public)?.healthPath } }]);
                assert.equal(routes.http[0].route[0].destination.subset, "stable");
                assert.equal(routes.http[0].route[0].destination.host, "payment-gateway.payments-payment-gateway.svc.cluster.local");
                // Issued in the cluster by cert-manager for both hosts (no certificate placed by hand), waited for.
                const certificate = inputs(`payments-${cluster.name}-payments-api-certificate`);
                assert.deepEqual(certificate.spec.dnsNames, hosts);
                assert.equal(certificate.spec.secretName, "payments-api-tls");
                assert.deepEqual(certificate.spec.issuerRef, { kind: "ClusterIssuer", name: "letsencrypt", group: "cert-manager.io" });
                assert.equal(certificate.metadata.annotations["pulumi.com/waitFor"], "condition=Ready");
                const issuer = inputs(`payments-${cluster.name}-addons-cert-manager-cluster-issuer`).spec.acme;
                assert.deepEqual(issuer.solvers[0].dns01.route53.region, cluster.region);
                const dns01 = JSON.parse(inputs(`payments-${cluster.name}-addons-cert-manager-dns01`).policy);
                // Only the challenge records of the hosts the certificate names, TXT only; no zone lookup.
                assert.deepEqual(dns01.Statement[1].Condition, {
                    "ForAllValues:StringEquals": {
                        "route53:ChangeResourceRecordSetsRecordTypes": ["TXT"],
                        "route53:ChangeResourceRecordSetsNormalizedRecordNames": hosts.map((host: string) => `_acme-challenge.${host}`),
                    },
                });
                assert.ok(!JSON.stringify(dns01).includes("ListHostedZonesByName"));
                assert.deepEqual(inputs(`payments-${cluster.name}-payments-priority-class`).metadata, { name: "payments-critical" });
            });
        }
    });
}
