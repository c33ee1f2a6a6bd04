import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ClusterStackOutputs, LoadBalancerTarget } from "../platform/outputs";
import { DEFAULT_HEALTH_PATH, PlatformSpec } from "../topology/expand";
import { regionalApiHost } from "../workloads/payments";
import { ClusterFailoverPart, NextCluster, planClusterFailover } from "./failover";

/** Seconds resolvers may cache an answer: short, so a failover takes effect within a minute. */
export const RECORD_TTL_SECONDS = 60;

/** The next deployed cluster in failover order, from its stack's outputs. */
export interface NextClusterTarget extends NextCluster {
    loadBalancer: LoadBalancerTarget;
    /** The StackReference it was read from: what the records that use it depend on. */
    stack: pulumi.Resource;
}

export interface ClusterTrafficArgs {
    platform: PlatformSpec;
    cluster: string;
    /** The public zone (the environment stack's). Required. */
    zoneId: pulumi.Input<string>;
    /** This cluster's ingress load balancer. Required. */
    loadBalancer: pulumi.Output<LoadBalancerTarget>;
    /** The next deployed cluster after this one in failover order, if any. */
    next?: NextClusterTarget;
    /** This cluster's ARC routing control: the region counts as healthy only while it is On. @default none (health check alone) */
    routingControlArn?: pulumi.Input<string>;
    tags: Record<string, string>;
}

/**
 * A cluster's share of the API's DNS, in its own stack: its regional record, the HTTPS health
 * check of its `/healthz`, and its failover tier (see `planClusterFailover`): PRIMARY to its own
 * load balancer, SECONDARY to the next deployed cluster's, or to that cluster's tier. The next
 * cluster's stack was applied before this one, so every alias's target already exists; the
 * records that use it depend on its StackReference, which says so.
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
            apiHost: dns.apiHost,
            inverted: args.platform.drillFailCluster === args.cluster,
            healthCheckId: ownId,
            next: args.next,
        });
        const idOf = (id: string): pulumi.Input<string> => (id === ownId ? regionCheck.id : id);
        const checks = new Map<string, pulumi.Input<string>>([[ownId, regionCheck.id]]);
        for (const calculated of this.part.healthChecks) {
            if (calculated.kind !== "calculated") continue;
            checks.set(
                calculated.id,
                new aws.route53.HealthCheck(
                    `${name}-${calculated.id}`,
                    {
                        type: "CALCULATED",
                        childHealthchecks: calculated.children.map(idOf),
                        childHealthThreshold: calculated.threshold,
                        invertHealthcheck: calculated.inverted,
                        tags: { ...args.tags, Name: calculated.id },
                    },
                    parent,
                ).id,
            );
        }
        for (const record of this.part.records) {
            const target = record.target;
            const next = args.next;
            const fromNext = target.kind === "alias" || target.cluster !== args.cluster;
            if (fromNext && !next) throw new Error(`record ${record.setIdentifier} targets the next cluster, but there is none`);
            const alias =
                target.kind === "alias"
                    ? { name: target.name, zoneId: args.zoneId, evaluateTargetHealth: record.evaluateTargetHealth }
                    : target.cluster === args.cluster
                      ? { name: args.loadBalancer.dnsName, zoneId: args.loadBalancer.zoneId, evaluateTargetHealth: record.evaluateTargetHealth }
                      : { name: next?.loadBalancer.dnsName ?? "", zoneId: next?.loadBalancer.zoneId ?? "", evaluateTargetHealth: record.evaluateTargetHealth };
            new aws.route53.Record(
                `${name}-${record.setIdentifier}`,
                {
                    zoneId: args.zoneId,
                    name: record.name,
                    type: "A",
                    setIdentifier: record.setIdentifier,
                    failoverRoutingPolicies: [{ type: record.failover }],
                    healthCheckId: checks.get(record.healthCheckId) ?? record.healthCheckId,
                    aliases: [alias],
                },
                // The next cluster's records were made by its stack, applied before this one.
                { parent: this, dependsOn: fromNext && next ? [next.stack] : [] },
            );
        }
        this.published = pulumi.output({
            healthCheckId: this.healthCheckId,
            endpointHealthCheckId: check.id,
            tierRecord: this.part.tier.record ?? "",
            tierClusters: this.part.tier.clusters,
            tierHealthCheckIds: pulumi.all(this.part.tier.healthCheckIds.map(idOf)),
        });
        // The check the rollout's wave check reads (tools/rollout-checks/wave-check.sh, through the
        // stack output failover.endpointHealthCheckId): the endpoint's own, since Route 53's
        // GetHealthCheckStatus answers for no CALCULATED or RECOVERY_CONTROL check (rule
        // wave-check-reads-an-endpoint-check).
        this.registerOutputs({ healthCheckId: this.healthCheckId, published: this.published, waveCheckHealthCheckUrn: check.urn });
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
