import { strict as assert } from "assert";
import { controlPlaneReport, controlPlaneScenarios, GLOBAL_CONTROL_PLANES } from "../tools/scenarios/control-planes";

const resource = (type: string, name: string, inputs: Record<string, unknown> = {}) => ({ type, name, inputs });

describe("the loss of a global service's control plane", () => {
    it("covers Route 53, IAM and ARC's two control planes, each with its data plane", () => {
        assert.deepEqual(
            GLOBAL_CONTROL_PLANES.map((plane) => [plane.name, plane.region]),
            [
                ["Route 53", "us-east-1"],
                ["IAM", "us-east-1"],
                ["ARC recovery control configuration", "us-west-2"],
                ["ARC Region switch plans", "us-east-1"],
            ],
        );
    });

    it("degrades what cannot change and the roles that call it at run time, and breaks nothing when no recovery step changes it", () => {
        const [route53, iam] = controlPlaneScenarios([
            {
                stack: "prod",
                resources: [resource("aws:route53/zone:Zone", "zone")],
            },
            {
                stack: "prod-use1",
                resources: [
                    resource("aws:iam/role:Role", "cert-manager-role"),
                    resource("aws:iam/rolePolicy:RolePolicy", "dns01", {
                        policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "route53:ChangeResourceRecordSets", Resource: "*" }] }),
                    }),
                ],
            },
        ]);
        assert.deepEqual(route53?.broken, []);
        assert.deepEqual(route53?.degraded, [
            "prod: 1 resource(s) cannot change (an up that changes them fails)",
            "prod-use1 → dns01: its role calls Route 53's control plane at run time (route53:ChangeResourceRecordSets)",
        ]);
        assert.deepEqual(iam?.degraded, ["prod-use1: 2 resource(s) cannot change (an up that changes them fails)"]);
    });

    it("breaks a recovery whose Region switch role calls the control plane", () => {
        const role = {
            ...resource("aws:iam/role:Role", "execution-role", {
                assumeRolePolicy: JSON.stringify({
                    Statement: [{ Effect: "Allow", Principal: { Service: "arc-region-switch.amazonaws.com" }, Action: "sts:AssumeRole" }],
                }),
            }),
            urn: "urn:role",
        };
        const policy = {
            ...resource("aws:iam/rolePolicy:RolePolicy", "execution-policy", {
                policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: ["route53:ChangeResourceRecordSets"], Resource: "*" }] }),
            }),
            dependsOn: ["urn:role"],
        };
        const [route53] = controlPlaneScenarios([{ stack: "prod", resources: [role, policy] }]);
        assert.deepEqual(route53?.broken, [
            "prod → execution-policy: the Region switch plan's role calls Route 53's control plane (route53:ChangeResourceRecordSets)",
        ]);
        assert.match(controlPlaneReport([route53 as NonNullable<typeof route53>]).join("\n"), /broken: prod → execution-policy/);
    });
});
