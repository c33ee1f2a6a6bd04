import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { Level } from "./util";
import { ancestorOfType, asArray, asRecord, CLUSTER_COMPONENT, describe, iamList, iamStatements, resourcesOfType } from "./util";

const ROUTE = "aws:ec2/route:Route";
const ATTACHMENT = "aws:ec2transitgateway/vpcAttachment:VpcAttachment";

/**
 * A route table's inline `routes` make it own every route in it: the next refresh deletes a
 * route anyone else added (a transit gateway route the network team adds, a VPC endpoint's), and
 * a table with inline routes cannot also take `aws.ec2.Route` resources.
 */
export function routeTablesWithoutInlineRoutes(level: Level): ResourceValidationPolicy {
    return {
        name: "route-tables-without-inline-routes",
        description: "Route tables declare no inline routes; each route is an aws.ec2.Route of its own.",
        enforcementLevel: level,
        validateResource: (args, report) => {
            if (args.type !== "aws:ec2/routeTable:RouteTable") return;
            if (asArray(args.props.routes).length > 0)
                report(
                    `${describe(args)} declares inline routes, which delete every route added outside them on the next refresh; declare each as an aws.ec2.Route.`,
                );
        },
    };
}

const waitsOn = (resource: PolicyResource, other: PolicyResource) => resource.dependencies.some((dependency) => dependency.urn === other.urn);

/**
 * The deploy runners reach a private cluster's API (and its databases) only if every private
 * route table of its VPC sends each deploy network through a transit gateway the VPC is attached
 * to: an admitted CIDR with no route leaves `pulumi up` timing out on every Kubernetes object once
 * the AWS half exists. A route counts when it waits for the attachment of the same gateway.
 */
export function deployPathRouted(level: Level): StackValidationPolicy {
    return {
        name: "deploy-path-routed",
        description: "Every private route table of a private cluster routes each deploy network through a transit gateway attachment of its VPC.",
        enforcementLevel: level,
        validateStack: (args, report) => {
            const inCluster = (cluster: PolicyResource) => (resource: PolicyResource) => ancestorOfType(resource, CLUSTER_COMPONENT)?.urn === cluster.urn;
            const routes = resourcesOfType(args, ROUTE);
            for (const cluster of resourcesOfType(args, CLUSTER_COMPONENT)) {
                const mine = inCluster(cluster);
                const eks = resourcesOfType(args, "eks:index:Cluster").find(mine);
                if (!eks || eks.props.endpointPublicAccess === true) continue;
                const cidrs = resourcesOfType(args, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")
                    .filter((rule) => mine(rule) && waitsOn(rule, eks) && Number(rule.props.fromPort) <= 443 && Number(rule.props.toPort) >= 443)
                    .map((rule) => String(rule.props.cidrIpv4));
                const attachments = resourcesOfType(args, ATTACHMENT).filter(mine);
                // The private tables: those whose default route leaves through a NAT gateway.
                const privateTables = resourcesOfType(args, "aws:ec2/routeTable:RouteTable").filter(
                    (table) =>
                        mine(table) &&
                        routes.some((route) => waitsOn(route, table) && route.props.destinationCidrBlock === "0.0.0.0/0" && route.props.natGatewayId),
                );
                for (const table of privateTables)
                    for (const cidr of cidrs) {
                        const routed = routes.some(
                            (route) =>
                                waitsOn(route, table) &&
                                route.props.destinationCidrBlock === cidr &&
                                attachments.some(
                                    (attachment) => waitsOn(route, attachment) && attachment.props.transitGatewayId === route.props.transitGatewayId,
                                ),
                        );
                        if (!routed)
                            report(
                                `${table.name} has no route to the deploy network ${cidr} through a transit gateway attachment of its VPC, so pulumi up cannot reach ${eks.name}'s private API; set deploy.transitGateways for its region.`,
                                table.urn,
                            );
                    }
            }
        },
    };
}

const WEB_IDENTITY = "sts:AssumeRoleWithWebIdentity";

/**
 * Every VPC endpoint has a policy that admits only the account's principals (the default admits
 * any principal, so credentials stolen from another account can carry data out through it), and
 * S3's also only the account's buckets or named ones. The one unsigned call, STS's
 * AssumeRoleWithWebIdentity (IRSA), may be open to principals when it names the roles it reaches.
 */
export function vpcEndpointsScoped(level: Level): StackValidationPolicy {
    return {
        name: "vpc-endpoints-scoped",
        description: "VPC endpoints have a policy limited to the account's principals (and, for S3, to its buckets).",
        enforcementLevel: level,
        validateStack: (args, report) => {
            for (const endpoint of resourcesOfType(args, "aws:ec2/vpcEndpoint:VpcEndpoint")) {
                const policy = endpoint.props.policy;
                if (policy === undefined || policy === "") {
                    report(`${endpoint.name} has the default endpoint policy (any principal, any action); set policy (vpcEndpointPolicy).`, endpoint.urn);
                    continue;
                }
                const s3 = String(endpoint.props.serviceName ?? "").endsWith(".s3");
                for (const statement of iamStatements(policy).filter((candidate) => candidate.Effect === "Allow")) {
                    const conditions = Object.values(asRecord(statement.Condition)).flatMap((test) => Object.keys(asRecord(test)));
                    const actions = iamList(statement.Action);
                    const resources = iamList(statement.Resource);
                    const webIdentityOnly = actions.length === 1 && actions[0] === WEB_IDENTITY && !resources.includes("*");
                    if (!webIdentityOnly && !conditions.some((key) => key === "aws:PrincipalAccount" || key === "aws:PrincipalOrgID"))
                        report(
                            `${endpoint.name}'s policy admits principals of any account (${statement.Sid ?? "a statement"}); add an aws:PrincipalAccount condition.`,
                            endpoint.urn,
                        );
                    if (s3 && resources.includes("*") && !conditions.includes("aws:ResourceAccount"))
                        report(
                            `${endpoint.name}'s policy reaches any bucket (${statement.Sid ?? "a statement"}); confine it with aws:ResourceAccount or name the buckets.`,
                            endpoint.urn,
                        );
                }
            }
        },
    };
}
