import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asArray, asRecord, describe, resourcesOfType } from "./util";

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

const WEBHOOK_CONFIGURATIONS = [
    "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration",
    "kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration",
];

/** A workload's pod template labels. */
const podLabelsOf = (workload: PolicyResource) => asRecord(asRecord(asRecord(asRecord(workload.props.spec).template).metadata).labels);

/** Whether a pod template keeps its replicas on different nodes: a hard hostname spread, or a required anti-affinity on hostname. */
export function spreadAcrossNodes(podSpec: Record<string, unknown>): boolean {
    const spread = asArray(podSpec.topologySpreadConstraints)
        .map(asRecord)
        .some(
            (constraint) =>
                constraint.topologyKey === "kubernetes.io/hostname" && constraint.whenUnsatisfiable === "DoNotSchedule" && Number(constraint.maxSkew) === 1,
        );
    const antiAffinity = asArray(asRecord(asRecord(podSpec.affinity).podAntiAffinity).requiredDuringSchedulingIgnoredDuringExecution)
        .map(asRecord)
        .some((term) => term.topologyKey === "kubernetes.io/hostname");
    return spread || antiAffinity;
}

/**
 * An admission webhook that fails closed stops every change it admits while no pod of it
 * answers: its pods must survive the loss of any one node (at least two replicas, never two on
 * one node) and a drain (a PodDisruptionBudget). Judged over the rendered charts' webhook
 * configurations, Services, Deployments, autoscalers and budgets.
 */
export function failClosedWebhooksSpread(level: Level): StackValidationPolicy {
    return {
        name: "fail-closed-webhooks-spread",
        description: "Every fail-closed admission webhook runs two or more pods, on different nodes, under a PodDisruptionBudget.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const byKind = (type: string) => resourcesOfType(args, type);
            // Each Deployment once, with every fail-closed webhook it serves.
            const served = new Map<string, { deployment: PolicyResource; webhooks: string[] }>();
            for (const configuration of WEBHOOK_CONFIGURATIONS.flatMap(byKind)) {
                for (const webhook of asArray(configuration.props.webhooks).map(asRecord)) {
                    // admissionregistration.k8s.io/v1 defaults failurePolicy to Fail.
                    if ((webhook.failurePolicy ?? "Fail") !== "Fail") continue;
                    const target = asRecord(asRecord(webhook.clientConfig).service);
                    const inNamespace = (resource: PolicyResource) =>
                        resource.provider?.urn === configuration.provider?.urn && asRecord(resource.props.metadata).namespace === target.namespace;
                    const service = byKind("kubernetes:core/v1:Service").find(
                        (candidate) => inNamespace(candidate) && asRecord(candidate.props.metadata).name === target.name,
                    );
                    const selector = asRecord(asRecord(service?.props.spec).selector);
                    if (!service || Object.keys(selector).length === 0) continue;
                    for (const deployment of byKind("kubernetes:apps/v1:Deployment").filter(
                        (candidate) => inNamespace(candidate) && Object.entries(selector).every(([key, value]) => podLabelsOf(candidate)[key] === value),
                    )) {
                        const entry = served.get(deployment.urn) ?? { deployment, webhooks: [] };
                        entry.webhooks.push(String(webhook.name));
                        served.set(deployment.urn, entry);
                    }
                }
            }
            for (const { deployment, webhooks } of served.values()) {
                const metadata = asRecord(deployment.props.metadata);
                const sameNamespace = (resource: PolicyResource) =>
                    resource.provider?.urn === deployment.provider?.urn && asRecord(resource.props.metadata).namespace === metadata.namespace;
                const autoscaler = byKind("kubernetes:autoscaling/v2:HorizontalPodAutoscaler").find(
                    (hpa) => sameNamespace(hpa) && asRecord(asRecord(hpa.props.spec).scaleTargetRef).name === metadata.name,
                );
                const replicas = Number(asRecord(autoscaler?.props.spec).minReplicas ?? asRecord(deployment.props.spec).replicas ?? 1);
                const budgeted = byKind("kubernetes:policy/v1:PodDisruptionBudget").some(
                    (pdb) =>
                        sameNamespace(pdb) &&
                        Object.entries(asRecord(asRecord(asRecord(pdb.props.spec).selector).matchLabels)).every(
                            ([label, value]) => podLabelsOf(deployment)[label] === value,
                        ),
                );
                const spread = spreadAcrossNodes(asRecord(asRecord(asRecord(deployment.props.spec).template).spec));
                const missing = [
                    ...(replicas < 2 ? [`runs ${replicas} replica(s)`] : []),
                    ...(spread ? [] : ["may put its replicas on one node (no hostname spread with DoNotSchedule, no required anti-affinity)"]),
                    ...(budgeted ? [] : ["has no PodDisruptionBudget"]),
                ];
                if (missing.length > 0)
                    report(
                        `Deployment ${String(metadata.namespace)}/${String(metadata.name)} serves the fail-closed webhook(s) ${[...new Set(webhooks)].sort().join(", ")} but ${missing.join(", ")}: one lost or drained node stops every change it admits.`,
                        deployment.urn,
                    );
            }
        },
    };
}
