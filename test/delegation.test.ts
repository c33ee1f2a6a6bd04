import { strict as assert } from "assert";
import { delegationPolicy, delegationRoleName } from "../components/cluster/iam";
import { realPlanOf } from "./helpers/plans";

describe("zone delegation to another environment", () => {
    it("lets the child write its own NS records in the parent zone and nothing else", () => {
        assert.equal(delegationRoleName("staging.payments.example.com"), "payments-dns-delegation-staging");
        const [status, records, read] = delegationPolicy("Z0PARENT", "Staging.Payments.Example.com").Statement;
        assert.deepEqual(records, {
            Sid: "DelegationRecords",
            Effect: "Allow",
            Action: "route53:ChangeResourceRecordSets",
            Resource: "arn:aws:route53:::hostedzone/Z0PARENT",
            Condition: {
                "ForAllValues:StringEquals": {
                    "route53:ChangeResourceRecordSetsRecordTypes": ["NS"],
                    "route53:ChangeResourceRecordSetsNormalizedRecordNames": ["staging.payments.example.com"],
                },
            },
        });
        assert.deepEqual([status?.Action, read?.Action], ["route53:GetChange", "route53:ListResourceRecordSets"]);
    });

    it("is a role prod makes, trusted by staging's deploy role, that staging's config assumes", async function () {
        this.timeout(600_000);
        const prod = await realPlanOf("prod");
        const role = prod.environment.plan.resources.find(
            (resource) => resource.type === "aws:iam/role:Role" && resource.name.endsWith("dns-delegation-staging"),
        );
        const inputs = role?.inputs as { name: string; assumeRolePolicy: string; permissionsBoundary?: string } | undefined;
        assert.equal(inputs?.name, "payments-dns-delegation-staging");
        assert.deepEqual(JSON.parse(inputs?.assumeRolePolicy ?? "{}").Statement[0].Principal, {
            AWS: "arn:aws:iam::222222222222:role/payments-platform-deploy",
        });
        assert.ok(inputs?.permissionsBoundary, "bounded like every role");
        const staging = await realPlanOf("staging");
        assert.match(JSON.stringify(staging.environment.plan.config), /role\/payments-dns-delegation-staging/);
    });
});
