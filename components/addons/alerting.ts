import { z } from "zod";

/** A receiver of alerts; its credential is a key of `partnerSecrets` (never in config or values). */
export const receiverConfig = z.union([
    z.strictObject({ pagerduty: z.strictObject({ routingKeyPartnerSecret: z.string().min(1) }) }),
    z.strictObject({
        slack: z.strictObject({
            webhookUrlPartnerSecret: z.string().min(1),
            channel: z.string().regex(/^#[a-z0-9_-]+$/, { error: 'a Slack channel such as "#payments-alerts"' }),
        }),
    }),
]);
export type ReceiverConfig = z.infer<typeof receiverConfig>;

/** The Secrets Manager secret (and the Kubernetes Secret it syncs to) holding the receivers' credentials, one key per receiver. */
export const ALERTMANAGER_RECEIVERS_SECRET = "alertmanager-receivers";
/** Where the Prometheus Operator mounts a secret listed in `alertmanagerSpec.secrets`. */
export const ALERTMANAGER_SECRETS_DIR = "/etc/alertmanager/secrets";

export type Severity = "page" | "ticket";

/**
 * Every alert severity the platform's rules raise, and where it goes: ours say `page` or
 * `ticket`; kube-prometheus-stack's say `critical`, `warning`, `info` or `none` (Watchdog,
 * InfoInhibitor). A critical alert pages, as ours do. Declared once, read by the routes and by
 * the test that every severity in the plan's rules (charts' included) has one.
 */
export const SEVERITY_RECEIVERS: Readonly<Record<string, Severity | "drop">> = {
    page: "page",
    critical: "page",
    ticket: "ticket",
    warning: "ticket",
    // Informational, and the inhibitor that exists only to silence them: nobody acts on these.
    info: "drop",
    none: "drop",
};

/** The receiver of the Watchdog's heartbeats (its URL is a key of the receivers' secret). */
export const HEARTBEAT_RECEIVER = "heartbeat";
/** How often the heartbeat monitor hears from Alertmanager: it pages after a few missed minutes. */
export const HEARTBEAT_INTERVAL = "1m";

/** The partnerSecrets key each receiver's credential comes from, by receiver (the secret's keys), the heartbeat's URL included. */
export function receiverCredentials(
    receivers: Partial<Record<Severity, ReceiverConfig>>,
    deadMansSwitch?: { webhookUrlPartnerSecret: string },
): Record<string, string> {
    const credentials: Record<string, string> = {};
    for (const [severity, receiver] of Object.entries(receivers) as Array<[Severity, ReceiverConfig]>) {
        credentials[severity] = "pagerduty" in receiver ? receiver.pagerduty.routingKeyPartnerSecret : receiver.slack.webhookUrlPartnerSecret;
    }
    if (deadMansSwitch) credentials[HEARTBEAT_RECEIVER] = deadMansSwitch.webhookUrlPartnerSecret;
    return credentials;
}

/**
 * Alertmanager's configuration, generated from config: pages to the `page` receiver, the rest to
 * `ticket`, a page silencing the ticket of the same alert. Credentials are files mounted from the
 * synced secret (`routing_key_file`, `api_url_file`), so this document holds nothing secret.
 * With no receiver configured alerts go to a receiver that drops them (staging may run so). With a
 * dead man's switch, the Watchdog (always firing) goes to the heartbeat monitor every minute,
 * before any other route. Pure.
 */
export function alertmanagerConfig(receivers: Partial<Record<Severity, ReceiverConfig>>, heartbeat = false): Record<string, unknown> {
    const file = (key: string) => `${ALERTMANAGER_SECRETS_DIR}/${ALERTMANAGER_RECEIVERS_SECRET}/${key}`;
    const receiver = (severity: Severity) => {
        const config = receivers[severity];
        if (!config) return { name: severity };
        return "pagerduty" in config
            ? { name: severity, pagerduty_configs: [{ routing_key_file: file(severity), send_resolved: true }] }
            : { name: severity, slack_configs: [{ api_url_file: file(severity), channel: config.slack.channel, send_resolved: true }] };
    };
    return {
        route: {
            receiver: "ticket",
            group_by: ["alertname", "cluster", "namespace", "service"],
            group_wait: "30s",
            group_interval: "5m",
            repeat_interval: "4h",
            routes: [
                ...(heartbeat
                    ? [
                          {
                              matchers: ['alertname="Watchdog"'],
                              receiver: HEARTBEAT_RECEIVER,
                              group_wait: "0s",
                              group_interval: HEARTBEAT_INTERVAL,
                              repeat_interval: HEARTBEAT_INTERVAL,
                          },
                      ]
                    : []),
                ...(["page", "drop"] as const).map((target) => ({
                    matchers: [
                        `severity=~"${Object.keys(SEVERITY_RECEIVERS)
                            .filter((severity) => SEVERITY_RECEIVERS[severity] === target)
                            .join("|")}"`,
                    ],
                    receiver: target,
                })),
            ],
        },
        // "drop" has no integration: what reaches it goes nowhere, on purpose.
        receivers: [
            receiver("page"),
            receiver("ticket"),
            { name: "drop" },
            ...(heartbeat ? [{ name: HEARTBEAT_RECEIVER, webhook_configs: [{ url_file: file(HEARTBEAT_RECEIVER), send_resolved: false }] }] : []),
        ],
        inhibit_rules: [{ source_matchers: ['severity=~"page|critical"'], target_matchers: ['severity=~"ticket|warning"'], equal: ["alertname", "cluster"] }],
    };
}
