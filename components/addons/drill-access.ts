import * as k8s from "@pulumi/kubernetes";
import { DRILL_GROUP, DRILL_NAMESPACE, VELERO } from "../names";
import type { PlatformAddon } from "./addon";

type PolicyRule = { apiGroups: string[]; resources: string[]; verbs: string[] };

const READ = ["get", "list", "watch"];
const MANAGE = [...READ, "create", "update", "patch", "delete"];

/** What a drill does in its own namespace: its checks (Jobs) and their network policy, and reading their pods. */
export const DRILL_NAMESPACE_RULES: readonly PolicyRule[] = [
    { apiGroups: ["batch"], resources: ["jobs"], verbs: MANAGE },
    { apiGroups: ["networking.k8s.io"], resources: ["networkpolicies"], verbs: MANAGE },
    { apiGroups: [""], resources: ["pods", "pods/log", "events"], verbs: READ },
];

/** What a drill does in Velero's namespace: restore the failed cluster's backups, reading what it restores from. */
export const DRILL_VELERO_RULES: readonly PolicyRule[] = [
    { apiGroups: ["velero.io"], resources: ["restores"], verbs: MANAGE },
    { apiGroups: ["velero.io"], resources: ["backups", "schedules", "backupstoragelocations"], verbs: READ },
];

/**
 * Where DR drills may act, and nowhere else: the drill role's access entry maps it to the group
 * DRILL_GROUP with no EKS access policy, and these Roles bind that group in the drill's namespace
 * (Pod Security "restricted") and in Velero's (restores only). A drill cannot touch the payment
 * namespaces or cluster-scoped objects; it does not drive the cluster as the admin.
 */
export const drillAccessAddon: PlatformAddon = {
    name: "drill-access",
    component: "DrillAccess",
    // Velero's namespace and its CRDs.
    dependsOn: ["velero"],
    namespaces: [DRILL_NAMESPACE],
    platformNamespaces: true,
    charts: {},
    customResources: {},
    install(ctx) {
        const opts = { parent: ctx.parent, dependsOn: ctx.dependsOn };
        const namespace = new k8s.core.v1.Namespace(
            `${ctx.name}-namespace`,
            {
                metadata: {
                    name: DRILL_NAMESPACE,
                    labels: { "pod-security.kubernetes.io/enforce": "restricted", "pod-security.kubernetes.io/warn": "restricted" },
                },
            },
            opts,
        );
        const grant = (role: string, namespace: string, rules: readonly PolicyRule[], dependsOn: k8s.core.v1.Namespace[]) => {
            const metadata = { name: "payments-dr-drill", namespace };
            const made = new k8s.rbac.v1.Role(
                `${ctx.name}-${role}`,
                { metadata, rules: rules.map((rule) => ({ ...rule })) },
                { ...opts, dependsOn: [...ctx.dependsOn, ...dependsOn] },
            );
            return new k8s.rbac.v1.RoleBinding(
                `${ctx.name}-${role}-binding`,
                {
                    metadata,
                    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: metadata.name },
                    subjects: [{ apiGroup: "rbac.authorization.k8s.io", kind: "Group", name: DRILL_GROUP }],
                },
                { ...opts, dependsOn: [made] },
            );
        };
        return { ready: [grant("checks", DRILL_NAMESPACE, DRILL_NAMESPACE_RULES, [namespace]), grant("restores", VELERO.namespace, DRILL_VELERO_RULES, [])] };
    },
};
