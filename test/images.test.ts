import { strict as assert } from "assert";
import { imageReplications, parseEcrImage, regionalImage } from "../components/workloads/images";
import { planOf } from "./helpers/plans";

const ECR = "111111111111.dkr.ecr.us-east-1.amazonaws.com/payments/ledger";

describe("payment images, pulled from each cluster's own region", () => {
    it("rewrites an ECR image to the cluster region's replica, tag or digest kept; leaves any other registry alone", () => {
        assert.equal(regionalImage(`${ECR}:1.2.3`, "us-west-2"), "111111111111.dkr.ecr.us-west-2.amazonaws.com/payments/ledger:1.2.3");
        assert.equal(
            regionalImage(`${ECR}@sha256:${"a".repeat(64)}`, "us-east-2"),
            `111111111111.dkr.ecr.us-east-2.amazonaws.com/payments/ledger@sha256:${"a".repeat(64)}`,
        );
        assert.equal(regionalImage(`${ECR}:1.2.3`, "us-east-1"), `${ECR}:1.2.3`);
        assert.equal(regionalImage("quay.io/jetstack/cert-manager-controller:v1.19.6", "us-west-2"), "quay.io/jetstack/cert-manager-controller:v1.19.6");
        assert.deepEqual(parseEcrImage(`${ECR}:1.2.3`), { account: "111111111111", region: "us-east-1", repository: "payments/ledger", reference: ":1.2.3" });
    });

    it("replicates each source registry's repositories into every other cluster region", () => {
        assert.deepEqual(
            imageReplications(
                [`${ECR}:1`, `${ECR}:2`, "111111111111.dkr.ecr.us-east-1.amazonaws.com/payments/gateway:3", "docker.io/library/busybox:1"],
                ["us-east-1", "us-west-2", "us-east-2"],
            ),
            [
                {
                    account: "111111111111",
                    sourceRegion: "us-east-1",
                    repositories: ["payments/gateway", "payments/ledger"],
                    destinations: ["us-east-2", "us-west-2"],
                },
            ],
        );
        assert.deepEqual(imageReplications([`${ECR}:1`], ["us-east-1"]), [], "nothing to copy with one region");
    });

    it("in the prod plan: the environment replicates the repositories, and every survivor pulls from its own region", async () => {
        const result = await planOf("prod");
        const replication = result.environment.plan.resources.find((r) => r.type === "aws:ecr/replicationConfiguration:ReplicationConfiguration");
        const rules = (replication?.inputs as { replicationConfiguration: { rules: Array<{ destinations: Array<{ region: string }> }> } })
            .replicationConfiguration.rules;
        assert.deepEqual(
            rules[0]?.destinations.map((d) => d.region),
            ["us-east-2", "us-west-2"],
        );
        for (const [cluster, plan] of Object.entries(result.clusters)) {
            const region = (plan.plan.outputs.cluster as { region: string }).region;
            const images = plan.plan.resources
                .filter((r) => r.type === "kubernetes:apps/v1:Deployment")
                .flatMap((r) =>
                    (r.inputs as { spec: { template: { spec: { containers: Array<{ image: string }> } } } }).spec.template.spec.containers.map((c) => c.image),
                )
                .filter((image) => parseEcrImage(image));
            assert.ok(images.length >= 4, cluster);
            for (const image of images) assert.equal(parseEcrImage(image)?.region, region, `${cluster}: ${image}`);
        }
    });
});
