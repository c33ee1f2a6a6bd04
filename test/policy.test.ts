import { strict as assert } from "assert";
import * as aws from "@pulumi/aws";
import type { EnforcementLevel, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { validateResourceOfType } from "@pulumi/policy";
import { policies } from "../policy/rules";
import { autoscaledPodsEvictable, hpaMetricsServed, nodeAutoscalerInstalled, paymentTracksSurviveAPod } from "../policy/rules/autoscaling";
import { awsManagedPoliciesAllowed, awsProvidersPinAccount, rolesBounded, s3BucketsHardened, kmsKeyRotation, noOpenIngress } from "../policy/rules/aws";
import { secretReadsNamed, secretStoresScoped } from "../policy/rules/secrets";
import { pciPoolsIsolated, podsFitNodes } from "../policy/rules/capacity";
import { controllersSurviveAPod, failClosedWebhooksSpread } from "../policy/rules/controllers";
import { dnsWritesNamed, waveCheckReadsAnEndpointCheck, zonesDelegated } from "../policy/rules/dns";
import { egressHasAPath, networkPolicyPortsReachTargets } from "../policy/rules/egress";
import { calicoThroughItsApi } from "../policy/rules/calico";
import { alertsRouted } from "../policy/rules/alarms";
import { istioRevisionsServed } from "../policy/rules/mesh";
import { alertLabelsExist, recordedLabels, selectorsOf } from "../policy/rules/metric-labels";
import { externalSecretsHaveASource } from "../policy/rules/secrets";
import {
    aliasesAfterTheirTargets,
    backupsWithinRpo,
    commandsActOnce,
    clusterPullsImagesFromItsRegion,
    clusterStackOneRegion,
    environmentIndependentOfRegions,
    cronGapMinutes,
    multiRegion,
    routedRecordsHealthChecked,
    secretReplicasCoverRegions,
    veleroNamespacesLiteral,
} from "../policy/rules/dr";
import {
    clusterSubnetsInEksZones,
    eksAuditLogging,
    eksUpgradePolicyExplicit,
    eksNoCreatorAccessEntry,
    k8sProviderAssumesNoRole,
    privateClustersReachable,
    eksPrivateEndpoint,
    eksSecretsEncryption,
    eksVersionAllowed,
    kubeletVersionSkew,
    nodeGroupsRequireImdsv2,
    nodePoolMinimumSize,
} from "../policy/rules/eks";
import {
    apisServed,
    noClusterAdminBindings,
    restrictedProfile,
    apiServicesVerified,
    customResourcesAfterTheirCrds,
    helmReleasesPinned,
    isFloatingImage,
    meshMtlsStrict,
    nonRootReadOnly,
    noPrivilegedPods,
    paymentsNamespacesLockedDown,
    pinnedImages,
    resourcesAndProbes,
} from "../policy/rules/kubernetes";
import { requiredTags } from "../policy/rules/tags";
import { deployPathRouted, routeTablesWithoutInlineRoutes } from "../policy/rules/network";
import { evaluatePolicies, loadPolicyPack } from "../tools/offline-plan/policy";
import type { CapturedResource } from "../tools/offline-plan/run-program";
import { REPO_ROOT } from "./helpers/cli";
import { planOf } from "./helpers/plans";
import { messages, res } from "./helpers/policy";

const M: EnforcementLevel = "mandatory";
/** The evaluator reports findings sorted by resource, policy and message. */
const sorted = (items: string[]) => [...items].sort();

const goodPod = {
    securityContext: { runAsNonRoot: true },
    containers: [
        {
            name: "app",
            image: "registry/app:1.2.3",
            securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true },
            resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { memory: "128Mi" } },
            livenessProbe: { httpGet: { path: "/healthz" } },
            readinessProbe: { httpGet: { path: "/readyz" } },
        },
    ],
};
const deployment = (pod: Record<string, unknown>) => res("kubernetes:apps/v1:Deployment", "app", { spec: { template: { spec: pod } } });
const withContainer = (patch: Record<string, unknown>) => ({ ...goodPod, containers: [{ ...goodPod.containers[0], ...patch }] });

describe("policy rules", () => {
    describe("EKS", () => {
        const cluster = (props: Record<string, unknown>) =>
            res("eks:index:Cluster", "c", {
                endpointPublicAccess: false,
                encryptionConfigKeyArn: "arn:key",
                enabledClusterLogTypes: ["api", "audit"],
                version: "1.33",
                ...props,
            });

        it("private endpoint: required by config, optional elsewhere", async () => {
            assert.deepEqual(await messages(eksPrivateEndpoint(M), [cluster({})]), []);
            assert.deepEqual(await messages(eksPrivateEndpoint(M), [cluster({ endpointPublicAccess: true })]), [
                "c (eks:index:Cluster) exposes its API endpoint publicly; set controlPlane.endpointPublicAccess: false for this stack's clusters.",
            ]);
            assert.deepEqual(
                await messages(eksPrivateEndpoint(M), [cluster({ endpointPublicAccess: true })], { "eks-private-endpoint": { required: false } }),
                [],
            );
        });

        it("secrets encryption", async () => {
            assert.deepEqual(await messages(eksSecretsEncryption(M), [cluster({})]), []);
            assert.deepEqual(await messages(eksSecretsEncryption(M), [cluster({ encryptionConfigKeyArn: undefined })]), [
                "c (eks:index:Cluster) does not encrypt Secrets with KMS; set controlPlane.secretsEncryption: true.",
            ]);
        });

        it("audit logging", async () => {
            assert.deepEqual(await messages(eksAuditLogging(M), [cluster({})]), []);
            assert.deepEqual(await messages(eksAuditLogging(M), [cluster({ enabledClusterLogTypes: ["api"] })]), [
                'c (eks:index:Cluster) does not ship audit logs; add "audit" to controlPlane.logging.',
            ]);
        });

        it("version in the allowed set (from config), a control plane also on one only EKS can move it to", async () => {
            assert.deepEqual(await messages(eksVersionAllowed(M), [cluster({})]), []);
            assert.deepEqual(await messages(eksVersionAllowed(M), [cluster({ version: "1.29" })]), [
                "c (eks:index:Cluster) runs Kubernetes 1.29; allowed: 1.32, 1.33, 1.34, 1.35. Change topology.version.",
            ]);
            // EKS moved it to 1.35 (no matrix row): the stack adopts it, its node groups stay on a row.
            assert.deepEqual(await messages(eksVersionAllowed(M), [cluster({ version: "1.35" })]), []);
            assert.deepEqual(await messages(eksVersionAllowed(M), [res("aws:eks/nodeGroup:NodeGroup", "g", { version: "1.35" })]), [
                "g (aws:eks/nodeGroup:NodeGroup) runs Kubernetes 1.35; allowed: 1.32, 1.33, 1.34. Change topology.version.",
            ]);
            assert.equal((await messages(eksVersionAllowed(M), [cluster({})], { "eks-version-allowed": { allowedVersions: ["1.34"] } })).length, 1);
        });

        it("kubelet and add-on skew: node groups never newer nor more than 3 minors behind, add-ons on their control plane's row or the one before", async () => {
            const group = (name: string, version: string) => res("aws:eks/nodeGroup:NodeGroup", name, { version });
            const addon = (addonName: string, addonVersion: string) => res("aws:eks/addon:Addon", addonName, { addonName, addonVersion });
            const ok = [
                cluster({ version: "1.34" }),
                group("a", "1.34"),
                group("b", "1.31"),
                addon("kube-proxy", "v1.34.0-eksbuild.2"),
                addon("coredns", "v1.12.1-eksbuild.2"),
            ];
            assert.deepEqual(await messages(kubeletVersionSkew(M), ok), [], "1.33's coredns is allowed between the control-plane and add-on steps");
            assert.deepEqual(
                sorted(
                    await messages(kubeletVersionSkew(M), [
                        cluster({ version: "1.33" }),
                        group("ahead", "1.34"),
                        group("stale", "1.29"),
                        addon("kube-proxy", "v1.34.0-eksbuild.2"),
                        addon("vpc-cni", "v1.18.0-eksbuild.1"),
                    ]),
                ),
                sorted([
                    "ahead (aws:eks/nodeGroup:NodeGroup) runs Kubernetes 1.34, newer than its control plane c at 1.33; upgrade the control plane first.",
                    "stale (aws:eks/nodeGroup:NodeGroup) runs Kubernetes 1.29, 4 minors behind its control plane c at 1.33 (EKS allows 3); upgrade the node pool first.",
                    "kube-proxy (aws:eks/addon:Addon) pins kube-proxy v1.34.0-eksbuild.2 under control plane c at 1.33; the compatibility matrix pins v1.33.0-eksbuild.2 for 1.33 or v1.32.5-eksbuild.2 for 1.32.",
                    "vpc-cni (aws:eks/addon:Addon) pins vpc-cni v1.18.0-eksbuild.1 under control plane c at 1.33; the compatibility matrix pins v1.19.5-eksbuild.3 for 1.33 or v1.19.5-eksbuild.3 for 1.32.",
                ]),
            );
        });

        it("IMDSv2 on node groups' launch templates", async () => {
            const lt = (tokens: string) => res("aws:ec2/launchTemplate:LaunchTemplate", "lt", { metadataOptions: { httpTokens: tokens } });
            const ng = (launchTemplate?: unknown) => res("aws:eks/nodeGroup:NodeGroup", "ng", { launchTemplate, scalingConfig: { minSize: 3 } });
            assert.deepEqual(await messages(nodeGroupsRequireImdsv2(M), [lt("required"), ng({ id: "lt-1", version: "1" })]), []);
            assert.deepEqual(await messages(nodeGroupsRequireImdsv2(M), [lt("optional")]), [
                'lt (aws:ec2/launchTemplate:LaunchTemplate) allows IMDSv1; set metadataOptions.httpTokens to "required".',
            ]);
            assert.equal((await messages(nodeGroupsRequireImdsv2(M), [ng()])).length, 1);
        });

        it("node pool minimum size", async () => {
            const ng = (minSize: number) => res("aws:eks/nodeGroup:NodeGroup", "ng", { scalingConfig: { minSize } });
            assert.deepEqual(await messages(nodePoolMinimumSize(M), [ng(2)]), []);
            assert.deepEqual(await messages(nodePoolMinimumSize(M), [ng(1)]), [
                "ng (aws:eks/nodeGroup:NodeGroup) may shrink to 1 nodes; raise the machine deployment's min to at least 2.",
            ]);
            assert.deepEqual(await messages(nodePoolMinimumSize(M), [ng(1)], { "node-pool-minimum-size": { minNodes: 1 } }), []);
        });
    });

    describe("AWS data and network", () => {
        const bucket = res("aws:s3/bucket:Bucket", "b", {}, { state: { bucket: "b-123" } });
        const companions = [
            res("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "b-enc", {
                bucket: "b-123",
                rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }],
            }),
            res("aws:s3/bucketVersioning:BucketVersioning", "b-ver", { bucket: "b-123", versioningConfiguration: { status: "Enabled" } }),
            res("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "b-pab", {
                bucket: "b-123",
                blockPublicAcls: true,
                blockPublicPolicy: true,
                ignorePublicAcls: true,
                restrictPublicBuckets: true,
            }),
        ];

        it("S3 buckets encrypted, versioned, private", async () => {
            assert.deepEqual(await messages(s3BucketsHardened(M), [bucket, ...companions]), []);
            assert.deepEqual(
                await messages(s3BucketsHardened(M), [bucket]),
                sorted([
                    'b (aws:s3/bucket:Bucket) is not encrypted with KMS; add a BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms".',
                    'b (aws:s3/bucket:Bucket) is not versioned; add a BucketVersioning with status "Enabled".',
                    "b (aws:s3/bucket:Bucket) can be made public; add a BucketPublicAccessBlock with all four settings true.",
                ]),
            );
        });

        it("KMS key rotation", async () => {
            assert.deepEqual(await messages(kmsKeyRotation(M), [res("aws:kms/key:Key", "k", { enableKeyRotation: true })]), []);
            assert.deepEqual(await messages(kmsKeyRotation(M), [res("aws:kms/key:Key", "k", {})]), [
                "k (aws:kms/key:Key) does not rotate; set enableKeyRotation: true.",
            ]);
        });

        it("no ingress from the internet except the gateway's ports", async () => {
            const sg = (fromPort: number, toPort: number, cidr = "0.0.0.0/0") =>
                res("aws:ec2/securityGroup:SecurityGroup", "sg", { ingress: [{ fromPort, toPort, protocol: "tcp", cidrBlocks: [cidr] }] });
            assert.deepEqual(await messages(noOpenIngress(M), [sg(443, 443), sg(22, 22, "10.0.0.0/8")]), []);
            assert.deepEqual(await messages(noOpenIngress(M), [sg(22, 22)]), [
                "sg (aws:ec2/securityGroup:SecurityGroup) opens ports 22-22 to the internet; only 80, 443 may be, through the gateway's load balancer. Narrow the CIDRs.",
            ]);
            assert.equal((await messages(noOpenIngress(M), [sg(0, 65535)])).length, 1);
        });
    });

    describe("Kubernetes", () => {
        it("no privileged containers, hostPath, hostNetwork or hostPID", async () => {
            assert.deepEqual(await messages(noPrivilegedPods(M), [deployment(goodPod)]), []);
            assert.deepEqual(
                await messages(noPrivilegedPods(M), [
                    deployment({
                        ...withContainer({ securityContext: { privileged: true, allowPrivilegeEscalation: false } }),
                        hostNetwork: true,
                        hostPID: true,
                        volumes: [{ name: "h", hostPath: { path: "/" } }],
                    }),
                ]),
                sorted([
                    "app (kubernetes:apps/v1:Deployment) uses hostNetwork; remove it.",
                    "app (kubernetes:apps/v1:Deployment) uses hostPID; remove it.",
                    "app (kubernetes:apps/v1:Deployment) mounts hostPath volume h; use an emptyDir or a PVC.",
                    "app (kubernetes:apps/v1:Deployment) runs container app privileged; remove privileged: true.",
                ]),
            );
        });

        it("non-root and read-only root filesystem", async () => {
            assert.deepEqual(await messages(nonRootReadOnly(M), [deployment(goodPod)]), []);
            assert.deepEqual(
                await messages(nonRootReadOnly(M), [deployment({ ...withContainer({ securityContext: {} }), securityContext: {} })]),
                sorted([
                    "app (kubernetes:apps/v1:Deployment) may run container app as root; set runAsNonRoot: true.",
                    "app (kubernetes:apps/v1:Deployment) lets container app write its root filesystem; set readOnlyRootFilesystem: true and mount an emptyDir for scratch.",
                ]),
            );
        });

        it("resources and probes (Jobs need no probes)", async () => {
            assert.deepEqual(await messages(resourcesAndProbes(M), [deployment(goodPod)]), []);
            assert.deepEqual(await messages(resourcesAndProbes(M), [deployment(withContainer({ resources: {}, livenessProbe: undefined }))]), [
                "app (kubernetes:apps/v1:Deployment): container app has no CPU or memory request; set resources.requests.",
                "app (kubernetes:apps/v1:Deployment): container app has no memory limit; set resources.limits.memory.",
                "app (kubernetes:apps/v1:Deployment): container app lacks a liveness or readiness probe; add both.",
            ]);
            const job = res("kubernetes:batch/v1:Job", "j", {
                spec: { template: { spec: withContainer({ livenessProbe: undefined, readinessProbe: undefined }) } },
            });
            assert.deepEqual(await messages(resourcesAndProbes(M), [job]), []);
        });

        it("no latest or untagged images", async () => {
            assert.deepEqual(
                await messages(pinnedImages(M), [deployment(goodPod), deployment(withContainer({ image: `r/app@sha256:${"a".repeat(64)}` }))]),
                [],
            );
            assert.deepEqual(await messages(pinnedImages(M), [deployment(withContainer({ image: "registry:5000/app" }))]), [
                'app (kubernetes:apps/v1:Deployment): container app uses floating image "registry:5000/app"; pin a version tag or a digest.',
            ]);
            assert.equal(isFloatingImage("nginx:latest"), true);
            assert.equal(isFloatingImage("registry:5000/team/app:2.0"), false);
        });

        it("Helm releases pinned with a repository", async () => {
            const release = (version: string, repo?: string) =>
                res("kubernetes:helm.sh/v3:Release", "r", { chart: "x", version, repositoryOpts: repo ? { repo } : {} });
            assert.deepEqual(await messages(helmReleasesPinned(M), [release("1.2.3", "https://charts")]), []);
            assert.deepEqual(await messages(helmReleasesPinned(M), [release("^1.2", undefined)]), [
                'r (kubernetes:helm.sh/v3:Release) does not pin its chart version ("^1.2"); set an exact version in the chart pin of its add-on (components/addons/<add-on>.ts).',
                "r (kubernetes:helm.sh/v3:Release) names no chart repository; set repositoryOpts.repo.",
            ]);
        });

        it("mesh mTLS strict", async () => {
            const pa = (mode: string) =>
                res("kubernetes:security.istio.io/v1:PeerAuthentication", "pa", { metadata: { namespace: "istio-system" }, spec: { mtls: { mode } } });
            assert.deepEqual(await messages(meshMtlsStrict(M), [pa("STRICT")]), []);
            assert.deepEqual(await messages(meshMtlsStrict(M), [pa("PERMISSIVE")]), [
                "pa (kubernetes:security.istio.io/v1:PeerAuthentication) sets mTLS mode PERMISSIVE; use STRICT.",
            ]);
        });

        it("custom resources wait for the release of the chart that brings their CRD, on their own cluster", async () => {
            const charts = new Map([["velero.io/v1 Schedule", ["velero"]]]);
            const provider = (cluster: string) => res("pulumi:providers:kubernetes", cluster, {});
            const [use1, usw2] = [provider("use1"), provider("usw2")];
            const velero = (on: CapturedResource, dependsOn: string[] = []) =>
                res("kubernetes:helm.sh/v3:Release", `velero-${on.name}`, { chart: "velero" }, { provider: on.urn, dependsOn });
            const schedule = (dependsOn: string[], on = use1) => res("kubernetes:velero.io/v1:Schedule", "schedule", {}, { provider: on.urn, dependsOn });
            const policy = customResourcesAfterTheirCrds(M, charts);
            const [release1, release2] = [velero(use1), velero(usw2)];
            const gate = res("kubernetes:core/v1:Namespace", "gate", {}, { provider: use1.urn, dependsOn: [release1.urn] });
            assert.deepEqual(await messages(policy, [use1, usw2, release1, schedule([release1.urn])]), [], "direct");
            assert.deepEqual(await messages(policy, [use1, usw2, release1, gate, schedule([gate.urn])]), [], "through what it waits for");
            const refused =
                "schedule (velero.io/v1 Schedule) does not wait for the velero release on its cluster, which installs its CRD; the API server refuses it until then: add that release to its dependsOn.";
            assert.deepEqual(await messages(policy, [use1, usw2, release1, schedule([])]), [refused], "no dependency");
            assert.deepEqual(await messages(policy, [use1, usw2, release1, release2, schedule([release2.urn])]), [refused], "another cluster's release");
            assert.deepEqual(await messages(policy, [use1, usw2, release2, schedule([])]), [], "a cluster whose charts another stack installs");
            const widget = res("kubernetes:example.com/v1:Widget", "w", {}, { provider: use1.urn });
            const deployment = res("kubernetes:apps/v1:Deployment", "d", {}, { provider: use1.urn });
            assert.deepEqual(await messages(policy, [use1, widget, deployment]), [
                "w is a example.com/v1 Widget, which no add-on declares its charts bring; declare it in the add-on that installs its CRD.",
            ]);
        });

        it("declares no access entry for the principal that creates the cluster (EKS bootstraps its entry)", async () => {
            const deployRole = "arn:aws:iam::111111111111:role/payments-platform-deploy";
            const component = res("payments:cluster:EksCluster", "c-cluster", { creatorPrincipalArn: deployRole });
            const admin = { principalArn: "arn:aws:iam::111111111111:role/payments-platform-admin", accessPolicies: {} };
            const eksCluster = (entries: Record<string, unknown>) => res("eks:index:Cluster", "c-eks", { accessEntries: entries }, { parent: component.urn });
            assert.deepEqual(await messages(eksNoCreatorAccessEntry(M), [component, eksCluster({ platformAdmin: admin })]), []);
            assert.deepEqual(
                await messages(eksNoCreatorAccessEntry(M), [component, eksCluster({ platformAdmin: admin, deployer: { principalArn: deployRole } })]),
                [
                    `c-eks declares access entry "deployer" for ${deployRole}, which creates the cluster: EKS already gave it cluster admin (bootstrapClusterCreatorAdminPermissions), and CreateAccessEntry answers 409 ResourceInUseException; remove the entry.`,
                ],
            );
        });

        it("AWS providers that look up their account allow only the environment's; quiet ones (no start-up call) are left to the apply job", async () => {
            const provider = (props: Record<string, unknown>) => res("pulumi:providers:aws", "p", { region: "us-east-1", ...props });
            const prod = { "aws-providers-pin-account": { accountId: "111111111111" } };
            assert.deepEqual(await messages(awsProvidersPinAccount(M), [provider({ allowedAccountIds: '["111111111111"]' })], prod), []);
            assert.deepEqual(await messages(awsProvidersPinAccount(M), [provider({ skipRequestingAccountId: true })], prod), []);
            assert.deepEqual(await messages(awsProvidersPinAccount(M), [provider({})], prod), [
                "p can act in any account its credentials reach; set allowedAccountIds to the environment's account.",
            ]);
            assert.deepEqual(await messages(awsProvidersPinAccount(M), [provider({ allowedAccountIds: ["222222222222"] })], prod), [
                "p allows account(s) 222222222222; this stack's environment is account 111111111111 alone.",
            ]);
        });

        it("roles carry only the allowed AWS-managed policies: AdministratorAccess on a service's role is refused", async () => {
            const attach = (policyArn: string) => res("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "a", { role: "r", policyArn });
            assert.deepEqual(await messages(awsManagedPoliciesAllowed(M), [attach("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy")]), []);
            assert.deepEqual(await messages(awsManagedPoliciesAllowed(M), [attach("arn:aws:iam::111111111111:policy/fraud-scoring-model-read")]), []);
            assert.deepEqual(await messages(awsManagedPoliciesAllowed(M), [attach("arn:aws:iam::aws:policy/AdministratorAccess")]), [
                "a attaches the AWS-managed arn:aws:iam::aws:policy/AdministratorAccess, which is not on the allow-list; attach a customer-managed policy scoped to what the role needs.",
            ]);
        });

        it("a role that changes DNS records names them: cert-manager's challenge records, never the whole zone", async () => {
            const dns = (condition?: Record<string, unknown>) =>
                res("aws:iam/rolePolicy:RolePolicy", "dns01", {
                    policy: JSON.stringify({
                        Statement: [
                            { Effect: "Allow", Action: "route53:ChangeResourceRecordSets", Resource: "arn:aws:route53:::hostedzone/Z1", Condition: condition },
                        ],
                    }),
                });
            const named = { "ForAllValues:StringEquals": { "route53:ChangeResourceRecordSetsNormalizedRecordNames": ["_acme-challenge.api.example.com"] } };
            assert.deepEqual(await messages(dnsWritesNamed(M), [dns(named)]), []);
            assert.deepEqual(
                await messages(dnsWritesNamed(M), [dns({ "ForAllValues:StringEquals": { "route53:ChangeResourceRecordSetsRecordTypes": ["TXT"] } })]),
                [
                    "dns01 lets its role change any record of the zone; add a route53:ChangeResourceRecordSetsNormalizedRecordNames condition naming the records.",
                ],
            );
        });

        it("a role that reads secrets names each one; a store serves named namespaces, and its ExternalSecrets live in them", async () => {
            const read = (resource: string | string[]) =>
                res("aws:iam/rolePolicy:RolePolicy", "eso", {
                    policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: ["secretsmanager:GetSecretValue"], Resource: resource }] }),
                });
            const arn = (name: string) => `arn:aws:secretsmanager:us-east-1:1:secret:${name}`;
            assert.deepEqual(await messages(secretReadsNamed(M), [read([arn("payments-platform/prod/webhook-signing-key-??????")])]), []);
            assert.deepEqual(await messages(secretReadsNamed(M), [read(arn("payments-platform/prod/*"))]), [
                `eso lets its role read every secret matching ${arn("payments-platform/prod/*")}; name each secret it syncs (arn:...:secret:<name>-??????).`,
            ]);
            const store = (conditions?: unknown) =>
                res("kubernetes:external-secrets.io/v1:ClusterSecretStore", "store", {
                    metadata: { name: "aws" },
                    spec: { provider: {}, ...(conditions ? { conditions } : {}) },
                });
            const externalSecret = (namespace: string) =>
                res("kubernetes:external-secrets.io/v1:ExternalSecret", `es-${namespace}`, {
                    metadata: { namespace },
                    spec: { secretStoreRef: { kind: "ClusterSecretStore", name: "aws" } },
                });
            assert.deepEqual(await messages(secretStoresScoped(M), [store([{ namespaces: ["monitoring"] }]), externalSecret("monitoring")]), []);
            assert.deepEqual(await messages(secretStoresScoped(M), [store(), externalSecret("monitoring")]), [
                "ClusterSecretStore aws serves every namespace; list the namespaces that sync from it (spec.conditions[].namespaces).",
            ]);
            assert.deepEqual(await messages(secretStoresScoped(M), [store([{ namespaces: ["monitoring"] }]), externalSecret("team-x")]), [
                "es-team-x syncs in team-x, which ClusterSecretStore aws does not admit (monitoring); it would never sync.",
            ]);
        });

        it("a cluster's Kubernetes provider assumes no role: up runs as the deploy role, a preview as the preview role", async () => {
            const component = res("payments:cluster:EksCluster", "c-cluster", {});
            const kubeconfig = (...extra: string[]) =>
                JSON.stringify({ users: [{ name: "c", user: { exec: { command: "aws", args: ["eks", "get-token", "--cluster-name", "c", ...extra] } } }] });
            const provider = (config: unknown) => res("pulumi:providers:kubernetes", "c-k8s", { kubeconfig: config }, { parent: component.urn });
            const deployRole = "arn:aws:iam::111111111111:role/payments-platform-deploy";
            assert.deepEqual(await messages(k8sProviderAssumesNoRole(M), [component, provider(kubeconfig())]), []);
            assert.deepEqual(await messages(k8sProviderAssumesNoRole(M), [component, provider(kubeconfig("--role-arn", deployRole))]), [
                `c-k8s's kubeconfig assumes ${deployRole} (--role-arn): \`up\` already runs as the deploy role, and a preview must run as the preview role; remove --role-arn.`,
            ]);
            assert.deepEqual(await messages(k8sProviderAssumesNoRole(M), [component, provider({ secret: true })]), [
                "c-k8s's kubeconfig cannot be read (a secret or unknown); build it in the open: it holds no credential.",
            ]);
            assert.deepEqual(
                await messages(
                    k8sProviderAssumesNoRole(M),
                    [provider(kubeconfig("--role-arn", deployRole))].map((r) => ({ ...r, parent: undefined })),
                ),
                [],
                "a provider outside a cluster (the drill's) is not judged",
            );
        });

        it("the wave check reads a health check Route 53 reports a status for", async () => {
            const endpoint = res("aws:route53/healthCheck:HealthCheck", "c-health", { type: "HTTPS" });
            const region = res("aws:route53/healthCheck:HealthCheck", "c-region", { type: "CALCULATED" });
            const traffic = (urn: string) => res("payments:dns:ClusterTraffic", "c-traffic", { waveCheckHealthCheckUrn: urn });
            assert.deepEqual(await messages(waveCheckReadsAnEndpointCheck(M), [endpoint, region, traffic(endpoint.urn)]), []);
            assert.deepEqual(await messages(waveCheckReadsAnEndpointCheck(M), [endpoint, region, traffic(region.urn)]), [
                "c-traffic's wave check reads c-region (CALCULATED), whose status aws route53 get-health-check-status cannot report; point it at the cluster's endpoint check (one of HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP).",
            ]);
        });

        it("routes the deploy network from every private route table through a transit gateway attachment of the VPC", async () => {
            const cluster = res("payments:platform:Cluster", "c1", {});
            const under = { parent: cluster.urn };
            const eks = res("eks:index:Cluster", "c1-eks", { endpointPublicAccess: false }, under);
            const ingress = res(
                "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                "c1-deploy-ingress-0",
                { cidrIpv4: "10.250.0.0/22", fromPort: 443, toPort: 443 },
                { ...under, dependsOn: [eks.urn] },
            );
            const table = res("aws:ec2/routeTable:RouteTable", "c1-private-rt-0", {}, under);
            const nat = res(
                "aws:ec2/route:Route",
                "c1-private-default-0",
                { destinationCidrBlock: "0.0.0.0/0", natGatewayId: "nat-1" },
                { ...under, dependsOn: [table.urn] },
            );
            const attachment = res("aws:ec2transitgateway/vpcAttachment:VpcAttachment", "c1-deploy-attachment", { transitGatewayId: "tgw-1" }, under);
            const deploy = (waits: string[], gateway = "tgw-1") =>
                res(
                    "aws:ec2/route:Route",
                    "c1-private-deploy-0-0",
                    { destinationCidrBlock: "10.250.0.0/22", transitGatewayId: gateway },
                    { ...under, dependsOn: waits },
                );
            const base = [cluster, eks, ingress, table, nat, attachment];
            assert.deepEqual(await messages(deployPathRouted(M), [...base, deploy([table.urn, attachment.urn])]), []);
            const refused = [
                "c1-private-rt-0 has no route to the deploy network 10.250.0.0/22 through a transit gateway attachment of its VPC, so pulumi up cannot reach c1-eks's private API; set deploy.transitGateways for its region.",
            ];
            assert.deepEqual(await messages(deployPathRouted(M), base), refused, "no route");
            assert.deepEqual(await messages(deployPathRouted(M), [...base, deploy([table.urn])]), refused, "a route that does not wait for an attachment");
            assert.deepEqual(await messages(deployPathRouted(M), [...base, deploy([table.urn, attachment.urn], "tgw-2")]), refused, "another transit gateway");
            const publicEks = res("eks:index:Cluster", "c1-eks", { endpointPublicAccess: true }, under);
            assert.deepEqual(await messages(deployPathRouted(M), [cluster, publicEks, table, nat]), [], "a public endpoint needs no path");
        });

        it("route tables declare no inline routes", async () => {
            assert.deepEqual(await messages(routeTablesWithoutInlineRoutes(M), [res("aws:ec2/routeTable:RouteTable", "rt", { vpcId: "vpc-1" })]), []);
            assert.deepEqual(
                await messages(routeTablesWithoutInlineRoutes(M), [
                    res("aws:ec2/routeTable:RouteTable", "rt", { routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: "nat-1" }] }),
                ]),
                [
                    "rt (aws:ec2/routeTable:RouteTable) declares inline routes, which delete every route added outside them on the next refresh; declare each as an aws.ec2.Route.",
                ],
            );
        });

        it("EKS clusters choose their upgrade policy explicitly", async () => {
            const eksCluster = (upgradePolicy?: Record<string, string>) => res("eks:index:Cluster", "c", { upgradePolicy });
            assert.deepEqual(await messages(eksUpgradePolicyExplicit(M), [eksCluster({ supportType: "STANDARD" })]), []);
            assert.deepEqual(await messages(eksUpgradePolicyExplicit(M), [eksCluster({ supportType: "EXTENDED" })]), [], "either, by default, once set");
            assert.deepEqual(await messages(eksUpgradePolicyExplicit(M), [eksCluster()]), [
                "c (eks:index:Cluster) leaves its upgrade policy to EKS's default (EXTENDED support, billed as such); set upgradePolicy.supportType (the class's supportType).",
            ]);
            const standard = { "eks-upgrade-policy-explicit": { supportType: "STANDARD" } };
            assert.deepEqual(await messages(eksUpgradePolicyExplicit(M), [eksCluster({ supportType: "EXTENDED" })], standard), [
                'c (eks:index:Cluster) sets upgradePolicy.supportType "EXTENDED", but this stack allows "STANDARD".',
            ]);
            assert.deepEqual(
                await messages(eksUpgradePolicyExplicit(M), [eksCluster({ supportType: "EXTENDED" })], {
                    "eks-upgrade-policy-explicit": { supportType: "EXTENDED" },
                }),
                [],
            );
        });

        it("private clusters admit a deploy network on 443 through a rule made from the cluster", async () => {
            const eksCluster = (endpointPublicAccess: boolean) => res("eks:index:Cluster", "c1", { endpointPublicAccess });
            const privateCluster = eksCluster(false);
            const rule = (fromPort: number, dependsOn: string[]) =>
                res(
                    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
                    `r${fromPort}`,
                    { cidrIpv4: "10.250.0.0/22", fromPort, toPort: fromPort },
                    { dependsOn },
                );
            const refused =
                "c1 has a private API endpoint that no network is admitted to on 443, so pulumi up cannot reach it after creating it; declare deploy.cidrs (the deploy runners' networks).";
            assert.deepEqual(await messages(privateClustersReachable(M), [privateCluster, rule(443, [privateCluster.urn])]), []);
            assert.deepEqual(await messages(privateClustersReachable(M), [eksCluster(true)]), [], "a public endpoint");
            assert.deepEqual(await messages(privateClustersReachable(M), [privateCluster]), [refused]);
            assert.deepEqual(await messages(privateClustersReachable(M), [privateCluster, rule(22, [privateCluster.urn])]), [refused], "another port");
            assert.deepEqual(await messages(privateClustersReachable(M), [privateCluster, rule(443, [])]), [refused], "another group's rule");
        });

        it("cluster subnets name their zone by ID, outside the zones where EKS runs no control plane", async () => {
            const subnet = (zone: Record<string, string>, tags: Record<string, string> = { "kubernetes.io/cluster/c1": "shared" }) =>
                res("aws:ec2/subnet:Subnet", "s", { cidrBlock: "10.0.0.0/19", tags, ...zone });
            assert.deepEqual(
                await messages(clusterSubnetsInEksZones(M), [subnet({ availabilityZoneId: "use1-az1" }), subnet({ availabilityZone: "us-east-1a" }, {})]),
                [],
            );
            assert.deepEqual(await messages(clusterSubnetsInEksZones(M), [subnet({ availabilityZoneId: "use1-az3" })]), [
                "s (aws:ec2/subnet:Subnet) is in use1-az3, where EKS runs no control plane (UnsupportedAvailabilityZoneException); choose another zone ID.",
            ]);
            assert.deepEqual(await messages(clusterSubnetsInEksZones(M), [subnet({ availabilityZone: "us-east-1a" })]), [
                "s (aws:ec2/subnet:Subnet) is a cluster subnet placed by zone name, which maps to a different zone in each account; set availabilityZoneId.",
            ]);
        });

        it("payments namespaces: PSA restricted and default deny; a STRICT default per mesh", async () => {
            const ns = (labels: Record<string, string>) =>
                res("kubernetes:core/v1:Namespace", "ns", { metadata: { name: "payments-ledger", labels } }, { provider: "k8s" });
            const deny = res(
                "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                "deny",
                { metadata: { namespace: "payments-ledger" }, spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] } },
                { provider: "k8s" },
            );
            const istiod = res("kubernetes:helm.sh/v3:Release", "istiod", { chart: "istiod" }, { provider: "k8s" });
            const strict = res(
                "kubernetes:security.istio.io/v1:PeerAuthentication",
                "pa",
                { metadata: { namespace: "istio-system" }, spec: { mtls: { mode: "STRICT" } } },
                { provider: "k8s" },
            );
            const restricted = { "pod-security.kubernetes.io/enforce": "restricted" };
            assert.deepEqual(await messages(paymentsNamespacesLockedDown(M), [ns(restricted), deny, istiod, strict]), []);
            assert.deepEqual(await messages(paymentsNamespacesLockedDown(M), [ns({}), istiod]), [
                'namespace payments-ledger does not enforce Pod Security "restricted"; label it pod-security.kubernetes.io/enforce=restricted.',
                "namespace payments-ledger has no default-deny NetworkPolicy (podSelector {}, both policy types, no rules); add one.",
                "the mesh of istiod has no mesh-wide STRICT PeerAuthentication in istio-system; add one.",
            ]);
        });
    });

    describe("DR", () => {
        const provider = (region: string) => res("pulumi:providers:aws", `aws-${region}`, { region });
        const clusterComponent = res("payments:platform:Cluster", "c1", {});
        const schedule = (cron: string) =>
            res(
                "kubernetes:velero.io/v1:Schedule",
                "s",
                { spec: { schedule: cron, template: { includedNamespaces: ["payments-*"] } } },
                { parent: clusterComponent.urn },
            );

        it("a Velero schedule per cluster within the RPO", async () => {
            assert.deepEqual(await messages(backupsWithinRpo(M), [clusterComponent, schedule("*/15 * * * *")]), []);
            assert.deepEqual(await messages(backupsWithinRpo(M), [clusterComponent, schedule("0 * * * *")]), [
                's backs up on "0 * * * *", which can leave more than 15 minutes between backups; lower addons.backup.rpoMinutes.',
            ]);
            assert.deepEqual(await messages(backupsWithinRpo(M), [clusterComponent]), [
                "cluster c1 has no Velero Schedule of the payments namespaces; install the velero add-on.",
            ]);
            assert.deepEqual(await messages(backupsWithinRpo(M), [clusterComponent, schedule("0 * * * *")], { "backups-within-rpo": { rpoMinutes: 60 } }), []);
            assert.deepEqual(
                [cronGapMinutes("*/5 * * * *"), cronGapMinutes("0 */4 * * *"), cronGapMinutes("0 3 * * *"), cronGapMinutes("0 3 * * 1")],
                [5, 240, 1440, undefined],
            );
        });

        it("routed records carry health checks", async () => {
            const record = (healthCheckId?: string) =>
                res("aws:route53/record:Record", "r", { name: "api.example.com", failoverRoutingPolicies: [{ type: "PRIMARY" }], healthCheckId });
            assert.deepEqual(await messages(routedRecordsHealthChecked(M), [record("hc-1"), res("aws:route53/record:Record", "simple", { name: "x" })]), []);
            assert.deepEqual(await messages(routedRecordsHealthChecked(M), [record()]), [
                "r routes traffic for api.example.com without a health check; set healthCheckId, or alias a record set with evaluateTargetHealth.",
            ]);
            const alias = (evaluateTargetHealth: boolean) =>
                res("aws:route53/record:Record", "r", {
                    name: "api.example.com",
                    failoverRoutingPolicies: [{ type: "SECONDARY" }],
                    aliases: [{ name: "standby-1.api.example.com", zoneId: "Z1", evaluateTargetHealth }],
                });
            assert.deepEqual(await messages(routedRecordsHealthChecked(M), [alias(true)]), []);
            assert.equal((await messages(routedRecordsHealthChecked(M), [alias(false)])).length, 1);
        });

        it("same-zone aliases wait for the records they target; another zone's alias is not this stack's to order", async () => {
            const record = (name: string, recordName: string, alias: { name: string; zoneId: string }, dependsOn: string[] = []) =>
                res("aws:route53/record:Record", name, { zoneId: "Z1", name: recordName, aliases: [{ ...alias, evaluateTargetHealth: true }] }, { dependsOn });
            const primary = record("tier1-primary", "standby-1.api.example.com", { name: "lb-a.elb.amazonaws.com", zoneId: "ZELB" });
            const secondary = record("tier1-secondary", "standby-1.api.example.com", { name: "lb-b.elb.amazonaws.com", zoneId: "ZELB" });
            const target = { name: "Standby-1.api.example.com.", zoneId: "Z1" };
            const ordered = record("tier0-secondary", "api.example.com", target, [primary.urn, secondary.urn]);
            assert.deepEqual(await messages(aliasesAfterTheirTargets(M), [primary, secondary, ordered]), []);
            const gate = res("aws:route53/healthCheck:HealthCheck", "gate", {}, { dependsOn: [primary.urn, secondary.urn] });
            assert.deepEqual(
                await messages(aliasesAfterTheirTargets(M), [primary, secondary, gate, record("tier0-secondary", "api.example.com", target, [gate.urn])]),
                [],
                "through what it waits for",
            );
            assert.deepEqual(
                await messages(aliasesAfterTheirTargets(M), [primary, secondary, record("tier0-secondary", "api.example.com", target, [primary.urn])]),
                [
                    "tier0-secondary aliases standby-1.api.example.com but does not depend on tier1-secondary, so Route 53 may be asked for the alias first and refuse it; add tier1-secondary to its dependsOn.",
                ],
            );
            assert.deepEqual(await messages(aliasesAfterTheirTargets(M), [record("tier0-secondary", "api.example.com", target)]), [
                "tier0-secondary aliases standby-1.api.example.com in its own zone, which no record of this stack creates and no StackReference it depends on provides; Route 53 refuses an alias whose target does not exist.",
            ]);
        });

        it("an alias to another stack's record waits on the StackReference of that stack, applied before this one", async () => {
            const reference = res("pulumi:pulumi:StackReference", "cluster-prod-usw2", { name: "acme/payments-cluster/prod-usw2" });
            const alias = (dependsOn: string[]) =>
                res(
                    "aws:route53/record:Record",
                    "tier0-secondary",
                    { zoneId: "Z1", name: "api.example.com", aliases: [{ name: "standby-1.api.example.com", zoneId: "Z1", evaluateTargetHealth: true }] },
                    { dependsOn },
                );
            assert.deepEqual(await messages(aliasesAfterTheirTargets(M), [reference, alias([reference.urn])]), []);
            assert.deepEqual(await messages(aliasesAfterTheirTargets(M), [reference, alias([])]), [
                "tier0-secondary aliases standby-1.api.example.com in its own zone, which no record of this stack creates and no StackReference it depends on provides; Route 53 refuses an alias whose target does not exist.",
            ]);
        });

        const nodeGroup = (region: string) =>
            res("aws:eks/nodeGroup:NodeGroup", `ng-${region}`, {}, { provider: `urn:pulumi:test::p::pulumi:providers:aws::aws-${region}` });

        it("a cluster stack works in its one region", async () => {
            const clusterStack = res("payments:platform:ClusterStack", "payments", {});
            assert.deepEqual(await messages(clusterStackOneRegion(M), [clusterStack, provider("us-west-2")]), []);
            assert.deepEqual(await messages(clusterStackOneRegion(M), [clusterStack, provider("us-west-2"), provider("us-east-1")]), [
                "the cluster stack works in 2 region(s) (us-east-1, us-west-2); a cluster's stack must touch exactly its own, so losing another region never blocks it.",
            ]);
            assert.deepEqual(await messages(clusterStackOneRegion(M), [provider("us-west-2"), provider("us-east-1")]), [], "not a cluster stack");
        });

        it("a cluster pulls every image from its own region: a survivor must start pods with the source region, or the upstream registry, gone", async () => {
            const clusterStack = res("payments:platform:ClusterStack", "payments", {});
            const deployment = (image: string) =>
                res("kubernetes:apps/v1:Deployment", "ledger", { spec: { template: { spec: { containers: [{ name: "app", image }] } } } });
            const ecr = (region: string) => `111111111111.dkr.ecr.${region}.amazonaws.com/payments/ledger:1.2.3`;
            const rule = clusterPullsImagesFromItsRegion(M);
            assert.deepEqual(await messages(rule, [clusterStack, provider("us-west-2"), deployment(ecr("us-west-2"))]), []);
            assert.deepEqual(await messages(rule, [clusterStack, provider("us-west-2"), deployment(ecr("us-east-1"))]), [
                `ledger (kubernetes:apps/v1:Deployment) pulls ${ecr("us-east-1")}: from us-east-1: losing us-east-1 stops this us-west-2 cluster from starting pods; pull from us-west-2's replica (111111111111.dkr.ecr.us-west-2.amazonaws.com/payments/ledger).`,
            ]);
            // A chart's image straight from Quay: refused, naming the region's cache of it.
            assert.deepEqual(await messages(rule, [clusterStack, provider("us-west-2"), deployment("quay.io/jetstack/cert-manager-controller:v1.19.6")]), [
                "ledger (kubernetes:apps/v1:Deployment) pulls quay.io/jetstack/cert-manager-controller:v1.19.6: from quay.io, outside AWS: when quay.io is down or refuses the pull, this us-west-2 cluster cannot start pods; pull through us-west-2's cache of it (<account>.dkr.ecr.us-west-2.amazonaws.com/quay/..., components/images/mirrors.ts).",
            ]);
            // A Docker Hub official image without a host: Docker Hub's; a registry ECR cannot cache says so.
            assert.deepEqual(await messages(rule, [clusterStack, provider("us-west-2"), deployment("busybox:1.36")]), [
                "ledger (kubernetes:apps/v1:Deployment) pulls busybox:1.36: from docker.io, outside AWS: when docker.io is down or refuses the pull, this us-west-2 cluster cannot start pods; pull through us-west-2's cache of it (<account>.dkr.ecr.us-west-2.amazonaws.com/docker-hub/..., components/images/mirrors.ts).",
            ]);
            assert.match(
                (await messages(rule, [clusterStack, provider("us-west-2"), deployment("gcr.io/istio-release/proxyv2:1.28.3")]))[0] ?? "",
                /mirror it into us-west-2's ECR, or add gcr\.io to UPSTREAM_REGISTRIES/,
            );
            // Calico's operator pulls from the Installation's registry (quay.io when unset), Istio's proxies from istiod's hub.
            const installation = (spec: Record<string, unknown>) => res("kubernetes:operator.tigera.io/v1:Installation", "installation", { spec });
            const istiod = (hub?: string) =>
                res("kubernetes:helm.sh/v3:Release", "istiod", { chart: "istiod", values: { global: hub ? { hub } : { meshID: "m" } } });
            const cache = "111111111111.dkr.ecr.us-west-2.amazonaws.com";
            assert.deepEqual(
                await messages(rule, [clusterStack, provider("us-west-2"), installation({ registry: `${cache}/quay/` }), istiod(`${cache}/docker-hub/istio`)]),
                [],
            );
            assert.deepEqual(await messages(rule, [clusterStack, provider("us-west-2"), installation({}), istiod()]), [
                "istiod (kubernetes:helm.sh/v3:Release) pulls Istio's images (global.hub docker.io/istio): from docker.io, outside AWS: when docker.io is down or refuses the pull, this us-west-2 cluster cannot start pods; pull through us-west-2's cache of it (<account>.dkr.ecr.us-west-2.amazonaws.com/docker-hub/..., components/images/mirrors.ts).",
                "installation (kubernetes:operator.tigera.io/v1:Installation) has Calico's operator pull from quay.io/: from quay.io, outside AWS: when quay.io is down or refuses the pull, this us-west-2 cluster cannot start pods; pull through us-west-2's cache of it (<account>.dkr.ecr.us-west-2.amazonaws.com/quay/..., components/images/mirrors.ts).",
            ]);
            assert.deepEqual(await messages(rule, [provider("us-west-2"), deployment("busybox:1.36")]), [], "not a cluster stack");
        });

        it("the environment reads no cluster stack, and its providers make no start-up call to a region", async () => {
            const environment = res("payments:platform:Environment", "payments", {});
            const quiet = res("pulumi:providers:aws", "aws-us-west-2", {
                region: "us-west-2",
                skipCredentialsValidation: "true",
                skipRequestingAccountId: "true",
            });
            assert.deepEqual(await messages(environmentIndependentOfRegions(M), [environment, quiet]), []);
            const reference = res("pulumi:pulumi:StackReference", "cluster-prod-usw2", { name: "acme/payments-cluster/prod-usw2" });
            assert.deepEqual((await messages(environmentIndependentOfRegions(M), [environment, quiet, reference, provider("us-east-1")])).sort(), [
                "aws-us-east-1 (us-east-1) validates credentials or looks up the account at start-up, through that region's STS; set skipCredentialsValidation and skipRequestingAccountId so the environment applies with the region down.",
                "the environment stack reads acme/payments-cluster/prod-usw2; it is applied before every cluster and must not depend on one.",
            ]);
            assert.deepEqual(await messages(environmentIndependentOfRegions(M), [reference, provider("us-east-1")]), [], "not the environment");
        });

        it("Velero 1.17 backs up named namespaces; a glob would back up nothing", async () => {
            const velero = res("kubernetes:helm.sh/v3:Release", "velero", { chart: "velero", version: "11.3.2" }, { parent: clusterComponent.urn });
            const backup = (namespaces: string[]) =>
                res(
                    "kubernetes:velero.io/v1:Schedule",
                    "s",
                    { spec: { schedule: "*/15 * * * *", template: { includedNamespaces: namespaces } } },
                    { parent: clusterComponent.urn },
                );
            assert.deepEqual(await messages(veleroNamespacesLiteral(M), [clusterComponent, velero, backup(["payments-ledger", "payments-gateway"])]), []);
            assert.deepEqual(await messages(veleroNamespacesLiteral(M), [clusterComponent, velero, backup(["payments-*"])]), [
                "s selects namespaces by glob (payments-*), which Velero 1.17.1 matches literally: the backup would be empty. Name the namespaces.",
            ]);
        });

        it("an environment spans at least two regions; a cluster stack is one region by design", async () => {
            const environment = res("payments:platform:Environment", "payments", {});
            assert.deepEqual(await messages(multiRegion(M), [environment, provider("us-east-1"), provider("us-west-2")]), []);
            assert.deepEqual(await messages(multiRegion(M), [environment, provider("us-east-1")]), [
                "the environment's clusters span 1 region(s) (us-east-1); add clusters until they span at least 2.",
            ]);
            assert.deepEqual(await messages(multiRegion(M), [provider("us-east-1"), nodeGroup("us-east-1")]), [], "a cluster stack");
        });

        it("secret replicas cover every cluster region", async () => {
            const base = [provider("us-east-1"), provider("us-west-2"), nodeGroup("us-east-1"), nodeGroup("us-west-2")];
            const secret = (replicas: string[]) =>
                res(
                    "aws:secretsmanager/secret:Secret",
                    "sec",
                    { replicas: replicas.map((region) => ({ region })) },
                    { provider: "urn:pulumi:test::p::pulumi:providers:aws::aws-us-east-1" },
                );
            assert.deepEqual(await messages(secretReplicasCoverRegions(M), [...base, secret(["us-west-2"])]), []);
            assert.deepEqual(await messages(secretReplicasCoverRegions(M), [...base, secret([])]), [
                "sec has no replica in us-west-2; clusters there could not read it after losing us-east-1. Add replicas.",
            ]);
            // Made per region on purpose (a pull-through cache's credentials must be in its rule's region): one of its name in each.
            const perRegion = (region: string) =>
                res(
                    "aws:secretsmanager/secret:Secret",
                    `creds-${region}`,
                    { name: "ecr-pullthroughcache/quay", tags: { "payments.io/scope": "region" } },
                    { provider: `urn:pulumi:test::p::pulumi:providers:aws::aws-${region}` },
                );
            assert.deepEqual(await messages(secretReplicasCoverRegions(M), [...base, perRegion("us-east-1"), perRegion("us-west-2")]), []);
            assert.deepEqual(await messages(secretReplicasCoverRegions(M), [...base, perRegion("us-east-1")]), [
                "creds-us-east-1 is made per region (payments.io/scope=region), but not in us-west-2; make one there too.",
            ]);
        });
    });

    describe("capacity", () => {
        const cluster = res("payments:platform:Cluster", "c1", {});
        const inCluster = { parent: cluster.urn };
        const pool = (name: string, instanceTypes: string[], minSize: number, labels: Record<string, string>, taints: unknown[] = []) =>
            res(
                "aws:eks/nodeGroup:NodeGroup",
                name,
                { instanceTypes, labels, taints, scalingConfig: { minSize, maxSize: 10, desiredSize: minSize } },
                inCluster,
            );
        const system = pool("system-pool", ["m7i.large"], 2, { pool: "system" }, [{ key: "CriticalAddonsOnly", value: "true", effect: "NO_SCHEDULE" }]);
        const payments = pool("payments-pool", ["c7i.xlarge"], 2, { pool: "payments" });
        const prometheus = (memory: string) =>
            res(
                "kubernetes:helm.sh/v3:Release",
                "monitoring",
                {
                    chart: "kube-prometheus-stack",
                    values: {
                        prometheus: {
                            prometheusSpec: {
                                replicas: 1,
                                resources: { requests: { cpu: "500m", memory } },
                                nodeSelector: { pool: "system" },
                                tolerations: [{ key: "CriticalAddonsOnly" }],
                            },
                        },
                    },
                },
                inCluster,
            );
        const deployment = (replicas: number, memory: string) =>
            res(
                "kubernetes:apps/v1:Deployment",
                "ledger",
                {
                    metadata: { name: "ledger", namespace: "payments-ledger" },
                    spec: { replicas, template: { spec: { containers: [{ resources: { requests: { cpu: "1", memory } } }] } } },
                },
                inCluster,
            );

        it("every pod fits a node of a pool it may land on", async () => {
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, system, payments, prometheus("4Gi")]), []);
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, system, payments, prometheus("8Gi")]), [
                "monitoring (prometheus.prometheusSpec) requests 500m CPU and 8192Mi, more than a node of its pool can give (system-pool: 1625m CPU and 6578Mi); it would stay Pending. Lower the request or use a larger instance type.",
            ]);
            const untolerated = res(
                "kubernetes:helm.sh/v3:Release",
                "x",
                { chart: "x", values: { resources: { requests: { cpu: "1m", memory: "1Mi" } }, nodeSelector: { pool: "system" } } },
                inCluster,
            );
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, system, payments, untolerated]), [
                "x (values) matches no node pool of its cluster (node selector and taints); it would stay Pending.",
            ]);
        });

        it("a pool's minimum size holds the minimum replicas placed on it", async () => {
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, system, payments, deployment(4, "1Gi")]), []);
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, system, payments, deployment(8, "1Gi")]), [
                "payments-pool's minimum of 2 node(s) holds 7230m CPU and 12518Mi, but the minimum replicas placed on it request 8000m CPU and 8192Mi; raise its min (and replicas) or shrink what runs there.",
            ]);
        });

        it("names an instance type the capacity table lacks", async () => {
            assert.deepEqual(await messages(podsFitNodes(M), [cluster, pool("odd", ["x9.mega"], 1, {})]), [
                "odd uses instance type(s) x9.mega that the capacity table does not know; add them to INSTANCE_TYPES (components/cluster/capacity.ts) so its pods can be sized.",
            ]);
        });
    });

    describe("declared egress", () => {
        const cluster = res("payments:platform:Cluster", "c1", {});
        const inCluster = { parent: cluster.urn };
        const ns = "payments-payment-processor";
        const entry = (host: string) =>
            res("kubernetes:networking.istio.io/v1:ServiceEntry", "entry", { metadata: { namespace: ns }, spec: { hosts: [host] } }, inCluster);
        const netpol = (port: number) =>
            res(
                "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                "netpol",
                { metadata: { namespace: ns }, spec: { egress: [{ ports: [{ port }] }] } },
                inCluster,
            );
        const gateway = res(
            "kubernetes:networking.istio.io/v1:Gateway",
            "gw",
            { metadata: { namespace: "istio-egress" }, spec: { servers: [{ hosts: ["api.partner.example"] }] } },
            inCluster,
        );
        const endpoint = res("aws:ec2/vpcEndpoint:VpcEndpoint", "vpce", { serviceName: "com.amazonaws.us-east-1.sts" }, inCluster);

        it("a NetworkPolicy port towards the plan's pods is the port after the Service's DNAT", async () => {
            const provider = { provider: "urn:provider:c1" };
            const gatewayPods = res(
                "kubernetes:apps/v1:Deployment",
                "gw",
                {
                    metadata: { namespace: "istio-egress" },
                    spec: { template: { metadata: { labels: { istio: "egressgateway", app: "gw" } }, spec: { containers: [{ name: "istio-proxy" }] } } },
                },
                provider,
            );
            const service = res(
                "kubernetes:core/v1:Service",
                "gw-svc",
                {
                    metadata: { name: "istio-egressgateway", namespace: "istio-egress" },
                    spec: { selector: { istio: "egressgateway" }, ports: [{ port: 443, targetPort: 8443 }] },
                },
                provider,
            );
            const policy = (port: number, namespace = "istio-egress") =>
                res(
                    "kubernetes:networking.k8s.io/v1:NetworkPolicy",
                    "np",
                    {
                        metadata: { name: "allow-declared-egress", namespace: "payments-payment-processor" },
                        spec: {
                            egress: [
                                {
                                    to: [
                                        {
                                            namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": namespace } },
                                            podSelector: { matchLabels: { istio: "egressgateway" } },
                                        },
                                    ],
                                    ports: [{ protocol: "TCP", port }],
                                },
                            ],
                        },
                    },
                    provider,
                );
            assert.deepEqual(await messages(networkPolicyPortsReachTargets(M), [gatewayPods, service, policy(8443)]), []);
            assert.deepEqual(await messages(networkPolicyPortsReachTargets(M), [gatewayPods, service, policy(443)]), [
                'NetworkPolicy payments-payment-processor/allow-declared-egress lets pods out on 443 to istio-egress pods {"istio":"egressgateway"}, which listen on 8443 (Service istio-egressgateway\'s target ports): a policy sees the port after the Service\'s DNAT, so nothing gets through; allow the target port.',
            ]);
            assert.deepEqual(
                await messages(networkPolicyPortsReachTargets(M), [service, policy(443, "kube-system")]),
                [],
                "pods the plan does not run are not judged",
            );
        });

        it("an external host has the egress gateway and a NetworkPolicy to it", async () => {
            assert.deepEqual(await messages(egressHasAPath(M), [cluster, entry("api.partner.example"), gateway, netpol(443)]), []);
            assert.deepEqual(await messages(egressHasAPath(M), [cluster, entry("api.partner.example")]), [
                "entry declares api.partner.example, but no Gateway on the egress gateway serves it, so the call has no way out; route it through the egress gateway.",
                "entry declares api.partner.example, but no NetworkPolicy of payments-payment-processor lets its pods reach the egress gateway (port 443).",
            ]);
        });

        it("an AWS service has a VPC endpoint and a NetworkPolicy on 443", async () => {
            assert.deepEqual(await messages(egressHasAPath(M), [cluster, entry("sts.us-east-1.amazonaws.com"), endpoint, netpol(443)]), []);
            assert.deepEqual(await messages(egressHasAPath(M), [cluster, entry("kms.us-east-1.amazonaws.com"), endpoint, netpol(443)]), [
                "entry lets payments-payment-processor call kms.us-east-1.amazonaws.com, but the cluster's VPC has no endpoint for kms; add it to the VPC's endpoints.",
            ]);
        });
    });

    describe("secrets the clusters read", () => {
        const store = res("kubernetes:external-secrets.io/v1:ClusterSecretStore", "store", {
            metadata: { name: "aws-secrets-manager" },
            spec: { provider: { aws: { region: "us-west-2" } } },
        });
        const reader = (key: string) =>
            res("kubernetes:external-secrets.io/v1:ExternalSecret", "ledger-db", {
                spec: { secretStoreRef: { kind: "ClusterSecretStore", name: "aws-secrets-manager" }, dataFrom: [{ extract: { key } }] },
            });
        const environment = (replicaRegions: string[]) =>
            res(
                "pulumi:pulumi:StackReference",
                "environment",
                { name: "acme/payments-platform/prod" },
                {
                    state: {
                        outputs: {
                            secrets: {
                                "ledger-db": {
                                    remoteKey: "p/prod/ledger-db",
                                    arn: "arn:aws:secretsmanager:us-east-1:1:secret:p/prod/ledger-db-AbC",
                                    replicaRegions,
                                },
                            },
                        },
                    },
                },
            );

        it("every ExternalSecret reads a secret the platform creates, with a copy in the cluster's region", async () => {
            assert.deepEqual(await messages(externalSecretsHaveASource(M), [store, environment(["us-west-2"]), reader("p/prod/ledger-db")]), []);
            assert.deepEqual(await messages(externalSecretsHaveASource(M), [store, environment(["us-east-2"]), reader("p/prod/ledger-db")]), [
                "ledger-db reads p/prod/ledger-db in us-west-2, where it has no replica (it exists in us-east-1, us-east-2); replicate it there.",
            ]);
            assert.deepEqual(await messages(externalSecretsHaveASource(M), [store, environment(["us-west-2"]), reader("p/prod/api-tls")]), [
                "ledger-db reads p/prod/api-tls, which no stack of the platform creates; create it in the program (every region that reads it), never by hand.",
            ]);
        });

        it("a secret the stack itself creates in the cluster's region counts", async () => {
            const own = res(
                "aws:secretsmanager/secret:Secret",
                "cacerts",
                { name: "p/prod/istio-cacerts-prod-usw2" },
                { provider: "urn:pulumi:test::p::pulumi:providers:aws::aws-us-west-2" },
            );
            const provider = res("pulumi:providers:aws", "aws-us-west-2", { region: "us-west-2" });
            assert.deepEqual(await messages(externalSecretsHaveASource(M), [store, provider, own, reader("p/prod/istio-cacerts-prod-usw2")]), []);
        });
    });

    describe("controllers and webhooks", () => {
        const release = (chart: string, values: Record<string, unknown>) => res("kubernetes:helm.sh/v3:Release", "eso", { chart, values });

        it("replicated controllers elect a leader; fail-closed webhooks run two pods under a PDB", async () => {
            const safe = { replicaCount: 2, leaderElect: true, webhook: { replicaCount: 2, podDisruptionBudget: { enabled: true } } };
            assert.deepEqual(await messages(controllersSurviveAPod(M), [release("external-secrets", safe)]), []);
            assert.deepEqual(await messages(controllersSurviveAPod(M), [release("external-secrets", { replicaCount: 2 })]), [
                "eso (kubernetes:helm.sh/v3:Release) runs 2 controller replicas without leader election; set leaderElect: true.",
                "eso (kubernetes:helm.sh/v3:Release)'s webhook fails closed but runs 1 replica(s) with no PodDisruptionBudget; one drained node stops every change it admits. Set webhook.replicaCount to at least 2 and webhook.podDisruptionBudget.enabled: true.",
            ]);
            assert.deepEqual(
                await messages(controllersSurviveAPod(M), [release("external-secrets", { webhook: { failurePolicy: "Ignore" } })]),
                [],
                "a webhook that fails open blocks nothing",
            );
            assert.deepEqual(await messages(controllersSurviveAPod(M), [release("cluster-autoscaler", { replicaCount: 2 })]), [], "elects a leader by default");
            assert.deepEqual(
                await messages(controllersSurviveAPod(M), [release("cluster-autoscaler", { replicaCount: 2, extraArgs: { "leader-elect": false } })]),
                ["eso (kubernetes:helm.sh/v3:Release) runs 2 autoscaler replicas without leader election; set extraArgs.leader-elect: true."],
            );
        });
    });

    describe("PCI segmentation", () => {
        const cluster = res("payments:platform:Cluster", "c1", {});
        const under = { parent: cluster.urn };
        const pool = (taints: unknown[]) =>
            res(
                "aws:eks/nodeGroup:NodeGroup",
                "c1-pool-payments",
                { labels: { "platform.payments.io/pool": "payments", "payments.io/pci-scope": "true" }, taints },
                under,
            );
        const tainted = pool([{ key: "payments.io/pci-scope", value: "true", effect: "NO_SCHEDULE" }]);
        const workload = (namespace: string, pod: Record<string, unknown>) =>
            res("kubernetes:apps/v1:Deployment", `${namespace}-app`, { metadata: { namespace, name: "app" }, spec: { template: { spec: pod } } }, under);

        it("taints a PCI-scope pool, and lets no platform pod onto it", async () => {
            const paymentPod = workload("payments-ledger", {
                nodeSelector: { "payments.io/pci-scope": "true" },
                tolerations: [{ key: "payments.io/pci-scope", operator: "Equal", value: "true", effect: "NoSchedule" }],
            });
            const systemPod = workload("monitoring", { nodeSelector: { "platform.payments.io/pool": "system" }, tolerations: [{ operator: "Exists" }] });
            const untolerating = workload("tools", {});
            assert.deepEqual(await messages(pciPoolsIsolated(M), [cluster, tainted, paymentPod, systemPod, untolerating]), []);
            assert.deepEqual(await messages(pciPoolsIsolated(M), [cluster, pool([])]), [
                "c1-pool-payments is in PCI scope (payments.io/pci-scope) but has no NoSchedule taint, so any pod may land on it; taint it, and let only payment pods tolerate it.",
            ]);
            assert.deepEqual(await messages(pciPoolsIsolated(M), [cluster, tainted, workload("tools", { tolerations: [{ operator: "Exists" }] })]), [
                "tools/app can be scheduled on the PCI-scope pool c1-pool-payments (its node selector and tolerations admit it); keep platform pods off it (a node selector for their own pool, no toleration of payments.io/pci-scope).",
            ]);
        });
    });

    describe("payment tracks", () => {
        const hpa = (namespace: string, name: string, minReplicas: number) =>
            res("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", `${namespace}-${name}`, { metadata: { namespace, name }, spec: { minReplicas } });

        it("keeps two or more pods in every payment track, the canary included", async () => {
            assert.deepEqual(
                await messages(paymentTracksSurviveAPod(M), [
                    hpa("payments-processor", "processor", 3),
                    hpa("payments-processor", "processor-canary", 2),
                    hpa("istio-system", "istiod", 1),
                ]),
                [],
            );
            assert.deepEqual(await messages(paymentTracksSurviveAPod(M), [hpa("payments-processor", "processor-canary", 1)]), [
                "payments-processor/processor-canary may scale to 1 pod: a restart or a drained node fails its whole share of payments; set minReplicas to at least 2.",
            ]);
        });
    });

    describe("scale-down", () => {
        const provider = { provider: "urn:provider:c1" };
        const autoscaler = (...flags: string[]) =>
            res(
                "kubernetes:apps/v1:Deployment",
                "ca",
                {
                    metadata: { namespace: "kube-system", name: "cluster-autoscaler" },
                    spec: { template: { spec: { containers: [{ name: "ca", command: ["./cluster-autoscaler", "--cloud-provider=aws", ...flags] }] } } },
                },
                provider,
            );
        const app = (annotations: Record<string, string> = {}) =>
            res(
                "kubernetes:apps/v1:Deployment",
                "app",
                {
                    metadata: { namespace: "payments-a", name: "a" },
                    spec: { template: { metadata: { annotations }, spec: { volumes: [{ name: "tmp", emptyDir: {} }] } } },
                },
                provider,
            );

        it("lets the cluster autoscaler drain nodes whose pods have emptyDir volumes", async () => {
            assert.deepEqual(await messages(autoscaledPodsEvictable(M), [autoscaler("--skip-nodes-with-local-storage=false"), app()]), []);
            assert.deepEqual(
                await messages(autoscaledPodsEvictable(M), [autoscaler(), app({ "cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes": "tmp" })]),
                [],
            );
            assert.deepEqual(await messages(autoscaledPodsEvictable(M), [autoscaler(), app()]), [
                "payments-a/a has emptyDir volume(s) tmp, and the cluster autoscaler runs without --skip-nodes-with-local-storage=false: it never drains a node this pod is on; pass the flag (extraArgs) or annotate the pod cluster-autoscaler.kubernetes.io/safe-to-evict-local-volumes.",
            ]);
        });
    });

    describe("fail-closed webhooks", () => {
        const provider = { provider: "urn:provider:c1" };
        const configuration = (failurePolicy?: string) =>
            res(
                "kubernetes:admissionregistration.k8s.io/v1:ValidatingWebhookConfiguration",
                "vwc",
                {
                    webhooks: [
                        {
                            name: "validate.example.io",
                            ...(failurePolicy ? { failurePolicy } : {}),
                            clientConfig: { service: { namespace: "tools", name: "hook" } },
                        },
                    ],
                },
                provider,
            );
        const service = res(
            "kubernetes:core/v1:Service",
            "hook-svc",
            { metadata: { namespace: "tools", name: "hook" }, spec: { selector: { app: "hook" } } },
            provider,
        );
        const deployment = (replicas: number, spread: boolean) =>
            res(
                "kubernetes:apps/v1:Deployment",
                "hook",
                {
                    metadata: { namespace: "tools", name: "hook" },
                    spec: {
                        replicas,
                        template: {
                            metadata: { labels: { app: "hook" } },
                            spec: spread
                                ? {
                                      topologySpreadConstraints: [
                                          {
                                              maxSkew: 1,
                                              topologyKey: "kubernetes.io/hostname",
                                              whenUnsatisfiable: "DoNotSchedule",
                                              labelSelector: { matchLabels: { app: "hook" } },
                                          },
                                      ],
                                  }
                                : {},
                        },
                    },
                },
                provider,
            );
        const pdb = res(
            "kubernetes:policy/v1:PodDisruptionBudget",
            "hook-pdb",
            { metadata: { namespace: "tools" }, spec: { selector: { matchLabels: { app: "hook" } } } },
            provider,
        );

        it("runs two or more pods of a fail-closed webhook on different nodes, under a PodDisruptionBudget", async () => {
            assert.deepEqual(await messages(failClosedWebhooksSpread(M), [configuration(), service, deployment(2, true), pdb]), []);
            assert.deepEqual(await messages(failClosedWebhooksSpread(M), [configuration("Fail"), service, deployment(1, false)]), [
                "Deployment tools/hook serves the fail-closed webhook(s) validate.example.io but runs 1 replica(s), may put its replicas on one node (no hostname spread with DoNotSchedule, no required anti-affinity), has no PodDisruptionBudget: one lost or drained node stops every change it admits.",
            ]);
            assert.deepEqual(
                await messages(failClosedWebhooksSpread(M), [configuration("Ignore"), service, deployment(1, false)]),
                [],
                "a webhook that fails open",
            );
        });
    });

    describe("alert routes", () => {
        const routes = { page: "page", critical: "page", warning: "ticket", none: "drop" };
        const rules = (...alerts: Array<[string, string | undefined]>) =>
            res("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "rules", {
                spec: {
                    groups: [
                        {
                            name: "g",
                            rules: [
                                { record: "r", expr: "1" },
                                ...alerts.map(([alert, severity]) => ({ alert, expr: "1", labels: severity ? { severity } : {} })),
                            ],
                        },
                    ],
                },
            });
        it("takes alerts whose severities are routed, urgent ones to the pager", async () => {
            assert.deepEqual(await messages(alertsRouted(M, routes), [rules(["Down", "critical"], ["Slow", "warning"], ["Watchdog", "none"])]), []);
        });
        it("refuses a severity no route names, and an urgent one that does not page", async () => {
            assert.deepEqual(await messages(alertsRouted(M, routes), [rules(["Down", "sev1"], ["Odd", undefined])]), [
                "Down (severity sev1), Odd (severity (none)): no Alertmanager route pages for them; give each a severity SEVERITY_RECEIVERS routes (components/addons/alerting.ts), critical and page to the pager.",
            ]);
            assert.deepEqual(await messages(alertsRouted(M, { ...routes, critical: "ticket" }), [rules(["Down", "critical"])]), [
                "Down (severity critical): no Alertmanager route pages for it; give each a severity SEVERITY_RECEIVERS routes (components/addons/alerting.ts), critical and page to the pager.",
            ]);
        });
    });

    describe("alert label matchers", () => {
        const table = { velero_backup_items_total: { labels: ["schedule"], source: "test" } };
        const rules = (...items: Array<Record<string, unknown>>) =>
            res("kubernetes:monitoring.coreos.com/v1:PrometheusRule", "platform-rules", { spec: { groups: [{ name: "g", rules: items }] } });

        it("reads the selectors of an expression, and the labels a recording rule keeps", () => {
            assert.deepEqual(selectorsOf('sum by (a) (rate(x_total{job="j", code=~"5.."}[5m])) / on() y{a!="{}"}'), [
                { metric: "x_total", labels: ["job", "code"] },
                { metric: "y", labels: ["a"] },
            ]);
            assert.deepEqual(recordedLabels("sum by (destination_service_name, destination_service_namespace) (rate(x[5m]))"), [
                "destination_service_name",
                "destination_service_namespace",
            ]);
            assert.equal(recordedLabels("rate(x[5m])"), undefined);
        });

        it("takes matchers on the exporter's labels, target labels and what a recording rule keeps", async () => {
            assert.deepEqual(
                await messages(alertLabelsExist(M, table), [
                    rules(
                        { alert: "Empty", expr: 'velero_backup_items_total{schedule="s", namespace="velero"} == 0' },
                        { record: "svc:x:rate5m", expr: "sum by (svc) (rate(unknown_total[5m]))" },
                        { alert: "X", expr: 'svc:x:rate5m{svc="a"} > 1' },
                        { alert: "Unknown", expr: 'not_in_the_table{anything="x"} > 0' },
                    ),
                ]),
                [],
            );
        });

        it("refuses a matcher on a label the metric does not carry", async () => {
            assert.deepEqual(
                await messages(alertLabelsExist(M, table), [
                    rules(
                        { alert: "Empty", expr: 'velero_backup_items_total{backupName=~"s-.*"} == 0' },
                        { record: "svc:x:rate5m", expr: "sum by (svc) (rate(unknown_total[5m]))" },
                        { alert: "X", expr: 'svc:x:rate5m{pod_name="a"} > 1' },
                    ),
                ]),
                [
                    'Empty matches velero_backup_items_total on "backupName", which it does not carry (it has: schedule, job, instance, namespace, pod, container, service, endpoint); X matches svc:x:rate5m on "pod_name", which it does not carry (it has: svc, job, instance, namespace, pod, container, service, endpoint): such a matcher matches no series and the rule never fires; match a label the metric has.',
                ],
            );
        });
    });

    describe("permissions boundaries", () => {
        const boundary = res("aws:iam/policy:Policy", "boundary", { name: "payments-prod-boundary" });
        it("takes a role with a boundary, known or still to be made by its stack", async () => {
            assert.deepEqual(
                await messages(rolesBounded(M), [res("aws:iam/role:Role", "r", { permissionsBoundary: "arn:aws:iam::1:policy/payments-prod-boundary" })]),
                [],
            );
            assert.deepEqual(await messages(rolesBounded(M), [boundary, res("aws:iam/role:Role", "r", {}, { dependsOn: [boundary.urn] })]), []);
        });
        it("refuses a role whose policies are its only ceiling", async () => {
            assert.deepEqual(await messages(rolesBounded(M), [res("aws:iam/role:Role", "r", {})]), [
                "r has no permissions boundary: its policies are its only ceiling; set permissionsBoundary to the environment's (permissionsBoundaryArn).",
            ]);
        });
    });

    describe("served API versions", () => {
        it("takes objects in served versions, a beta group version still served for other kinds included", async () => {
            assert.deepEqual(
                await messages(apisServed(M), [
                    res("kubernetes:apiregistration.k8s.io/v1:APIService", "metrics", {}),
                    res("kubernetes:networking.k8s.io/v1beta1:ServiceCIDR", "cidr", {}),
                ]),
                [],
            );
        });
        it("refuses an object in a removed version, as the offline render once made prometheus-adapter's APIService", async () => {
            assert.deepEqual(await messages(apisServed(M), [res("kubernetes:apiregistration.k8s.io/v1beta1:APIService", "metrics", {})]), [
                "metrics (kubernetes:apiregistration.k8s.io/v1beta1:APIService) uses apiregistration.k8s.io/v1beta1, which Kubernetes no longer serves; use its GA version (a chart renders the old one when it cannot see the cluster's APIs).",
            ]);
            assert.equal((await messages(apisServed(M), [res("kubernetes:networking.k8s.io/v1beta1:Ingress", "i", {})])).length, 1);
        });
    });

    describe("cluster-admin bindings", () => {
        const binding = (role: string) =>
            res("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", "velero-server", {
                roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: role },
                subjects: [{ kind: "ServiceAccount", namespace: "velero", name: "velero-server" }],
            });
        it("takes a binding to a role of what the controller needs", async () => {
            assert.deepEqual(await messages(noClusterAdminBindings(M), [binding("payments-velero")]), []);
        });
        it("refuses a binding to cluster-admin, as Velero's chart makes by default", async () => {
            assert.deepEqual(await messages(noClusterAdminBindings(M), [binding("cluster-admin")]), [
                "velero-server (kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding) binds ServiceAccount velero/velero-server to cluster-admin; bind a ClusterRole of what it needs (a chart's value, e.g. Velero's rbac.clusterAdministratorName).",
            ]);
        });
    });

    describe("the restricted profile", () => {
        const pod = (podSecurity: Record<string, unknown>, containerSecurity: Record<string, unknown>) =>
            deployment({ securityContext: podSecurity, containers: [{ name: "app", securityContext: containerSecurity }] });
        it("takes containers that drop ALL under a RuntimeDefault profile, the pod's or their own", async () => {
            assert.deepEqual(
                await messages(restrictedProfile(M), [pod({ seccompProfile: { type: "RuntimeDefault" } }, { capabilities: { drop: ["ALL"] } })]),
                [],
            );
            assert.deepEqual(
                await messages(restrictedProfile(M), [
                    pod({}, { capabilities: { drop: ["ALL"], add: ["NET_BIND_SERVICE"] }, seccompProfile: { type: "RuntimeDefault" } }),
                ]),
                [],
            );
        });
        it("refuses kept or added capabilities and no seccomp profile", async () => {
            assert.deepEqual(
                await messages(restrictedProfile(M), [pod({ seccompProfile: { type: "Unconfined" } }, { capabilities: { add: ["NET_ADMIN"] } })]),
                [
                    "app (kubernetes:apps/v1:Deployment): container app adds capabilities NET_ADMIN; restricted allows only NET_BIND_SERVICE.",
                    "app (kubernetes:apps/v1:Deployment): container app keeps Linux capabilities; set securityContext.capabilities.drop: [ALL].",
                    "app (kubernetes:apps/v1:Deployment): container app runs without a seccomp profile; set seccompProfile.type: RuntimeDefault (pod or container).",
                ],
            );
        });
    });

    describe("Istio revisions", () => {
        const provider = { provider: "urn:provider:c1" };
        const istiod = (revision: string) => res("kubernetes:helm.sh/v3:Release", `istiod-${revision}`, { chart: "istiod", values: { revision } }, provider);
        const namespace = (revision: string) =>
            res("kubernetes:core/v1:Namespace", "payments-ns", { metadata: { name: "payments", labels: { "istio.io/rev": revision } } }, provider);
        const deployment = (revision: string) =>
            res(
                "kubernetes:apps/v1:Deployment",
                "ledger",
                { metadata: { namespace: "payments", name: "ledger" }, spec: { template: { metadata: { labels: { "istio.io/rev": revision } }, spec: {} } } },
                provider,
            );
        const gateway = (revision: string) => res("kubernetes:helm.sh/v3:Release", "ingress", { chart: "gateway", values: { revision } }, provider);

        it("takes workloads on a running revision, both revisions running mid-upgrade", async () => {
            assert.deepEqual(
                await messages(istioRevisionsServed(M), [istiod("1-28"), istiod("1-29"), namespace("1-28"), deployment("1-28"), gateway("1-28")]),
                [],
            );
            assert.deepEqual(await messages(istioRevisionsServed(M), [istiod("1-29"), namespace("1-29"), deployment("1-29"), gateway("1-29")]), []);
        });

        it("refuses removing a revision that labelled namespaces, pods or gateways still use", async () => {
            assert.deepEqual(await messages(istioRevisionsServed(M), [istiod("1-29"), namespace("1-28"), deployment("1-29"), gateway("1-28")]), [
                "namespace payments uses Istio revision 1-28, but its cluster runs no istiod of that revision (running: 1-29); keep that control plane until its workloads have moved to another (components/upgrades/mesh.ts).",
                "gateway release ingress uses Istio revision 1-28, but its cluster runs no istiod of that revision (running: 1-29); keep that control plane until its workloads have moved to another (components/upgrades/mesh.ts).",
            ]);
        });
    });

    describe("aggregated APIs", () => {
        const apiService = (spec: Record<string, unknown>, annotations: Record<string, string> = {}) =>
            res("kubernetes:apiregistration.k8s.io/v1:APIService", "v1beta1.custom.metrics.k8s.io", {
                metadata: { name: "v1beta1.custom.metrics.k8s.io", annotations },
                spec: { group: "custom.metrics.k8s.io", version: "v1beta1", service: { namespace: "monitoring", name: "prometheus-adapter" }, ...spec },
            });
        it("takes an APIService verified by a caBundle or cert-manager's CA injection", async () => {
            assert.deepEqual(await messages(apiServicesVerified(M), [apiService({ caBundle: "LS0t" })]), []);
            assert.deepEqual(
                await messages(apiServicesVerified(M), [apiService({}, { "cert-manager.io/inject-ca-from": "monitoring/prometheus-adapter-root-cert" })]),
                [],
            );
        });
        it("refuses one that skips TLS verification, or has no CA", async () => {
            assert.deepEqual(await messages(apiServicesVerified(M), [apiService({ insecureSkipTLSVerify: true })]), [
                "v1beta1.custom.metrics.k8s.io (kubernetes:apiregistration.k8s.io/v1:APIService) skips TLS verification of its service; give it a caBundle, or cert-manager's cert-manager.io/inject-ca-from annotation.",
            ]);
            assert.deepEqual(await messages(apiServicesVerified(M), [apiService({})]), [
                "v1beta1.custom.metrics.k8s.io (kubernetes:apiregistration.k8s.io/v1:APIService) has no CA to verify its service with; give it a caBundle, or cert-manager's cert-manager.io/inject-ca-from annotation.",
            ]);
        });
    });

    describe("commands that act once", () => {
        const execution = (ignoreChanges: string[]) =>
            res(
                "command:local:Command",
                "switch-away",
                { create: "aws arc-region-switch start-plan-execution --plan-arn p", triggers: ["d1"] },
                { ignoreChanges },
            );
        it("takes a plan execution or a control switch that only its triggers run again, and a command that acts on nothing", async () => {
            assert.deepEqual(await messages(commandsActOnce(M), [execution(["create", "environment", "interpreter", "logging"])]), []);
            assert.deepEqual(await messages(commandsActOnce(M), [res("command:local:Command", "held", { create: ":" })]), []);
        });
        it("refuses one that an edited script or environment would run again", async () => {
            assert.deepEqual(await messages(commandsActOnce(M), [execution(["create"])]), [
                "switch-away acts on the world once, but a change to its environment, interpreter, logging would run it again at the next up; add environment, interpreter, logging to its ignoreChanges (RUN_ONCE_IGNORED) and let triggers decide.",
            ]);
            const control = res("command:local:Command", "initially-on", {
                create: "aws route53-recovery-cluster update-routing-control-state --routing-control-arn a",
            });
            assert.equal((await messages(commandsActOnce(M), [control])).length, 1);
        });
    });

    describe("Calico through its API", () => {
        const provider = { provider: "urn:provider:c1" };
        const apiServer = (annotations: Record<string, string>) =>
            res("kubernetes:operator.tigera.io/v1:APIServer", "apiserver", { metadata: { name: "default", annotations }, spec: {} }, provider);
        const ready = apiServer({ "pulumi.com/waitFor": "jsonpath={.status.state}=Ready" });
        const policy = (apiVersion: string, dependsOn: string[]) =>
            res(`kubernetes:${apiVersion}:GlobalNetworkPolicy`, "deny", { metadata: { name: "deny" }, spec: {} }, { ...provider, dependsOn });
        const crds = res(
            "kubernetes:yaml/v2:ConfigFile",
            "crds",
            { file: "https://raw.githubusercontent.com/projectcalico/calico/v3.31.7/manifests/operator-crds.yaml" },
            provider,
        );
        const operator = (values: Record<string, unknown>) => res("kubernetes:helm.sh/v3:Release", "operator", { chart: "tigera-operator", values }, provider);

        it("takes v3 objects that wait for a Ready API server, and one owner of the CRDs", async () => {
            assert.deepEqual(
                await messages(calicoThroughItsApi(M), [ready, policy("projectcalico.org/v3", [ready.urn]), crds, operator({ manageCRDs: false })]),
                [],
            );
        });

        it("refuses the storage API, a v3 object the API server may not serve yet, and two owners of the CRDs", async () => {
            assert.deepEqual(await messages(calicoThroughItsApi(M), [ready, policy("crd.projectcalico.org/v1", [ready.urn])]), [
                "deny (kubernetes:crd.projectcalico.org/v1:GlobalNetworkPolicy) writes Calico's storage API, which Calico documents as not for users; declare it as projectcalico.org/v3 GlobalNetworkPolicy, served by the Calico API server.",
            ]);
            const unwaited = apiServer({});
            assert.deepEqual(await messages(calicoThroughItsApi(M), [unwaited, policy("projectcalico.org/v3", [unwaited.urn])]), [
                'deny (kubernetes:projectcalico.org/v3:GlobalNetworkPolicy) does not wait for a Ready Calico API server on its cluster; the API is not served until the operator reports it Ready. Depend on the operator.tigera.io/v1 APIServer annotated pulumi.com/waitFor: "jsonpath={.status.state}=Ready".',
            ]);
            assert.deepEqual(await messages(calicoThroughItsApi(M), [crds, operator({})]), [
                "operator lets the Tigera operator manage Calico's CRDs while this stack applies them from operator-crds.yaml; set manageCRDs: false (or stop applying them) so one owner writes them.",
            ]);
            assert.deepEqual(await messages(calicoThroughItsApi(M), [operator({})]), [], "the operator alone owns them");
        });
    });

    describe("DNS delegation", () => {
        const zone = res("aws:route53/zone:Zone", "payments-zone", { name: "staging.payments.example.com" }, { state: {} });
        const delegation = (name: string, dependsOn: string[]) =>
            res(
                "aws:route53/record:Record",
                "payments-zone-delegation",
                { zoneId: "ZPARENT", name, type: "NS", records: ["ns-1.awsdns-00.com"] },
                { dependsOn },
            );

        it("a created public zone is delegated by an NS record in its parent, made after it", async () => {
            assert.deepEqual(await messages(zonesDelegated(M), [zone, delegation("staging.payments.example.com.", [zone.urn])]), []);
            const refused =
                "payments-zone creates the public zone staging.payments.example.com, but no NS record delegates it from its parent zone, so nothing in it resolves; set dns.parent (or use dns.existingZone for a zone already delegated).";
            assert.deepEqual(await messages(zonesDelegated(M), [zone]), [refused]);
            assert.deepEqual(
                await messages(zonesDelegated(M), [zone, delegation("staging.payments.example.com", [])]),
                [refused],
                "made before the zone exists",
            );
            assert.deepEqual(await messages(zonesDelegated(M), [zone, delegation("other.payments.example.com", [zone.urn])]), [refused]);
        });

        it("a private zone needs no delegation", async () => {
            const privateZone = res("aws:route53/zone:Zone", "internal", { name: "internal.example.com", vpcs: [{ vpcId: "vpc-1" }] });
            assert.deepEqual(await messages(zonesDelegated(M), [privateZone]), []);
        });
    });

    describe("autoscaling", () => {
        const cluster = res("payments:platform:Cluster", "c1", {});
        const inCluster = { parent: cluster.urn };
        const hpa = (metrics: unknown[]) => res("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "ledger-hpa", { spec: { metrics } }, inCluster);
        const cpu = { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } };
        const rate = { type: "Pods", pods: { metric: { name: "istio_requests_per_second" }, target: { type: "AverageValue", averageValue: "100" } } };
        const metricsServer = res("aws:eks/addon:Addon", "ms", { addonName: "metrics-server" }, inCluster);
        const adapter = (as: string) =>
            res(
                "kubernetes:helm.sh/v3:Release",
                "adapter",
                { chart: "prometheus-adapter", values: { rules: { default: false, custom: [{ name: { as } }] } } },
                inCluster,
            );

        it("an HPA's metrics are served in its cluster: metrics-server for CPU, an adapter rule naming each Pods metric", async () => {
            assert.deepEqual(await messages(hpaMetricsServed(M), [cluster, metricsServer, adapter("istio_requests_per_second"), hpa([cpu, rate])]), []);
            assert.deepEqual(await messages(hpaMetricsServed(M), [cluster, adapter("http_requests_per_second"), hpa([cpu, rate])]), [
                "ledger-hpa scales on a resource metric, but nothing in its cluster serves metrics.k8s.io; install metrics-server.",
                "ledger-hpa scales on the Pods metric istio_requests_per_second, which no metrics adapter in its cluster serves; add an adapter rule that names it.",
            ]);
            const otherCluster = res("payments:platform:Cluster", "c2", {});
            const elsewhere = res("aws:eks/addon:Addon", "ms2", { addonName: "metrics-server" }, { parent: otherCluster.urn });
            assert.deepEqual(await messages(hpaMetricsServed(M), [cluster, otherCluster, elsewhere, hpa([cpu])]), [
                "ledger-hpa scales on a resource metric, but nothing in its cluster serves metrics.k8s.io; install metrics-server.",
            ]);
        });

        it("a node group that may grow has a node autoscaler in its cluster", async () => {
            const group = (min: number, max: number) =>
                res("aws:eks/nodeGroup:NodeGroup", "payments-pool", { scalingConfig: { minSize: min, maxSize: max, desiredSize: min } }, inCluster);
            const autoscaler = res("kubernetes:helm.sh/v3:Release", "ca", { chart: "cluster-autoscaler" }, inCluster);
            assert.deepEqual(await messages(nodeAutoscalerInstalled(M), [cluster, autoscaler, group(3, 30)]), []);
            assert.deepEqual(await messages(nodeAutoscalerInstalled(M), [cluster, group(3, 3)]), [], "a fixed-size group needs none");
            assert.deepEqual(await messages(nodeAutoscalerInstalled(M), [cluster, group(3, 30)]), [
                "payments-pool may grow from 3 to 30 nodes, but no node autoscaler runs in its cluster, so it never will; install the cluster-autoscaler add-on.",
            ]);
        });
    });

    describe("tags (advisory)", () => {
        it("reports missing cost and ownership tags as advisory", async () => {
            const tags = { environment: "prod", cluster: "c", "managed-by": "pulumi", "cost-center": "cc" };
            assert.deepEqual(
                await messages(requiredTags("advisory"), [res("aws:ec2/vpc:Vpc", "v", { tags }), res("aws:iam/rolePolicy:RolePolicy", "p", {})]),
                [],
            );
            const violations = await evaluatePolicies([requiredTags("advisory")], [res("aws:ec2/vpc:Vpc", "v", { tags: { environment: "prod" } })]);
            assert.deepEqual(
                violations.map((v) => [v.enforcementLevel, v.message]),
                [["advisory", "v (aws:ec2/vpc:Vpc) lacks tag(s) cluster, managed-by, cost-center; pass the cluster's tags."]],
            );
        });
    });
});

describe("offline policy evaluator", () => {
    it("honours enforcement levels from config, disabling and downgrading", async () => {
        const key = res("aws:kms/key:Key", "k", {});
        assert.deepEqual(await evaluatePolicies([kmsKeyRotation(M)], [key], { config: { "kms-key-rotation": { enforcementLevel: "disabled" } } }), []);
        const [violation] = await evaluatePolicies([kmsKeyRotation(M)], [key], { config: { "kms-key-rotation": { enforcementLevel: "advisory" } } });
        assert.equal(violation.enforcementLevel, "advisory");
        assert.equal(violation.urn, key.urn);
    });

    it("supports isType/asType and notApplicable as @pulumi/policy's validateResourceOfType uses them", async () => {
        const seen: unknown[] = [];
        const policy: ResourceValidationPolicy = {
            name: "typed",
            description: "typed",
            enforcementLevel: "mandatory",
            validateResource: validateResourceOfType(aws.kms.Key, (key, _args, report) => {
                seen.push(key.enableKeyRotation);
                if (!key.enableKeyRotation) report("rotate");
            }),
        };
        const violations = await evaluatePolicies([policy], [res("aws:kms/key:Key", "k", { enableKeyRotation: false }), res("aws:ec2/vpc:Vpc", "v", {})]);
        assert.deepEqual(seen, [false], "only the KMS key reached the typed validation");
        assert.deepEqual(
            violations.map((v) => v.message),
            ["rotate"],
        );
    });

    it("gives stack policies parents, providers and dependencies", async () => {
        const parent = res("payments:platform:Cluster", "p", {});
        const child = res(
            "aws:kms/key:Key",
            "k",
            {},
            { parent: parent.urn, provider: "urn:pulumi:test::p::pulumi:providers:aws::prov", dependsOn: [parent.urn] },
        );
        const prov = res("pulumi:providers:aws", "prov", { region: "eu-west-1" });
        let observed: unknown[] = [];
        const policy: StackValidationPolicy = {
            name: "observe",
            description: "observe",
            enforcementLevel: "advisory",
            validateStack: (args) => {
                const key = args.resources.find((r) => r.name === "k");
                observed = [key?.parent?.name, key?.provider?.props.region, key?.dependencies.map((d) => d.name)];
            },
        };
        await evaluatePolicies([policy], [parent, child, prov]);
        assert.deepEqual(observed, ["p", "eu-west-1", ["p"]]);
    });

    for (const stack of ["prod", "staging"] as const) {
        it(`finds no mandatory violation in the ${stack} plan, with every rule of the pack running`, async () => {
            const pack = loadPolicyPack(`${REPO_ROOT}/policy`, stack);
            assert.equal(pack.policies.length, policies().length);
            const environment = await planOf(stack);
            for (const planned of [environment.environment, ...Object.values(environment.clusters)]) {
                const { config } = loadPolicyPack(`${REPO_ROOT}/policy`, planned.plan.stack);
                const violations = await evaluatePolicies(pack.policies, planned.resources, { config });
                assert.deepEqual(
                    violations.filter((v) => v.enforcementLevel === "mandatory"),
                    [],
                    planned.plan.stack,
                );
            }
        });
    }

    it("catches a violation the prod plan would have if a cluster's endpoint went public", async () => {
        const pack = loadPolicyPack(`${REPO_ROOT}/policy`, "prod-usw2");
        const resources = ((await planOf("prod")).clusters["prod-usw2"]?.resources ?? []).map((r) =>
            r.type === "eks:index:Cluster" && r.name.includes("usw2") ? { ...r, inputs: { ...r.inputs, endpointPublicAccess: true } } : r,
        );
        const violations = await evaluatePolicies(pack.policies, resources, { config: pack.config });
        assert.deepEqual(
            violations.map((v) => v.policy),
            ["eks-private-endpoint"],
        );
    });
});
