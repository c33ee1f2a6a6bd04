import { strict as assert } from "assert";
import { validatePlatformConfig } from "../components/config/validate";
import type { NodePoolSpec, ServiceSpec } from "../components/topology/spec";
import { pciPlacement } from "../components/addons/placement";
import { authorizationPolicySpec, calleesOf, networkPolicies, principalOf } from "../components/workloads/call-graph";
import type { AlertingRule, RecordingRule } from "../components/workloads/slo";
import { BURN_RATE_WINDOWS, burnRateFactor, errorBudget, sloRuleGroups } from "../components/workloads/slo";
import { destinationRuleSpec, routePolicy, weightedRoutes } from "../components/workloads/traffic";
import { stackConfig } from "./helpers/config-fixtures";
import { promqlErrors } from "./helpers/promql";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are asserted field by field
type Any = any;

const services = (() => {
    const result = validatePlatformConfig(stackConfig("prod"));
    if (!result.ok) throw new Error("invalid prod config");
    return result.spec.services;
})();
const service = (name: string) => services.find((s) => s.name === name) as ServiceSpec;

describe("SLO maths", () => {
    it("derives the workbook's burn-rate factors from budget share and window", () => {
        assert.equal(burnRateFactor(0.02, 1), 14.4);
        assert.equal(burnRateFactor(0.05, 6), 6);
        assert.equal(burnRateFactor(0.1, 24), 3);
        assert.equal(burnRateFactor(0.1, 72), 1);
        assert.deepEqual(
            BURN_RATE_WINDOWS.map((w) => burnRateFactor(w.budgetSpent, w.longHours)),
            [14.4, 6, 3, 1],
        );
    });

    it("turns an objective into an error budget without float noise", () => {
        assert.equal(errorBudget(99.95), 0.0005);
        assert.equal(errorBudget(99.9), 0.001);
        assert.equal(errorBudget(99), 0.01);
    });

    it("alerts on both windows at the right threshold, with severity and runbook", () => {
        const groups = sloRuleGroups(service("payment-gateway"), "https://runbooks.example.com");
        const alerts = groups[1].rules as AlertingRule[];
        assert.equal(alerts.length, 8);
        const fastest = alerts[0];
        assert.equal(fastest.alert, "PaymentsAvailabilityBudgetBurn");
        assert.equal(
            fastest.expr,
            'payments:request_errors:ratio_rate1h{destination_service_namespace="payments-payment-gateway", destination_service_name="payment-gateway"} > (14.4 * 0.0005) and payments:request_errors:ratio_rate5m{destination_service_namespace="payments-payment-gateway", destination_service_name="payment-gateway"} > (14.4 * 0.0005)',
        );
        assert.deepEqual(fastest.labels, { severity: "page", service: "payment-gateway", slo: "availability", long_window: "1h", burn_rate: "14.4" });
        assert.equal(fastest.annotations.runbook_url, "https://runbooks.example.com/slo-burn/payment-gateway/availability");
        assert.deepEqual(
            alerts.map((a) => a.labels.severity),
            ["page", "page", "ticket", "ticket", "page", "page", "ticket", "ticket"],
        );
        const latency = alerts[4];
        assert.match(latency.expr, /^payments:request_slow:ratio_rate1h\{.*\} > \(14\.4 \* 0\.01\) and payments:request_slow:ratio_rate5m/);
    });

    it("records rate, success ratio and p50/p95/p99 latency, measuring slowness at the SLO's bucket", () => {
        const recording = sloRuleGroups(service("ledger"), "https://r").at(0)?.rules as RecordingRule[];
        const names = recording.map((r) => r.record);
        for (const name of [
            "payments:requests:rate5m",
            "payments:request_success:ratio_rate5m",
            "payments:request_latency_ms:p50_rate5m",
            "payments:request_latency_ms:p95_rate5m",
            "payments:request_latency_ms:p99_rate5m",
            "payments:request_errors:ratio_rate3d",
        ]) {
            assert.ok(names.includes(name), name);
        }
        assert.match(recording.find((r) => r.record === "payments:request_slow:ratio_rate5m")?.expr ?? "", /le="250"/);
        // Every alert reads a recorded series.
        const alerts = sloRuleGroups(service("ledger"), "https://r")[1].rules as AlertingRule[];
        for (const alert of alerts) for (const metric of alert.expr.match(/payments:[a-z_:0-9]+/g) ?? []) assert.ok(names.includes(metric), metric);
    });

    it("writes every expression so that Prometheus's own grammar parses it", () => {
        for (const s of services) {
            for (const group of sloRuleGroups(s, "https://r")) {
                for (const rule of group.rules) assert.deepEqual(promqlErrors(rule.expr), [], rule.expr);
            }
        }
        assert.notDeepEqual(promqlErrors("sum(rate(x[5m])"), [], "the parser does reject bad PromQL");
    });
});

describe("call graph", () => {
    const edges = services.flatMap((s) => s.callers.map((c) => [c.service, s.name] as const));

    it("is the declared one", () => {
        assert.deepEqual(edges, [
            ["ingress", "payment-gateway"],
            ["payment-gateway", "payment-processor"],
            ["payment-processor", "ledger"],
            ["payment-processor", "fraud-scoring"],
        ]);
        assert.deepEqual(
            calleesOf(service("payment-processor"), services).map((s) => s.name),
            ["ledger", "fraud-scoring"],
        );
    });

    for (const [caller, callee] of [
        ["ingress", "payment-gateway"],
        ["payment-gateway", "payment-processor"],
        ["payment-processor", "ledger"],
        ["payment-processor", "fraud-scoring"],
    ] as const) {
        it(`allows ${caller} → ${callee} in both the AuthorizationPolicy and the NetworkPolicy`, () => {
            const target = service(callee);
            const authz = authorizationPolicySpec(target, services) as Any;
            const principals = authz.rules.flatMap((r: Any) => r.from[0].source.principals);
            assert.ok(principals.includes(principalOf(caller, services)));
            const allow = networkPolicies(target, services).find((p) => p.name === "allow-callers")?.spec as Any;
            const namespace = caller === "ingress" ? "istio-ingress" : `payments-${caller}`;
            assert.ok(allow.ingress[0].from.some((peer: Any) => peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"] === namespace));
            assert.deepEqual(allow.ingress[0].ports, [{ protocol: "TCP", port: target.port }]);
            if (caller !== "ingress") {
                const egress = networkPolicies(service(caller), services).find((p) => p.name === "allow-callees")?.spec as Any;
                assert.ok(
                    egress.egress.some(
                        (rule: Any) =>
                            rule.to[0].namespaceSelector.matchLabels["kubernetes.io/metadata.name"] === target.namespace && rule.ports[0].port === target.port,
                    ),
                );
            }
        });
    }

    for (const [caller, callee] of [
        ["payment-gateway", "ledger"],
        ["fraud-scoring", "ledger"],
        ["ingress", "payment-processor"],
        ["ledger", "payment-processor"],
    ] as const) {
        it(`does not allow the undeclared ${caller} → ${callee}`, () => {
            const target = service(callee);
            const principals = (authorizationPolicySpec(target, services) as Any).rules.flatMap((r: Any) => r.from[0].source.principals);
            assert.equal(principals.includes(principalOf(caller, services)), false);
            const namespace = caller === "ingress" ? "istio-ingress" : `payments-${caller}`;
            const allow = networkPolicies(target, services).find((p) => p.name === "allow-callers")?.spec as Any;
            assert.equal(
                allow.ingress[0].from.some((peer: Any) => peer.namespaceSelector.matchLabels["kubernetes.io/metadata.name"] === namespace),
                false,
            );
        });
    }

    it("limits each caller to its declared methods and paths", () => {
        const rule = (authorizationPolicySpec(service("fraud-scoring"), services) as Any).rules[0];
        assert.deepEqual(rule.to[0].operation, { ports: ["8080"], methods: ["POST"], paths: ["/v1/score"] });
        assert.deepEqual(principalOf("payment-processor", services), "cluster.local/ns/payments-payment-processor/sa/payment-processor");
    });

    it("denies by default in every namespace", () => {
        for (const s of services)
            assert.deepEqual(networkPolicies(s, services)[0], { name: "default-deny", spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } });
    });
});

describe("traffic", () => {
    it("splits stable and canary weights to 100", () => {
        const processor = service("payment-processor");
        assert.deepEqual(
            weightedRoutes(processor).map((r) => [r.destination.subset, r.weight]),
            [
                ["stable", 95],
                ["canary", 5],
            ],
        );
        for (const weight of [0, 1, 37, 99, 100]) {
            const routes = weightedRoutes({ ...processor, canary: { image: "x:1", weight } });
            assert.equal(
                routes.reduce((sum, r) => sum + r.weight, 0),
                100,
            );
            assert.ok(routes.every((r) => r.weight > 0));
        }
        assert.deepEqual(
            weightedRoutes(service("ledger")).map((r) => [r.destination.subset, r.weight]),
            [["stable", 100]],
        );
    });

    it("retries only what never reached the upstream, within the timeout", () => {
        assert.deepEqual(routePolicy(service("payment-processor")), {
            timeout: "2500ms",
            retries: { attempts: 2, perTryTimeout: "833ms", retryOn: "connect-failure,refused-stream" },
        });
    });

    it("requires mutual TLS and ejects failing pods", () => {
        const rule = destinationRuleSpec(service("ledger")) as Any;
        assert.equal(rule.trafficPolicy.tls.mode, "ISTIO_MUTUAL");
        assert.deepEqual(rule.trafficPolicy.outlierDetection, { consecutive5xxErrors: 5, interval: "10s", baseEjectionTime: "30s", maxEjectionPercent: 50 });
        assert.deepEqual(
            rule.subsets.map((s: Any) => s.name),
            ["stable"],
        );
        assert.deepEqual(
            (destinationRuleSpec(service("payment-processor")) as Any).subsets.map((s: Any) => s.name),
            ["stable", "canary"],
        );
    });
});

describe("PCI placement", () => {
    const pool = (labels: Record<string, string>, taints: Array<{ key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" }>) =>
        ({ labels, taints }) as unknown as NodePoolSpec;

    it("puts payment pods on the PCI-scope pools, tolerating their taints", () => {
        const placement = pciPlacement({
            nodePools: [
                pool({ "platform.payments.io/pool": "system" }, [{ key: "CriticalAddonsOnly", value: "true", effect: "NoSchedule" }]),
                pool({ "payments.io/pci-scope": "true" }, [{ key: "payments.io/pci-scope", value: "true", effect: "NoSchedule" }]),
            ],
        });
        assert.deepEqual(placement, {
            nodeSelector: { "payments.io/pci-scope": "true" },
            tolerations: [{ key: "payments.io/pci-scope", operator: "Equal", value: "true", effect: "NoSchedule" }],
        });
    });

    it("places them anywhere when no pool is in PCI scope", () => {
        assert.equal(pciPlacement({ nodePools: [pool({ "platform.payments.io/pool": "workers" }, [])] }), undefined);
    });
});
