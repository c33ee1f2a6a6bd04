/**
 * The project's rollout module for the offline plan (`--env <environment> --rollout tools/rollout.ts`):
 * reads the environment stack's topology and returns its stacks in the waves the apply workflow
 * runs (components/platform/rollout.ts), and between waves evaluates the wave checks against the
 * plans so far, as `tools/rollout-checks/wave-check.sh` would run them against AWS.
 */
import { controlPlaneReport, controlPlaneScenarios } from "./scenarios/control-planes";
import { describeRecovery, recoveryPaths, slowRecoveries } from "./scenarios/recovery";
import * as fs from "fs";
import * as path from "path";
import { formatIssues, readProjectConfig } from "../components/config/load";
import { DEFAULT_ROLLOUT_MAX_PARALLEL } from "../components/config/schema";
import { validatePlatformConfig } from "../components/config/validate";
import type { ClusterStackOutputs, EnvironmentOutputs } from "../components/platform/outputs";
import { environmentOutputs } from "../components/platform/outputs";
import type { RolloutWave, WaveCheck } from "../components/platform/rollout";
import { rolloutWaves, WAVE_CHECK_CALLS } from "../components/platform/rollout";
import type { RehomedEnvironment, RolloutContext } from "./offline-plan/cli";
import { rehomeCommands } from "./rehome/commands";
import { writeRehomedProject } from "./rehome/project";
import { generatedPolicyConfigs } from "./workflows/policy-configs";
import { stringify } from "yaml";
import type { PlanFile } from "./offline-plan/plan-file";
import type { ClusterPlan } from "./scenarios/engine";
import { describeDependency, regionLossScenarios, scenarioReport, zoneLossScenarios, zoneScenarioReport } from "./scenarios/engine";
import { allStacks, knownStacks, loadStackConfig, PlanInputError } from "./offline-plan/stack-config";

/** The environment's waves; the first rollout (no plan of the primary yet, or `--from-empty`) applies the primary first. */
export function rollout(
    environment: string,
    context: Pick<RolloutContext, "projectDir" | "subProjectsDir"> & Partial<RolloutContext> & { primaryDeployed?: boolean },
): RolloutWave[] {
    const config = loadStackConfig(context.projectDir, environment, context.subProjectsDir);
    if (config.projectDir !== context.projectDir)
        throw new PlanInputError(`--env ${environment}: ${environment} is a stack of ${config.project}, not an environment of the root project`);
    const result = validatePlatformConfig(readProjectConfig(config.values, config.project));
    if (!result.ok) throw new PlanInputError(formatIssues(result.issues, environment));
    const known = allStacks(context.projectDir, context.subProjectsDir);
    const missing = result.config.clusters.map((cluster) => cluster.name).filter((name) => !known.includes(name));
    if (missing.length > 0)
        throw new PlanInputError(
            `--env ${environment}: no stack for cluster ${missing.join(", ")}; add stacks/cluster/Pulumi.<cluster>.yaml with payments-cluster:environmentStack and payments-cluster:cluster`,
        );
    // In failover order, the primary first.
    const clusters = result.spec.clusters.map((cluster) => ({ name: cluster.name, drRole: cluster.drRole }));
    const primary = clusters.find((cluster) => cluster.drRole === "primary")?.name ?? "";
    const outDir = context.outDir ?? path.join(context.projectDir, "out");
    const primaryDeployed = context.primaryDeployed ?? (!context.fromEmpty && fs.existsSync(path.join(outDir, primary, "plan.json")));
    return rolloutWaves(environment, clusters, {
        environment: result.config.environment,
        maxParallel: result.config.rollout?.maxParallel ?? DEFAULT_ROLLOUT_MAX_PARALLEL,
        primaryDeployed,
    });
}

/** Why each wave check of `wave` could not pass against the plans in `outDir`; none if all pass. */
export function checkWave(
    environment: string,
    wave: { name: string; stacks: readonly string[]; checks?: readonly WaveCheck[] },
    context: Pick<RolloutContext, "outDir">,
): string[] {
    const read = (stack: string): PlanFile | undefined => {
        const file = path.join(context.outDir, stack, "plan.json");
        return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile) : undefined;
    };
    const env = read(environment);
    const checks = wave.checks ?? [];
    return checks.flatMap((check) => {
        const call = WAVE_CHECK_CALLS[check.kind];
        const fail = (why: string) => `wave ${wave.name}, stack ${check.stack}: ${call.call} cannot pass (${call.passes}): ${why}`;
        const plan = read(check.stack);
        if (!plan || !env) return [fail(`no plan of ${plan ? environment : check.stack}`)];
        return evaluate(check, plan, env).map(fail);
    });
}

/** One check against the simulated state: the checked stack's plan and the environment's. */
function evaluate(check: WaveCheck, plan: PlanFile, env: PlanFile): string[] {
    const envOutputs = env.outputs as Partial<EnvironmentOutputs>;
    const spec = envOutputs.spec;
    if (!spec) return [`${env.stack}'s plan has no spec output`];
    switch (check.kind) {
        case "secrets-replicated": {
            const regions = new Set(spec.clusters.map((cluster) => cluster.region));
            return Object.entries(envOutputs.secrets ?? {}).flatMap(([name, secret]) => {
                const home = spec.clusters[0]?.region;
                const missing = [...regions].filter((region) => region !== home && !secret.replicaRegions.includes(region));
                return missing.length > 0 ? [`secret ${name} has no replica in ${missing.join(", ")}, so DescribeSecret never reports it there`] : [];
            });
        }
        case "routing-controls-on": {
            // ARC creates a control Off: only a step that switches it On, once, lets the check pass.
            const switched = new Set(
                plan.resources
                    .filter((r) => r.type === "command:local:Command")
                    .map((r) => r.inputs as { create?: string; update?: string; environment?: Record<string, string> })
                    .filter((inputs) => inputs.create?.includes("update-routing-control-state") && inputs.create.includes("--routing-control-state On"))
                    .map((inputs) => inputs.environment?.ROUTING_CONTROL_ARN ?? ""),
            );
            return Object.entries(envOutputs.routingControls ?? {})
                .filter(([, arn]) => !switched.has(arn))
                .map(([cluster, arn]) => `routing control ${arn} (${cluster}) is created Off and no recorded step of ${plan.stack} switches it On`);
        }
        case "endpoint-healthy": {
            const outputs = plan.outputs as Partial<ClusterStackOutputs>;
            const problems: string[] = [];
            const endpoint = outputs.failover?.endpointHealthCheck;
            if (!outputs.failover?.endpointHealthCheckId || !endpoint) return [`${plan.stack} exports no failover.endpointHealthCheckId`];
            if (!["HTTP", "HTTPS", "HTTP_STR_MATCH", "HTTPS_STR_MATCH", "TCP"].includes(endpoint.type))
                problems.push(`failover.endpointHealthCheckId is a ${endpoint.type} check, for which Route 53 reports no status`);
            if (endpoint.inverted) problems.push(`its check is inverted (a drill is in progress: drillFailCluster), so a healthy cluster reports unhealthy`);
            if (!outputs.ingress) problems.push(`it exports no ingress load balancer for the check to reach`);
            // The health path is the public service's deep one: it answers only once that service's database is here.
            const service = spec.services.find((candidate) => candidate.public && candidate.healthPath === endpoint.resourcePath);
            if (service?.database && !outputs.databases?.[service.name])
                problems.push(
                    `${endpoint.resourcePath} needs ${service.name}'s database, which ${plan.stack} leaves out (its global cluster's writer, the primary's stack, is not applied before this wave)`,
                );
            return problems;
        }
    }
}

/**
 * Once every wave is planned: the loss of each region, over every cluster stack's plan (the
 * failure-scenario engine, tools/scenarios/engine.ts). A survivor that needs anything from a lost
 * region is a problem (the plan fails, naming the chain); the report is the table `--scenarios` prints.
 */
export function checkEnvironment(
    environment: string,
    waves: ReadonlyArray<{ name: string; stacks: readonly string[] }>,
    context: Pick<RolloutContext, "outDir">,
): { report: string[]; problems: string[] } {
    const clusters: ClusterPlan[] = waves
        .filter((wave) => wave.name !== "environment")
        .flatMap((wave) => wave.stacks)
        .flatMap((stack) => {
            const file = path.join(context.outDir, stack, "plan.json");
            if (!fs.existsSync(file)) return [];
            const plan = JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile;
            const region = plan.resources.find((r) => r.type === "pulumi:providers:aws")?.inputs as { region?: string } | undefined;
            return region?.region ? [{ stack, region: region.region, resources: plan.resources }] : [];
        });
    const environmentFile = path.join(context.outDir, environment, "plan.json");
    const environmentPlan = fs.existsSync(environmentFile) ? (JSON.parse(fs.readFileSync(environmentFile, "utf8")) as PlanFile) : undefined;
    const scenarios = regionLossScenarios(clusters, environmentPlan);
    const zones = zoneLossScenarios(clusters);
    const controlPlanes = controlPlaneScenarios([
        ...(environmentPlan ? [{ stack: environment, resources: environmentPlan.resources }] : []),
        ...clusters.map((cluster) => ({ stack: cluster.stack, resources: cluster.resources })),
    ]);
    // How long each loss takes to recover from, over the Region switch plans the environment has.
    // Read through the contract: a plan of another shape has no objectives to recover against.
    const objectives = environmentOutputs.shape.spec.safeParse(environmentPlan?.outputs.spec).data?.objectives;
    const recoveries =
        environmentPlan && objectives
            ? scenarios.map((scenario) => ({
                  scenario,
                  paths: recoveryPaths(
                      { resources: environmentPlan.resources, responseMinutes: objectives.responseMinutes },
                      scenario.lost,
                      scenario.lostClusters,
                  ),
              }))
            : [];
    return {
        report: [
            `Failure scenarios of ${environment} (the loss of each region, over the plans):`,
            ...scenarioReport(scenarios),
            ...(objectives
                ? [
                      `Recovery from the loss of each region (over the Region switch plans; typical durations in tools/scenarios/recovery.ts):`,
                      ...recoveries.flatMap(({ scenario, paths }) =>
                          paths.length === 0
                              ? [`loss of ${scenario.lost}: no switch needed (no plan's primary is there)`]
                              : paths.map((recovery) => `loss of ${scenario.lost}: ${describeRecovery(recovery, objectives.rtoMinutes)}`),
                      ),
                  ]
                : []),
            `The loss of each availability zone of each cluster:`,
            ...zoneScenarioReport(zones),
            `The loss of a global service's control plane:`,
            ...controlPlaneReport(controlPlanes),
        ],
        problems: [
            ...zones.flatMap((scenario) => scenario.broken.map((line) => `loss of ${scenario.zone} in ${scenario.stack}: ${line}`)),
            ...controlPlanes.flatMap((scenario) => scenario.broken.map((line) => `loss of ${scenario.controlPlane.name}'s control plane: ${line}`)),
            ...scenarios.flatMap((scenario) => [
                ...(scenario.pagedFrom?.length === 0
                    ? [
                          `loss of ${scenario.lost}: nothing pages: no probe in a surviving region checks ${scenario.lostClusters.join(", ")} with an alarm to a surviving topic (components/platform/regional-probes.ts)`,
                      ]
                    : []),
                ...scenario.broken.map((dependency) => `loss of ${scenario.lost}: survivor ${describeDependency(dependency)}`),
            ]),
            ...recoveries.flatMap(({ scenario, paths }) => (objectives ? slowRecoveries(scenario.lost, paths, objectives.rtoMinutes) : [])),
        ],
    };
}

/**
 * `npm run --silent rollout -- environments | clusters <environment> | drills`: the stacks, one per
 * line, for scripts (.ci/run) that would otherwise list them again.
 */
function main(argv: readonly string[]): number {
    const projectDir = path.resolve(__dirname, "..");
    const subProjectsDir = path.join(projectDir, "stacks");
    const [what, environment] = argv;
    const lines =
        what === "environments"
            ? knownStacks(projectDir)
            : what === "clusters" && environment
              ? rollout(environment, { projectDir, subProjectsDir, primaryDeployed: true })
                    .filter((wave) => wave.name !== "environment")
                    .flatMap((wave) => wave.stacks)
              : what === "drills"
                ? knownStacks(path.join(subProjectsDir, "dr-drill"))
                : undefined;
    if (!lines) {
        process.stderr.write("usage: rollout (environments | clusters <environment> | drills)\n");
        return 2;
    }
    process.stdout.write(lines.map((line) => `${line}\n`).join(""));
    return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

/**
 * `npm run plan -- --env <environment> --rehome <survivor>`: the environment with its primary's
 * region left for good (tools/rehome/project.ts), and the commands that carry the state over,
 * from the plans as they are and as they will be (tools/rehome/commands.ts).
 */
export async function rehome(environment: string, survivor: string, context: RolloutContext): Promise<RehomedEnvironment> {
    const subProjectsDir = context.subProjectsDir ?? path.join(context.projectDir, "stacks");
    const project = await writeRehomedProject(context.projectDir, subProjectsDir, environment, survivor, generatedPolicyConfigs);
    const read = (outDir: string, stack: string) => {
        const file = path.join(outDir, stack, "plan.json");
        return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as PlanFile).resources : [];
    };
    return {
        projectDir: project.dir,
        subProjectsDir: project.subProjectsDir,
        ...(project.policyConfigDir ? { policyConfigDir: project.policyConfigDir } : {}),
        commands: (rehomedOutDir, waves) =>
            rehomeCommands({
                environment,
                lostRegion: project.lostRegion,
                lostStacks: project.lostClusters.map((stack) => ({ stack, workDir: path.relative(context.projectDir, path.join(subProjectsDir, "cluster")) })),
                survivor: project.survivor,
                stacks: waves.flatMap((wave) =>
                    wave.stacks.map((stack) => ({
                        stack,
                        workDir: wave.name === "environment" ? "." : path.relative(context.projectDir, path.join(subProjectsDir, "cluster")),
                        current: read(context.outDir, stack),
                        rehomed: read(rehomedOutDir, stack),
                    })),
                ),
                clustersYaml: stringify(project.clusters),
                movedImages: project.movedImages,
                waves: waves.map((wave) => wave.stacks),
            }),
    };
}
