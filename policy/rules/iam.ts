import type { StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { asRecord, iamList, iamStatements, resourcesOfType, trustsService } from "./util";

/**
 * Service principals whose role trust AWS documents with a confused-deputy guard
 * (`aws:SourceAccount`/`aws:SourceArn`): VPC user guide, "IAM role for publishing flow logs to
 * CloudWatch Logs". Not listed, deliberately: roles AWS documents with a plain trust (ARC Region
 * switch's execution role, S3 replication, AWS Backup, EKS, EC2, Lambda). A source condition a
 * service does not send makes the role unassumable, found only when the service needs it (ARC's,
 * in an outage), and each of those roles is handed to the service with iam:PassRole, which
 * another account cannot do.
 */
export const CONFUSED_DEPUTY_SERVICES = ["vpc-flow-logs.amazonaws.com"] as const;

const SOURCE_KEYS = ["aws:SourceAccount", "aws:SourceArn", "aws:SourceOrgID"];

/** Roles that services assume for a customer's resource are guarded against the confused deputy. */
export function serviceRolesGuarded(level: Level): StackValidationPolicy {
    return {
        name: "service-roles-guarded",
        description: "Roles trusted by services acting for a resource carry aws:SourceAccount or aws:SourceArn.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const role of resourcesOfType(args, "aws:iam/role:Role")) {
                for (const statement of iamStatements(role.props.assumeRolePolicy)) {
                    if (statement.Effect !== "Allow") continue;
                    const services = iamList(asRecord(statement.Principal).Service).filter((service) =>
                        (CONFUSED_DEPUTY_SERVICES as readonly string[]).includes(service),
                    );
                    const guarded = Object.values(asRecord(statement.Condition)).some((test) =>
                        Object.keys(asRecord(test)).some((key) => SOURCE_KEYS.includes(key)),
                    );
                    if (services.length > 0 && !guarded)
                        report(
                            `${role.name} trusts ${services.join(", ")} with no aws:SourceAccount or aws:SourceArn condition: the service would assume it for another account's resource; add them (serviceTrustPolicy's source).`,
                            role.urn,
                        );
                }
            }
        },
    };
}

/**
 * The VPC CNI's policy is on its own IRSA role, never the nodes': on the node role every pod that
 * reaches the instance metadata could create and attach network interfaces (AWS: "Configure the
 * Amazon VPC CNI plugin to use IRSA").
 */
export function cniPolicyOffTheNodes(level: Level): StackValidationPolicy {
    return {
        name: "cni-policy-off-the-nodes",
        description: "AmazonEKS_CNI_Policy is attached to the CNI's IRSA role, not to a node (EC2) role.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const roles = resourcesOfType(args, "aws:iam/role:Role");
            for (const attachment of resourcesOfType(args, "aws:iam/rolePolicyAttachment:RolePolicyAttachment")) {
                if (!String(attachment.props.policyArn ?? "").endsWith(":policy/AmazonEKS_CNI_Policy")) continue;
                const role = roles.find((candidate) => attachment.dependencies.some((dependency) => dependency.urn === candidate.urn));
                if (trustsService(role, "ec2.amazonaws.com"))
                    report(
                        `${attachment.name} gives the nodes' role AmazonEKS_CNI_Policy: every pod that reaches the instance metadata could manage network interfaces; give it to the CNI's IRSA role (NodeNetworking).`,
                        attachment.urn,
                    );
            }
        },
    };
}
