import { StackValidationPolicy } from "@pulumi/policy";
import { asArray, dnsName, Level, resourcesOfType, waitsFor } from "./util";

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
