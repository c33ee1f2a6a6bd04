import { strict as assert } from "assert";
import * as fs from "fs";
import { load } from "js-yaml";
import * as path from "path";
import { alertmanagerConfig, receiverCredentials, SEVERITY_RECEIVERS } from "../components/addons/alerting";
import { REPO_ROOT } from "./helpers/cli";
import { prodWith } from "./helpers/config-fixtures";
import { validatePlatformConfig } from "../components/config/validate";
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

    it("sends the Watchdog to the dead man's switch every minute, before any other route, its URL a mounted file", () => {
        assert.deepEqual(receiverCredentials(receivers, { webhookUrlPartnerSecret: "alertmanagerHeartbeatUrl" }), {
            page: "pagerdutyRoutingKey",
            ticket: "slackWebhookUrl",
            heartbeat: "alertmanagerHeartbeatUrl",
        });
        const config = alertmanagerConfig(receivers, true);
        const routes = (config.route as { routes: Array<Record<string, unknown>> }).routes;
        assert.deepEqual(routes[0], {
            matchers: ['alertname="Watchdog"'],
            receiver: "heartbeat",
            group_wait: "0s",
            group_interval: "1m",
            repeat_interval: "1m",
        });
        assert.deepEqual((config.receivers as unknown[]).slice(-1), [
            { name: "heartbeat", webhook_configs: [{ url_file: "/etc/alertmanager/secrets/alertmanager-receivers/heartbeat", send_resolved: false }] },
        ]);
        // Without one, the Watchdog (severity none) is dropped, as before.
        assert.deepEqual(
            (alertmanagerConfig(receivers).route as { routes: Array<{ receiver: string }> }).routes.map((route) => route.receiver),
            ["page", "drop"],
        );
    });

    it("refuses prod without a dead man's switch, and a switch whose URL partnerSecrets lacks", () => {
        const prod = prodWith((config) => delete config.addons.monitoring.deadMansSwitch);
        const refused = validatePlatformConfig(prod);
        assert.deepEqual(!refused.ok && refused.issues.filter((issue) => issue.path.includes("deadMansSwitch")), [
            {
                path: "addons.monitoring.deadMansSwitch",
                message:
                    "prod must page when a cluster's alerting itself is gone; set deadMansSwitch.webhookUrlPartnerSecret to the partnerSecrets key holding a heartbeat monitor's URL",
            },
        ]);
        const unknown = validatePlatformConfig(prodWith((config) => delete config.partnerSecrets.alertmanagerHeartbeatUrl));
        assert.deepEqual(!unknown.ok && unknown.issues.map((issue) => issue.path), ["addons.monitoring.deadMansSwitch.webhookUrlPartnerSecret"]);
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
