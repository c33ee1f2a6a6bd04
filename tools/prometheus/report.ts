import * as path from "path";
import { SLO_AVAILABILITY_ANNOTATION, type RuleGroup } from "../../components/workloads/slo";
import { DirectorySync } from "../offline-plan/files";
import type { PlanFile } from "../offline-plan/plan-file";
import { availabilityRuleTest, ruleFile, ServiceRules } from "./rule-files";

/** One PrometheusRule per service from the plan (every cluster carries the same rules). */
export function serviceRulesOf(plan: PlanFile): ServiceRules[] {
    const byService = new Map<string, ServiceRules>();
    for (const resource of plan.resources) {
        if (resource.type !== "kubernetes:monitoring.coreos.com/v1:PrometheusRule") continue;
        const inputs = resource.inputs as {
            metadata: { namespace: string; labels: { app: string }; annotations?: Record<string, string> };
            spec: { groups: RuleGroup[] };
        };
        const service = inputs.metadata.labels.app;
        if (byService.has(service)) continue;
        const objective = inputs.metadata.annotations?.[SLO_AVAILABILITY_ANNOTATION];
        if (objective === undefined) continue;
        const availability = Number(objective);
        byService.set(service, { service, namespace: inputs.metadata.namespace, availability, groups: inputs.spec.groups });
    }
    return [...byService.values()].sort((a, b) => (a.service < b.service ? -1 : 1));
}

/** Writes `prometheus/<service>.rules.yaml` and `<service>.test.yaml` beside plan.json. */
export async function report(plan: PlanFile, stackDir: string): Promise<string[]> {
    const services = serviceRulesOf(plan);
    if (services.length === 0) return [];
    const dir = path.join(stackDir, "prometheus");
    // Exactly this plan's files: promtool runs on every file in the folder.
    const files = new DirectorySync(dir);
    for (const rules of services) {
        const rulesFile = `${rules.service}.rules.yaml`;
        files.add(rulesFile, ruleFile(rules.groups));
        files.add(`${rules.service}.test.yaml`, availabilityRuleTest(rules, rulesFile));
    }
    await files.finish();
    return services.flatMap((rules) => [path.join(dir, `${rules.service}.rules.yaml`), path.join(dir, `${rules.service}.test.yaml`)]);
}
