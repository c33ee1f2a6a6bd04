import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, describe } from "./util";

const ZONE = "topology.kubernetes.io/zone";

/** Where a replicated, volume-backed workload keeps its replicas, its volumes and its spread. */
function statefulShape(type: string, props: Record<string, unknown>): { replicas: number; volumes: boolean; spread: unknown[] } | undefined {
    const spec = asRecord(props.spec);
    if (/^kubernetes:monitoring\.coreos\.com\/v1:(Prometheus|Alertmanager)$/.test(type))
        return {
            replicas: Number(spec.replicas ?? 1),
            volumes: Object.keys(asRecord(spec.storage)).length > 0,
            spread: asArray(spec.topologySpreadConstraints),
        };
    if (type === "kubernetes:apps/v1:StatefulSet") {
        const pod = asRecord(asRecord(spec.template).spec);
        return { replicas: Number(spec.replicas ?? 1), volumes: asArray(spec.volumeClaimTemplates).length > 0, spread: asArray(pod.topologySpreadConstraints) };
    }
    return undefined;
}

/**
 * Replicas that each keep state on their own volume never share a zone, charts' included: EBS
 * volumes are zonal, so a pod whose volume is in a lost zone cannot start in another until the
 * zone returns; two replicas in one zone (Prometheus' two, by default) are both lost with it.
 */
export function replicatedStateSpreadOverZones(level: Level): ResourceValidationPolicy {
    return {
        name: "replicated-state-spread-over-zones",
        description: "Replicated workloads with a volume per replica spread their replicas over zones.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            const shape = statefulShape(args.type, args.props);
            if (!shape || shape.replicas < 2 || !shape.volumes) return;
            if (!shape.spread.some((constraint) => asRecord(constraint).topologyKey === ZONE))
                report(
                    `${describe(args)} runs ${shape.replicas} replicas, each with its own zonal volume, and no spread over ${ZONE}: one zone's loss can take them all; add a zone topology spread (onePerZone).`,
                );
        },
    };
}
