import { isUntaggable } from "../policy/rules/tags";
import { strict as assert } from "assert";
import { zoneIdPrefix } from "../tools/mocks/aws";
import { planSubnets } from "../components/network/subnets";
import type { ClusterSpec } from "../components/topology/spec";
import { validatePlatformConfig } from "../components/config/validate";
import { NODE_NETWORKING_ADDONS } from "../components/cluster/managed-addons";
import { MANAGED_ADDON_VERSIONS } from "../components/cluster/versions";
import type { PlanResource } from "../tools/offline-plan/plan-file";
import { stackConfig } from "./helpers/config-fixtures";
import { planOf } from "./helpers/plans";
import { clusterProviderUrn, type EnvironmentPlan } from "./helpers/environment";

type Inputs = Record<string, unknown>;
const inputsOf = (resource: PlanResource | undefined): Inputs => {
    assert.ok(resource, "resource missing from the plan");
    return resource.inputs as Inputs;
};

function specOf(stack: "prod" | "staging"): ClusterSpec[] {
    const result = validatePlatformConfig(stackConfig(stack));
    if (!result.ok) throw new Error("stack config invalid");
    return [...result.spec.clusters];
}

/** Resources of one type under a cluster (their URN or name carries the cluster component's name). */
function under(result: EnvironmentPlan, cluster: string, type: string): PlanResource[] {
    return result.plan.resources.filter((r) => r.type === type && r.name.startsWith(`payments-${cluster}-`));
}

function byName(result: EnvironmentPlan, name: string): PlanResource | undefined {
    return result.plan.resources.find((r) => r.name === name);
}

for (const stack of ["prod", "staging"] as const) {
    describe(`clusters of the ${stack} plan`, () => {
        let result: EnvironmentPlan;
        const specs = specOf(stack);
        before(async () => {
            result = await planOf(stack);
        });

        it("contains exactly the expected clusters and node groups", () => {
            const eksClusters = result.plan.resources.filter((r) => r.type === "eks:index:Cluster");
            assert.deepEqual(eksClusters.map((r) => inputsOf(r).name).sort(), specs.map((s) => s.name).sort());
            const nodeGroups = result.plan.resources
                .filter((r) => r.type === "aws:eks/nodeGroup:NodeGroup")
                .map((r) => r.name)
                .sort();
            assert.deepEqual(nodeGroups, specs.flatMap((s) => s.nodePools.map((p) => `payments-${s.name}-pool-${p.name}-node-group`)).sort());
        });

        for (const spec of specs) {
            describe(spec.name, () => {
                const eksOf = () => inputsOf(byName(result, `payments-${spec.name}-cluster-eks`));
                const providerUrn = () => clusterProviderUrn(result, spec.name);

                it("creates every AWS resource through the provider of its own region", () => {
                    const aws = result.plan.resources.filter((r) => r.custom && r.type.startsWith("aws:") && r.name.startsWith(`payments-${spec.name}-`));
                    assert.ok(aws.length > 40);
                    for (const resource of aws) assert.equal(resource.provider, providerUrn(), resource.name);
                    assert.equal(inputsOf(result.clusters[spec.name]?.plan.resources.find((r) => r.urn === providerUrn())).region, spec.region);
                });

                it("hands the regional AWS provider to the remote EKS component explicitly", () => {
                    const eks = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-eks`);
                    assert.equal(eks?.remote, true);
                    assert.deepEqual(eks?.providers, { aws: providerUrn() });
                });

                it("nests network, cluster and node pools under the cluster component", () => {
                    const cluster = byName(result, `payments-${spec.name}`);
                    for (const child of ["network", "cluster", "managed-addons", ...spec.nodePools.map((p) => `pool-${p.name}`)]) {
                        assert.equal(byName(result, `payments-${spec.name}-${child}`)?.parent, cluster?.urn, child);
                    }
                    assert.equal(byName(result, `payments-${spec.name}-network-vpc`)?.parent, byName(result, `payments-${spec.name}-network`)?.urn);
                });

                it("carves the VPC into public and private subnets per zone, tagged for load balancers", () => {
                    assert.equal(inputsOf(byName(result, `payments-${spec.name}-network-vpc`)).cidrBlock, spec.vpcCidr);
                    const plan = planSubnets(spec.vpcCidr, spec.availabilityZoneCount);
                    // Zones by ID, in ID order, never use1-az3 (the mock account maps names to IDs as a real one does).
                    const prefix = zoneIdPrefix(spec.region);
                    const ids = plan.privateSubnets.map((_, i) => inputsOf(byName(result, `payments-${spec.name}-network-private-${i}`)).availabilityZoneId);
                    assert.deepEqual(ids, [...ids].sort());
                    for (const id of ids) assert.match(String(id), new RegExp(`^${prefix}-az\\d$`));
                    assert.ok(!ids.includes("use1-az3"));
                    plan.privateSubnets.forEach((subnet, i) => {
                        const inputs = inputsOf(byName(result, `payments-${spec.name}-network-private-${i}`));
                        assert.equal(inputs.cidrBlock, subnet.cidr);
                        assert.equal(inputs.availabilityZone, undefined, "placed by zone ID, not by name");
                        const tags = inputs.tags as Record<string, string>;
                        assert.equal(tags["kubernetes.io/role/internal-elb"], "1");
                        assert.equal(tags[`kubernetes.io/cluster/${spec.name}`], "shared");
                        assert.match(tags.Name, new RegExp(`^${spec.name}-private-${spec.region}[a-f]$`));
                        const publicInputs = inputsOf(byName(result, `payments-${spec.name}-network-public-${i}`));
                        assert.equal(publicInputs.availabilityZoneId, inputs.availabilityZoneId, "public and private subnet i share a zone");
                    });
                    plan.publicSubnets.forEach((subnet, i) => {
                        const inputs = inputsOf(byName(result, `payments-${spec.name}-network-public-${i}`));
                        assert.equal(inputs.cidrBlock, subnet.cidr);
                        assert.equal(inputs.mapPublicIpOnLaunch, false);
                        assert.equal((inputs.tags as Record<string, string>)["kubernetes.io/role/elb"], "1");
                    });
                });

                it(`routes private subnets through ${spec.natGatewayMode === "perAz" ? "a NAT gateway per zone" : "one shared NAT gateway"}`, () => {
                    const nats = under(result, spec.name, "aws:ec2/natGateway:NatGateway");
                    assert.equal(nats.length, spec.natGatewayMode === "perAz" ? spec.availabilityZoneCount : 1);
                    const natIds = new Set<unknown>();
                    for (let i = 0; i < spec.availabilityZoneCount; i++) {
                        const table = byName(result, `payments-${spec.name}-network-private-rt-${i}`);
                        assert.equal(inputsOf(table).routes, undefined, "no inline routes: they would delete routes added outside them");
                        const route = byName(result, `payments-${spec.name}-network-private-default-${i}`);
                        assert.equal(inputsOf(route).destinationCidrBlock, "0.0.0.0/0");
                        assert.ok(route?.dependsOn.includes(String(table?.urn)), "the default route is the table's");
                        assert.match(String(inputsOf(route).natGatewayId), /^nat-0[0-9a-f]{16}$/);
                        natIds.add(inputsOf(route).natGatewayId);
                    }
                    assert.equal(natIds.size, nats.length);
                });

                it("attaches its VPC to its region's transit gateway and routes the deploy network through it, from every private route table", () => {
                    const gateway =
                        stack === "prod"
                            ? { "us-east-1": "tgw-01100000000000000", "us-east-2": "tgw-01200000000000000", "us-west-2": "tgw-01300000000000000" }
                            : { "us-east-2": "tgw-02200000000000000", "us-west-2": "tgw-02300000000000000" };
                    const attachment = byName(result, `payments-${spec.name}-network-deploy-attachment`);
                    const expected = gateway[spec.region as keyof typeof gateway];
                    assert.equal(inputsOf(attachment).transitGatewayId, expected);
                    assert.equal((inputsOf(attachment).subnetIds as string[]).length, spec.availabilityZoneCount, "one private subnet per zone");
                    for (let i = 0; i < spec.availabilityZoneCount; i++) {
                        const route = byName(result, `payments-${spec.name}-network-private-deploy-${i}-0`);
                        assert.deepEqual(
                            { cidr: inputsOf(route).destinationCidrBlock, gateway: inputsOf(route).transitGatewayId },
                            { cidr: stack === "prod" ? "10.250.0.0/22" : "10.250.4.0/22", gateway: expected },
                        );
                        assert.ok(route?.dependsOn.includes(String(attachment?.urn)), "after the attachment exists");
                    }
                    const provider = byName(result, `payments-${spec.name}-cluster-k8s`);
                    assert.ok(
                        provider?.dependsOn.includes(String(byName(result, `payments-${spec.name}-network-private-deploy-0-0`)?.urn)),
                        "the Kubernetes provider waits for the path",
                    );
                });

                it("logs all VPC flows to a retained CloudWatch log group", () => {
                    const flowLog = inputsOf(byName(result, `payments-${spec.name}-network-flow-log`));
                    assert.equal(flowLog.trafficType, "ALL");
                    assert.equal(flowLog.logDestinationType, "cloud-watch-logs");
                    const logGroup = inputsOf(byName(result, `payments-${spec.name}-network-flow-logs`));
                    assert.equal(logGroup.retentionInDays, 365);
                    assert.match(String(flowLog.logDestination), new RegExp(`^arn:aws:logs:${spec.region}:\\d{12}:log-group:/aws/vpc/${spec.name}/flow-logs$`));
                });

                it("keeps the API endpoint private", () => {
                    assert.equal(eksOf().endpointPrivateAccess, true);
                    assert.equal(eksOf().endpointPublicAccess, false);
                    assert.equal(eksOf().publicAccessCidrs, undefined);
                });

                it("envelope-encrypts Secrets with its own rotating KMS key", () => {
                    const key = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-secrets-key`);
                    assert.equal(inputsOf(byName(result, `payments-${spec.name}-cluster-secrets-key`)).enableKeyRotation, true);
                    assert.equal(eksOf().encryptionConfigKeyArn, key?.state?.arn);
                    assert.match(String(eksOf().encryptionConfigKeyArn), new RegExp(`^arn:aws:kms:${spec.region}:`));
                });

                it("runs the control plane under its own role, allowed to use exactly its Secrets key", () => {
                    const key = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-secrets-key`);
                    const role = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-cluster-role`);
                    assert.deepEqual(eksOf().serviceRole, { resource: role?.urn });
                    const grant = JSON.parse(String(inputsOf(byName(result, `payments-${spec.name}-cluster-cluster-role-secrets-key`)).policy));
                    assert.deepEqual(grant.Statement, [
                        {
                            Sid: "EnvelopeEncryptSecrets",
                            Effect: "Allow",
                            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"],
                            Resource: key?.state?.arn,
                        },
                    ]);
                    assert.equal(
                        inputsOf(byName(result, `payments-${spec.name}-cluster-cluster-role-policy`)).policyArn,
                        "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
                    );
                    const eksUrn = byName(result, `payments-${spec.name}-cluster-eks`)?.dependsOn ?? [];
                    assert.ok(
                        eksUrn.includes(String(byName(result, `payments-${spec.name}-cluster-cluster-role-secrets-key`)?.urn)),
                        "the cluster waits for its key grant",
                    );
                });

                it("ships the class's control-plane log types and pins the version", () => {
                    assert.deepEqual(eksOf().enabledClusterLogTypes, spec.controlPlane.logging);
                    assert.equal(eksOf().version, spec.kubernetesVersion);
                });

                it("authenticates through the EKS API: the admin role cluster admin, the preview role view, the drill role its group, no entry for the deploy role that creates it; IRSA on, no default node group", () => {
                    const eks = eksOf();
                    assert.equal(eks.authenticationMode, "API");
                    const account = stack === "prod" ? "111111111111" : "222222222222";
                    const entry = (role: string, policy: string, name: string) => ({
                        principalArn: `arn:aws:iam::${account}:role/payments-platform-${role}`,
                        accessPolicies: { [name]: { policyArn: `arn:aws:eks::aws:cluster-access-policy/${policy}`, accessScope: { type: "cluster" } } },
                    });
                    assert.deepEqual(eks.accessEntries, {
                        platformAdmin: entry("admin", "AmazonEKSClusterAdminPolicy", "clusterAdmin"),
                        previewer: entry("preview", "AmazonEKSViewPolicy", "view"),
                        // No access policy: only the group the drill's Roles bind (the dr-drill namespace, Velero's restores).
                        drill: { principalArn: `arn:aws:iam::${account}:role/payments-dr-drill`, kubernetesGroups: ["payments-dr-drill"] },
                    });
                    // The class's choice (extended support: no standard support is left for any row of the matrix).
                    assert.deepEqual(eks.upgradePolicy, { supportType: "EXTENDED" });
                    assert.equal(eks.createOidcProvider, true);
                    assert.equal(eks.skipDefaultNodeGroup, true);
                    assert.equal(eks.deletionProtection, stack === "prod");
                });

                it("is reachable from the deploy network: 443 admitted on the cluster security group, the provider runs as whoever runs Pulumi and waits for the path", () => {
                    const ingress = byName(result, `payments-${spec.name}-cluster-deploy-ingress-0`);
                    const inputs = inputsOf(ingress);
                    assert.deepEqual(
                        { cidr: inputs.cidrIpv4, protocol: inputs.ipProtocol, from: inputs.fromPort, to: inputs.toPort },
                        { cidr: stack === "prod" ? "10.250.0.0/22" : "10.250.4.0/22", protocol: "tcp", from: 443, to: 443 },
                    );
                    const eks = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-eks`);
                    assert.ok(eks && ingress?.dependsOn.includes(eks.urn), "the rule targets the cluster's own security group");
                    const provider = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-k8s`);
                    assert.ok(provider?.dependsOn.includes(ingress?.urn ?? ""), "nothing in the cluster is attempted before the network path exists");
                    const kubeconfig = provider?.inputs.kubeconfig;
                    assert.equal(typeof kubeconfig, "string", "the kubeconfig holds no credential and is not a secret");
                    const exec = (JSON.parse(String(kubeconfig)) as { users: Array<{ user: { exec: { args: string[] } } }> }).users[0].user.exec.args;
                    // No --role-arn: `up` runs as the deploy role (the creator), a preview as the preview role.
                    assert.deepEqual(exec, ["--region", spec.region, "eks", "get-token", "--cluster-name", spec.name, "--output", "json"]);
                });

                it("pins the EKS managed add-ons for its Kubernetes version: networking before the node pools, the rest after", () => {
                    const addons = under(result, spec.name, "aws:eks/addon:Addon");
                    const pinned = MANAGED_ADDON_VERSIONS[spec.kubernetesVersion];
                    assert.deepEqual(Object.fromEntries(addons.map((a) => [inputsOf(a).addonName, inputsOf(a).addonVersion])), pinned);
                    const groups = spec.nodePools.map((p) => byName(result, `payments-${spec.name}-pool-${p.name}-node-group`));
                    for (const addon of addons) {
                        const networking = (NODE_NETWORKING_ADDONS as readonly string[]).includes(String(inputsOf(addon).addonName));
                        for (const group of groups) {
                            if (networking)
                                assert.ok(group?.dependsOn.includes(addon.urn), `${group?.name} waits for ${addon.name}: a node needs pod networking to join`);
                            else assert.ok(addon.dependsOn.includes(String(group?.urn)), `${addon.name} waits for ${group?.name}`);
                        }
                    }
                    // The CNI assigns IPs with its own role: the nodes' carries no CNI policy.
                    const cni = addons.find((addon) => inputsOf(addon).addonName === "vpc-cni");
                    assert.ok(String(inputsOf(cni).serviceAccountRoleArn).length > 0);
                });

                it("trusts only this cluster's OIDC provider and the EBS controller's service account for the EBS role", () => {
                    const cluster = result.resources.find((r) => r.name === `payments-${spec.name}-cluster-eks`);
                    const policy = JSON.parse(String(inputsOf(byName(result, `payments-${spec.name}-managed-addons-ebs-csi-role`)).assumeRolePolicy));
                    const issuer = String(cluster?.state?.oidcIssuer);
                    assert.deepEqual(policy.Statement, [
                        {
                            Effect: "Allow",
                            Principal: { Federated: cluster?.state?.oidcProviderArn },
                            Action: "sts:AssumeRoleWithWebIdentity",
                            Condition: {
                                StringEquals: {
                                    [`${issuer}:sub`]: "system:serviceaccount:kube-system:ebs-csi-controller-sa",
                                    [`${issuer}:aud`]: "sts.amazonaws.com",
                                },
                            },
                        },
                    ]);
                    assert.ok(issuer.includes(`.${spec.region}.`));
                });

                for (const pool of spec.nodePools) {
                    it(`sizes, labels and taints node pool ${pool.name} as the topology says`, () => {
                        const group = byName(result, `payments-${spec.name}-pool-${pool.name}-node-group`);
                        const inputs = inputsOf(group);
                        assert.deepEqual(inputs.scalingConfig, { desiredSize: pool.replicas, minSize: pool.min, maxSize: pool.max });
                        assert.deepEqual(inputs.instanceTypes, pool.instanceTypes);
                        assert.equal(inputs.capacityType, pool.capacityType);
                        assert.equal(inputs.version, pool.kubernetesVersion);
                        assert.deepEqual(inputs.labels, pool.labels);
                        assert.deepEqual(
                            inputs.taints ?? [],
                            pool.taints.map((t) => ({
                                key: t.key,
                                value: t.value,
                                effect: t.effect === "NoSchedule" ? "NO_SCHEDULE" : t.effect === "NoExecute" ? "NO_EXECUTE" : "PREFER_NO_SCHEDULE",
                            })),
                        );
                        assert.deepEqual(inputs.updateConfig, { maxUnavailablePercentage: 33 });
                        assert.equal(inputs.nodeGroupNamePrefix, `${pool.name}-`);
                        const captured = result.resources.find((r) => r.urn === group?.urn);
                        assert.deepEqual(captured?.ignoreChanges, ["scalingConfig.desiredSize"], "the autoscaler owns desiredSize");
                    });

                    it(`launches node pool ${pool.name} with IMDSv2 required and an encrypted gp3 root volume`, () => {
                        const template = inputsOf(byName(result, `payments-${spec.name}-pool-${pool.name}-lt`));
                        assert.deepEqual(template.metadataOptions, {
                            httpEndpoint: "enabled",
                            httpTokens: "required",
                            httpPutResponseHopLimit: 1,
                            instanceMetadataTags: "disabled",
                        });
                        assert.deepEqual(template.blockDeviceMappings, [
                            {
                                deviceName: "/dev/xvda",
                                ebs: { volumeSize: pool.diskSizeGiB, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" },
                            },
                        ]);
                        const group = inputsOf(byName(result, `payments-${spec.name}-pool-${pool.name}-node-group`));
                        assert.equal((group.launchTemplate as Inputs).version, "1");
                    });
                }

                it("gives its Kubernetes provider a kubeconfig for its own region, in the open: it holds no credential", () => {
                    const kubeconfig = JSON.parse(String(inputsOf(byName(result, `payments-${spec.name}-cluster-k8s`)).kubeconfig));
                    const args: string[] = kubeconfig.users[0].user.exec.args;
                    assert.deepEqual(args.slice(0, 2), ["--region", spec.region]);
                    assert.ok(args.includes(spec.name));
                    assert.equal(kubeconfig.users[0].user.exec.command, "aws", "a token per call from aws eks get-token, never a stored one");
                    assert.match(kubeconfig.clusters[0].cluster.server, new RegExp(`\\.${spec.region}\\.eks\\.amazonaws\\.com$`));
                });

                it("tags every taggable AWS resource with environment, cluster, managed-by and cost-center", () => {
                    const aws = result.plan.resources.filter((r) => r.custom && r.type.startsWith("aws:") && r.name.startsWith(`payments-${spec.name}-`));
                    const untagged = aws.filter((r) => inputsOf(r).tags === undefined).map((r) => r.type);
                    // Only the untaggable types go untagged (a primary holds no replica, so no Object Lock configuration).
                    assert.deepEqual(
                        [...new Set(untagged)].filter((type) => !isUntaggable(type)),
                        [],
                    );
                    assert.ok(untagged.length > 0, "the check sees the cluster's resources");
                    for (const resource of aws.filter((r) => !isUntaggable(r.type))) {
                        const tags = inputsOf(resource).tags as Record<string, string>;
                        assert.equal(tags.environment, stack, resource.name);
                        assert.equal(tags.cluster, spec.name, resource.name);
                        assert.equal(tags["managed-by"], "pulumi", resource.name);
                        assert.equal(tags["cost-center"], "cc-4100-payments", resource.name);
                    }
                });
            });
        }

        it("exports endpoint, OIDC issuer and provider, node groups from each cluster's stack, and its kubeconfig only as a secret", () => {
            for (const spec of specs) {
                const outputs = result.clusters[spec.name]?.plan.outputs ?? {};
                const out = outputs.cluster as Record<string, unknown>;
                assert.match(String(out.endpoint), new RegExp(`^https://[0-9A-F]{32}\\.gr7\\.${spec.region}\\.eks\\.amazonaws\\.com$`));
                assert.match(String(out.oidcIssuer), new RegExp(`^oidc\\.eks\\.${spec.region}\\.amazonaws\\.com/id/`));
                assert.match(String(out.oidcProviderArn), /^arn:aws:iam::\d{12}:oidc-provider\//);
                assert.deepEqual(
                    (out.nodeGroups as string[]).map((n) => n.replace(/[0-9a-f]{12}$/, "")),
                    spec.nodePools.map((p) => `${p.name}-`),
                );
                assert.equal(out.kubeconfig, undefined);
                assert.equal(outputs.kubeconfig, "[secret]");
            }
        });
    });
}
