import { createHash } from "crypto";
import type { InvokeMock, ResourceMock, ResourceMockContext } from "../offline-plan/mock-cloud";
import { MOCK_ACCOUNT_ID } from "../offline-plan/mock-cloud";

/** Canonical hosted zones of network load balancers, per region (for alias records). */
const NLB_ZONE_IDS: Record<string, string> = {
    "us-east-1": "Z26RNL4JYFTOTI",
    "us-east-2": "ZLMOA37VPKANP",
    "us-west-1": "Z24FKFUX50B4VW",
    "us-west-2": "Z18D5FSROUN65G",
    "eu-west-1": "Z2IFOLAFXWLO4F",
    "eu-central-1": "Z3F0SRJ5LGBH90",
};

function digestOf(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}

/** Availability Zones per region, as AWS lists them (a region not listed has three). */
const ZONE_COUNTS: Record<string, number> = { "us-east-1": 6, "us-west-2": 4, "us-west-1": 2 };

/** `us-east-1` → `use1`, `ap-southeast-2` → `apse2`: how AWS prefixes a region's zone IDs. */
export function zoneIdPrefix(region: string): string {
    const parts = region.split("-");
    const number = parts.pop();
    const [country, ...directions] = parts;
    const short: Record<string, string> = { northeast: "ne", southeast: "se", northwest: "nw", southwest: "sw" };
    return `${country}${directions.map((direction) => short[direction] ?? direction[0]).join("")}${number}`;
}

const str = (value: unknown, fallback: string): string => (typeof value === "string" ? value : fallback);

const NODE_GROUP = "aws:eks/nodeGroup:NodeGroup";
const EKS_CLUSTER = "eks:index:Cluster";

/** A node group's name as EKS gives it: the fixed name, or the prefix and a unique suffix. */
function nodeGroupNameOf(inputs: Record<string, unknown>, hash: string): string {
    return str(inputs.nodeGroupName, `${str(inputs.nodeGroupNamePrefix, "ng-")}${hash.slice(0, 12)}`);
}

/** The EKS API's reads, answered from what the stack's last plan created (the cloud after its last `up`). */
const eksReads: Record<string, InvokeMock> = {
    "aws:eks/getCluster:getCluster": (inputs, region, { previous }) => {
        const name = str(inputs.name, "");
        const found = previous?.resources.find((r) => r.type === EKS_CLUSTER && (r.inputs as Record<string, unknown>).name === name);
        // The provider's own error for a cluster that does not exist.
        if (!found) throw new Error(`reading EKS Cluster (${name}): couldn't find resource`);
        const cluster = found.inputs as Record<string, unknown>;
        return {
            id: name,
            name,
            arn: `arn:aws:eks:${region}:${MOCK_ACCOUNT_ID}:cluster/${name}`,
            version: cluster.version,
            // A plan is an `up` that finished: nothing is still updating.
            status: "ACTIVE",
            platformVersion: "eks.1",
            region,
            tags: cluster.tags ?? {},
        };
    },
    "aws:eks/getNodeGroups:getNodeGroups": (inputs, region, { previous }) => {
        const clusterName = str(inputs.clusterName, "");
        // ListNodegroups of a cluster that does not exist: the provider's error.
        if (!previous?.resources.some((r) => r.type === EKS_CLUSTER && (r.inputs as Record<string, unknown>).name === clusterName))
            throw new Error(`reading EKS Node Groups (${clusterName}): couldn't find resource`);
        const names = previous.resources
            .filter((r) => r.type === NODE_GROUP)
            .map((r) => nodeGroupNameOf(r.inputs as Record<string, unknown>, digestOf(`${previous.stack}/${NODE_GROUP}/${r.name}`)));
        return { id: clusterName, clusterName, names, region };
    },
    "aws:eks/getNodeGroup:getNodeGroup": (inputs, region, { previous }) => {
        const clusterName = str(inputs.clusterName, "");
        const nodeGroupName = str(inputs.nodeGroupName, "");
        const found = previous?.resources.find(
            (r) =>
                r.type === NODE_GROUP &&
                nodeGroupNameOf(r.inputs as Record<string, unknown>, digestOf(`${previous.stack}/${NODE_GROUP}/${r.name}`)) === nodeGroupName,
        );
        if (!found) throw new Error(`reading EKS Node Group (${clusterName}:${nodeGroupName}): couldn't find resource`);
        const group = found.inputs as Record<string, unknown>;
        return {
            id: `${clusterName}:${nodeGroupName}`,
            clusterName,
            nodeGroupName,
            version: group.version,
            status: "ACTIVE",
            region,
            tags: group.tags ?? {},
        };
    },
};

/** AWS invokes the platform makes while planning. */
export const awsInvokes: Record<string, InvokeMock> = {
    "aws:index/getAvailabilityZones:getAvailabilityZones": (_inputs, region) => {
        // As in a real account: names in order, each mapped to a zone ID by an account-specific
        // shuffle (here a rotation), so that choosing by name is not choosing by ID.
        const count = ZONE_COUNTS[region] ?? 3;
        const rotation = parseInt(createHash("sha256").update(`${MOCK_ACCOUNT_ID}/${region}`).digest("hex").slice(0, 8), 16) % count;
        const indexes = Array.from({ length: count }, (_, i) => i);
        return {
            id: region,
            names: indexes.map((i) => `${region}${String.fromCharCode(97 + i)}`),
            zoneIds: indexes.map((i) => `${zoneIdPrefix(region)}-az${((i + rotation) % count) + 1}`),
            groupNames: [region],
            state: "available",
        };
    },
    "aws:index/getCallerIdentity:getCallerIdentity": () => ({
        accountId: "123456789012",
        arn: "arn:aws:iam::123456789012:user/offline-plan",
        id: "123456789012",
        userId: "AIDAOFFLINEPLAN",
    }),
    "aws:index/getPartition:getPartition": () => ({ partition: "aws", dnsSuffix: "amazonaws.com", id: "aws", reverseDnsPrefix: "com.amazonaws" }),
    "aws:route53/getZone:getZone": (inputs) => {
        const name = String(inputs.name ?? "example.com");
        const zoneId = `Z${digestOf(name).slice(0, 20).toUpperCase()}`;
        return {
            id: zoneId,
            zoneId,
            name,
            nameServers: [1, 2, 3, 4].map((i) => `ns-${i}.awsdns-${i}.net`),
            privateZone: false,
            arn: `arn:aws:route53:::hostedzone/${zoneId}`,
        };
    },
    "aws:lb/getLoadBalancer:getLoadBalancer": (inputs, region) => {
        const tags = (inputs.tags ?? {}) as Record<string, string>;
        const hash = digestOf(`${region}/${JSON.stringify(tags)}`);
        const name = `k8s-${hash.slice(0, 8)}`;
        return {
            id: `arn:aws:elasticloadbalancing:${region}:123456789012:loadbalancer/net/${name}/${hash.slice(8, 24)}`,
            arn: `arn:aws:elasticloadbalancing:${region}:123456789012:loadbalancer/net/${name}/${hash.slice(8, 24)}`,
            name,
            dnsName: `${name}-${hash.slice(24, 40)}.elb.${region}.amazonaws.com`,
            zoneId: NLB_ZONE_IDS[region] ?? "Z26RNL4JYFTOTI",
            loadBalancerType: "network",
            internal: false,
            tags,
        };
    },
    "aws:index/getRegion:getRegion": (_inputs, region) => ({ name: region, region, id: region, endpoint: `ec2.${region}.amazonaws.com`, description: region }),
    ...eksReads,
};

/** `arn:aws:<service>:<region>:<account>:<resource>` for the mocked resource. */
export function arn(ctx: ResourceMockContext, service: string, resource: string, global = false): string {
    return `arn:aws:${service}:${global ? "" : ctx.region}:${ctx.account}:${resource}`;
}

/** An EC2-style id: a prefix and 17 hex digits derived from the resource's identity. */
export function ec2Id(ctx: ResourceMockContext, prefix: string): string {
    return `${prefix}-0${ctx.hash.slice(0, 16)}`;
}

/**
 * Aurora: identifiers are the names given; endpoints carry the account's per-region suffix
 * (`cluster-<suffix>`, the same for every cluster of the account in the region), as RDS makes them.
 */
function rdsResources(): Record<string, ResourceMock> {
    const suffix = (region: string) => digestOf(`${MOCK_ACCOUNT_ID}/${region}/rds`).slice(0, 12);
    return {
        "aws:rds/globalCluster:GlobalCluster": (ctx) => {
            const id = str(ctx.inputs.globalClusterIdentifier, ctx.name);
            return {
                id,
                state: {
                    arn: `arn:aws:rds::${ctx.account}:global-cluster:${id}`,
                    endpoint: `${id}.global-${digestOf(`${ctx.account}/global`).slice(0, 12)}.global.rds.amazonaws.com`,
                    globalClusterResourceId: `cluster-${ctx.hash.slice(0, 26).toUpperCase()}`,
                },
            };
        },
        "aws:rds/cluster:Cluster": (ctx) => {
            const id = str(ctx.inputs.clusterIdentifier, ctx.name);
            return {
                id,
                state: {
                    arn: arn(ctx, "rds", `cluster:${id}`),
                    endpoint: `${id}.cluster-${suffix(ctx.region)}.${ctx.region}.rds.amazonaws.com`,
                    readerEndpoint: `${id}.cluster-ro-${suffix(ctx.region)}.${ctx.region}.rds.amazonaws.com`,
                    clusterResourceId: `cluster-${ctx.hash.slice(0, 26).toUpperCase()}`,
                    port: 5432,
                    // What RDS runs: the version asked for (a member joins at its global cluster's).
                    engineVersionActual: str(ctx.inputs.engineVersion, ""),
                },
            };
        },
        "aws:rds/clusterInstance:ClusterInstance": (ctx) => {
            const id = str(ctx.inputs.identifier, ctx.name);
            return { id, state: { arn: arn(ctx, "rds", `db:${id}`), endpoint: `${id}.${suffix(ctx.region)}.${ctx.region}.rds.amazonaws.com`, port: 5432 } };
        },
        "aws:rds/subnetGroup:SubnetGroup": (ctx) => {
            const id = str(ctx.inputs.name, ctx.name);
            return { id, state: { arn: arn(ctx, "rds", `subgrp:${id}`) } };
        },
        "aws:rds/clusterParameterGroup:ClusterParameterGroup": (ctx) => {
            const id = str(ctx.inputs.name, ctx.name);
            return { id, state: { arn: arn(ctx, "rds", `cluster-pg:${id}`) } };
        },
    };
}

/** A stable UUID-shaped id from the resource's hash. */
function uuid(ctx: ResourceMockContext): string {
    const h = ctx.hash;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** EC2-style resources whose state is the inputs plus an id and an ARN. */
function ec2(prefix: string, arnType: string): ResourceMock {
    return (ctx) => {
        const id = ec2Id(ctx, prefix);
        return { id, state: { arn: arn(ctx, "ec2", `${arnType}/${id}`), ownerId: ctx.account } };
    };
}

export const awsResources: Record<string, ResourceMock> = {
    "aws:ec2/vpc:Vpc": (ctx) => {
        const id = ec2Id(ctx, "vpc");
        return {
            id,
            state: {
                arn: arn(ctx, "ec2", `vpc/${id}`),
                defaultSecurityGroupId: ec2Id({ ...ctx, hash: ctx.hash.slice(8) }, "sg"),
                mainRouteTableId: ec2Id({ ...ctx, hash: ctx.hash.slice(4) }, "rtb"),
                ownerId: ctx.account,
            },
        };
    },
    "aws:ec2/subnet:Subnet": ec2("subnet", "subnet"),
    "aws:ec2/internetGateway:InternetGateway": ec2("igw", "internet-gateway"),
    "aws:ec2/eip:Eip": (ctx) => ({
        id: ec2Id(ctx, "eipalloc"),
        state: { allocationId: ec2Id(ctx, "eipalloc"), publicIp: `198.51.100.${parseInt(ctx.hash.slice(0, 2), 16) % 250}` },
    }),
    "aws:ec2/natGateway:NatGateway": ec2("nat", "natgateway"),
    "aws:ec2/routeTable:RouteTable": ec2("rtb", "route-table"),
    "aws:ec2/routeTableAssociation:RouteTableAssociation": (ctx) => ({ id: ec2Id(ctx, "rtbassoc") }),
    // The provider's id for a route: "r-" + the table's id + a hash of the destination.
    "aws:ec2/route:Route": (ctx) => ({
        id: `r-${String(ctx.inputs.routeTableId)}${parseInt(ctx.hash.slice(0, 8), 16)}`,
        state: { origin: "CreateRoute", state: "active" },
    }),
    "aws:ec2transitgateway/vpcAttachment:VpcAttachment": (ctx) => {
        const id = ec2Id(ctx, "tgw-attach");
        return { id, state: { arn: arn(ctx, "ec2", `transit-gateway-attachment/${id}`), vpcOwnerId: ctx.account } };
    },
    "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup": ec2("sg", "security-group"),
    "aws:ec2/securityGroup:SecurityGroup": ec2("sg", "security-group"),
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": (ctx) => {
        const id = ec2Id(ctx, "sgr");
        return { id, state: { arn: arn(ctx, "ec2", `security-group-rule/${id}`), securityGroupRuleId: id } };
    },
    "aws:ec2/flowLog:FlowLog": ec2("fl", "vpc-flow-log"),
    "aws:ec2/vpcEndpoint:VpcEndpoint": ec2("vpce", "vpc-endpoint"),
    "aws:ec2/launchTemplate:LaunchTemplate": (ctx) => {
        const id = ec2Id(ctx, "lt");
        return { id, state: { arn: arn(ctx, "ec2", `launch-template/${id}`), latestVersion: 1, defaultVersion: 1 } };
    },
    "aws:cloudwatch/logGroup:LogGroup": (ctx) => {
        const name = str(ctx.inputs.name, ctx.name);
        return { id: name, state: { name, arn: arn(ctx, "logs", `log-group:${name}`) } };
    },
    "aws:cloudwatch/metricAlarm:MetricAlarm": (ctx) => {
        const name = str(ctx.inputs.name, `${ctx.name}-${ctx.hash.slice(0, 7)}`);
        return { id: name, state: { arn: arn(ctx, "cloudwatch", `alarm:${name}`) } };
    },
    // SNS: a topic is known by its ARN; a subscription's ARN is the topic's and a UUID (PagerDuty confirms its own).
    "aws:iam/policy:Policy": (ctx) => {
        const name = str(ctx.inputs.name, `${ctx.name}-${ctx.hash.slice(0, 7)}`);
        const policyArn = `arn:aws:iam::${ctx.account}:policy${str(ctx.inputs.path, "/")}${name}`;
        return { id: policyArn, state: { arn: policyArn, policyId: `ANPA${ctx.hash.slice(0, 17).toUpperCase()}`, attachmentCount: 0 } };
    },
    "aws:backup/vault:Vault": (ctx) => {
        const name = str(ctx.inputs.name, ctx.name);
        return { id: name, state: { arn: arn(ctx, "backup", `backup-vault:${name}`), recoveryPoints: 0 } };
    },
    "aws:backup/vaultLockConfiguration:VaultLockConfiguration": (ctx) => {
        const name = str(ctx.inputs.backupVaultName, ctx.name);
        return { id: name, state: { backupVaultArn: arn(ctx, "backup", `backup-vault:${name}`) } };
    },
    "aws:backup/plan:Plan": (ctx) => {
        const id = uuid(ctx);
        return { id, state: { arn: arn(ctx, "backup", `backup-plan:${id}`), version: ctx.hash.slice(0, 32) } };
    },
    "aws:backup/selection:Selection": (ctx) => ({ id: uuid(ctx), state: {} }),
    "aws:s3/bucketObjectv2:BucketObjectv2": (ctx) => {
        const key = str(ctx.inputs.key, ctx.name);
        // A versioned bucket gives every put a version; the ETag is the content's digest.
        return {
            id: key,
            state: { arn: `arn:aws:s3:::${str(ctx.inputs.bucket, "bucket")}/${key}`, versionId: ctx.hash.slice(0, 32), etag: ctx.hash.slice(0, 32) },
        };
    },
    "aws:synthetics/canary:Canary": (ctx) => {
        const name = str(ctx.inputs.name, ctx.name);
        return {
            id: name,
            state: {
                arn: arn(ctx, "synthetics", `canary:${name}`),
                engineArn: arn(ctx, "lambda", `function:cwsyn-${name}-${ctx.hash.slice(0, 8)}:1`),
                sourceLocationArn: arn(ctx, "lambda", `layer:cwsyn-${name}-${ctx.hash.slice(0, 8)}:1`),
                status: ctx.inputs.startCanary === true ? "RUNNING" : "READY",
            },
        };
    },
    "aws:sns/topic:Topic": (ctx) => {
        const topicArn = arn(ctx, "sns", str(ctx.inputs.name, `${ctx.name}-${ctx.hash.slice(0, 7)}`));
        return { id: topicArn, state: { arn: topicArn, owner: ctx.account } };
    },
    "aws:sns/topicSubscription:TopicSubscription": (ctx) => {
        const subscriptionArn = `${str(ctx.inputs.topic, "topic")}:${uuid(ctx)}`;
        return { id: subscriptionArn, state: { arn: subscriptionArn, confirmationWasAuthenticated: true, pendingConfirmation: false, ownerId: ctx.account } };
    },
    "aws:iam/role:Role": (ctx) => {
        const name = str(ctx.inputs.name, `${ctx.name}-${ctx.hash.slice(0, 7)}`);
        return { id: name, state: { name, arn: arn(ctx, "iam", `role/${name}`, true), uniqueId: `AROA${ctx.hash.slice(0, 17).toUpperCase()}` } };
    },
    "aws:iam/rolePolicy:RolePolicy": (ctx) => ({ id: `${str(ctx.inputs.role, "role")}:${ctx.name}` }),
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": (ctx) => ({ id: `${ctx.name}-${ctx.hash.slice(0, 8)}` }),
    ...rdsResources(),
    "aws:kms/key:Key": (ctx) => {
        const keyId = uuid(ctx);
        return { id: keyId, state: { keyId, arn: arn(ctx, "kms", `key/${keyId}`) } };
    },
    // The registry's one replication configuration: its ID is the registry's (the account's), as the provider's.
    "aws:ecr/replicationConfiguration:ReplicationConfiguration": () => ({ id: MOCK_ACCOUNT_ID, state: { registryId: MOCK_ACCOUNT_ID } }),
    // A pull-through cache rule's ID is its repository prefix (the provider's import ID); its registry is the account's.
    "aws:ecr/pullThroughCacheRule:PullThroughCacheRule": (ctx) => ({
        id: str(ctx.inputs.ecrRepositoryPrefix, ctx.name),
        state: { registryId: MOCK_ACCOUNT_ID },
    }),
    "aws:kms/alias:Alias": (ctx) => ({ id: str(ctx.inputs.name, ctx.name), state: { arn: arn(ctx, "kms", str(ctx.inputs.name, ctx.name)) } }),
    "aws:s3/bucket:Bucket": (ctx) => {
        const bucket =
            typeof ctx.inputs.bucket === "string"
                ? ctx.inputs.bucket
                : `${str(ctx.inputs.bucketPrefix, "bucket-")}${ctx.hash.slice(0, 26 - Math.min(16, str(ctx.inputs.bucketPrefix, "").length))}`;
        return {
            id: bucket,
            state: { bucket, arn: `arn:aws:s3:::${bucket}`, region: ctx.region, bucketRegionalDomainName: `${bucket}.s3.${ctx.region}.amazonaws.com` },
        };
    },
    "aws:s3/bucketVersioning:BucketVersioning": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketPolicy:BucketPolicy": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig": (ctx) => ({ id: str(ctx.inputs.bucket, ctx.name) }),
    "aws:secretsmanager/secret:Secret": (ctx) => {
        const name = str(ctx.inputs.name, ctx.name);
        const secretArn = arn(ctx, "secretsmanager", `secret:${name}-${ctx.hash.slice(0, 6)}`);
        const replicas = Array.isArray(ctx.inputs.replicas)
            ? (ctx.inputs.replicas as Array<Record<string, unknown>>).map((replica) => ({ ...replica, status: "InSync" }))
            : [];
        return { id: secretArn, state: { arn: secretArn, replicas } };
    },
    // The provider's ID of a secret's policy is the secret's ARN.
    "aws:secretsmanager/secretPolicy:SecretPolicy": (ctx) => ({ id: str(ctx.inputs.secretArn, ctx.name) }),
    "aws:secretsmanager/secretVersion:SecretVersion": (ctx) => ({
        id: `${str(ctx.inputs.secretId, "secret")}|${uuid(ctx)}`,
        state: { versionId: uuid(ctx), arn: ctx.inputs.secretId },
    }),
    "aws:route53/zone:Zone": (ctx) => {
        const zoneId = `Z${ctx.hash.slice(0, 20).toUpperCase()}`;
        return {
            id: zoneId,
            state: { zoneId, arn: `arn:aws:route53:::hostedzone/${zoneId}`, nameServers: [1, 2, 3, 4].map((i) => `ns-${i}.awsdns-${i}.net`) },
        };
    },
    // ARC: ARNs under the account's recovery-control namespace; the cluster's five regional endpoints.
    "aws:route53recoverycontrol/cluster:Cluster": (ctx) => {
        const id = uuid(ctx);
        const arnOf = `arn:aws:route53-recovery-control::${ctx.account}:cluster/${id}`;
        const regions = ["us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-southeast-2"];
        return {
            id: arnOf,
            state: {
                arn: arnOf,
                status: "DEPLOYED",
                clusterEndpoints: regions.map((region) => ({
                    region,
                    endpoint: `https://${ctx.hash.slice(0, 8)}.route53-recovery-cluster.${region}.amazonaws.com/v1`,
                })),
            },
        };
    },
    "aws:route53recoverycontrol/controlPanel:ControlPanel": (ctx) => {
        const arnOf = `arn:aws:route53-recovery-control::${ctx.account}:controlpanel/${ctx.hash.slice(0, 32)}`;
        return { id: arnOf, state: { arn: arnOf, status: "DEPLOYED", defaultControlPanel: false, routingControlCount: 0 } };
    },
    "aws:route53recoverycontrol/routingControl:RoutingControl": (ctx) => {
        const arnOf = `arn:aws:route53-recovery-control::${ctx.account}:controlpanel/${String(ctx.inputs.controlPanelArn ?? "")
            .split("/")
            .pop()}/routingcontrol/${ctx.hash.slice(0, 16)}`;
        return { id: arnOf, state: { arn: arnOf, status: "DEPLOYED" } };
    },
    "aws:route53recoverycontrol/safetyRule:SafetyRule": (ctx) => {
        const arnOf = `${String(ctx.inputs.controlPanelArn ?? "")}/safetyrule/${ctx.hash.slice(0, 16)}`;
        return { id: arnOf, state: { arn: arnOf, status: "DEPLOYED" } };
    },
    // Region switch: a plan's ARN carries no region, and ends in a six-character suffix ARC adds.
    "aws:arcregionswitch/plan:Plan": (ctx) => {
        const arnOf = `arn:aws:arc-region-switch::${ctx.account}:plan/${str(ctx.inputs.name, ctx.name)}:${ctx.hash.slice(0, 6)}`;
        return { id: arnOf, state: { arn: arnOf, owner: ctx.account } };
    },
    "aws:route53/healthCheck:HealthCheck": (ctx) => ({ id: uuid(ctx), state: { arn: `arn:aws:route53:::healthcheck/${uuid(ctx)}` } }),
    "aws:route53/record:Record": (ctx) => ({
        id: `${str(ctx.inputs.zoneId, "Z")}_${str(ctx.inputs.name, ctx.name)}_A_${str(ctx.inputs.setIdentifier, "")}`,
        state: { fqdn: ctx.inputs.name },
    }),
    "aws:eks/nodeGroup:NodeGroup": (ctx) => {
        const clusterName = str(ctx.inputs.clusterName, "cluster");
        const nodeGroupName = nodeGroupNameOf(ctx.inputs, ctx.hash);
        return {
            id: `${clusterName}:${nodeGroupName}`,
            state: { nodeGroupName, arn: arn(ctx, "eks", `nodegroup/${clusterName}/${nodeGroupName}/${uuid(ctx)}`), status: "ACTIVE" },
        };
    },
    "aws:eks/addon:Addon": (ctx) => {
        const clusterName = str(ctx.inputs.clusterName, "cluster");
        const addonName = str(ctx.inputs.addonName, ctx.name);
        return { id: `${clusterName}:${addonName}`, state: { arn: arn(ctx, "eks", `addon/${clusterName}/${addonName}/${uuid(ctx)}`) } };
    },
};
