import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ClusterStackOutputs, LoadBalancerTarget } from "../platform/outputs";
import type { PlatformSpec } from "../topology/spec";
import { DEFAULT_HEALTH_PATH } from "../topology/expand";
import { regionalApiHost } from "../names";
import type { ClusterFailoverPart } from "./failover";
import { planClusterFailover } from "./failover";

/** Seconds resolvers may cache an answer: short, so a failover takes effect within a minute. */
export const RECORD_TTL_SECONDS = 60;

export interface ClusterTrafficArgs {
    platform: PlatformSpec;
    cluster: string;
    /** The public zone (the environment stack's). Required. */
    zoneId: pulumi.Input<string>;
    /** This cluster's ingress load balancer. Required. */
    loadBalancer: pulumi.Output<LoadBalancerTarget>;
    /** This cluster's ARC routing control: the region counts as healthy only while it is On. @default none (health check alone) */
    routingControlArn?: pulumi.Input<string>;
    tags: Record<string, string>;
}

/**
 * A cluster's share of the API's DNS, in its own stack: its regional record, the HTTPS health
 * check of its `/healthz`, and its records of the failover tiers (see `planClusterFailover`): the
 * PRIMARY of its own tier and the SECONDARY of the tier above, whose alias targets its own tier.
 * It reads no other cluster's stack, so clusters are applied in any order, in parallel.
 */
export class ClusterTraffic extends pulumi.ComponentResource {
    readonly healthCheckId: pulumi.Output<string>;
    readonly part: ClusterFailoverPart;
    /** What the cluster before this one needs (the `failover` output of the stack). */
    readonly published: pulumi.Output<ClusterStackOutputs["failover"]>;

    constructor(name: string, args: ClusterTrafficArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:dns:ClusterTraffic", name, {}, opts);
        const parent = { parent: this };
        const dns = args.platform.dns;
        const host = regionalApiHost(args.cluster, dns.apiHost);
        // The cluster's own API host: what its health check probes, and what operators use.
        new aws.route53.Record(
            `${name}-regional`,
            {
                zoneId: args.zoneId,
                name: host,
                type: "A",
                aliases: [{ name: args.loadBalancer.dnsName, zoneId: args.loadBalancer.zoneId, evaluateTargetHealth: true }],
            },
            parent,
        );
        // The public service's deep health path: a region that cannot take payments fails over.
        const healthPath = args.platform.services.find((service) => service.public)?.healthPath ?? DEFAULT_HEALTH_PATH;
        const check = new aws.route53.HealthCheck(
            `${name}-health`,
            {
                type: "HTTPS",
                fqdn: host,
                port: 443,
                resourcePath: healthPath,
                enableSni: true,
                requestInterval: dns.healthCheck.requestInterval,
                failureThreshold: dns.healthCheck.failureThreshold,
                regions: [...dns.healthCheck.regions],
                measureLatency: true,
                // A drill inverts, never disables: a disabled check counts as healthy.
                invertHealthcheck: args.platform.drillFailCluster === args.cluster,
                tags: { ...args.tags, Name: `${args.cluster} ${healthPath}` },
            },
            parent,
        );
        // With ARC, the region is healthy only if its endpoint is and its routing control is On.
        const regionCheck = args.routingControlArn ? this.gate(name, check, args.routingControlArn, args.tags) : check;
        this.healthCheckId = regionCheck.id;

        const position = args.platform.clusters.findIndex((cluster) => cluster.name === args.cluster);
        // The part is planned with this cluster's check under a placeholder id, replaced by the
        // real one when the records are declared.
        const ownId = `self:${args.cluster}`;
        this.part = planClusterFailover({
            cluster: args.cluster,
            position,
            count: args.platform.clusters.length,
            apiHost: dns.apiHost,
            inverted: args.platform.drillFailCluster === args.cluster,
            healthCheckId: ownId,
        });
        this.failoverRecords(name, args, regionCheck);
        this.published = pulumi.output({
            healthCheckId: this.healthCheckId,
            endpointHealthCheckId: check.id,
            endpointHealthCheck: pulumi
                .all([check.type, check.resourcePath, check.invertHealthcheck])
                .apply(([type, resourcePath, inverted]) => ({ type, resourcePath: resourcePath ?? "", inverted: inverted ?? false })),
            records: this.part.records.map((record) => record.setIdentifier),
        });
        // The check the rollout's wave check reads (tools/rollout-checks/wave-check.sh, through the
        // stack output failover.endpointHealthCheckId): the endpoint's own, since Route 53's
        // GetHealthCheckStatus answers for no CALCULATED or RECOVERY_CONTROL check (rule
        // wave-check-reads-an-endpoint-check).
        this.registerOutputs({ healthCheckId: this.healthCheckId, published: this.published, waveCheckHealthCheckUrn: check.urn });
    }

    /** The failover records this cluster owns (its part), each after its own tier's PRIMARY when it aliases it. */
    private failoverRecords(name: string, args: ClusterTrafficArgs, regionCheck: aws.route53.HealthCheck): void {
        const records = new Map<string, aws.route53.Record>();
        for (const record of this.part.records) {
            const target = record.target;
            const ownTier = target.kind === "alias" ? records.get(target.name) : undefined;
            if (target.kind === "alias" && !ownTier) throw new Error(`record ${record.setIdentifier} aliases ${target.name}, which this cluster does not own`);
            const alias =
                target.kind === "alias"
                    ? { name: target.name, zoneId: args.zoneId, evaluateTargetHealth: record.evaluateTargetHealth }
                    : { name: args.loadBalancer.dnsName, zoneId: args.loadBalancer.zoneId, evaluateTargetHealth: record.evaluateTargetHealth };
            records.set(
                record.name,
                new aws.route53.Record(
                    `${name}-${record.setIdentifier}`,
                    {
                        zoneId: args.zoneId,
                        name: record.name,
                        type: "A",
                        setIdentifier: record.setIdentifier,
                        failoverRoutingPolicies: [{ type: record.failover }],
                        healthCheckId: record.healthCheckId === undefined ? undefined : regionCheck.id,
                        aliases: [alias],
                    },
                    // Route 53 creates an alias only once its target exists: its own tier's PRIMARY.
                    { parent: this, dependsOn: ownTier ? [ownTier] : [] },
                ),
            );
        }
    }

    /** The endpoint's check AND the routing control's (a RECOVERY_CONTROL check): both must pass. */
    private gate(
        name: string,
        endpoint: aws.route53.HealthCheck,
        routingControlArn: pulumi.Input<string>,
        tags: Record<string, string>,
    ): aws.route53.HealthCheck {
        const control = new aws.route53.HealthCheck(
            `${name}-routing-control`,
            { type: "RECOVERY_CONTROL", routingControlArn, tags: { ...tags, Name: "ARC routing control" } },
            { parent: this },
        );
        return new aws.route53.HealthCheck(
            `${name}-region`,
            {
                type: "CALCULATED",
                childHealthchecks: [endpoint.id, control.id],
                childHealthThreshold: 2,
                tags: { ...tags, Name: "endpoint and routing control" },
            },
            { parent: this },
        );
    }
}
