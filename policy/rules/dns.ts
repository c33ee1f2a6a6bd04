import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, dnsName, iamList, iamPolicies, iamStatements, resourcesOfType, waitsFor } from "./util";

/**
 * A public zone the stack creates answers nobody until its parent zone holds NS records for it:
 * every name in it (and every Route 53 health check by name) fails. The stack must create that
 * delegation, after the zone (whose name servers it copies).
 */
export function zonesDelegated(level: Level): StackValidationPolicy {
    return {
        name: "zones-delegated",
        description: "Every public hosted zone the stack creates is delegated: an NS record of its name in another zone, created after it.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const records = resourcesOfType(args, "aws:route53/record:Record").filter((record) => record.props.type === "NS");
            for (const zone of resourcesOfType(args, "aws:route53/zone:Zone")) {
                if (asArray(zone.props.vpcs).length > 0) continue; // a private zone is resolved inside its VPCs
                const delegated = records.some(
                    (record) =>
                        dnsName(record.props.name) === dnsName(zone.props.name) &&
                        record.props.zoneId !== zone.props.zoneId &&
                        waitsFor(record).some((dependency) => dependency.urn === zone.urn),
                );
                if (!delegated)
                    report(
                        `${zone.name} creates the public zone ${dnsName(zone.props.name)}, but no NS record delegates it from its parent zone, so nothing in it resolves; set dns.parent (or use dns.existingZone for a zone already delegated).`,
                        zone.urn,
                    );
            }
        },
    };
}

/**
 * ARC routing controls that cannot all be switched off: every routing control is asserted by an
 * ATLEAST safety rule (threshold 1 or more, not inverted) of its control panel. Without one, a
 * mistaken or scripted flip takes every region out of DNS at once.
 */
export function routingControlsGuarded(level: Level): StackValidationPolicy {
    return {
        name: "routing-controls-guarded",
        description: "Every ARC routing control is asserted by an at-least-one safety rule.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const rules = resourcesOfType(args, "aws:route53recoverycontrol/safetyRule:SafetyRule").filter((rule) => {
                const config = asRecord(rule.props.ruleConfig);
                return config.type === "ATLEAST" && typeof config.threshold === "number" && config.threshold >= 1 && config.inverted !== true;
            });
            for (const control of resourcesOfType(args, "aws:route53recoverycontrol/routingControl:RoutingControl")) {
                const guarded = rules.some((rule) => waitsFor(rule).some((dependency) => dependency.urn === control.urn));
                if (!guarded)
                    report(
                        `${control.name} is asserted by no ATLEAST safety rule of threshold 1 or more, so every region could be switched off at once; add it to the panel's safety rule.`,
                        control.urn,
                    );
            }
        },
    };
}

/**
 * Route 53 probes a path that sees what a payment needs, not a liveness probe: a region whose
 * ledger or database is down must fail over. Config `shallowPaths` lists the paths that only say
 * a process is up (prod's stacks: the liveness path); a health check on one is refused.
 */
export function healthChecksDeep(level: Level): ResourceValidationPolicy {
    return {
        name: "health-checks-deep",
        description: "Route 53 health checks probe the public service's deep health path, never a liveness path.",
        enforcementLevel: level,
        configSchema: { properties: { shallowPaths: { type: "array", items: { type: "string" }, default: [] } } },
        validateResource: (args, report) => {
            if (args.type !== "aws:route53/healthCheck:HealthCheck" || !String(args.props.type ?? "").startsWith("HTTP")) return;
            const path = String(args.props.resourcePath ?? "/");
            if (args.getConfig<{ shallowPaths: string[] }>().shallowPaths.includes(path))
                report(
                    `${args.name} probes ${path}, which only says a process is up: a region that cannot take payments would stay in DNS. Declare the public service's healthPath (a deep check its owners implement).`,
                );
        },
    };
}

/** Health check types whose checkers report a status through Route 53's GetHealthCheckStatus. */
export const STATUS_REPORTING_CHECK_TYPES = ["HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP"] as const;

/**
 * The rollout's wave check (tools/rollout-checks/wave-check.sh) waits for a cluster's health check
 * through `aws route53 get-health-check-status`, which answers for no CALCULATED check ("You can't
 * use GetHealthCheckStatus to get the status of a calculated health check": Route 53 API
 * reference) and has no checkers to report for RECOVERY_CONTROL or CLOUDWATCH_METRIC ones: a
 * wave check on one of those can never pass, and the rollout stops there.
 */
export function waveCheckReadsAnEndpointCheck(level: Level): StackValidationPolicy {
    return {
        name: "wave-check-reads-an-endpoint-check",
        description: "The health check the rollout's wave check reads is one Route 53 reports a status for (an endpoint check).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const traffic of resourcesOfType(args, "payments:dns:ClusterTraffic")) {
                const urn = traffic.props.waveCheckHealthCheckUrn;
                const check = args.resources.find((resource) => resource.urn === urn);
                const type = check?.type === "aws:route53/healthCheck:HealthCheck" ? String(check.props.type) : undefined;
                if (!type || !(STATUS_REPORTING_CHECK_TYPES as readonly string[]).includes(type))
                    report(
                        `${traffic.name}'s wave check reads ${check ? `${check.name} (${type ?? check.type})` : `no health check (${String(urn)})`}, whose status aws route53 get-health-check-status cannot report; point it at the cluster's endpoint check (one of ${STATUS_REPORTING_CHECK_TYPES.join(", ")}).`,
                        traffic.urn,
                    );
            }
        },
    };
}

/**
 * Whoever may change DNS records names the records: an IAM statement allowing
 * `route53:ChangeResourceRecordSets` carries a `route53:ChangeResourceRecordSetsNormalizedRecordNames`
 * condition. Without it cert-manager (or any role that answers challenges) could point the payments
 * API anywhere in the zone.
 */
export function dnsWritesNamed(level: Level): StackValidationPolicy {
    return {
        name: "dns-writes-named",
        description: "IAM statements that change Route 53 records name the records they may change.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const policy of iamPolicies(args))
                for (const statement of iamStatements(policy.props.policy)) {
                    if (statement.Effect !== "Allow") continue;
                    if (!iamList(statement.Action).some((action) => /^(route53:(ChangeResourceRecordSets|\*)|\*)$/.test(action))) continue;
                    const names = Object.values(asRecord(statement.Condition)).flatMap((operator) =>
                        iamList(asRecord(operator)["route53:ChangeResourceRecordSetsNormalizedRecordNames"]),
                    );
                    if (names.length === 0)
                        report(
                            `${policy.name} lets its role change any record of the zone; add a route53:ChangeResourceRecordSetsNormalizedRecordNames condition naming the records.`,
                            policy.urn,
                        );
                }
        },
    };
}
