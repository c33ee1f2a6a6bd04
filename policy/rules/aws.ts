import type { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { PLATFORM_MANAGED_POLICIES } from "../../components/cluster/iam";
import type { Level, Props } from "./util";
import { asArray, asRecord, describe, resourcesOfType } from "./util";

const BUCKET = "aws:s3/bucket:Bucket";

/** S3 buckets (configured through companion resources in aws v7) are encrypted, versioned and private. */
export function s3BucketsHardened(level: Level): StackValidationPolicy {
    return {
        name: "s3-buckets-hardened",
        description: "S3 buckets have KMS encryption, versioning and a full public access block.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const forBucket = (type: string, bucket: Props) =>
                resourcesOfType(args, type).filter((r) => r.props.bucket === bucket.bucket || r.props.bucket === bucket.id);
            for (const bucket of resourcesOfType(args, BUCKET)) {
                const name = `${bucket.name} (${BUCKET})`;
                const encryption = forBucket("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", bucket.props);
                const sse = asArray(encryption[0]?.props.rules).map((rule) => asRecord(asRecord(rule).applyServerSideEncryptionByDefault).sseAlgorithm);
                if (!sse.includes("aws:kms"))
                    report(`${name} is not encrypted with KMS; add a BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms".`, bucket.urn);
                const versioning = forBucket("aws:s3/bucketVersioning:BucketVersioning", bucket.props);
                if (asRecord(versioning[0]?.props.versioningConfiguration).status !== "Enabled")
                    report(`${name} is not versioned; add a BucketVersioning with status "Enabled".`, bucket.urn);
                const block = forBucket("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", bucket.props)[0]?.props ?? {};
                if (!(block.blockPublicAcls && block.blockPublicPolicy && block.ignorePublicAcls && block.restrictPublicBuckets)) {
                    report(`${name} can be made public; add a BucketPublicAccessBlock with all four settings true.`, bucket.urn);
                }
            }
        },
    };
}

export function kmsKeyRotation(level: Level): ResourceValidationPolicy {
    return {
        name: "kms-key-rotation",
        description: "KMS keys rotate their key material yearly.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type === "aws:kms/key:Key" && args.props.enableKeyRotation !== true)
                report(`${describe(args)} does not rotate; set enableKeyRotation: true.`);
        },
    };
}

const OPEN = ["0.0.0.0/0", "::/0"];

/** Every way an ingress rule can open a port range to the internet: ranges that are not all allowed. */
function openPortsViolation(from: number, to: number, allowed: number[]): boolean {
    if (from === -1 || to === -1 || to - from > 1000) return true;
    for (let port = from; port <= to; port++) if (!allowed.includes(port)) return true;
    return false;
}

export function noOpenIngress(level: Level): ResourceValidationPolicy {
    return {
        name: "no-open-ingress",
        description: "Security groups admit the internet only on the gateway load balancer's ports.",
        enforcementLevel: level,
        configSchema: { properties: { allowedPorts: { type: "array", items: { type: "number" }, default: [80, 443] } } },
        validateResource: (args, report) => {
            const allowed = args.getConfig<{ allowedPorts: number[] }>().allowedPorts;
            const rules: Props[] =
                args.type === "aws:ec2/securityGroup:SecurityGroup" || args.type === "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
                    ? asArray(args.props.ingress).map(asRecord)
                    : args.type === "aws:ec2/securityGroupRule:SecurityGroupRule" && args.props.type === "ingress"
                      ? [args.props]
                      : args.type === "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
                        ? [{ ...args.props, cidrBlocks: [args.props.cidrIpv4, args.props.cidrIpv6] }]
                        : [];
            for (const rule of rules) {
                const cidrs = [...asArray(rule.cidrBlocks), ...asArray(rule.ipv6CidrBlocks)];
                if (!cidrs.some((cidr) => OPEN.includes(String(cidr)))) continue;
                const from = Number(rule.fromPort ?? -1);
                const to = Number(rule.toPort ?? from);
                if (openPortsViolation(from, to, allowed)) {
                    report(
                        `${describe(args)} opens ports ${from}-${to} to the internet; only ${allowed.join(", ")} may be, through the gateway's load balancer. Narrow the CIDRs.`,
                    );
                }
            }
        },
    };
}

/** A provider input that Pulumi may hand over as a JSON string (lists on provider resources). */
function listInput(value: unknown): unknown[] {
    if (typeof value === "string") {
        try {
            return asArray(JSON.parse(value));
        } catch {
            return [value];
        }
    }
    return asArray(value);
}

/**
 * Every AWS provider works in its environment's account only (`allowedAccountIds`, config
 * `accountId`: the stack's environment's), so credentials of another environment (staging's
 * job given prod's role) fail before any change instead of building in the wrong account. A
 * provider that makes no start-up call (`skipRequestingAccountId`, the environment stack's: a
 * lost region must not stop it) cannot check an account; the apply job checks its credentials'
 * account instead (tools/rollout-checks/account.sh).
 */
export function awsProvidersPinAccount(level: Level): StackValidationPolicy {
    return {
        name: "aws-providers-pin-account",
        description: "Every AWS provider that looks up its account allows only the environment's (allowedAccountIds).",
        enforcementLevel: level,
        configSchema: { properties: { accountId: { type: "string", default: "" } } },
        validateStack: (args, report) => {
            const { accountId } = args.getConfig<{ accountId: string }>();
            for (const provider of resourcesOfType(args, "pulumi:providers:aws")) {
                if (provider.props.skipRequestingAccountId === true || provider.props.skipRequestingAccountId === "true") continue;
                const allowed = listInput(provider.props.allowedAccountIds).map(String);
                if (allowed.length === 0)
                    report(`${provider.name} can act in any account its credentials reach; set allowedAccountIds to the environment's account.`, provider.urn);
                else if (accountId && (allowed.length !== 1 || allowed[0] !== accountId))
                    report(`${provider.name} allows account(s) ${allowed.join(", ")}; this stack's environment is account ${accountId} alone.`, provider.urn);
            }
        },
    };
}

/**
 * Only the AWS-managed policies the platform needs are attached (config `allowed`, by default
 * PLATFORM_MANAGED_POLICIES): each grants a whole service's API, and `AdministratorAccess` on a
 * payment service's role would pass every other rule. Customer-managed policies are not judged here.
 */
export function awsManagedPoliciesAllowed(level: Level): StackValidationPolicy {
    return {
        name: "aws-managed-policies-allowed",
        description: "Roles carry only the AWS-managed policies on the allow-list; anything else is a scoped customer-managed policy.",
        enforcementLevel: level,
        configSchema: { properties: { allowed: { type: "array", items: { type: "string" }, default: [...PLATFORM_MANAGED_POLICIES] } } },
        validateStack: (args, report) => {
            const { allowed } = args.getConfig<{ allowed: string[] }>();
            for (const attachment of resourcesOfType(args, "aws:iam/rolePolicyAttachment:RolePolicyAttachment")) {
                const arn = String(attachment.props.policyArn ?? "");
                if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn) && !allowed.includes(arn))
                    report(
                        `${attachment.name} attaches the AWS-managed ${arn}, which is not on the allow-list; attach a customer-managed policy scoped to what the role needs.`,
                        attachment.urn,
                    );
            }
        },
    };
}

/**
 * Every role the platform makes carries the environment's permissions boundary: whatever its own
 * policies grant (an AWS-managed policy attached by mistake, a widened statement), it can never
 * change identities or destroy the recovery (permissionsBoundaryPolicy). A boundary still unknown
 * in a first preview shows as the role's dependency on the policy its stack makes.
 */
export function rolesBounded(level: Level): StackValidationPolicy {
    return {
        name: "roles-bounded",
        description: "Every IAM role carries a permissions boundary.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const role of resourcesOfType(args, "aws:iam/role:Role")) {
                const bounded = Boolean(role.props.permissionsBoundary) || role.dependencies.some((dependency) => dependency.type === "aws:iam/policy:Policy");
                if (!bounded)
                    report(
                        `${role.name} has no permissions boundary: its policies are its only ceiling; set permissionsBoundary to the environment's (permissionsBoundaryArn).`,
                        role.urn,
                    );
            }
        },
    };
}
