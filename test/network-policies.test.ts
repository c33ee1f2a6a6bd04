import { strict as assert } from "assert";
import type { EnforcementLevel } from "@pulumi/policy";
import { serviceTrustPolicy } from "../components/cluster/iam";
import { awsOwnedBuckets, vpcEndpointPolicy } from "../components/network/endpoint-policy";
import { cniPolicyOffTheNodes, serviceRolesGuarded } from "../policy/rules/iam";
import { vpcEndpointsScoped } from "../policy/rules/network";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
const ACCOUNT = "111111111111";
const endpoint = (service: string, policy?: unknown) =>
    res("aws:ec2/vpcEndpoint:VpcEndpoint", `e-${service}`, {
        serviceName: `com.amazonaws.us-east-1.${service}`,
        ...(policy === undefined ? {} : { policy: JSON.stringify(policy) }),
    });

describe("VPC endpoint policies", () => {
    it("admits only the account's principals; S3 only the account's buckets and the AWS-owned ones nodes read", () => {
        assert.deepEqual(vpcEndpointPolicy("ecr.api", ACCOUNT, "us-east-1").Statement, [
            {
                Sid: "AccountPrincipals",
                Effect: "Allow",
                Principal: "*",
                Action: "*",
                Resource: "*",
                Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } },
            },
        ]);
        const [buckets, owned] = vpcEndpointPolicy("s3", ACCOUNT, "us-east-1").Statement;
        assert.deepEqual(buckets?.Condition, { StringEquals: { "aws:PrincipalAccount": ACCOUNT, "aws:ResourceAccount": ACCOUNT } });
        assert.deepEqual(owned?.Resource, awsOwnedBuckets("us-east-1"));
        assert.ok(awsOwnedBuckets("us-east-1").includes("arn:aws:s3:::prod-us-east-1-starport-layer-bucket/*"), "ECR's layers");
    });

    it("lets IRSA's unsigned AssumeRoleWithWebIdentity through STS's, for the account's roles only", () => {
        const web = vpcEndpointPolicy("sts", ACCOUNT, "us-east-1").Statement[1];
        assert.deepEqual(web, {
            Sid: "WebIdentityToAccountRoles",
            Effect: "Allow",
            Principal: "*",
            Action: "sts:AssumeRoleWithWebIdentity",
            Resource: `arn:aws:iam::${ACCOUNT}:role/*`,
        });
    });

    describe("rule vpc-endpoints-scoped", () => {
        it("takes vpcEndpointPolicy's documents", async () => {
            const endpoints = ["s3", "sts", "ecr.dkr", "secretsmanager"].map((service) => endpoint(service, vpcEndpointPolicy(service, ACCOUNT, "us-east-1")));
            assert.deepEqual(await messages(vpcEndpointsScoped(M), endpoints), []);
        });
        it("refuses the default policy, a statement open to any account, and S3 open to any bucket", async () => {
            assert.deepEqual(await messages(vpcEndpointsScoped(M), [endpoint("sts")]), [
                "e-sts has the default endpoint policy (any principal, any action); set policy (vpcEndpointPolicy).",
            ]);
            const open = { Version: "2012-10-17", Statement: [{ Sid: "Open", Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }] };
            assert.deepEqual(await messages(vpcEndpointsScoped(M), [endpoint("s3", open)]), [
                "e-s3's policy admits principals of any account (Open); add an aws:PrincipalAccount condition.",
                "e-s3's policy reaches any bucket (Open); confine it with aws:ResourceAccount or name the buckets.",
            ]);
            const webIdentityAnywhere = {
                Version: "2012-10-17",
                Statement: [{ Sid: "Web", Effect: "Allow", Principal: "*", Action: "sts:AssumeRoleWithWebIdentity", Resource: "*" }],
            };
            assert.deepEqual(await messages(vpcEndpointsScoped(M), [endpoint("sts", webIdentityAnywhere)]), [
                "e-sts's policy admits principals of any account (Web); add an aws:PrincipalAccount condition.",
            ]);
        });
    });
});

describe("service roles and the confused deputy", () => {
    it("adds aws:SourceAccount and aws:SourceArn when given a source", () => {
        assert.deepEqual(
            serviceTrustPolicy("vpc-flow-logs.amazonaws.com", { account: ACCOUNT, arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc-flow-log/*` }).Statement[0]
                ?.Condition,
            {
                StringEquals: { "aws:SourceAccount": ACCOUNT },
                ArnLike: { "aws:SourceArn": `arn:aws:ec2:us-east-1:${ACCOUNT}:vpc-flow-log/*` },
            },
        );
        assert.equal(serviceTrustPolicy("ec2.amazonaws.com").Statement[0]?.Condition, undefined);
    });

    describe("rule service-roles-guarded", () => {
        const role = (trust: unknown) => res("aws:iam/role:Role", "flow-logs", { assumeRolePolicy: JSON.stringify(trust) });
        it("takes a guarded flow-logs role, and services AWS documents with a plain trust", async () => {
            assert.deepEqual(await messages(serviceRolesGuarded(M), [role(serviceTrustPolicy("vpc-flow-logs.amazonaws.com", { account: ACCOUNT }))]), []);
            assert.deepEqual(await messages(serviceRolesGuarded(M), [role(serviceTrustPolicy("arc-region-switch.amazonaws.com"))]), []);
        });
        it("refuses a flow-logs role any account's flow log could use", async () => {
            assert.deepEqual(await messages(serviceRolesGuarded(M), [role(serviceTrustPolicy("vpc-flow-logs.amazonaws.com"))]), [
                "flow-logs trusts vpc-flow-logs.amazonaws.com with no aws:SourceAccount or aws:SourceArn condition: the service would assume it for another account's resource; add them (serviceTrustPolicy's source).",
            ]);
        });
    });
});

describe("rule cni-policy-off-the-nodes", () => {
    const roleTrusting = (service: string) => res("aws:iam/role:Role", "role", { assumeRolePolicy: JSON.stringify(serviceTrustPolicy(service)) });
    const cni = (role: { urn: string }) =>
        res(
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
            "cni",
            { policyArn: "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy" },
            { dependsOn: [role.urn] },
        );
    it("takes the CNI's policy on a role the nodes do not assume", async () => {
        const irsa = res("aws:iam/role:Role", "role", {
            assumeRolePolicy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Principal: { Federated: "arn:aws:iam::1:oidc-provider/x" } }],
            }),
        });
        assert.deepEqual(await messages(cniPolicyOffTheNodes(M), [irsa, cni(irsa)]), []);
    });
    it("refuses it on the nodes' role", async () => {
        const node = roleTrusting("ec2.amazonaws.com");
        assert.deepEqual(await messages(cniPolicyOffTheNodes(M), [node, cni(node)]), [
            "cni gives the nodes' role AmazonEKS_CNI_Policy: every pod that reaches the instance metadata could manage network interfaces; give it to the CNI's IRSA role (NodeNetworking).",
        ]);
    });
});
