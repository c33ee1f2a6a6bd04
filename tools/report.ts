import type { PlanReport } from "./offline-plan/plan";
import { report as manifestReport } from "./manifests/report";
import { report as prometheusReport } from "./prometheus/report";
import { report as topologyReport } from "./topology/report";

/** The component whose subtree is one cluster: manifests are grouped by it. */
export const CLUSTER_GROUP_TYPE = "payments:platform:Cluster";

/**
 * Everything the plan writes beside plan.json, after the program, from the finished plan: the
 * topology picture, the Prometheus rule files, and the Kubernetes manifests (validated against
 * their schemas; an invalid one fails the plan, a kind with no schema is listed).
 */
export const report: PlanReport["report"] = async (plan, stackDir, context) => {
    const manifests = await manifestReport(plan, stackDir, { groupType: CLUSTER_GROUP_TYPE, crdDir: context.crdDir });
    const topology = await topologyReport(plan, stackDir);
    const prometheus = await prometheusReport(plan, stackDir);
    const unvalidated = manifests.outcome?.unvalidated ?? [];
    const notes =
        unvalidated.length > 0
            ? [
                  `${unvalidated.reduce((sum, [, count]) => sum + count, 0)} Kubernetes object(s) of ${unvalidated.length} kind(s) not schema-validated: see manifests/UNVALIDATED.txt`,
              ]
            : [];
    return { files: [...manifests.files, ...topology, ...prometheus], notes };
};
