import type { ResourceValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asRecord, describe } from "./util";

/** Resources that take no tags of their own (the provider has no `tags` input for them). */
const UNTAGGABLE =
    /^aws:(backup\/selection|backup\/vaultLockConfiguration|ec2\/route|ec2\/routeTableAssociation|ecr\/(replicationConfiguration|pullThroughCacheRule)|iam\/rolePolicy|iam\/rolePolicyAttachment|kms\/alias|s3\/bucket(Versioning|ServerSideEncryptionConfiguration|PublicAccessBlock|OwnershipControls|LifecycleConfiguration|ObjectLockConfiguration|Policy|ReplicationConfig)|route53\/record|route53recoverycontrol\/routingControl|secretsmanager\/(secretVersion|secretPolicy)|sns\/topicSubscription):/;

/** Whether an AWS resource type takes no tags of its own. */
export function isUntaggable(type: string): boolean {
    return UNTAGGABLE.test(type);
}

export function requiredTags(level: Level): ResourceValidationPolicy {
    return {
        name: "required-tags",
        description: "AWS resources carry the cost and ownership tags.",
        enforcementLevel: level,
        configSchema: { properties: { tags: { type: "array", items: { type: "string" }, default: ["environment", "cluster", "managed-by", "cost-center"] } } },
        validateResource: (args, report) => {
            if (!args.type.startsWith("aws:") || isUntaggable(args.type)) return;
            const tags = asRecord(args.props.tags);
            const missing = args.getConfig<{ tags: string[] }>().tags.filter((tag) => !tags[tag]);
            if (missing.length > 0) report(`${describe(args)} lacks tag(s) ${missing.join(", ")}; pass the cluster's tags.`);
        },
    };
}
