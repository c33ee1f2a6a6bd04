import * as aws from "@pulumi/aws";
import * as eks from "@pulumi/eks";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import type { ClusterSpec } from "../topology/spec";
import type { KeyOwners } from "./kms";
import { platformKey } from "./kms";
import { UPSTREAM_REGISTRIES } from "../images/mirrors";
import {
    CLUSTER_ADMIN_ACCESS_POLICY,
    EKS_CLUSTER_POLICY,
    imageCachePolicy,
    NODE_ROLE_POLICIES,
    secretsKeyPolicy,
    serviceTrustPolicy,
    VIEW_ACCESS_POLICY,
} from "./iam";
import { buildKubeconfig } from "./kubeconfig";
import { REGION_SWITCH_SCALING_POLICY } from "../region-switch/plans";
import { DRILL_GROUP } from "../names";

/** Days KMS waits before deleting the Secrets key: long enough to notice a mistake. */

export interface EksClusterArgs {
    /** The cluster's expanded topology: name, version, control-plane settings. Required. */
    spec: ClusterSpec;
    /** The environment's permissions boundary: the cluster's and the nodes' roles carry it. Required. */
    permissionsBoundary: string;
    /**
     * The cluster region's AWS provider. Required: @pulumi/eks components are remote, and a remote
     * component receives only the providers in its own options, never its parent's.
     */
    awsProvider: aws.Provider;
    /** VPC and private subnets from the cluster's Network. Required. */
    vpcId: pulumi.Input<string>;
    privateSubnetIds: pulumi.Input<string>[];
    /** IAM role given cluster-admin through an EKS access entry. Required. */
    adminRoleArn: string;
    /** The environment's account: the nodes pull through its ECR caches. Required. */
    accountId: string;
    /** Who administers the Secrets key (keyOwners). Required. */
    keyOwners: KeyOwners;
    /**
     * Where `pulumi up` runs from: its role creates the cluster (so EKS bootstraps its admin entry), drives the Kubernetes provider,
     * and its networks are admitted to the API on 443. @default none: the deploying identity, over a public endpoint
     */
    deploy?: { roleArn: string; cidrs: readonly string[] };
    /** The deploy runners' routes into the VPC (the Network's): the Kubernetes provider waits for them. @default none */
    deployRoutes?: readonly pulumi.Resource[];
    /** The role previews run as: view access. @default none */
    preview?: { roleArn: string };
    /** The role DR drills run as: no access policy, only the Kubernetes group the drill's RBAC binds (DRILL_GROUP). @default none */
    drill?: { roleArn: string };
    /**
     * The environment's Region switch execution role: it scales the payment services' Deployments
     * through their HPAs when a plan activates this region (AmazonARCRegionSwitchScalingPolicy,
     * in those namespaces only). @default none (no plans: the environment has no ARC)
     */
    regionSwitch?: { roleArn: string; namespaces: readonly string[] };
    /** Refuse `pulumi destroy` / console deletion of the control plane. @default false */
    deletionProtection?: boolean;
    /** Tags for every AWS resource. Required. */
    tags: Record<string, string>;
}

/**
 * Who may use the cluster's API, and how (EKS access entries): the admin role as cluster admin,
 * the drill's role in its own group, the preview role viewing, and the Region switch plans'
 * role scaling the payment namespaces only. Pure.
 */
function accessEntries(args: Pick<EksClusterArgs, "adminRoleArn" | "drill" | "preview" | "regionSwitch">) {
    return {
        platformAdmin: {
            principalArn: args.adminRoleArn,
            accessPolicies: { clusterAdmin: { policyArn: CLUSTER_ADMIN_ACCESS_POLICY, accessScope: { type: "cluster" } } },
        },
        // No entry for the deploy role: it creates the cluster, and @pulumi/eks 4.3 sets
        // bootstrapClusterCreatorAdminPermissions whenever authenticationMode is set
        // (nodejs/eks/cluster/cluster.ts at v4.3.0), so EKS has already given the
        // creator cluster admin; a second entry fails CreateAccessEntry with 409
        // ResourceInUseException on the first `up` (rule eks-no-creator-access-entry).
        ...(args.drill ? { drill: { principalArn: args.drill.roleArn, kubernetesGroups: [DRILL_GROUP] } } : {}),
        ...(args.preview
            ? {
                  previewer: {
                      principalArn: args.preview.roleArn,
                      accessPolicies: { view: { policyArn: VIEW_ACCESS_POLICY, accessScope: { type: "cluster" } } },
                  },
              }
            : {}),
        ...(args.regionSwitch
            ? {
                  regionSwitch: {
                      principalArn: args.regionSwitch.roleArn,
                      accessPolicies: {
                          scaling: {
                              policyArn: REGION_SWITCH_SCALING_POLICY,
                              accessScope: { type: "namespace", namespaces: [...args.regionSwitch.namespaces] },
                          },
                      },
                  },
              }
            : {}),
    };
}

/**
 * The EKS control plane of one cluster: private endpoint (public only where the class allows
 * it), Secrets envelope-encrypted with a dedicated, rotating KMS key, control-plane logging,
 * API authentication with an access entry for the platform admin role, an OIDC provider for
 * IRSA, no default node group. Also the node IAM role shared by its node pools, and a
 * Kubernetes provider for everything installed into the cluster.
 */
export class EksCluster extends pulumi.ComponentResource {
    readonly clusterName: pulumi.Output<string>;
    readonly endpoint: pulumi.Output<string>;
    readonly oidcProviderArn: pulumi.Output<string>;
    /** OIDC issuer without `https://`, as IAM condition keys want it. */
    readonly oidcIssuer: pulumi.Output<string>;
    readonly nodeRoleArn: pulumi.Output<string>;
    /** Admin kubeconfig for people (assumes the admin role); a secret. */
    readonly kubeconfig: pulumi.Output<string>;
    /** The kubeconfig DR drills use (assumes the drill role), when there is one. */
    readonly drillKubeconfig?: pulumi.Output<string>;
    readonly k8sProvider: k8s.Provider;
    readonly secretsKeyArn: pulumi.Output<string>;
    /** The security group EKS puts on the control plane's ENIs and every managed node (so every pod). */
    readonly clusterSecurityGroupId: pulumi.Output<string>;

    constructor(name: string, args: EksClusterArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:cluster:EksCluster", name, {}, opts);
        const spec = args.spec;

        const { clusterRole, secretsKey, grants } = this.controlPlaneIdentity(name, args);
        const cluster = this.createCluster(name, args, clusterRole, secretsKey.arn, grants);

        const nodeRole = this.nodeRole(name, args);

        this.clusterName = cluster.eksCluster.name;
        this.endpoint = cluster.eksCluster.endpoint;
        this.oidcProviderArn = cluster.oidcProviderArn;
        this.oidcIssuer = cluster.oidcIssuer;
        this.nodeRoleArn = nodeRole.arn;
        this.secretsKeyArn = secretsKey.arn;
        this.clusterSecurityGroupId = cluster.eksCluster.vpcConfig.clusterSecurityGroupId;

        const kubeconfigFor = (roleArn?: string) =>
            pulumi
                .all([cluster.eksCluster.name, cluster.eksCluster.endpoint, cluster.eksCluster.certificateAuthority.data])
                .apply(([clusterName, endpoint, certificateAuthorityData]) =>
                    buildKubeconfig({ clusterName, endpoint, certificateAuthorityData, region: spec.region, roleArn }),
                );
        this.kubeconfig = pulumi.secret(kubeconfigFor(args.adminRoleArn));
        this.drillKubeconfig = args.drill ? pulumi.secret(kubeconfigFor(args.drill.roleArn)) : undefined;
        // The deployer (who created the cluster and so holds admin) drives the provider.
        const deployIngress = this.deployIngress(name, args, cluster.eksCluster.vpcConfig.clusterSecurityGroupId);
        // The provider authenticates as whoever runs Pulumi, assuming no role: `up` runs as the
        // deploy role (the creator, cluster admin), a preview as the preview role (its view
        // entry). Assuming the deploy role from inside it needs a trust policy naming itself, and
        // would give previews admin (rule k8s-provider-assumes-no-role). The kubeconfig holds no
        // credential (a token comes from `aws eks get-token` at each call), so it stays readable.
        // Everything in the cluster waits for the network path to the API.
        this.k8sProvider = new k8s.Provider(
            `${name}-k8s`,
            { kubeconfig: kubeconfigFor(undefined), enableServerSideApply: true },
            { parent: this, dependsOn: [...deployIngress, ...(args.deployRoutes ?? [])] },
        );

        this.registerOutputs({
            // The principal `pulumi up` runs as, which creates the cluster: EKS's bootstrap entry is its access.
            creatorPrincipalArn: args.deploy?.roleArn,
            clusterName: this.clusterName,
            endpoint: this.endpoint,
            oidcProviderArn: this.oidcProviderArn,
            oidcIssuer: this.oidcIssuer,
            nodeRoleArn: this.nodeRoleArn,
            kubeconfig: this.kubeconfig,
            secretsKeyArn: this.secretsKeyArn,
        });
    }

    /** The control plane's own role, made here so its access to the Secrets key is explicit; the key, its alias, and the role's grants. */
    private controlPlaneIdentity(name: string, args: EksClusterArgs): { clusterRole: aws.iam.Role; secretsKey: aws.kms.Key; grants: pulumi.Resource[] } {
        const parent = { parent: this };
        const spec = args.spec;
        const clusterRole = new aws.iam.Role(
            `${name}-cluster-role`,
            { assumeRolePolicy: JSON.stringify(serviceTrustPolicy("eks.amazonaws.com")), permissionsBoundary: args.permissionsBoundary, tags: args.tags },
            parent,
        );
        const secretsKey = platformKey(
            `${name}-secrets-key`,
            {
                description: `Envelope encryption of Kubernetes Secrets in EKS cluster ${spec.name}`,
                owners: args.keyOwners,
                use: { region: spec.region, via: ["eks"] },
                // EKS's control plane uses the key as the cluster role.
                directUsers: [clusterRole.arn],
                tags: { ...args.tags, Name: `${spec.name}-eks-secrets` },
            },
            parent,
        );
        new aws.kms.Alias(`${name}-secrets-key-alias`, { name: `alias/eks/${spec.name}-secrets`, targetKeyId: secretsKey.keyId }, parent);

        const clusterRolePolicy = new aws.iam.RolePolicyAttachment(
            `${name}-cluster-role-policy`,
            { role: clusterRole.name, policyArn: EKS_CLUSTER_POLICY },
            parent,
        );
        const keyGrant = new aws.iam.RolePolicy(
            `${name}-cluster-role-secrets-key`,
            { role: clusterRole.id, policy: secretsKey.arn.apply((arn) => JSON.stringify(secretsKeyPolicy(arn))) },
            parent,
        );

        return { clusterRole, secretsKey, grants: [clusterRolePolicy, keyGrant] };
    }

    /** The nodes' role: the managed policies every node needs, and pulls through its region's image caches. */
    private nodeRole(name: string, args: EksClusterArgs): aws.iam.Role {
        const parent = { parent: this };
        const nodeRole = new aws.iam.Role(
            `${name}-node-role`,
            { assumeRolePolicy: JSON.stringify(serviceTrustPolicy("ec2.amazonaws.com")), permissionsBoundary: args.permissionsBoundary, tags: args.tags },
            parent,
        );
        NODE_ROLE_POLICIES.forEach((policyArn) => {
            const short = policyArn.split("/").pop() ?? policyArn;
            new aws.iam.RolePolicyAttachment(`${name}-node-role-${short}`, { role: nodeRole.name, policyArn }, parent);
        });
        new aws.iam.RolePolicy(
            `${name}-node-role-image-caches`,
            {
                role: nodeRole.id,
                policy: JSON.stringify(
                    imageCachePolicy(
                        args.accountId,
                        args.spec.region,
                        UPSTREAM_REGISTRIES.map((registry) => registry.prefix),
                    ),
                ),
            },
            parent,
        );

        return nodeRole;
    }

    /** The deploy networks reach the (private) API through the cluster security group on 443. */
    private deployIngress(name: string, args: EksClusterArgs, clusterSecurityGroupId: pulumi.Input<string>): aws.vpc.SecurityGroupIngressRule[] {
        const parent = { parent: this };
        return (args.deploy?.cidrs ?? []).map(
            (cidr, i) =>
                new aws.vpc.SecurityGroupIngressRule(
                    `${name}-deploy-ingress-${i}`,
                    {
                        securityGroupId: clusterSecurityGroupId,
                        cidrIpv4: cidr,
                        ipProtocol: "tcp",
                        fromPort: 443,
                        toPort: 443,
                        description: "Kubernetes API from the deploy runners",
                        tags: args.tags,
                    },
                    parent,
                ),
        );
    }

    /** The control plane (@pulumi/eks): private endpoint, Secrets encrypted with its key, API access entries only, every log type, the class's support type. */
    private createCluster(
        name: string,
        args: EksClusterArgs,
        clusterRole: aws.iam.Role,
        secretsKeyArn: pulumi.Output<string>,
        dependsOn: pulumi.Resource[],
    ): eks.Cluster {
        const spec = args.spec;
        const controlPlane = spec.controlPlane;
        return new eks.Cluster(
            `${name}-eks`,
            {
                name: spec.name,
                version: spec.kubernetesVersion,
                vpcId: args.vpcId,
                privateSubnetIds: args.privateSubnetIds,
                endpointPrivateAccess: true,
                endpointPublicAccess: controlPlane.endpointPublicAccess,
                publicAccessCidrs: controlPlane.endpointPublicAccess ? [...controlPlane.publicAccessCidrs] : undefined,
                encryptionConfigKeyArn: controlPlane.secretsEncryption ? secretsKeyArn : undefined,
                enabledClusterLogTypes: [...controlPlane.logging],
                authenticationMode: eks.AuthenticationMode.Api,
                accessEntries: accessEntries(args),
                createOidcProvider: true,
                skipDefaultNodeGroup: true,
                // Node pools use the EKS-managed cluster security group, not the package's legacy ones.
                skipDefaultSecurityGroups: true,
                // vpc-cni, kube-proxy and CoreDNS are EKS managed add-ons with pinned versions (see
                // ManagedAddons), not the package's defaults.
                useDefaultVpcCni: true,
                corednsAddonOptions: { enabled: false },
                kubeProxyAddonOptions: { enabled: false },
                serviceRole: clusterRole,
                deletionProtection: args.deletionProtection ?? false,
                // The class's choice, never EKS's default (EXTENDED): whether EKS upgrades the cluster by
                // itself when its version's standard support ends (STANDARD), or bills extended support.
                upgradePolicy: { supportType: spec.supportType },
                tags: args.tags,
            },
            { parent: this, providers: { aws: args.awsProvider }, dependsOn },
        );
    }
}
