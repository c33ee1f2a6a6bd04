import { strict as assert } from "assert";
import { imageCachePolicy } from "../components/cluster/iam";
import { pullThroughCacheRoleArn } from "../components/images/pull-through-cache";
import { mirroredImage, parseImage, registryCredentialIssues, regionalImages, UPSTREAM_REGISTRIES } from "../components/images/mirrors";
import { planOf } from "./helpers/plans";

const CACHE = "111111111111.dkr.ecr.us-west-2.amazonaws.com";

describe("chart images, pulled through each region's cache of their upstream registry", () => {
    it("reads an image as Docker does: a first segment with a dot is a host, Docker Hub's official images are under library/", () => {
        assert.deepEqual(parseImage("busybox:1.36"), { host: "docker.io", path: "library/busybox", reference: ":1.36" });
        assert.deepEqual(parseImage("velero/velero:v1.17.1"), { host: "docker.io", path: "velero/velero", reference: ":v1.17.1" });
        assert.deepEqual(parseImage("docker.io/bitnamilegacy/kubectl"), { host: "docker.io", path: "bitnamilegacy/kubectl", reference: "" });
        assert.deepEqual(parseImage("index.docker.io/library/nginx@sha256:ab"), { host: "docker.io", path: "library/nginx", reference: "@sha256:ab" });
        assert.deepEqual(parseImage("registry.k8s.io/autoscaling/cluster-autoscaler:v1.34.5"), {
            host: "registry.k8s.io",
            path: "autoscaling/cluster-autoscaler",
            reference: ":v1.34.5",
        });
        assert.deepEqual(parseImage("localhost:5000/app:1"), { host: "localhost:5000", path: "app", reference: ":1" });
    });

    it("names the region's cache: <account>.dkr.ecr.<region>.amazonaws.com/<prefix>/<path>, tag or digest kept", () => {
        assert.equal(
            mirroredImage("quay.io/jetstack/cert-manager-controller:v1.19.6", "111111111111", "us-west-2"),
            `${CACHE}/quay/jetstack/cert-manager-controller:v1.19.6`,
        );
        assert.equal(mirroredImage("busybox:1.36", "111111111111", "us-west-2"), `${CACHE}/docker-hub/library/busybox:1.36`);
        const images = regionalImages("111111111111", "us-west-2");
        assert.equal(images.registry("ghcr.io"), `${CACHE}/github`);
        assert.equal(images.repository("registry.k8s.io/prometheus-adapter/prometheus-adapter"), `${CACHE}/k8s/prometheus-adapter/prometheus-adapter`);
        assert.throws(() => images.image("gcr.io/istio-release/proxyv2:1.28.3"), /no pull-through cache for gcr\.io: add it to UPSTREAM_REGISTRIES/);
    });

    it("refuses config that leaves an authenticated upstream without an account, names an unknown one, or a missing token", () => {
        const both = { "docker.io": { accessTokenPartnerSecret: "hub" }, "ghcr.io": { accessTokenPartnerSecret: "ghcr" } };
        assert.deepEqual(registryCredentialIssues(both, ["hub", "ghcr"]), []);
        assert.deepEqual(registryCredentialIssues({ "docker.io": both["docker.io"] }, ["hub"]), [
            {
                path: "registryCredentials.ghcr.io",
                message:
                    "ECR's pull-through cache needs an account to pull ghcr.io's images into each region; set { username, accessTokenPartnerSecret } (the token with pull access only, under partnerSecrets)",
            },
        ]);
        assert.deepEqual(registryCredentialIssues({ ...both, "quay.io": { accessTokenPartnerSecret: "hub" } }, ["hub", "ghcr"]), [
            { path: "registryCredentials.quay.io", message: "no upstream registry needs credentials by that name (those that do: docker.io, ghcr.io)" },
        ]);
        assert.deepEqual(registryCredentialIssues(both, ["hub"]), [
            {
                path: "registryCredentials.ghcr.io.accessTokenPartnerSecret",
                message: "no partnerSecrets.ghcr; set it with: pulumi config set --secret --path 'partnerSecrets.ghcr' <value>",
            },
        ]);
    });

    it("lets a node create the caches' repositories in its own region only", () => {
        assert.deepEqual(imageCachePolicy("111111111111", "us-west-2", ["quay", "k8s"]).Statement, [
            {
                Sid: "CreateCacheRepositories",
                Effect: "Allow",
                Action: ["ecr:CreateRepository"],
                Resource: ["arn:aws:ecr:us-west-2:111111111111:repository/quay/*", "arn:aws:ecr:us-west-2:111111111111:repository/k8s/*"],
            },
        ]);
    });

    it("in the prod plan: a cache of every upstream in every cluster region, its credentials readable by ECR's role and the administrators only", async () => {
        const result = await planOf("prod");
        const resources = result.environment.plan.resources;
        const regionOf = (provider: string | null) => (resources.find((r) => r.urn === provider)?.inputs as { region?: string }).region;
        const rules = resources.filter((r) => r.type === "aws:ecr/pullThroughCacheRule:PullThroughCacheRule");
        const clusterRegions = [...new Set(Object.values(result.clusters).map((plan) => (plan.plan.outputs.cluster as { region: string }).region))].sort();
        assert.deepEqual(
            rules.map((rule) => `${regionOf(rule.provider)} ${(rule.inputs as { ecrRepositoryPrefix: string }).ecrRepositoryPrefix}`).sort(),
            clusterRegions.flatMap((region) => UPSTREAM_REGISTRIES.map((registry) => `${region} ${registry.prefix}`)).sort(),
        );
        const hub = rules.find((rule) => (rule.inputs as { upstreamRegistryUrl: string }).upstreamRegistryUrl === "registry-1.docker.io");
        assert.match(String((hub?.inputs as { credentialArn?: string }).credentialArn), /:secret:ecr-pullthroughcache\/docker-hub/);
        const policies = resources.filter((r) => r.type === "aws:secretsmanager/secretPolicy:SecretPolicy" && r.name.includes("image-caches"));
        assert.equal(policies.length, clusterRegions.length * 2);
        const readers = JSON.parse((policies[0]?.inputs as { policy: string }).policy).Statement[0].Condition.ArnNotEquals["aws:PrincipalArn"] as string[];
        assert.ok(readers.includes(pullThroughCacheRoleArn("111111111111")), readers.join(", "));
        // The tokens stay secrets: the plan shows none of them.
        const versions = resources.filter((r) => r.type === "aws:secretsmanager/secretVersion:SecretVersion" && r.name.includes("image-caches"));
        assert.equal(versions.length, clusterRegions.length * 2);
        for (const version of versions) assert.equal((version.inputs as { secretString: unknown }).secretString, "[secret]");
    });
});
