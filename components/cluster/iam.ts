/**
 * IAM policy documents as pure functions, so trust relationships can be asserted in tests
 * without a cloud. Documents are plain objects; callers `JSON.stringify` them.
 */

export interface PolicyDocument {
    Version: "2012-10-17";
    Statement: Array<Record<string, unknown>>;
}

/**
 * The AWS account an environment lives in: its deploy role's (or, without one, its admin role's).
 * Cluster stacks' providers allow only this account, so credentials of another environment fail
 * before any change.
 */
export function environmentAccount(spec: { deploy?: { roleArn: string }; adminRoleArn: string }): string {
    const arn = spec.deploy?.roleArn ?? spec.adminRoleArn;
    const account = arn.split(":")[4];
    if (!account || !/^\d{12}$/.test(account)) throw new Error(`${arn}: not an IAM role ARN with an account ID`);
    return account;
}

/** The permissions boundary's name: one customer-managed policy per environment, made by its stack. */
export function permissionsBoundaryName(environment: string): string {
    return `payments-${environment}-boundary`;
}

/** Whether a managed policy's name is an environment's permissions boundary's. */
export function isPermissionsBoundaryName(name: string): boolean {
    return /^payments-[a-z0-9-]+-boundary$/.test(name);
}

/** Its ARN, known from config (the account and the environment): cluster stacks name it without reading another stack. */
export function permissionsBoundaryArn(accountId: string, environment: string): string {
    return `arn:aws:iam::${accountId}:policy/${permissionsBoundaryName(environment)}`;
}

/**
 * The ceiling of every role the platform makes (its permissions boundary): whatever a role's own
 * policies grant, it can never change identities (so a compromised controller cannot make itself
 * or anyone an administrator), leave the organisation, destroy keys, unlock or empty the backups'
 * vaults and buckets, or stop the audit trail. Service-linked roles stay creatable: EKS and ELB
 * make theirs on first use.
 */
export function permissionsBoundaryPolicy(): PolicyDocument {
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "WithinTheirOwnPolicies", Effect: "Allow", Action: "*", Resource: "*" },
            {
                Sid: "NoIdentityChanges",
                Effect: "Deny",
                Action: [
                    "iam:AddUserToGroup",
                    "iam:AttachGroupPolicy",
                    "iam:AttachRolePolicy",
                    "iam:AttachUserPolicy",
                    "iam:CreateAccessKey",
                    "iam:CreateLoginProfile",
                    "iam:CreatePolicy",
                    "iam:CreatePolicyVersion",
                    "iam:CreateRole",
                    "iam:CreateUser",
                    "iam:DeleteRolePermissionsBoundary",
                    "iam:DeleteUserPermissionsBoundary",
                    "iam:PutGroupPolicy",
                    "iam:PutRolePermissionsBoundary",
                    "iam:PutRolePolicy",
                    "iam:PutUserPermissionsBoundary",
                    "iam:PutUserPolicy",
                    "iam:SetDefaultPolicyVersion",
                    "iam:UpdateAssumeRolePolicy",
                    "iam:UpdateLoginProfile",
                    "organizations:*",
                    "account:*",
                ],
                Resource: "*",
            },
            {
                Sid: "NoDestroyingTheRecovery",
                Effect: "Deny",
                Action: [
                    "kms:ScheduleKeyDeletion",
                    "kms:DisableKey",
                    "kms:PutKeyPolicy",
                    "backup:DeleteBackupVault",
                    "backup:DeleteBackupVaultLockConfiguration",
                    "backup:DeleteRecoveryPoint",
                    "backup:PutBackupVaultAccessPolicy",
                    "s3:BypassGovernanceRetention",
                    "s3:DeleteBucketPolicy",
                    "s3:PutBucketObjectLockConfiguration",
                    "s3:PutBucketPolicy",
                    "cloudtrail:DeleteTrail",
                    "cloudtrail:StopLogging",
                ],
                Resource: "*",
            },
        ],
    };
}

/**
 * Trust for an AWS service principal, e.g. `ec2.amazonaws.com`. With `source`, only on behalf of
 * this account (`aws:SourceAccount`) and, with `arn`, of the resources it matches
 * (`aws:SourceArn`): the confused-deputy guard AWS documents for services acting for resources.
 */
export function serviceTrustPolicy(service: string, source?: { account: string; arn?: string }): PolicyDocument {
    const condition = source
        ? { Condition: { StringEquals: { "aws:SourceAccount": source.account }, ...(source.arn ? { ArnLike: { "aws:SourceArn": source.arn } } : {}) } }
        : {};
    return { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole", ...condition }] };
}

/**
 * IRSA trust: only the named service account of this cluster's OIDC provider may assume the
 * role. `issuerUrl` may carry its `https://` scheme; IAM condition keys are written without it.
 */
export function irsaTrustPolicy(oidcProviderArn: string, issuerUrl: string, namespace: string, serviceAccount: string): PolicyDocument {
    const issuer = issuerUrl.replace(/^https:\/\//, "");
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Principal: { Federated: oidcProviderArn },
                Action: "sts:AssumeRoleWithWebIdentity",
                Condition: {
                    StringEquals: {
                        [`${issuer}:sub`]: `system:serviceaccount:${namespace}:${serviceAccount}`,
                        [`${issuer}:aud`]: "sts.amazonaws.com",
                    },
                },
            },
        ],
    };
}

/**
 * AWS-managed policies a managed node group's instance role needs, and SSM instead of SSH. ECR's
 * PullOnly (not ReadOnly): pulls, including an image's first import through a pull-through cache
 * (`ecr:BatchImportUpstreamImage`), and nothing that lists or describes the registry.
 */
export const NODE_ROLE_POLICIES = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
] as const;

/**
 * What a node needs beyond PullOnly to pull an image through its region's caches the first time:
 * ECR creates the cache's repository as the puller (Amazon ECR user guide, "IAM permissions
 * required to sync an upstream registry"), in the caches' prefixes of its own region only.
 */
export function imageCachePolicy(accountId: string, region: string, prefixes: readonly string[]): PolicyDocument {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "CreateCacheRepositories",
                Effect: "Allow",
                Action: ["ecr:CreateRepository"],
                Resource: prefixes.map((prefix) => `arn:aws:ecr:${region}:${accountId}:repository/${prefix}/*`),
            },
        ],
    };
}

/** The VPC CNI's policy, on its own IRSA role (AWS: "Configure the Amazon VPC CNI plugin to use IRSA"), not the nodes'. */
export const VPC_CNI_POLICY = "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy";

/** The AWS-managed policy an EKS cluster's service role needs. */
export const EKS_CLUSTER_POLICY = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";

/** What EKS needs of the Secrets key to envelope-encrypt (AWS: "Encrypt Kubernetes secrets with KMS"). */
export function secretsKeyPolicy(keyArn: string): PolicyDocument {
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "EnvelopeEncryptSecrets", Effect: "Allow", Action: ["kms:Encrypt", "kms:Decrypt", "kms:ListGrants", "kms:DescribeKey"], Resource: keyArn },
        ],
    };
}

export const EBS_CSI_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy";

/**
 * Every AWS-managed policy the platform attaches, and the only ones it may: each grants a whole
 * service's API, so anything else is a customer-managed policy scoped to what it needs (the rule
 * `aws-managed-policies-allowed`; services' `iamPolicyArns` take customer-managed policies only).
 */
/** AWS's managed policy for AWS Backup's service role: it snapshots what a backup selection names. */
export const AWS_BACKUP_SERVICE_POLICY = "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup";
export const PLATFORM_MANAGED_POLICIES: readonly string[] = [
    ...NODE_ROLE_POLICIES,
    VPC_CNI_POLICY,
    EKS_CLUSTER_POLICY,
    EBS_CSI_POLICY,
    AWS_BACKUP_SERVICE_POLICY,
];
export const CLUSTER_ADMIN_ACCESS_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";
/** Read-only access to every namespace, for previews. */
export const VIEW_ACCESS_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy";

/** Where this platform's secrets live in Secrets Manager: one prefix per environment. */
export function secretPathPrefix(project: string, environment: string): string {
    return `${project}/${environment}/`;
}

/**
 * Read access to exactly the named secrets, in one region (`-??????`: the six characters Secrets
 * Manager appends to a secret's ARN), and KMS decrypt only when Secrets Manager asks on the
 * caller's behalf. Never a path prefix: the mesh root CA's key shares the platform's path.
 */
export function secretsReadPolicy(region: string, accountId: string, names: readonly string[]): PolicyDocument {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ReadPlatformSecrets",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret", "secretsmanager:ListSecretVersionIds"],
                Resource: [...names].sort().map((name) => `arn:aws:secretsmanager:${region}:${accountId}:secret:${name}-??????`),
            },
            {
                Sid: "DecryptThroughSecretsManager",
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: "*",
                Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${region}.amazonaws.com` } },
            },
        ],
    };
}

/** Velero's access: its own bucket read-write, an optional replica bucket read-only (and its key to decrypt), the backup key, EBS snapshots. */
export function veleroPolicy(bucketArn: string, keyArn: string, replica?: { bucketArn: string; keyArn: string }): PolicyDocument {
    const statements: Array<Record<string, unknown>> = [
        {
            Sid: "Snapshots",
            Effect: "Allow",
            Action: ["ec2:DescribeVolumes", "ec2:DescribeSnapshots", "ec2:CreateTags", "ec2:CreateVolume", "ec2:CreateSnapshot"],
            Resource: "*",
        },
        {
            // Only Velero's own snapshots: Velero tags each with the backup it belongs to
            // (`velero.io/backup`), so a compromised Velero cannot delete the account's others.
            Sid: "DeleteOwnSnapshots",
            Effect: "Allow",
            Action: "ec2:DeleteSnapshot",
            Resource: "*",
            Condition: { StringLike: { "aws:ResourceTag/velero.io/backup": "*" } },
        },
        {
            Sid: "BackupObjects",
            Effect: "Allow",
            Action: ["s3:GetObject", "s3:DeleteObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            Resource: `${bucketArn}/*`,
        },
        { Sid: "BackupBucket", Effect: "Allow", Action: ["s3:ListBucket"], Resource: bucketArn },
        { Sid: "BackupKey", Effect: "Allow", Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"], Resource: keyArn },
    ];
    if (replica) {
        statements.push(
            { Sid: "ReplicaObjects", Effect: "Allow", Action: ["s3:GetObject"], Resource: `${replica.bucketArn}/*` },
            { Sid: "ReplicaBucket", Effect: "Allow", Action: ["s3:ListBucket"], Resource: replica.bucketArn },
            { Sid: "ReplicaKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:DescribeKey"], Resource: replica.keyArn },
        );
    }
    return { Version: "2012-10-17", Statement: statements };
}

/**
 * The node autoscaler's access (the cluster-autoscaler AWS guide's least-privilege policy): read
 * every node group, and change the size of, or terminate instances in, only the Auto Scaling
 * groups EKS tags as this cluster's (`k8s.io/cluster-autoscaler/<cluster>: owned`, which managed
 * node groups carry).
 */
export function clusterAutoscalerPolicy(clusterName: string): PolicyDocument {
    return {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "Discover",
                Effect: "Allow",
                Action: [
                    "autoscaling:DescribeAutoScalingGroups",
                    "autoscaling:DescribeAutoScalingInstances",
                    "autoscaling:DescribeLaunchConfigurations",
                    "autoscaling:DescribeScalingActivities",
                    "autoscaling:DescribeTags",
                    "ec2:DescribeImages",
                    "ec2:DescribeInstanceTypes",
                    "ec2:DescribeLaunchTemplateVersions",
                    "ec2:GetInstanceTypesFromInstanceRequirements",
                    "eks:DescribeNodegroup",
                ],
                Resource: "*",
            },
            {
                Sid: "ScaleOwnGroups",
                Effect: "Allow",
                Action: ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"],
                Resource: "*",
                Condition: { StringEquals: { [`aws:ResourceTag/k8s.io/cluster-autoscaler/${clusterName}`]: "owned" } },
            },
        ],
    };
}

/**
 * Writing only some records of one zone (Route 53's IAM guide, "normalized record names"): the
 * records of these names and this type, the change's status, and reading the zone's records back.
 */
function namedRecordsPolicy(zoneId: string, sid: string, type: "TXT" | "NS", names: readonly string[]): PolicyDocument {
    const zone = `arn:aws:route53:::hostedzone/${zoneId}`;
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "ChangeStatus", Effect: "Allow", Action: "route53:GetChange", Resource: "arn:aws:route53:::change/*" },
            {
                Sid: sid,
                Effect: "Allow",
                Action: "route53:ChangeResourceRecordSets",
                Resource: zone,
                Condition: {
                    "ForAllValues:StringEquals": {
                        "route53:ChangeResourceRecordSetsRecordTypes": [type],
                        "route53:ChangeResourceRecordSetsNormalizedRecordNames": names.map((name) => name.toLowerCase()),
                    },
                },
            },
            { Sid: "ReadRecords", Effect: "Allow", Action: "route53:ListResourceRecordSets", Resource: zone },
        ],
    };
}

/**
 * cert-manager's DNS-01 access (its Route 53 guide): in one zone, only the TXT challenge records of
 * the hosts this cluster's certificates name (`_acme-challenge.<host>`), and the change status.
 * The issuer names the zone (`hostedZoneID`), so no zone lookup (`ListHostedZonesByName`).
 */
export function certManagerDnsPolicy(zoneId: string, hosts: readonly string[]): PolicyDocument {
    return namedRecordsPolicy(
        zoneId,
        "ChallengeRecords",
        "TXT",
        hosts.map((host) => `_acme-challenge.${host}`),
    );
}

/** The role another environment assumes to write its zone's delegation in this one's zone: named after the child zone's first label. */
export function delegationRoleName(childZone: string): string {
    return `payments-dns-delegation-${childZone.split(".")[0]}`;
}

/** What a child zone's delegation needs of its parent zone: the NS records of exactly that name, nothing else of the zone. */
export function delegationPolicy(zoneId: string, childZone: string): PolicyDocument {
    return namedRecordsPolicy(zoneId, "DelegationRecords", "NS", [childZone]);
}
