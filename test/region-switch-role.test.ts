import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { executionRoleName } from "../components/region-switch/plans";
import { regionSwitchRoleEvaluable } from "../policy/rules/region-switch";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
const role = res("aws:iam/role:Role", "execution-role", {
    name: executionRoleName("prod"),
    assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { Service: "arc-region-switch.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
});
const policy = (statements: unknown[]) =>
    res(
        "aws:iam/rolePolicy:RolePolicy",
        "execution-policy",
        { policy: JSON.stringify({ Version: "2012-10-17", Statement: statements }) },
        { dependsOn: [role.urn] },
    );
const base = [
    { Effect: "Allow", Action: "iam:SimulatePrincipalPolicy", Resource: "arn:aws:iam::1:role/payments-prod-region-switch" },
    { Effect: "Allow", Action: ["arc-region-switch:GetPlan", "arc-region-switch:GetPlanExecution", "arc-region-switch:ListPlanExecutions"], Resource: "*" },
];

describe("rule region-switch-role-evaluable", () => {
    it("takes an execution role with ARC's base permissions", async () => {
        assert.equal(executionRoleName("prod"), "payments-prod-region-switch");
        assert.deepEqual(await messages(regionSwitchRoleEvaluable(M), [role, policy(base)]), []);
    });

    it("refuses one ARC cannot evaluate: no self-simulation, or no reading its plans", async () => {
        assert.deepEqual(await messages(regionSwitchRoleEvaluable(M), [role, policy([])]), [
            "execution-role runs Region switch plans but may not iam:SimulatePrincipalPolicy on itself, arc-region-switch:GetPlan, arc-region-switch:GetPlanExecution, arc-region-switch:ListPlanExecutions: ARC cannot evaluate its plans; add the base permissions (executionRolePolicy).",
        ]);
        const otherRole = [{ Effect: "Allow", Action: "iam:SimulatePrincipalPolicy", Resource: "arn:aws:iam::1:role/someone-else" }, base[1]];
        assert.deepEqual(await messages(regionSwitchRoleEvaluable(M), [role, policy(otherRole)]), [
            "execution-role runs Region switch plans but may not iam:SimulatePrincipalPolicy on itself: ARC cannot evaluate its plans; add the base permissions (executionRolePolicy).",
        ]);
    });
});
