import type { PolicyDocument } from "../cluster/iam";

/**
 * AWS-owned buckets the nodes read through the S3 gateway endpoint: ECR's image layers (ECR user
 * guide, "Amazon ECR interface VPC endpoints": the `prod-<region>-starport-layer-bucket`) and the
 * SSM agent's buckets (Systems Manager user guide, "Create a VPC endpoint policy for S3").
 */
export function awsOwnedBuckets(region: string): string[] {
    return [
        `prod-${region}-starport-layer-bucket`,
        `aws-ssm-${region}`,
        `amazon-ssm-${region}`,
        `amazon-ssm-packages-${region}`,
        `${region}-birdwatcher-prod`,
        `aws-ssm-distributor-file-${region}`,
        `aws-ssm-document-attachments-${region}`,
        `patch-baseline-snapshot-${region}`,
    ].map((bucket) => `arn:aws:s3:::${bucket}/*`);
}

/**
 * A VPC endpoint's policy in place of the default (any principal, any action, any resource):
 * only this account's principals, so stolen credentials of another account cannot use the
 * endpoint to move data out. S3's gateway also confines resources to the account's buckets and
 * the AWS-owned ones the nodes read. STS also takes AssumeRoleWithWebIdentity, which IRSA calls
 * unsigned (there is no principal yet), for this account's roles only.
 */
export function vpcEndpointPolicy(service: string, accountId: string, region: string): PolicyDocument {
    const ours = { "aws:PrincipalAccount": accountId };
    if (service === "s3")
        return {
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "AccountBuckets",
                    Effect: "Allow",
                    Principal: "*",
                    Action: "*",
                    Resource: "*",
                    Condition: { StringEquals: { ...ours, "aws:ResourceAccount": accountId } },
                },
                {
                    Sid: "AwsOwnedBuckets",
                    Effect: "Allow",
                    Principal: "*",
                    Action: "s3:GetObject",
                    Resource: awsOwnedBuckets(region),
                    Condition: { StringEquals: ours },
                },
            ],
        };
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "AccountPrincipals", Effect: "Allow", Principal: "*", Action: "*", Resource: "*", Condition: { StringEquals: ours } },
            ...(service === "sts"
                ? [
                      {
                          Sid: "WebIdentityToAccountRoles",
                          Effect: "Allow",
                          Principal: "*",
                          Action: "sts:AssumeRoleWithWebIdentity",
                          Resource: `arn:aws:iam::${accountId}:role/*`,
                      },
                  ]
                : []),
        ],
    };
}
