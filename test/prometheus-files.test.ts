import { strict as assert } from "assert";
import { parse } from "yaml";
import { validatePlatformConfig } from "../components/config/validate";
import type { RuleGroup } from "../components/workloads/slo";
import { errorBudget, sloRuleGroups } from "../components/workloads/slo";
import { availabilityRuleTest, backupRuleTest, ruleFile } from "../tools/prometheus/rule-files";
import { platformAlertGroups } from "../components/addons/kube-prometheus-stack";
import { serviceRulesOf } from "../tools/prometheus/report";
import { stackConfig } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- generated YAML is asserted field by field
type Any = any;

const ledger = (() => {
    const result = validatePlatformConfig(stackConfig("prod"));
    if (!result.ok) throw new Error("invalid prod config");
    const service = result.spec.services.find((s) => s.name === "ledger");
    if (!service) throw new Error("no ledger");
    return service;
})();

describe("Prometheus rule files", () => {
    const rules = { service: ledger.name, namespace: ledger.namespace, availability: ledger.slo.availability, groups: sloRuleGroups(ledger, "https://r") };

    it("writes the rule groups as a Prometheus rule file", () => {
        const file = parse(ruleFile(rules.groups)) as Any;
        assert.deepEqual(
            file.groups.map((g: Any) => g.name),
            ["ledger-slo-recording", "ledger-slo-alerts"],
        );
    });

    it("feeds series that burn the budget at exactly 20x and 0.5x", () => {
        const test = parse(availabilityRuleTest(rules, "ledger.rules.yaml")) as Any;
        const ratio = (series: Any[]) => {
            const perMinute = (s: Any) => Number(/^0\+([\d.]+)x180$/.exec(s.values)?.[1]);
            const errors = perMinute(series.find((s: Any) => s.series.includes('"503"')));
            return errors / (errors + perMinute(series.find((s: Any) => s.series.includes('"200"'))));
        };
        const budget = errorBudget(ledger.slo.availability);
        assert.ok(Math.abs(ratio(test.tests[0].input_series) / budget - 20) < 0.01);
        assert.ok(Math.abs(ratio(test.tests[1].input_series) / budget - 0.5) < 0.01);
        assert.deepEqual(test.tests[0].alert_rule_test[0].exp_alerts[0].exp_labels.long_window, "1h");
        assert.deepEqual(
            test.tests[1].alert_rule_test.map((t: Any) => t.exp_alerts),
            [[], []],
        );
    });

    it("tests the backup alerts on series labelled as Velero labels them (by schedule), waiting as long as the rule does", () => {
        const groups = platformAlertGroups("prod-use1", 15, "https://r") as unknown as RuleGroup[];
        const test = parse(backupRuleTest(groups, "platform.rules.yaml") ?? assert.fail("no backup test")) as Any;
        assert.deepEqual(
            test.tests[0].input_series.map((s: Any) => s.series),
            ['velero_backup_items_total{schedule="payments-prod-use1"}'],
        );
        assert.deepEqual(
            test.tests[0].alert_rule_test.map((t: Any) => [t.alertname, t.eval_time, t.exp_alerts[0].exp_labels]),
            [
                ["VeleroBackupEmpty", "2m", { severity: "page", schedule: "payments-prod-use1" }],
                ["VeleroBackupNeverSucceeded", "35m", { severity: "page", schedule: "payments-prod-use1" }],
            ],
        );
        assert.equal(backupRuleTest([], "x.rules.yaml"), undefined, "no backup alerts, no test");
    });

    it("takes one rule set per service from the plan", async () => {
        const services = serviceRulesOf((await planOf("prod")).clusters["prod-use1"]?.plan ?? assert.fail("no prod-use1 plan"));
        assert.deepEqual(
            services.map((s) => [s.service, s.availability]),
            [
                ["fraud-scoring", 99.9],
                ["ledger", 99.99],
                ["payment-gateway", 99.95],
                ["payment-processor", 99.95],
            ],
        );
    });
});
