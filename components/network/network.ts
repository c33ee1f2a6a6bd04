import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { NatGatewayMode } from "../config/schema";
import { serviceTrustPolicy } from "../cluster/iam";
import { vpcEndpointPolicy } from "./endpoint-policy";
import type { Zone } from "./subnets";
import { natGatewayFor, pickZones, planSubnets } from "./subnets";

/**
 * The zones a cluster's network spans: the region's available zones (read through its provider),
 * chosen by `pickZones`. Called by the cluster program before it declares anything, so a region
 * with too few zones is an error of its own rather than of every resource that waits on them.
 */
export async function availableZones(provider: aws.Provider, region: string, count: number): Promise<Zone[]> {
    const available = await aws.getAvailabilityZones({ state: "available" }, { provider });
    return pickZones(
        available.names.map((name, i) => ({ name, id: available.zoneIds[i] ?? "" })),
        count,
        region,
    );
}

/** How long VPC flow logs are kept; a year covers PCI DSS 10.5.1's retention requirement. */
export const DEFAULT_FLOW_LOG_RETENTION_DAYS = 365;

export interface NetworkArgs {
    /** The environment's permissions boundary, for the flow logs' role. Required. */
    permissionsBoundary: string;
    /** The environment's account: only its principals use the VPC endpoints and the flow logs' role. Required. */
    accountId: string;
    /** EKS cluster name, for the subnet discovery tags and display names. Required. */
    clusterName: string;
    /** VPC range, already validated (/16–/20, disjoint from other clusters). Required. */
    vpcCidr: string;
    /**
     * The zones to span, as `availableZones` read them before anything was declared (a region with
     * too few fails there, naming the config). Required (the topology defaults to 3).
     */
    zones: readonly Zone[];
    /** One NAT gateway per zone, or one shared. Required (the topology defaults it to "perAz"). */
    natGatewayMode: NatGatewayMode;
    /** Tags for every resource; a `Name` tag is added per resource. Required. */
    tags: Record<string, string>;
    /** Flow-log retention. @default 365 */
    flowLogRetentionDays?: number;
    /** AWS services the workloads call, reached through VPC endpoints besides the platform's own. @default [] */
    workloadAwsServices?: readonly string[];
    /**
     * The deploy runners' path in: the VPC attaches to this transit gateway (in its private
     * subnets) and every private route table sends `cidrs` through it. The return path (the
     * transit gateway's route table and the runners' VPC) is the network team's. @default none
     */
    deployPath?: { transitGatewayId: string; cidrs: readonly string[] };
    /**
     * The other clusters' VPCs, reached through the same transit gateway (peered with theirs by
     * the network team): where a database's writer is after a switch (components/data/writer-path.ts).
     * Needs `deployPath`. @default none
     */
    peerVpcs?: readonly { cluster: string; vpcCidr: string }[];
}

/**
 * AWS services every cluster calls, from its private subnets: IRSA (sts), image pulls (ecr.api,
 * ecr.dkr, and s3 for the layers), External Secrets (secretsmanager), Velero (s3, ec2 for
 * snapshots, kms), the cluster autoscaler (autoscaling, ec2, eks), CloudWatch Logs.
 */
export const PLATFORM_AWS_SERVICES = ["sts", "ecr.api", "ecr.dkr", "s3", "secretsmanager", "kms", "ec2", "autoscaling", "eks", "logs"] as const;
/** Services whose VPC endpoint is a gateway (route-table entries, no charge); every other is an interface endpoint. */
export const GATEWAY_ENDPOINT_SERVICES = ["s3", "dynamodb"] as const;

/** The VPC endpoints a cluster needs: the platform's services and its workloads', each once, by kind. Pure. */
export function vpcEndpointPlan(workloadServices: readonly string[]): { gateway: string[]; interface: string[] } {
    const all = [...new Set([...PLATFORM_AWS_SERVICES, ...workloadServices])].sort();
    const isGateway = (service: string) => (GATEWAY_ENDPOINT_SERVICES as readonly string[]).includes(service);
    return { gateway: all.filter(isGateway), interface: all.filter((service) => !isGateway(service)) };
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
    /** The deploy runners' routes into the VPC: whatever talks to the private API waits for them. */
    readonly deployRoutes: aws.ec2.Route[] = [];

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:network:Network", name, {}, opts);
        const parent = { parent: this };
        const tagged = (display: string, extra: Record<string, string> = {}) => ({ ...args.tags, ...extra, Name: display });
        const cluster = args.clusterName;
        const region = aws.getRegionOutput({}, parent).region;
        this.zones = pulumi.output([...args.zones]);
        const zoneCount = args.zones.length;
        const zone = (index: number) => this.zones.apply((zones) => zones[index]);
        const plan = planSubnets(args.vpcCidr, zoneCount);

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

        // Routes are resources of their own, never a table's inline `routes`: inline routes own the
        // whole table, and the next refresh would delete a route anyone else adds.
        const publicRoutes = new aws.ec2.RouteTable(`${name}-public-rt`, { vpcId: vpc.id, tags: tagged(`${cluster}-public`) }, parent);
        new aws.ec2.Route(`${name}-public-default`, { routeTableId: publicRoutes.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id }, parent);
        publicSubnets.forEach(
            (subnet, i) => new aws.ec2.RouteTableAssociation(`${name}-public-rta-${i}`, { subnetId: subnet.id, routeTableId: publicRoutes.id }, parent),
        );

        const privateRouteTables = this.privateRoutes(name, args, { vpc, igw, publicSubnets, privateSubnets }, tagged);
        this.createEndpoints(name, cluster, args, vpc, region, privateSubnets, privateRouteTables, tagged);
        if (args.deployPath)
            this.routeDeployPath(name, cluster, { ...args.deployPath, peerVpcs: args.peerVpcs ?? [] }, vpc, privateSubnets, privateRouteTables, tagged);
        else if ((args.peerVpcs ?? []).length > 0)
            throw new pulumi.RunError(
                `${cluster}: the other clusters' VPCs are reached through the deploy path's transit gateway; set deploy.transitGateways.<region>`,
            );

        this.createFlowLogs(name, cluster, vpc, args.flowLogRetentionDays ?? DEFAULT_FLOW_LOG_RETENTION_DAYS, args, region, tagged);

        this.vpcId = vpc.id;
        this.privateSubnetIds = privateSubnets.map((subnet) => subnet.id);
        this.publicSubnetIds = publicSubnets.map((subnet) => subnet.id);
        this.registerOutputs({ vpcId: this.vpcId, privateSubnetIds: this.privateSubnetIds, publicSubnetIds: this.publicSubnetIds, zones: this.zones });
    }

    /** The NAT gateways (one per zone with `perAz`, else one) and each private subnet's route table through its zone's. */
    private privateRoutes(
        name: string,
        args: NetworkArgs,
        network: { vpc: aws.ec2.Vpc; igw: aws.ec2.InternetGateway; publicSubnets: aws.ec2.Subnet[]; privateSubnets: aws.ec2.Subnet[] },
        tagged: (display: string, extra?: Record<string, string>) => Record<string, string>,
    ): aws.ec2.RouteTable[] {
        const parent = { parent: this };
        const cluster = args.clusterName;
        const { vpc, igw, publicSubnets, privateSubnets } = network;
        const natCount = args.natGatewayMode === "perAz" ? args.zones.length : 1;
        const natGateways = publicSubnets.slice(0, natCount).map((subnet, i) => {
            const eip = new aws.ec2.Eip(`${name}-nat-eip-${i}`, { domain: "vpc", tags: tagged(`${cluster}-nat-${i}`) }, parent);
            return new aws.ec2.NatGateway(
                `${name}-nat-${i}`,
                { allocationId: eip.id, subnetId: subnet.id, tags: tagged(`${cluster}-nat-${i}`) },
                { parent: this, dependsOn: [igw] },
            );
        });
        const privateRouteTables = privateSubnets.map((subnet, i) => {
            const nat = natGateways[natGatewayFor(i, args.natGatewayMode)];
            const routes = new aws.ec2.RouteTable(`${name}-private-rt-${i}`, { vpcId: vpc.id, tags: tagged(`${cluster}-private-${i}`) }, parent);
            new aws.ec2.Route(`${name}-private-default-${i}`, { routeTableId: routes.id, destinationCidrBlock: "0.0.0.0/0", natGatewayId: nat.id }, parent);
            new aws.ec2.RouteTableAssociation(`${name}-private-rta-${i}`, { subnetId: subnet.id, routeTableId: routes.id }, parent);
            return routes;
        });
        return privateRouteTables;
    }

    /**
     * The deploy runners reach the private API endpoint (and the databases) over the transit
     * gateway: the VPC attaches to it in one private subnet per zone, and each private route table
     * sends every deploy network through it, after the attachment exists (a route to a transit
     * gateway the VPC is not attached to is refused). A shared transit gateway in another account
     * accepts the attachment only with auto-accept on, or by hand (README, "The deploy path").
     */
    private routeDeployPath(
        name: string,
        cluster: string,
        path: NonNullable<NetworkArgs["deployPath"]> & { peerVpcs: NonNullable<NetworkArgs["peerVpcs"]> },
        vpc: aws.ec2.Vpc,
        privateSubnets: aws.ec2.Subnet[],
        privateRouteTables: aws.ec2.RouteTable[],
        tagged: (display: string) => Record<string, string>,
    ): void {
        const attachment = new aws.ec2transitgateway.VpcAttachment(
            `${name}-deploy-attachment`,
            {
                transitGatewayId: path.transitGatewayId,
                vpcId: vpc.id,
                subnetIds: privateSubnets.map((subnet) => subnet.id),
                dnsSupport: "enable",
                tags: tagged(`${cluster}-deploy`),
            },
            { parent: this },
        );
        privateRouteTables.forEach((table, i) =>
            path.cidrs.forEach((cidr, j) =>
                this.deployRoutes.push(
                    new aws.ec2.Route(
                        `${name}-private-deploy-${i}-${j}`,
                        { routeTableId: table.id, destinationCidrBlock: cidr, transitGatewayId: path.transitGatewayId },
                        { parent: this, dependsOn: [attachment] },
                    ),
                ),
            ),
        );
        // The other clusters' VPCs: a database writer in another region after a switch.
        privateRouteTables.forEach((table, i) =>
            path.peerVpcs.forEach(
                (peer) =>
                    new aws.ec2.Route(
                        `${name}-private-peer-${i}-${peer.cluster}`,
                        { routeTableId: table.id, destinationCidrBlock: peer.vpcCidr, transitGatewayId: path.transitGatewayId },
                        { parent: this, dependsOn: [attachment] },
                    ),
            ),
        );
    }

    /**
     * AWS APIs from the private subnets without the internet: a gateway endpoint for S3 (and
     * DynamoDB when a workload uses it), an interface endpoint with private DNS for every other
     * service, admitting HTTPS from the VPC only. Image pulls and AWS calls stay off the NAT
     * gateways, and keep working if the internet path fails.
     */
    private createEndpoints(
        name: string,
        cluster: string,
        args: NetworkArgs,
        vpc: aws.ec2.Vpc,
        region: pulumi.Output<string>,
        privateSubnets: aws.ec2.Subnet[],
        privateRouteTables: aws.ec2.RouteTable[],
        tagged: (display: string) => Record<string, string>,
    ): void {
        const parent = { parent: this };
        const plan = vpcEndpointPlan(args.workloadAwsServices ?? []);
        const endpointsSg = new aws.ec2.SecurityGroup(
            `${name}-endpoints-sg`,
            {
                vpcId: vpc.id,
                description: `HTTPS from ${cluster}'s VPC to its AWS service endpoints`,
                ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [args.vpcCidr], description: "HTTPS from the VPC" }],
                egress: [],
                tags: tagged(`${cluster}-endpoints`),
            },
            parent,
        );
        for (const service of plan.gateway) {
            new aws.ec2.VpcEndpoint(
                `${name}-endpoint-${service}`,
                {
                    vpcId: vpc.id,
                    serviceName: pulumi.interpolate`com.amazonaws.${region}.${service}`,
                    vpcEndpointType: "Gateway",
                    routeTableIds: privateRouteTables.map((table) => table.id),
                    policy: region.apply((name) => JSON.stringify(vpcEndpointPolicy(service, args.accountId, name))),
                    tags: tagged(`${cluster}-${service}`),
                },
                parent,
            );
        }
        for (const service of plan.interface) {
            new aws.ec2.VpcEndpoint(
                `${name}-endpoint-${service.replace(/\./g, "-")}`,
                {
                    vpcId: vpc.id,
                    serviceName: pulumi.interpolate`com.amazonaws.${region}.${service}`,
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    policy: region.apply((name) => JSON.stringify(vpcEndpointPolicy(service, args.accountId, name))),
                    subnetIds: privateSubnets.map((subnet) => subnet.id),
                    securityGroupIds: [endpointsSg.id],
                    tags: tagged(`${cluster}-${service}`),
                },
                parent,
            );
        }
    }

    /** Every flow, accepted and rejected, to CloudWatch Logs: what an incident responder asks for first. */
    private createFlowLogs(
        name: string,
        cluster: string,
        vpc: aws.ec2.Vpc,
        retentionInDays: number,
        args: Pick<NetworkArgs, "permissionsBoundary" | "accountId">,
        region: pulumi.Output<string>,
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
                // Confused-deputy guard (VPC user guide, "IAM role for publishing flow logs"): only this account's flow logs.
                assumeRolePolicy: region.apply((name) =>
                    JSON.stringify(
                        serviceTrustPolicy("vpc-flow-logs.amazonaws.com", {
                            account: args.accountId,
                            arn: `arn:aws:ec2:${name}:${args.accountId}:vpc-flow-log/*`,
                        }),
                    ),
                ),
                permissionsBoundary: args.permissionsBoundary,
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
