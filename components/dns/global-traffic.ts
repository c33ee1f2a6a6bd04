import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { PlatformSpec } from "../topology/expand";
import { regionalApiHost } from "../workloads/payments";
import { FailoverPlan, planFailover } from "./failover";

/** Seconds resolvers may cache an answer: short, so a failover takes effect within a minute. */
export const RECORD_TTL_SECONDS = 60;

export interface LoadBalancerTarget {
    dnsName: string;
    /** The load balancer's canonical hosted zone, for alias records. */
    zoneId: string;
}

export interface GlobalTrafficArgs {
    platform: PlatformSpec;
    /** Each cluster's ingress load balancer, primary first. Required. */
    clusters: Array<{ name: string; loadBalancer: pulumi.Output<LoadBalancerTarget> }>;
    tags: Record<string, string>;
}

/**
 * DNS for the payments API: the public zone (found by name, or created), a record per cluster
 * for its own API host, an HTTPS health check of `/healthz` per cluster, and failover records
 * tiered in topology priority (see `planFailover`). A drill inverts one cluster's check.
 * Route 53 is global: the parent's provider (the primary's) creates everything.
 */
export class GlobalTraffic extends pulumi.ComponentResource {
    readonly zoneId: pulumi.Output<string>;
    readonly apiFqdn: string;
    readonly plan: FailoverPlan;
    /** Route 53 health check id per cluster. */
    readonly healthCheckIds: Record<string, pulumi.Output<string>>;

    constructor(name: string, args: GlobalTrafficArgs, opts?: pulumi.ComponentResourceOptions) {
        super("payments:dns:GlobalTraffic", name, {}, opts);
        const parent = { parent: this };
        const dns = args.platform.dns;
        this.apiFqdn = dns.apiHost;
        this.zoneId = dns.existingZone
            ? aws.route53.getZoneOutput({ name: dns.zoneName, privateZone: false }, parent).zoneId
            : new aws.route53.Zone(`${name}-zone`, { name: dns.zoneName, comment: "payments-platform public API", tags: args.tags }, parent).zoneId;

        const lbOf = new Map(args.clusters.map((cluster) => [cluster.name, cluster.loadBalancer]));
        for (const cluster of args.clusters) {
            // Each cluster's own API host: what its health check probes, and what operators use.
            new aws.route53.Record(
                `${name}-${cluster.name}-regional`,
                {
                    zoneId: this.zoneId,
                    name: regionalApiHost(cluster.name, dns.apiHost),
                    type: "A",
                    aliases: [{ name: cluster.loadBalancer.dnsName, zoneId: cluster.loadBalancer.zoneId, evaluateTargetHealth: true }],
                },
                parent,
            );
        }

        this.plan = planFailover(
            args.clusters.map((cluster) => cluster.name),
            dns.apiHost,
            args.platform.drillFailCluster ? [args.platform.drillFailCluster] : [],
        );
        const checks = new Map<string, aws.route53.HealthCheck>();
        for (const check of this.plan.healthChecks) {
            const resource =
                check.kind === "endpoint"
                    ? new aws.route53.HealthCheck(
                          `${name}-${check.id}`,
                          {
                              type: "HTTPS",
                              fqdn: regionalApiHost(check.cluster, dns.apiHost),
                              port: 443,
                              resourcePath: "/healthz",
                              enableSni: true,
                              requestInterval: dns.healthCheck.requestInterval,
                              failureThreshold: dns.healthCheck.failureThreshold,
                              regions: [...dns.healthCheck.regions],
                              measureLatency: true,
                              // A drill inverts, never disables: a disabled check counts as healthy.
                              invertHealthcheck: check.inverted,
                              tags: { ...args.tags, Name: `${check.cluster} /healthz`, cluster: check.cluster },
                          },
                          parent,
                      )
                    : new aws.route53.HealthCheck(
                          `${name}-${check.id}`,
                          {
                              type: "CALCULATED",
                              childHealthchecks: check.children.map((child) => {
                                  const childCheck = checks.get(child);
                                  if (!childCheck) throw new Error(`health check ${child} is declared after its parent`);
                                  return childCheck.id;
                              }),
                              childHealthThreshold: check.threshold,
                              invertHealthcheck: check.inverted,
                              tags: { ...args.tags, Name: check.id },
                          },
                          parent,
                      );
            checks.set(check.id, resource);
        }
        // Route 53 refuses an alias to a record of the same zone that does not exist yet: the
        // deepest tier is created first, and each alias waits for every record of its target.
        const recordsByName = new Map<string, aws.route53.Record[]>();
        for (const record of [...this.plan.records].reverse()) {
            const check = checks.get(record.healthCheckId);
            if (!check) throw new Error(`record ${record.setIdentifier} refers to unknown health check ${record.healthCheckId}`);
            const target = record.target;
            const alias =
                target.kind === "cluster"
                    ? {
                          name: lbOfCluster(lbOf, target.cluster).dnsName,
                          zoneId: lbOfCluster(lbOf, target.cluster).zoneId,
                          evaluateTargetHealth: record.evaluateTargetHealth,
                      }
                    : { name: target.name, zoneId: this.zoneId, evaluateTargetHealth: record.evaluateTargetHealth };
            const targets = target.kind === "alias" ? (recordsByName.get(target.name) ?? []) : [];
            if (target.kind === "alias" && targets.length === 0)
                throw new Error(`record ${record.setIdentifier} aliases ${target.name}, which the failover plan does not create`);
            const created = new aws.route53.Record(
                `${name}-${record.setIdentifier}`,
                {
                    zoneId: this.zoneId,
                    name: record.name,
                    type: "A",
                    setIdentifier: record.setIdentifier,
                    failoverRoutingPolicies: [{ type: record.failover }],
                    healthCheckId: check.id,
                    aliases: [alias],
                },
                { parent: this, dependsOn: targets },
            );
            recordsByName.set(record.name, [...(recordsByName.get(record.name) ?? []), created]);
        }
        this.healthCheckIds = {};
        for (const check of this.plan.healthChecks) {
            const resource = checks.get(check.id);
            if (check.kind === "endpoint" && resource) this.healthCheckIds[check.cluster] = resource.id;
        }
        this.registerOutputs({ zoneId: this.zoneId, apiFqdn: this.apiFqdn, healthCheckIds: this.healthCheckIds });
    }
}

function lbOfCluster(map: Map<string, pulumi.Output<LoadBalancerTarget>>, cluster: string): pulumi.Output<LoadBalancerTarget> {
    const lb = map.get(cluster);
    if (!lb) throw new Error(`no load balancer for cluster ${cluster}`);
    return lb;
}
