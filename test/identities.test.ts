import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { identityRows, identityTable, IDENTITIES_END, IDENTITIES_START, stackIdentities, withIdentityTable } from "../tools/identities/table";
import type { PlanFile } from "../tools/offline-plan/plan-file";
import { environmentsOf } from "../tools/workflows/generate";
import { REPO_ROOT } from "./helpers/cli";
import { realPlanOf } from "./helpers/plans";

const resource = (type: string, name: string, inputs: Record<string, unknown>, extra: { parent?: string; dependsOn?: string[] } = {}) => ({
    urn: `urn:pulumi:s::p::${type}::${name}`,
    type,
    name,
    parent: extra.parent ?? null,
    provider: null,
    dependsOn: extra.dependsOn ?? [],
    custom: true,
    inputs,
});

function clusterPlan(stack: string): PlanFile {
    const component = resource("payments:addons:Velero", `payments-${stack}-addons-velero`, {});
    const role = resource(
        "aws:iam/role:Role",
        `payments-${stack}-addons-velero-role`,
        {
            assumeRolePolicy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Effect: "Allow",
                        Principal: { Federated: "arn:aws:iam::1:oidc-provider/x" },
                        Action: "sts:AssumeRoleWithWebIdentity",
                        Condition: { StringEquals: { "x:sub": "system:serviceaccount:velero:velero-server" } },
                    },
                ],
            }),
            permissionsBoundary: "arn:aws:iam::1:policy/b",
        },
        { parent: component.urn },
    );
    const inline = resource(
        "aws:iam/rolePolicy:RolePolicy",
        `payments-${stack}-velero-policy`,
        {
            policy: JSON.stringify({
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Action: ["s3:PutObject", "s3:GetObject"], Resource: "arn:aws:s3:::b/*" }],
            }),
        },
        { dependsOn: [role.urn] },
    );
    const managed = resource(
        "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
        `payments-${stack}-managed`,
        { policyArn: "arn:aws:iam::aws:policy/AmazonEBSCSIDriverPolicy" },
        { dependsOn: [role.urn] },
    );
    const cluster = resource("eks:index:Cluster", `payments-${stack}-eks`, {
        accessEntries: {
            previewer: {
                principalArn: "arn:aws:iam::1:role/preview",
                accessPolicies: { view: { policyArn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy", accessScope: { type: "cluster" } } },
            },
        },
    });
    const binding = resource("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding", `payments-${stack}-restore`, {
        metadata: { namespace: "payments-ledger" },
        roleRef: { kind: "ClusterRole", name: "payments-velero-restore" },
        subjects: [{ kind: "ServiceAccount", namespace: "velero", name: "velero-server" }],
    });
    return { project: "payments-cluster", stack, config: {}, outputs: {}, resources: [component, role, inline, managed, cluster, binding] };
}

describe("the identity table", () => {
    it("reads each role's trust, grants and boundary, each access entry and each binding, cluster names generalised", () => {
        assert.deepEqual(stackIdentities(clusterPlan("c1"), ["c1"]), [
            {
                identity: "payments-<cluster>-addons-velero-role",
                kind: "IAM role",
                madeBy: "addons:Velero",
                assumedBy: "IRSA velero:velero-server",
                may: "AmazonEBSCSIDriverPolicy (AWS-managed); s3:GetObject, s3:PutObject",
                bounded: "yes",
            },
            {
                identity: "preview",
                kind: "EKS access entry",
                madeBy: "the stack",
                assumedBy: "previewer (an existing role)",
                may: "AmazonEKSViewPolicy cluster-wide",
                bounded: "",
            },
            {
                identity: "ServiceAccount velero/velero-server",
                kind: "Kubernetes binding",
                madeBy: "the stack",
                assumedBy: "namespace payments-ledger",
                may: "ClusterRole payments-velero-restore",
                bounded: "",
            },
        ]);
    });

    it("writes a row the clusters share once, as every cluster's", () => {
        const environment: PlanFile = { project: "payments-platform", stack: "prod", config: {}, outputs: {}, resources: [] };
        const rows = identityRows(environment, [clusterPlan("c1"), clusterPlan("c2")]);
        assert.deepEqual(
            rows.map((row) => row.where),
            ["every cluster", "every cluster", "every cluster"],
        );
        assert.deepEqual(identityRows(environment, [clusterPlan("c1"), clusterPlan("c2")].slice(0, 1)).length, 3);
    });

    it("replaces only what lies between the README's markers", () => {
        const readme = `intro\n${IDENTITIES_START}\nold\n${IDENTITIES_END}\nafter\n`;
        assert.equal(withIdentityTable(readme, "| t |"), `intro\n${IDENTITIES_START}\n\n| t |\n\n${IDENTITIES_END}\nafter\n`);
        assert.throws(() => withIdentityTable("no markers", "| t |"), /has no <!-- identities:start/);
    });

    it("in the README is the one prod's plans give (npm run docs:identities)", async function () {
        this.timeout(600_000);
        const result = await realPlanOf("prod");
        const prod = environmentsOf(REPO_ROOT).find((environment) => environment.name === "prod");
        assert.ok(prod);
        const clusters = prod.clusters.map((cluster) => {
            const plan = result.clusters[cluster.name]?.plan;
            assert.ok(plan, `no plan of ${cluster.name}`);
            return plan;
        });
        const table = identityTable(identityRows(result.environment.plan, clusters));
        const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
        const section = readme.slice(readme.indexOf(IDENTITIES_START) + IDENTITIES_START.length, readme.indexOf(IDENTITIES_END)).trim();
        // The README is Prettier-formatted: compare cells, not padding.
        const cells = (text: string) => text.split("\n").map((line) => line.split("|").map((cell) => cell.trim().replace(/^-+$/, "-")));
        assert.deepEqual(cells(section), cells(table), "the README's identity table is stale: npm run docs:identities");
    });
});
