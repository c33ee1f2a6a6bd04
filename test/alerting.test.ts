import { strict as assert } from "assert";
import { alertmanagerConfig, receiverCredentials } from "../components/addons/alerting";

describe("alerting generated from config", () => {
    const receivers = {
        page: { pagerduty: { routingKeyPartnerSecret: "pagerdutyRoutingKey" } },
        ticket: { slack: { webhookUrlPartnerSecret: "slackWebhookUrl", channel: "#payments-alerts" } },
    };

    it("names the partner secret each receiver's credential comes from", () => {
        assert.deepEqual(receiverCredentials(receivers), { page: "pagerdutyRoutingKey", ticket: "slackWebhookUrl" });
        assert.deepEqual(receiverCredentials({}), {});
    });

    it("routes pages to PagerDuty and the rest to Slack, credentials read from mounted files, a page silencing its ticket", () => {
        const config = alertmanagerConfig(receivers);
        assert.deepEqual(config.receivers, [
            { name: "page", pagerduty_configs: [{ routing_key_file: "/etc/alertmanager/secrets/alertmanager-receivers/page", send_resolved: true }] },
            {
                name: "ticket",
                slack_configs: [{ api_url_file: "/etc/alertmanager/secrets/alertmanager-receivers/ticket", channel: "#payments-alerts", send_resolved: true }],
            },
        ]);
        assert.deepEqual((config.route as { routes: unknown }).routes, [{ matchers: ['severity="page"'], receiver: "page" }]);
        assert.equal(JSON.stringify(config).includes("pagerdutyRoutingKey"), false, "no credential, nor its name, in the document");
    });

    it("drops alerts when no receiver is configured (a receiver with no integration), rather than failing to load", () => {
        assert.deepEqual(alertmanagerConfig({}).receivers, [{ name: "page" }, { name: "ticket" }]);
    });
});
