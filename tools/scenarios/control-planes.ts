/**
 * The loss of a global service's control plane, over an environment's plans: Route 53's and
 * IAM's (both in us-east-1) and ARC's (routing controls' configuration in us-west-2; Region switch
 * plans' in us-east-1). Each keeps its data plane: DNS answers and health
 * checks, STS's regional endpoints, ARC's five regional cluster endpoints, a plan's execution in
 * the region it activates. So what such a loss breaks is every change that calls the control
 * plane: the recovery is broken only if the role a Region switch plan executes as calls one (its
 * steps would fail); everything else is degraded (an `up` that changes those resources, or a role
 * that calls the control plane at run time, fails until it returns). Pure.
 */
import { ARC_CONTROL_PLANE_REGION } from "../../components/dns/recovery-control";
import { REGION_SWITCH_CONTROL_PLANE_REGION } from "../../components/region-switch/plans";
import { asRecord, iamList, iamStatements } from "../../policy/rules/util";
import type { PlanResource } from "../offline-plan/plan-file";

export interface ControlPlane {
    name: string;
    region: string;
    /** Resource types (by prefix) whose changes call it. */
    changes: readonly string[];
    /** IAM actions that call it at run time: a role granted one depends on it while the platform runs. */
    runtimeActions: readonly string[];
    /** What keeps working, and where that is documented. */
    dataPlane: string;
}

/** The global control planes, each with its documented data plane. */
export const GLOBAL_CONTROL_PLANES: readonly ControlPlane[] = [
    {
        name: "Route 53",
        region: "us-east-1",
        changes: ["aws:route53/"],
        runtimeActions: ["route53:ChangeResourceRecordSets"],
        dataPlane: "DNS answers and health checks run on Route 53's global data plane (Route 53 developer guide, 'Route 53 control and data planes')",
    },
    {
        name: "IAM",
        region: "us-east-1",
        changes: ["aws:iam/"],
        runtimeActions: ["iam:CreateRole", "iam:PutRolePolicy", "iam:AttachRolePolicy"],
        dataPlane:
            "STS's regional endpoints keep issuing credentials (IRSA, the workflows' sign-in region); authorization uses the replicated IAM data (IAM user guide, 'Resilience in IAM')",
    },
    {
        name: "ARC recovery control configuration",
        region: ARC_CONTROL_PLANE_REGION,
        changes: ["aws:route53recoverycontrol/"],
        runtimeActions: ["route53-recovery-control-config:UpdateRoutingControl"],
        dataPlane: "routing control states change through the ARC cluster's five regional endpoints (ARC developer guide, 'Data plane')",
    },
    {
        name: "ARC Region switch plans",
        region: REGION_SWITCH_CONTROL_PLANE_REGION,
        changes: ["aws:arcregionswitch/"],
        runtimeActions: ["arc-region-switch:UpdatePlan"],
        dataPlane: "a plan executes as a data-plane call in the region it activates",
    },
];

export interface ControlPlaneScenario {
    controlPlane: ControlPlane;
    /** Steps of the recovery that change something through it: the switch would fail. */
    broken: string[];
    /** What cannot change until it returns: stacks and how many of their resources; roles that call it at run time. */
    degraded: string[];
}

type Plan = { stack: string; resources: readonly (Pick<PlanResource, "type" | "name" | "inputs"> & Partial<Pick<PlanResource, "urn" | "dependsOn">>)[] };

/** The service principal a Region switch plan's execution role trusts: the recovery runs as it. */
const RECOVERY_SERVICE = "arc-region-switch.amazonaws.com";

/** Each global control plane's loss over the environment's and its clusters' plans. */
export function controlPlaneScenarios(plans: readonly Plan[]): ControlPlaneScenario[] {
    return GLOBAL_CONTROL_PLANES.map((controlPlane) => {
        const callsIt = (policy: Pick<PlanResource, "inputs">) =>
            iamStatements(asRecord(policy.inputs).policy).some(
                (statement) => statement.Effect === "Allow" && iamList(statement.Action).some((action) => controlPlane.runtimeActions.includes(String(action))),
            );
        const policies = plans.flatMap((plan) =>
            plan.resources.filter((resource) => resource.type === "aws:iam/rolePolicy:RolePolicy").map((policy) => ({ plan, policy })),
        );
        const recoveryRoles = new Set(
            plans.flatMap((plan) =>
                plan.resources
                    .filter((resource) => resource.type === "aws:iam/role:Role")
                    .filter((role) =>
                        iamStatements(asRecord(role.inputs).assumeRolePolicy).some((statement) =>
                            iamList(asRecord(statement.Principal).Service).includes(RECOVERY_SERVICE),
                        ),
                    )
                    .flatMap((role) => (role.urn ? [role.urn] : [])),
            ),
        );
        const ofRecovery = ({ policy }: { policy: Plan["resources"][number] }) => (policy.dependsOn ?? []).some((urn) => recoveryRoles.has(urn));
        const broken = policies
            .filter((entry) => ofRecovery(entry) && callsIt(entry.policy))
            .map(
                ({ plan, policy }) =>
                    `${plan.stack} → ${policy.name}: the Region switch plan's role calls ${controlPlane.name}'s control plane (${controlPlane.runtimeActions.join(", ")})`,
            );
        const owned = plans.flatMap((plan) => {
            const count = plan.resources.filter((resource) => controlPlane.changes.some((prefix) => resource.type.startsWith(prefix))).length;
            return count > 0 ? [`${plan.stack}: ${count} resource(s) cannot change (an up that changes them fails)`] : [];
        });
        const runtime = policies
            .filter((entry) => !ofRecovery(entry) && callsIt(entry.policy))
            .map(
                ({ plan, policy }) =>
                    `${plan.stack} → ${policy.name}: its role calls ${controlPlane.name}'s control plane at run time (${controlPlane.runtimeActions.join(", ")})`,
            );
        return { controlPlane, broken, degraded: [...owned, ...runtime] };
    });
}

/** The scenarios as the plan prints them (`--scenarios`). */
export function controlPlaneReport(scenarios: readonly ControlPlaneScenario[]): string[] {
    return scenarios.flatMap(({ controlPlane, broken, degraded }) => [
        `loss of ${controlPlane.name}'s control plane (${controlPlane.region}): ${controlPlane.dataPlane}`,
        ...(broken.length === 0 ? ["  broken: nothing (the Region switch plans' role calls none of it)"] : broken.map((line) => `  broken: ${line}`)),
        ...degraded.map((line) => `  degraded: ${line}`),
    ]);
}
