import { StackValidationPolicy } from "@pulumi/policy";
import { asArray, asRecord, dnsName, Level, resourcesOfType, waitsFor } from "./util";

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
