import * as path from "path";
import { SLO_AVAILABILITY_ANNOTATION, type RuleGroup } from "../../components/workloads/slo";
import { DirectorySync } from "../offline-plan/files";
import type { PlanFile } from "../offline-plan/plan-file";
import type { ServiceRules } from "./rule-files";
import { availabilityRuleTest, backupRuleTest, ruleFile } from "./rule-files";

/** One PrometheusRule per service from the plan (every cluster carries the same rules). */
export function serviceRulesOf(plan: PlanFile): ServiceRules[] {
    const byService = new Map<string, ServiceRules>();
    for (const resource of plan.resources) {
        if (resource.type !== "kubernetes:monitoring.coreos.com/v1:PrometheusRule") continue;
        const inputs = resource.inputs as {
            metadata: { namespace: string; labels?: { app?: string }; annotations?: Record<string, string> };
            spec: { groups: RuleGroup[] };
        };
        // Only the services' SLO rules (the platform's own rules carry no service).
        const service = inputs.metadata.labels?.app;
        if (service === undefined || byService.has(service)) continue;
        const objective = inputs.metadata.annotations?.[SLO_AVAILABILITY_ANNOTATION];
        if (objective === undefined) continue;
        const availability = Number(objective);
        byService.set(service, { service, namespace: inputs.metadata.namespace, availability, groups: inputs.spec.groups });
    }
    return [...byService.values()].sort((a, b) => (a.service < b.service ? -1 : 1));
}

/** The PrometheusRules that are not a service's SLO rules (the platform's own alerts), by name, one per name. */
export function platformRulesOf(plan: PlanFile): Array<{ name: string; groups: RuleGroup[] }> {
    const byName = new Map<string, RuleGroup[]>();
    for (const resource of plan.resources) {
        if (resource.type !== "kubernetes:monitoring.coreos.com/v1:PrometheusRule") continue;
        const inputs = resource.inputs as { metadata: { name: string; annotations?: Record<string, string> }; spec: { groups: RuleGroup[] } };
        if (inputs.metadata.annotations?.[SLO_AVAILABILITY_ANNOTATION] !== undefined || byName.has(inputs.metadata.name)) continue;
        byName.set(inputs.metadata.name, inputs.spec.groups);
    }
    return [...byName].map(([name, groups]) => ({ name, groups })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Writes `prometheus/<service>.rules.yaml` and `<service>.test.yaml` beside plan.json, and each
 * platform rule set as `<name>.rules.yaml`, so promtool checks every rule a cluster runs.
 */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const services = serviceRulesOf(plan);
    const platform = platformRulesOf(plan);
    if (services.length === 0 && platform.length === 0) return [];
    const dir = path.join(stackDir, "prometheus");
    // Exactly this plan's files: promtool runs on every file in the folder.
    const files = new DirectorySync(dir);
    const written: string[] = [];
    for (const rules of services) {
        const rulesFile = `${rules.service}.rules.yaml`;
        files.add(rulesFile, ruleFile(rules.groups));
        files.add(`${rules.service}.test.yaml`, availabilityRuleTest(rules, rulesFile));
        written.push(path.join(dir, rulesFile), path.join(dir, `${rules.service}.test.yaml`));
    }
    for (const rules of platform) {
        files.add(`${rules.name}.rules.yaml`, ruleFile(rules.groups));
        written.push(path.join(dir, `${rules.name}.rules.yaml`));
        const test = backupRuleTest(rules.groups, `${rules.name}.rules.yaml`);
        if (test) {
            files.add(`${rules.name}.test.yaml`, test);
            written.push(path.join(dir, `${rules.name}.test.yaml`));
        }
    }
    await files.finish();
    return written;
}
