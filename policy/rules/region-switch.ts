import type { StackValidationPolicy } from "@pulumi/policy";
import { PLAN_NAME_PATTERN, REGION_SWITCH_SCALING_POLICY } from "../../components/region-switch/plans";
import { PAYMENTS_NAMESPACE_PREFIX } from "../../components/names";
import type { Level } from "./util";
import { asArray, asRecord, iamList, iamStatements, isRecord, resourcesOfType, STACK_REFERENCE, trustsService } from "./util";

/** What must happen before what when a region is activated: capacity, then data, then traffic. */
const STEP_ORDER: Readonly<Record<string, number>> = { EKSResourceScaling: 0, AuroraGlobalDatabase: 1, ARCRoutingControl: 2 };

/** A step's block types, a Parallel step's inner blocks included. */
function blockTypes(step: Record<string, unknown>): string[] {
    if (step.executionBlockType !== "Parallel") return [String(step.executionBlockType)];
    return asArray(step.parallelConfigs).flatMap((config) => asArray(asRecord(config).steps).flatMap((inner) => blockTypes(asRecord(inner))));
}

/** The region in an ARN (`arn:aws:rds:us-east-1:…`). */
const regionOf = (arn: unknown) => (typeof arn === "string" ? arn.split(":")[3] : undefined);

/** What is wrong with one activation workflow of a plan, as sentences. */
function workflowProblems(workflow: Record<string, unknown>, regions: readonly unknown[]): string[] {
    const target = workflow.workflowTargetRegion;
    const steps = asArray(workflow.steps).map(asRecord);
    const problems: string[] = [];
    const ranks = steps.map((step) => Math.max(...blockTypes(step).map((type) => STEP_ORDER[type] ?? -1)));
    if (ranks.some((rank, i) => i > 0 && rank < (ranks[i - 1] ?? 0)))
        problems.push(`its workflow for ${String(target)} does not scale, then move the databases, then move traffic, in that order`);
    const traffic = steps.filter((step) => step.executionBlockType === "ARCRoutingControl");
    const turnsOn = traffic.some((step) =>
        asArray(step.arcRoutingControlConfigs).some((config) =>
            asArray(asRecord(config).regionAndRoutingControls).some(
                (entry) => asRecord(entry).region === target && asArray(asRecord(entry).routingControls).some((control) => asRecord(control).state === "On"),
            ),
        ),
    );
    if (!turnsOn) problems.push(`its workflow for ${String(target)} never switches a routing control On for that region, so traffic stays where it was`);
    for (const step of steps.filter((s) => s.executionBlockType === "EKSResourceScaling"))
        for (const config of asArray(step.eksResourceScalingConfigs).map(asRecord))
            if (asArray(config.eksClusters).length < 2)
                problems.push(`its step ${String(step.name)} names fewer than two EKS clusters (ARC requires one per region, to read the capacity it copies)`);
    const aurora = steps.flatMap((step) =>
        step.executionBlockType === "Parallel" ? asArray(step.parallelConfigs).flatMap((config) => asArray(asRecord(config).steps).map(asRecord)) : [step],
    );
    for (const step of aurora.filter((s) => s.executionBlockType === "AuroraGlobalDatabase"))
        for (const config of asArray(step.globalAuroraConfigs).map(asRecord)) {
            const arns = asArray(config.databaseClusterArns);
            if (!arns.some((arn) => regionOf(arn) === target))
                problems.push(`its step ${String(step.name)} names no database cluster in ${String(target)}, so the writer has nowhere to move`);
            const outside = arns.filter((arn) => !regions.includes(regionOf(arn)));
            if (outside.length > 0) problems.push(`its step ${String(step.name)} names ${outside.join(", ")}, outside the plan's regions`);
        }
    return problems;
}

/**
 * An ARC Region switch plan that would fail when it is needed: not exactly two regions (ARC's
 * active/passive approach), a region it cannot activate (no way back after a switch), steps out
 * of order (traffic before the database writer, or before capacity), a traffic step that turns
 * nothing on, an EKS scaling step ARC refuses, or a database step that cannot move the writer.
 * And one that would leave no record: every execution writes ARC's report.
 */
export function regionSwitchPlansComplete(level: Level): StackValidationPolicy {
    return {
        name: "region-switch-plans-complete",
        description:
            "Every Region switch plan spans two regions, can activate each, scales, moves the databases, then moves traffic, reports its executions and watches each region's application health.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const plan of resourcesOfType(args, "aws:arcregionswitch/plan:Plan")) {
                const regions = asArray(plan.props.regions);
                const workflows = asArray(plan.props.workflows).map(asRecord);
                const problems: string[] = [];
                if (typeof plan.props.name !== "string" || !PLAN_NAME_PATTERN.test(plan.props.name))
                    problems.push(`its name ${String(plan.props.name)} is not 1–32 letters, digits and inner hyphens`);
                if (new Set(regions).size !== 2 || regions.length !== 2) problems.push(`it spans ${regions.length} regions, not two distinct ones`);
                if (!regions.includes(plan.props.primaryRegion))
                    problems.push(`its primary region ${String(plan.props.primaryRegion)} is not one of its regions`);
                const reportsTo = asArray(plan.props.reportConfigurations).flatMap((config) =>
                    asArray(asRecord(config).reportOutputs).flatMap((output) => asArray(asRecord(output).s3Configurations)),
                );
                if (reportsTo.length === 0) problems.push("it writes no execution report, so a switch or a drill leaves no record of its steps");
                // ARC's actual recovery time runs until the plan's application-health alarms are OK: without one it is never measured.
                const healthRegions = new Set(
                    asArray(plan.props.associatedAlarms)
                        .map(asRecord)
                        .filter((alarm) => alarm.alarmType === "applicationHealth")
                        .map((alarm) => String(alarm.resourceIdentifier).split(":")[3]),
                );
                const unwatched = regions.filter((region) => !healthRegions.has(String(region)));
                if (unwatched.length > 0)
                    problems.push(
                        `no application-health alarm watches the API from ${unwatched.join(", ")}, so ARC measures no actual recovery time there (and a drill's evidence lacks it)`,
                    );
                // ARC asks for the same routing-control inputs in every workflow ("ARC routing control execution block").
                const routingInputs = new Set(
                    workflows.flatMap((workflow) =>
                        asArray(workflow.steps)
                            .map(asRecord)
                            .filter((step) => step.executionBlockType === "ARCRoutingControl")
                            .map((step) => JSON.stringify(asArray(step.arcRoutingControlConfigs).map((config) => asRecord(config).regionAndRoutingControls))),
                    ),
                );
                if (routingInputs.size > 1)
                    problems.push("its workflows give their routing-control steps different inputs, where ARC asks for the same in every workflow");
                for (const region of new Set(regions)) {
                    const activating = workflows.filter((w) => w.workflowTargetAction === "activate" && w.workflowTargetRegion === region);
                    if (activating.length === 0) problems.push(`nothing activates ${String(region)}`);
                    for (const workflow of activating) problems.push(...workflowProblems(workflow, regions));
                }
                for (const problem of problems) report(`${plan.name}: ${problem}; generate plans with regionSwitchPlans.`, plan.urn);
            }
        },
    };
}

/**
 * A Region switch plan scales the payment services in a cluster through the plan's execution
 * role, which needs an EKS access entry there with AmazonARCRegionSwitchScalingPolicy; without
 * it the plan's first step fails in the region being activated. The grant is scoped to the
 * payment namespaces: the role never gets cluster-wide access.
 */
export function regionSwitchCanScale(level: Level): StackValidationPolicy {
    return {
        name: "region-switch-can-scale",
        description: "Where the environment has Region switch plans, every EKS cluster grants their role the scaling policy in every payment namespace.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const roles = resourcesOfType(args, STACK_REFERENCE)
                .map((reference) => asRecord(asRecord(reference.props.outputs).regionSwitch))
                .filter((regionSwitch) => typeof regionSwitch.executionRoleArn === "string" && Object.keys(asRecord(regionSwitch.plans)).length > 0)
                .map((regionSwitch) => String(regionSwitch.executionRoleArn));
            if (roles.length === 0) return;
            const namespaces = resourcesOfType(args, "kubernetes:core/v1:Namespace")
                .map((namespace) => asRecord(namespace.props.metadata).name)
                .filter((name): name is string => typeof name === "string" && name.startsWith(PAYMENTS_NAMESPACE_PREFIX));
            for (const cluster of resourcesOfType(args, "eks:index:Cluster")) {
                const entries = Object.values(asRecord(cluster.props.accessEntries)).filter(isRecord);
                for (const role of roles) {
                    const grants = entries
                        .filter((entry) => entry.principalArn === role)
                        .flatMap((entry) => Object.values(asRecord(entry.accessPolicies)).filter(isRecord))
                        .filter((policy) => policy.policyArn === REGION_SWITCH_SCALING_POLICY);
                    if (grants.length === 0) {
                        report(
                            `${cluster.name} gives the Region switch role ${role} no access entry with AmazonARCRegionSwitchScalingPolicy, so a plan activating this region fails at its first step.`,
                            cluster.urn,
                        );
                        continue;
                    }
                    const scopes = grants.map((grant) => asRecord(grant.accessScope));
                    if (scopes.some((scope) => scope.type !== "namespace")) {
                        report(
                            `${cluster.name} grants the Region switch role scaling across the whole cluster; scope it to the payment namespaces.`,
                            cluster.urn,
                        );
                        continue;
                    }
                    const granted = new Set(scopes.flatMap((scope) => asArray(scope.namespaces)));
                    const missing = namespaces.filter((namespace) => !granted.has(namespace));
                    if (missing.length > 0)
                        report(
                            `${cluster.name} does not let the Region switch role scale ${missing.join(", ")}, so a switch leaves those services at their current size; add them to its access scope.`,
                            cluster.urn,
                        );
                }
            }
        },
    };
}

/** What every plan's execution role needs besides its blocks' permissions (ARC guide, "Complete plan execution role permissions"). */
const EVALUATION_ACTIONS = ["arc-region-switch:GetPlan", "arc-region-switch:GetPlanExecution", "arc-region-switch:ListPlanExecutions"];

/**
 * The role Region switch plans execute as may simulate its own policies and read its plans and
 * their executions: ARC evaluates a plan that way every 30 minutes, and without them it reports
 * the plan unevaluable, the warning the drill and the runbook rely on being absent.
 */
export function regionSwitchRoleEvaluable(level: Level): StackValidationPolicy {
    return {
        name: "region-switch-role-evaluable",
        description: "The Region switch execution role may simulate its own policies and read its plans and their executions.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const policies = resourcesOfType(args, "aws:iam/rolePolicy:RolePolicy");
            for (const role of resourcesOfType(args, "aws:iam/role:Role")) {
                if (!trustsService(role, "arc-region-switch.amazonaws.com")) continue;
                const statements = policies
                    .filter((policy) => policy.dependencies.some((dependency) => dependency.urn === role.urn))
                    .flatMap((policy) => iamStatements(policy.props.policy))
                    .filter((statement) => statement.Effect === "Allow");
                const allowed = new Set(statements.flatMap((statement) => iamList(statement.Action)));
                const arn = typeof role.props.arn === "string" ? role.props.arn : undefined;
                const simulatesItself = statements.some(
                    (statement) =>
                        iamList(statement.Action).includes("iam:SimulatePrincipalPolicy") &&
                        iamList(statement.Resource).some((resource) => resource === arn || resource.endsWith(`:role/${String(role.props.name ?? "")}`)),
                );
                const missing = [
                    ...(simulatesItself ? [] : ["iam:SimulatePrincipalPolicy on itself"]),
                    ...EVALUATION_ACTIONS.filter((action) => !allowed.has(action)),
                ];
                if (missing.length > 0)
                    report(
                        `${role.name} runs Region switch plans but may not ${missing.join(", ")}: ARC cannot evaluate its plans; add the base permissions (executionRolePolicy).`,
                        role.urn,
                    );
            }
        },
    };
}
