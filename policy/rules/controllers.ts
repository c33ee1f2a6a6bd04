import { ResourceValidationPolicy } from "@pulumi/policy";
import { asRecord, describe, Level } from "./util";

/** A value at a dotted path of a Helm release's values, or the chart's default. */
function valueAt(values: Record<string, unknown>, dotted: string, fallback: unknown): unknown {
    let cursor: unknown = values;
    for (const key of dotted.split(".")) {
        const record = asRecord(cursor);
        if (!(key in record)) return fallback;
        cursor = record[key];
    }
    return cursor;
}

interface Controller {
    what: string;
    /** Values path of its replica count, and the chart's default. */
    replicas: [string, number];
    /** Values path that turns leader election on, and the chart's default, for a controller that must elect one. */
    leaderElect?: [string, boolean];
    /** For an admission webhook: its failure policy, and whether a PodDisruptionBudget keeps one pod up. */
    webhook?: { failurePolicy: [string, string]; pdb: [string, boolean] };
}

/**
 * The controllers and webhooks of the charts the platform pins, with each chart's defaults (from
 * its values.yaml at the pinned version: external-secrets 1.1.0, cluster-autoscaler 9.59.0).
 */
const CONTROLLERS: Record<string, Controller[]> = {
    "external-secrets": [
        { what: "controller", replicas: ["replicaCount", 1], leaderElect: ["leaderElect", false] },
        {
            what: "webhook",
            replicas: ["webhook.replicaCount", 1],
            webhook: { failurePolicy: ["webhook.failurePolicy", "Fail"], pdb: ["webhook.podDisruptionBudget.enabled", false] },
        },
    ],
    "cluster-autoscaler": [{ what: "autoscaler", replicas: ["replicaCount", 1], leaderElect: ["extraArgs.leader-elect", true] }],
};

/**
 * Controllers that run more than one replica elect a leader (else they reconcile the same
 * objects twice and overwrite each other), and an admission webhook that fails closed keeps a pod
 * up through a node drain (two replicas and a PodDisruptionBudget), or every change it admits
 * stops while it is down.
 */
export function controllersSurviveAPod(level: Level): ResourceValidationPolicy {
    return {
        name: "controllers-survive-a-pod",
        description: "Replicated controllers elect a leader; fail-closed webhooks run two replicas under a PodDisruptionBudget.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "kubernetes:helm.sh/v3:Release") return;
            const values = asRecord(args.props.values);
            for (const controller of CONTROLLERS[String(args.props.chart)] ?? []) {
                const replicas = Number(valueAt(values, ...controller.replicas));
                if (controller.leaderElect && replicas > 1 && valueAt(values, ...controller.leaderElect) !== true)
                    report(`${describe(args)} runs ${replicas} ${controller.what} replicas without leader election; set ${controller.leaderElect[0]}: true.`);
                if (controller.webhook && valueAt(values, ...controller.webhook.failurePolicy) === "Fail") {
                    const pdb = valueAt(values, ...controller.webhook.pdb) === true;
                    if (replicas < 2 || !pdb)
                        report(
                            `${describe(args)}'s ${controller.what} fails closed but runs ${replicas} replica(s)${pdb ? "" : " with no PodDisruptionBudget"}; one drained node stops every change it admits. Set ${controller.replicas[0]} to at least 2 and ${controller.webhook.pdb[0]}: true.`,
                        );
                }
            }
        },
    };
}
