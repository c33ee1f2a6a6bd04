import type { FailoverPlan, FailoverRecordPlan, HealthCheckPlan } from "../../components/dns/failover";
import type { EnvironmentPlan } from "./environment";

type Inputs = Record<string, unknown> & {
    aliases?: Array<{ name: string; evaluateTargetHealth: boolean }>;
    failoverRoutingPolicies?: Array<{ type: "PRIMARY" | "SECONDARY" }>;
};

/**
 * The failover routing Route 53 would serve once every stack of the plan is applied, read back
 * from the planned records and health checks of all the stacks (not from any stack's own idea
 * of it): what `resolveTraffic` runs failures against.
 */
export function routingOf(environment: EnvironmentPlan, apiHost: string): FailoverPlan {
    const clusterOfLoadBalancer = new Map(
        Object.entries(environment.clusters).map(([name, result]) => [(result.plan.outputs.ingress as { dnsName: string }).dnsName, name]),
    );
    const healthChecks: HealthCheckPlan[] = environment.resources
        .filter((r) => r.type === "aws:route53/healthCheck:HealthCheck")
        .map((r): HealthCheckPlan => {
            const inputs = r.inputs as Record<string, unknown>;
            const inverted = inputs.invertHealthcheck === true;
            return inputs.type === "CALCULATED"
                ? {
                      id: r.id ?? "",
                      kind: "calculated",
                      children: inputs.childHealthchecks as string[],
                      threshold: inputs.childHealthThreshold as number,
                      inverted,
                  }
                : { id: r.id ?? "", kind: "endpoint", cluster: String(inputs.fqdn).replace(`.${apiHost}`, ""), inverted };
        });
    const records: FailoverRecordPlan[] = environment.resources
        .filter((r) => r.type === "aws:route53/record:Record" && (r.inputs as Inputs).failoverRoutingPolicies)
        .map((r) => {
            const inputs = r.inputs as Inputs;
            const alias = inputs.aliases?.[0];
            if (!alias) throw new Error(`${r.name} has no alias`);
            const cluster = clusterOfLoadBalancer.get(alias.name);
            return {
                name: String(inputs.name),
                setIdentifier: String(inputs.setIdentifier),
                failover: inputs.failoverRoutingPolicies?.[0]?.type ?? "PRIMARY",
                healthCheckId: inputs.healthCheckId === undefined ? undefined : String(inputs.healthCheckId),
                target: cluster ? { kind: "cluster", cluster } : { kind: "alias", name: alias.name },
                evaluateTargetHealth: alias.evaluateTargetHealth,
            };
        });
    return { apiHost, healthChecks, records };
}
