/**
 * Each cluster stack's policy config, `policy/config/<cluster>.json`: its environment's cluster
 * config (`policy/clusters/<environment>.json`) with the cluster's own overrides on top
 * (`policy/clusters/<cluster>.json`, if any), and what the topology says a rule needs (every
 * database region's VPC, for writer-reachable-from-every-region). Written by `npm run workflows`;
 * the re-homing plan writes them for its new topology (tools/rehome/project.ts).
 */
import * as fs from "fs";
import * as path from "path";
import * as prettier from "prettier";
import { PlanInputError } from "../offline-plan/stack-config";
import { environmentsOf } from "./environments";

const REPO = path.resolve(__dirname, "..", "..");
const CLUSTER_POLICY = path.join("policy", "clusters");
/** The rule whose config the topology gives (every database region's VPC). */
const WRITER_RULE = "writer-reachable-from-every-region";
const POLICY_CONFIG = path.join("policy", "config");

/** A policy config: rule name → its settings. An override replaces a rule's settings key by key. */
type PolicyConfig = Record<string, Record<string, unknown>>;

function readPolicyConfig(file: string): PolicyConfig | undefined {
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as PolicyConfig) : undefined;
}

/** Each cluster stack's policy config, `policy/config/<cluster>.json` → text (formatted as Prettier keeps the repository): its environment's, with its own overrides. */
export async function generatedPolicyConfigs(projectDir: string = REPO): Promise<Map<string, string>> {
    const options = { ...(await prettier.resolveConfig(path.join(projectDir, POLICY_CONFIG, "x.json"))), parser: "json" };
    const configs = environmentsOf(projectDir).flatMap((env) => {
        const shared = path.join(CLUSTER_POLICY, `${env.name}.json`);
        const base = readPolicyConfig(path.join(projectDir, shared));
        if (!base)
            throw new PlanInputError(`${shared}: no policy config for ${env.name}'s cluster stacks; write it (every stack's pack runs with its own config)`);
        return env.clusters.map((cluster) => {
            const overrides = readPolicyConfig(path.join(projectDir, CLUSTER_POLICY, `${cluster.name}.json`)) ?? {};
            const merged: PolicyConfig = { ...base };
            // From the topology, not written by hand: where each database's writer can be.
            if (env.writers.length > 1) merged[WRITER_RULE] = { writers: env.writers };
            for (const [rule, settings] of Object.entries(overrides)) merged[rule] = { ...(base[rule] ?? {}), ...settings };
            return [path.join(POLICY_CONFIG, `${cluster.name}.json`), JSON.stringify(merged)] as const;
        });
    });
    return new Map(await Promise.all(configs.map(async ([file, json]) => [file, await prettier.format(json, options)] as const)));
}
