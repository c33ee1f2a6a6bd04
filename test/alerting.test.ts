import { strict as assert } from "assert";
import * as fs from "fs";
import { load } from "js-yaml";
import * as path from "path";
import { alertmanagerConfig, receiverCredentials, SEVERITY_RECEIVERS } from "../components/addons/alerting";
import { REPO_ROOT } from "./helpers/cli";
import { realPlanOf } from "./helpers/plans";

describe("alerting generated from config", () => {
    const receivers = {
        page: { pagerduty: { routingKeyPartnerSecret: "pagerdutyRoutingKey" } },
        ticket: { slack: { webhookUrlPartnerSecret: "slackWebhookUrl", channel: "#payments-alerts" } },
    };

    it("names the partner secret each receiver's credential comes from", () => {
        assert.deepEqual(receiverCredentials(receivers), { page: "pagerdutyRoutingKey", ticket: "slackWebhookUrl" });
        assert.deepEqual(receiverCredentials({}), {});
    });

    it("routes pages and critical alerts to PagerDuty, info and none nowhere, the rest to Slack, credentials read from mounted files, a page silencing its ticket", () => {
        const config = alertmanagerConfig(receivers);
        assert.deepEqual(config.receivers, [
            { name: "page", pagerduty_configs: [{ routing_key_file: "/etc/alertmanager/secrets/alertmanager-receivers/page", send_resolved: true }] },
            {
                name: "ticket",
                slack_configs: [{ api_url_file: "/etc/alertmanager/secrets/alertmanager-receivers/ticket", channel: "#payments-alerts", send_resolved: true }],
            },
            { name: "drop" },
        ]);
        assert.deepEqual((config.route as { routes: unknown }).routes, [
            { matchers: ['severity=~"page|critical"'], receiver: "page" },
            { matchers: ['severity=~"info|none"'], receiver: "drop" },
        ]);
        assert.equal(JSON.stringify(config).includes("pagerdutyRoutingKey"), false, "no credential, nor its name, in the document");
    });

    it("drops alerts when no receiver is configured (a receiver with no integration), rather than failing to load", () => {
        assert.deepEqual(alertmanagerConfig({}).receivers, [{ name: "page" }, { name: "ticket" }, { name: "drop" }]);
    });
});

describe("every alert the plan raises has a route", () => {
    it("routes each severity of the prod plan's rules, kube-prometheus-stack's rendered ones included, and pages on a critical one", async function () {
        if (!fs.existsSync(path.resolve(REPO_ROOT, "..", "shared", "charts"))) return this.skip(); // the charts' rules come from their renders
        const { clusters } = await realPlanOf("prod");
        const severities = new Set<string>();
        for (const result of Object.values(clusters)) {
            const root = result.reports.find((file) => file.endsWith(`${path.sep}manifests`));
            assert.ok(root, "the plan wrote its manifests");
            for (const file of (fs.readdirSync(root, { recursive: true }) as string[]).filter((name) => /prometheusrule-[^/]*\.yaml$/.test(name))) {
                const rule = load(fs.readFileSync(path.join(root, file), "utf8")) as {
                    spec: { groups: Array<{ rules: Array<{ alert?: string; labels?: { severity?: string } }> }> };
                };
                for (const group of rule.spec.groups)
                    for (const alert of group.rules.filter((r) => r.alert)) severities.add(alert.labels?.severity ?? "(none)");
            }
        }
        assert.ok(severities.has("critical") && severities.has("page"), `the charts' and our severities: ${[...severities].join(", ")}`);
        assert.deepEqual([...severities].filter((severity) => !(severity in SEVERITY_RECEIVERS)).sort(), [], "a severity no route names");
        assert.equal(SEVERITY_RECEIVERS.critical, "page");
    });
});
