import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { ClusterEntry } from "../tools/rehome/project";
import { rehomeClusters, rehomeImages } from "../tools/rehome/project";
import { addThirdRegion, fixtureConfig, servicesWithLedgerDatabase, writeFixtureProject } from "./fixtures/platform";
import { runPlanCli } from "./helpers/cli";

const cluster = (name: string, region: string, role: string, priority: number): ClusterEntry => ({ name, region, dr: { role, priority } });

describe("re-homing after a region is lost for good", () => {
    it("makes the survivor primary, drops every cluster of the lost region, keeps the others' order behind", () => {
        const rehoming = rehomeClusters(
            [
                cluster("a", "us-east-1", "primary", 1),
                cluster("a2", "us-east-1", "secondary", 4),
                cluster("c", "us-east-2", "secondary", 3),
                cluster("b", "us-west-2", "secondary", 2),
            ],
            "c",
        );
        assert.equal(rehoming.lostRegion, "us-east-1");
        assert.deepEqual(rehoming.lostClusters, ["a", "a2"]);
        assert.deepEqual(
            rehoming.clusters.map((entry) => [entry.name, entry.dr.role, entry.dr.priority]),
            [
                ["c", "primary", 1],
                ["b", "secondary", 2],
            ],
        );
        assert.throws(() => rehomeClusters([cluster("a", "us-east-1", "primary", 1)], "z"), /--rehome z: no such cluster \(clusters: a\)/);
        assert.throws(
            () => rehomeClusters([cluster("a", "us-east-1", "primary", 1), cluster("a2", "us-east-1", "secondary", 2)], "a2"),
            /--rehome a2: it is in us-east-1, the region being left; name a cluster in another region/,
        );
    });

    it("moves the images CI pushed to the lost region to the survivor's replica, and no other", () => {
        const { services, moved } = rehomeImages(
            [
                {
                    name: "gateway",
                    image: "111111111111.dkr.ecr.us-east-1.amazonaws.com/payments/gateway:1.0.0",
                    canary: { image: "111111111111.dkr.ecr.us-east-1.amazonaws.com/payments/gateway:1.1.0" },
                },
                { name: "ledger", image: "111111111111.dkr.ecr.us-east-2.amazonaws.com/payments/ledger:2.0.0" },
            ],
            "us-east-1",
            "us-west-2",
        );
        assert.deepEqual(
            services.map((service) => [service.image, (service.canary as { image?: string } | undefined)?.image]),
            [
                ["111111111111.dkr.ecr.us-west-2.amazonaws.com/payments/gateway:1.0.0", "111111111111.dkr.ecr.us-west-2.amazonaws.com/payments/gateway:1.1.0"],
                ["111111111111.dkr.ecr.us-east-2.amazonaws.com/payments/ledger:2.0.0", undefined],
            ],
        );
        assert.deepEqual(
            moved.map((image) => image.path),
            ["services[0].image", "services[0].canary.image"],
        );
    });

    it("plans the environment re-homed on a survivor and prints, in order, how to carry the state over (npm run plan -- --rehome)", function () {
        this.timeout(300_000);
        // Three regions: losing one leaves the two an environment needs (rule multi-region).
        const config = fixtureConfig((edit) => {
            addThirdRegion(edit);
            edit.services = servicesWithLedgerDatabase();
        });
        const projectDir = writeFixtureProject("rehome", config);
        // A staging-like fixture: its databases may be deleted (as staging's policy config says).
        const policyConfig = path.join(projectDir, "policy", "config");
        for (const stack of ["t-use1", "t-usw2", "t-euw1"])
            fs.writeFileSync(path.join(policyConfig, `${stack}.json`), JSON.stringify({ "aurora-clusters-hardened": { deletionProtection: false } }));
        const args = ["--env", "rehome", "--dir", projectDir, "--sub-projects", path.join(projectDir, "stacks"), "--policy-config", policyConfig, "--quiet"];
        // Converged first, as a real environment is (the secondaries' members join on the second rollout).
        const first = runPlanCli(args);
        assert.equal(first.status, 0, first.stderr);
        const { status, stdout, stderr } = runPlanCli([...args, "--rehome", "t-usw2"]);
        assert.equal(status, 0, stderr);
        const lines = stdout.split("\n");
        const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
        assert.match(stdout, /^# Re-home rehome on t-usw2 \(us-west-2\): us-east-1 is left for good\.$/m);
        assert.match(stdout, /^# {6}- name: t-usw2\n# {8}region: us-west-2\n# {8}dr:\n# {10}role: primary\n# {10}priority: 1$/m);
        const environment = (config.environment as string) ?? "staging";
        // The partner secret's us-west-2 replica becomes the secret, before its state is carried over.
        const promote = at(
            new RegExp(`^aws secretsmanager stop-replication-to-replica --region us-west-2 --secret-id 'payments-platform/${environment}/partner-key'`),
        );
        const imported = at(
            /^pulumi import aws:secretsmanager\/secret:Secret 'payments-secrets-partner-key' "\$\(aws secretsmanager describe-secret --region us-west-2 /,
        );
        const dropped = at(
            /^pulumi state delete 'urn:pulumi:rehome::payments-platform::payments:platform:Environment\$payments:secrets:SecretSync\$aws:secretsmanager\/secret:Secret::payments-secrets-partner-key' -s rehome --force --yes$/,
        );
        assert.ok(promote >= 0 && dropped > promote && imported > dropped, `${promote} < ${dropped} < ${imported}`);
        // The new primary adopts the global database the lost primary's stack held.
        const global = at(
            new RegExp(
                `^\\(cd stacks/cluster && pulumi import aws:rds/globalCluster:GlobalCluster 'payments-t-usw2-db-ledger-global' 'payments-${environment}-ledger' .* -s t-usw2 --yes\\)$`,
            ),
        );
        assert.ok(global > imported, "after the environment's state");
        // The lost stack goes last: the imports before it read nothing from it.
        const removed = at(/^\(cd stacks\/cluster && pulumi stack rm t-use1 --force --yes\)$/);
        assert.ok(removed > global);
        assert.match(stdout, /^# {4}wave 1: pulumi up -s rehome\n# {4}wave 2: pulumi up -s t-euw1\n# {4}wave 3: pulumi up -s t-usw2$/m);
    });
});
