import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { NatGatewayMode } from "../config/schema";
import { natGatewayFor, pickZones, planSubnets, Zone } from "./subnets";

/** How long VPC flow logs are kept; a year covers PCI DSS 10.5.1's retention requirement. */
export const DEFAULT_FLOW_LOG_RETENTION_DAYS = 365;

export interface NetworkArgs {
    /** EKS cluster name, for the subnet discovery tags and display names. Required. */
    clusterName: string;
    /** VPC range, already validated (/16–/20, disjoint from other clusters). Required. */
    vpcCidr: string;
    /** Zones to span. Required (the topology defaults it to 3). */
    availabilityZoneCount: number;
    /** One NAT gateway per zone, or one shared. Required (the topology defaults it to "perAz"). */
    natGatewayMode: NatGatewayMode;
    /** Tags for every resource; a `Name` tag is added per resource. Required. */
    tags: Record<string, string>;
    /** Flow-log retention. @default 365 */
    flowLogRetentionDays?: number;
}

/**
 * A cluster's VPC: public and private subnets in every zone, an internet gateway, NAT per zone
 * (or shared), route tables, the subnet tags EKS load balancers discover, and flow logs. The
 * region comes from the parent's AWS provider.
 */
export class Network extends pulumi.ComponentResource {
    readonly vpcId: pulumi.Output<string>;
    readonly privateSubnetIds: pulumi.Output<string>[];
    readonly publicSubnetIds: pulumi.Output<string>[];
    /** The zones the subnets are in, chosen by zone ID. */
    readonly zones: pulumi.Output<Zone[]>;

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:network:Network", name, {}, opts);
        const parent = { parent: this };
        const tagged = (display: string, extra: Record<string, string> = {}) => ({ ...args.tags, ...extra, Name: display });
        const cluster = args.clusterName;
        const region = aws.getRegionOutput({}, parent).region;
        const available = aws.getAvailabilityZonesOutput({ state: "available" }, parent);
        this.zones = pulumi.all([available.names, available.zoneIds, region]).apply(([names, ids, regionName]) =>
            pickZones(
                names.map((zoneName, i) => ({ name: zoneName, id: ids[i] })),
                args.availabilityZoneCount,
                regionName,
            ),
        );
        const zone = (index: number) => this.zones.apply((zones) => zones[index]);
        const plan = planSubnets(args.vpcCidr, args.availabilityZoneCount);

        const vpc = new aws.ec2.Vpc(
            `${name}-vpc`,
            { cidrBlock: args.vpcCidr, enableDnsHostnames: true, enableDnsSupport: true, tags: tagged(cluster) },
            parent,
        );
        // The default security group allows all traffic between its members; nothing should use it.
        new aws.ec2.DefaultSecurityGroup(`${name}-default-sg`, { vpcId: vpc.id, ingress: [], egress: [], tags: tagged(`${cluster}-default-unused`) }, parent);
        const igw = new aws.ec2.InternetGateway(`${name}-igw`, { vpcId: vpc.id, tags: tagged(cluster) }, parent);

        // Subnets are named by zone index (stable identity); zone names only appear in tags.
        const ownership = { [`kubernetes.io/cluster/${cluster}`]: "shared" };
        const publicSubnets = plan.publicSubnets.map(
            (subnet) =>
                new aws.ec2.Subnet(
                    `${name}-public-${subnet.index}`,
                    {
                        vpcId: vpc.id,
                        cidrBlock: subnet.cidr,
                        availabilityZoneId: zone(subnet.index).id,
                        mapPublicIpOnLaunch: false,
                        tags: zone(subnet.index).apply((z) => tagged(`${cluster}-public-${z.name}`, { ...ownership, "kubernetes.io/role/elb": "1" })),
                    },
                    parent,
                ),
        );
        const privateSubnets = plan.privateSubnets.map(
            (subnet) =>
                new aws.ec2.Subnet(
                    `${name}-private-${subnet.index}`,
                    {
                        vpcId: vpc.id,
                        cidrBlock: subnet.cidr,
                        availabilityZoneId: zone(subnet.index).id,
                        tags: zone(subnet.index).apply((z) => tagged(`${cluster}-private-${z.name}`, { ...ownership, "kubernetes.io/role/internal-elb": "1" })),
                    },
                    parent,
                ),
        );

        const publicRoutes = new aws.ec2.RouteTable(
            `${name}-public-rt`,
            { vpcId: vpc.id, routes: [{ cidrBlock: "0.0.0.0/0", gatewayId: igw.id }], tags: tagged(`${cluster}-public`) },
            parent,
        );
        publicSubnets.forEach(
            (subnet, i) => new aws.ec2.RouteTableAssociation(`${name}-public-rta-${i}`, { subnetId: subnet.id, routeTableId: publicRoutes.id }, parent),
        );

        const natCount = args.natGatewayMode === "perAz" ? args.availabilityZoneCount : 1;
        const natGateways = publicSubnets.slice(0, natCount).map((subnet, i) => {
            const eip = new aws.ec2.Eip(`${name}-nat-eip-${i}`, { domain: "vpc", tags: tagged(`${cluster}-nat-${i}`) }, parent);
            return new aws.ec2.NatGateway(
                `${name}-nat-${i}`,
                { allocationId: eip.id, subnetId: subnet.id, tags: tagged(`${cluster}-nat-${i}`) },
                { parent: this, dependsOn: [igw] },
            );
        });
        privateSubnets.forEach((subnet, i) => {
            const nat = natGateways[natGatewayFor(i, args.natGatewayMode)];
            const routes = new aws.ec2.RouteTable(
                `${name}-private-rt-${i}`,
                { vpcId: vpc.id, routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: nat.id }], tags: tagged(`${cluster}-private-${i}`) },
                parent,
            );
            new aws.ec2.RouteTableAssociation(`${name}-private-rta-${i}`, { subnetId: subnet.id, routeTableId: routes.id }, parent);
        });

        this.createFlowLogs(name, cluster, vpc, args.flowLogRetentionDays ?? DEFAULT_FLOW_LOG_RETENTION_DAYS, tagged);

        this.vpcId = vpc.id;
        this.privateSubnetIds = privateSubnets.map((subnet) => subnet.id);
        this.publicSubnetIds = publicSubnets.map((subnet) => subnet.id);
        this.registerOutputs({ vpcId: this.vpcId, privateSubnetIds: this.privateSubnetIds, publicSubnetIds: this.publicSubnetIds, zones: this.zones });
    }

    /** Every flow, accepted and rejected, to CloudWatch Logs: what an incident responder asks for first. */
    private createFlowLogs(
        name: string,
        cluster: string,
        vpc: aws.ec2.Vpc,
        retentionInDays: number,
        tagged: (display: string) => Record<string, string>,
    ): void {
        const parent = { parent: this };
        const logGroup = new aws.cloudwatch.LogGroup(
            `${name}-flow-logs`,
            { name: `/aws/vpc/${cluster}/flow-logs`, retentionInDays, tags: tagged(`${cluster}-flow-logs`) },
            parent,
        );
        const role = new aws.iam.Role(
            `${name}-flow-logs-role`,
            {
                assumeRolePolicy: JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [{ Effect: "Allow", Principal: { Service: "vpc-flow-logs.amazonaws.com" }, Action: "sts:AssumeRole" }],
                }),
                tags: tagged(`${cluster}-flow-logs`),
            },
            parent,
        );
        new aws.iam.RolePolicy(
            `${name}-flow-logs-policy`,
            {
                role: role.id,
                policy: logGroup.arn.apply((arn) =>
                    JSON.stringify({
                        Version: "2012-10-17",
                        Statement: [
                            { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], Resource: `${arn}:*` },
                        ],
                    }),
                ),
            },
            parent,
        );
        new aws.ec2.FlowLog(
            `${name}-flow-log`,
            {
                vpcId: vpc.id,
                trafficType: "ALL",
                logDestinationType: "cloud-watch-logs",
                logDestination: logGroup.arn,
                iamRoleArn: role.arn,
                maxAggregationInterval: 60,
                tags: tagged(`${cluster}-flow-log`),
            },
            parent,
        );
    }
}
