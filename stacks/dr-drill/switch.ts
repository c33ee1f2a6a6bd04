import * as pulumi from "@pulumi/pulumi";
import { z } from "zod";
import type { RegionSwitchOutputs } from "../../components/platform/outputs";
import { DRILL_DATABASE_USER, POSTGRES_PORT } from "../../components/data/names";

/** How a drill moves payments: through the environment's Region switch plan, graceful unless told otherwise. */
export type ExecutionMode = "graceful" | "ungraceful";

/**
 * The mode of each execution of a drill: away as configured; back always graceful (a switchover
 * of the drill's own writer, never a failover that may lose what was written during the drill).
 * An ungraceful drill fails over the live writer with possible data loss, so it needs a second,
 * explicit confirmation: `confirmUngraceful` set to the failed cluster's name. Pure.
 */
export function drillModes(mode: string, confirmUngraceful: string | undefined, failCluster: string): { away: ExecutionMode; back: ExecutionMode } {
    if (mode !== "graceful" && mode !== "ungraceful")
        throw new pulumi.RunError(
            `payments-dr-drill:mode: "${mode}" is neither graceful (switchover, no data loss) nor ungraceful (failover, as in a real outage)`,
        );
    if (mode === "ungraceful" && confirmUngraceful !== failCluster)
        throw new pulumi.RunError(
            `payments-dr-drill:confirmUngraceful: an ungraceful drill fails over ${failCluster}'s live writer and may lose what was written in the last seconds; set it to "${failCluster}" to confirm, or drill graceful`,
        );
    return { away: mode, back: "graceful" };
}

/** The plan a drill executes, and the two executions: away to the survivor, and back. */
export interface DrillSwitch {
    planArn: string;
    planName: string;
    /** Where ARC writes each execution's report. */
    reports: string;
    away: { cluster: string; region: string };
    back: { cluster: string; region: string };
}

/**
 * The Region switch plan that pairs the failed cluster (the primary) with the survivor, from the
 * environment's `regionSwitch` output; undefined when the environment has no plans (no ARC: the
 * drill moves traffic by inverting a health check instead). Pure.
 */
export function drillSwitch(
    regionSwitch: RegionSwitchOutputs | undefined,
    failed: { name: string; region: string },
    survivor: { name: string; region: string },
): DrillSwitch | undefined {
    if (!regionSwitch || Object.keys(regionSwitch.plans).length === 0) return undefined;
    const plan = regionSwitch.plans[survivor.name];
    if (!plan || !plan.regions.includes(failed.region) || !plan.regions.includes(survivor.region))
        throw new pulumi.RunError(
            `restoreInto: no Region switch plan pairs ${failed.name} with ${survivor.name} (plans: ${Object.keys(regionSwitch.plans).join(", ")}); drill into a cluster the environment has a plan for`,
        );
    return {
        planArn: plan.arn,
        planName: plan.name,
        reports: plan.reports,
        away: { cluster: survivor.name, region: survivor.region },
        back: { cluster: failed.name, region: failed.region },
    };
}

/**
 * Aurora PostgreSQL's RPO lag of a global database's secondary, in milliseconds (Aurora user
 * guide, "Amazon CloudWatch metrics for Amazon Aurora"; `rpo_lag_in_msec` of
 * `aurora_global_db_status`): how much committed data the member lacks.
 */
export const RPO_LAG_METRIC = "AuroraGlobalDBRPOLag";
/** The minutes before a switch whose highest RPO lag the drill reports: what the switch put at risk. */
export const RPO_WINDOW_MINUTES = 5;

/** How often the drill asks ARC how the execution is going, and how long it waits before failing the drill. */
export const EXECUTION_POLL_SECONDS = 20;
export const EXECUTION_TIMEOUT_MINUTES = 60;
/** Execution states (ARC's ListPlanExecutions) that end a drill's wait: done, or failed and left for a person. */
export const EXECUTION_DONE = ["completed"] as const;
export const EXECUTION_STOPPED = ["completedWithExceptions", "failed", "canceled", "planExecutionTimedOut", "pausedByFailedStep", "pausedByOperator"] as const;

/** Where the drill runner finds the RDS certificate authorities when `RDS_CA_BUNDLE` names no local copy (RDS user guide, "Using SSL/TLS"). */
export const RDS_CA_BUNDLE_URL = "https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem";
/** How long the drill waits for its first marker to be acknowledged by each writer before it refuses to switch. */
export const FIRST_MARKER_SECONDS = 60;

/**
 * Every reader member of each global database connected to its writer: a switchover started
 * while one resynchronises may lose writes or stop half-way with the writers split.
 */
function syncCheck(): string[] {
    const unsynced = 'GlobalClusters[0].[Status, length(GlobalClusterMembers[?!IsWriter && SynchronizationStatus != `"connected"`])]';
    return [
        "for global in ${GLOBAL_CLUSTERS:-}; do",
        `  read -r status unsynced < <(aws rds describe-global-clusters --region "$TARGET_REGION" --global-cluster-identifier "$global" --query '${unsynced}' --output text)`,
        '  if [ "$status" != "available" ] || [ "$unsynced" != "0" ]; then',
        '    echo "global database $global is $status with $unsynced member(s) not connected to its writer: a switch now could lose writes or split the writers; wait until every member is in sync (aws rds describe-global-clusters), then run the drill again" >&2',
        "    exit 1",
        "  fi",
        "done",
    ];
}

/**
 * The write markers: from before the switch until it ends, a row a second into each database's
 * writer (its cluster endpoint in `FROM_REGION`), as the drill's own user, each acknowledged
 * commit remembered with its time. A switch makes the old writer read-only, so the acknowledged
 * rows are exactly what a payment would have been told was saved.
 */
function startMarkers(): string[] {
    return [
        "markers=$(mktemp -d)",
        "trap 'touch \"$markers/stop\"' EXIT",
        "ca=${RDS_CA_BUNDLE:-}",
        `if [ -z "$ca" ] && [ -n "\${FROM_MEMBERS:-}" ]; then ca="$markers/rds-ca.pem"; curl -fsS --retry 3 -o "$ca" ${RDS_CA_BUNDLE_URL}; fi`,
        'endpoint() { aws rds describe-db-clusters --region "$1" --db-cluster-identifier "$2" --query \'DBClusters[0].Endpoint\' --output text; }',
        // A token a connection (IAM authentication, TLS verified): the drill's user, in its markers' database.
        "marker_sql() {",
        `  PGPASSWORD=$(aws rds generate-db-auth-token --region "$1" --hostname "$2" --port ${POSTGRES_PORT} --username ${DRILL_DATABASE_USER}) \\`,
        `    psql "host=$2 port=${POSTGRES_PORT} dbname=${DRILL_DATABASE_USER} user=${DRILL_DATABASE_USER} sslmode=verify-full sslrootcert=$ca connect_timeout=5" -XAtq -v ON_ERROR_STOP=1 -v drill="$DRILL_ID" <<<"$3"`,
        "}",
        "pids=()",
        "for member in ${FROM_MEMBERS:-}; do",
        '  host=$(endpoint "$FROM_REGION" "$member")',
        `  marker_sql "$FROM_REGION" "$host" "create table if not exists markers (drill text, seq bigint, at timestamptz not null default clock_timestamp(), primary key (drill, seq)); delete from markers where drill <> :'drill';" >/dev/null \\`,
        `    || { echo "cannot write a marker to $member ($FROM_REGION) as ${DRILL_DATABASE_USER}: the drill runner needs psql, rds-db:connect on dbuser:*/${DRILL_DATABASE_USER} in $FROM_REGION, and the deploy network's route to the database (README, DR drills)" >&2; exit 1; }`,
        '  : > "$markers/$member"',
        '  ( seq=0; while [ ! -e "$markers/stop" ]; do seq=$((seq + 1)); if marker_sql "$FROM_REGION" "$host" "insert into markers (drill, seq) values (:\'drill\', $seq);" >/dev/null 2>&1; then echo "$seq $(date -u +%s)" >> "$markers/$member"; fi; sleep 1; done ) &',
        "  pids+=($!)",
        "done",
        "for member in ${FROM_MEMBERS:-}; do",
        `  for _ in $(seq ${FIRST_MARKER_SECONDS}); do [ -s "$markers/$member" ] && break; sleep 1; done`,
        `  [ -s "$markers/$member" ] || { echo "no marker written to $member in ${FIRST_MARKER_SECONDS} s: the drill cannot measure what a switch loses, so it does not switch" >&2; exit 1; }`,
        "done",
    ];
}

/**
 * After the switch: each database's newest marker as the new writer (its member in
 * `TARGET_REGION`) holds it, against what the old writer acknowledged. Acknowledged markers
 * missing there are writes the switch lost; their span is the data lost, in seconds (to the
 * markers' one-second resolution).
 */
function measureMarkers(): string[] {
    const lost = [
        '($acks | split("\\n") | map(select(length > 0) | split(" ") | map(tonumber))) as $a',
        "| ($a | map(select(.[0] > $newest))) as $lost",
        "| ($a | map(select(.[0] <= $newest)) | last) as $kept",
        "| {from: $member, to: $target, acknowledged: ($a | length), newestPresent: $newest, lostWrites: ($lost | length),",
        "   dataLossSeconds: (if ($lost | length) == 0 then 0 else ($a[-1][1] - (($kept // $lost[0])[1])) end)}",
    ].join(" ");
    return [
        'touch "$markers/stop"',
        'if [ ${#pids[@]} -gt 0 ]; then wait "${pids[@]}"; fi',
        "written='[]'",
        'read -ra targets <<<"${TARGET_MEMBERS:-}"',
        "i=0",
        "for member in ${FROM_MEMBERS:-}; do",
        "  target=${targets[$i]}; i=$((i + 1))",
        '  host=$(endpoint "$TARGET_REGION" "$target")',
        `  newest=$(marker_sql "$TARGET_REGION" "$host" "select coalesce(max(seq), 0) from markers where drill = :'drill';")`,
        `  written=$(jq -c --arg member "$member" --arg target "$target" --argjson newest "$newest" --rawfile acks "$markers/$member" '. + [${lost}]' <<<"$written")`,
        "done",
    ];
}

/**
 * The shell the drill runs (through @pulumi/command, on the machine running \`pulumi up\`, with
 * the AWS CLI v2, jq, curl and psql, in the deploy network) to execute the plan and wait for it:
 * it checks the databases are in sync, starts the write markers, activates \`TARGET_REGION\`
 * through the ARC data plane in that region (a region being switched away from may be the one
 * failing), polls until the execution ends, and prints the execution as JSON with what the
 * switch put at risk and what it lost: the drill's evidence. Values come from the environment,
 * never from the script's text. Pure.
 */
export function planExecutionScript(): string {
    const rs = 'aws arc-region-switch --region "$TARGET_REGION"';
    return [
        "set -euo pipefail",
        ...syncCheck(),
        ...startMarkers(),
        `execution=$(${rs} start-plan-execution --plan-arn "$PLAN_ARN" --target-region "$TARGET_REGION" --action activate --mode "$MODE" --comment "$COMMENT" --query executionId --output text)`,
        'echo "Region switch execution $execution: activating $TARGET_REGION ($MODE)" >&2',
        `deadline=$(( $(date +%s) + ${EXECUTION_TIMEOUT_MINUTES * 60} ))`,
        "while :; do",
        `  state=$(${rs} get-plan-execution --plan-arn "$PLAN_ARN" --execution-id "$execution" --no-paginate --query executionState --output text)`,
        '  case "$state" in',
        `    ${EXECUTION_DONE.join("|")}) break ;;`,
        `    ${EXECUTION_STOPPED.join("|")}) echo "Region switch execution $execution stopped: $state; see its steps in the ARC console (the plan's executions) and the drill runbook" >&2; exit 1 ;;`,
        "  esac",
        `  if [ "$(date +%s)" -ge "$deadline" ]; then echo "Region switch execution $execution still $state after ${EXECUTION_TIMEOUT_MINUTES} min; it goes on: watch it in the ARC console" >&2; exit 1; fi`,
        `  sleep ${EXECUTION_POLL_SECONDS}`,
        "done",
        ...measureMarkers(),
        `report=$(${rs} get-plan-execution --plan-arn "$PLAN_ARN" --execution-id "$execution" --no-paginate --output json --query '{executionId: executionId, executionState: executionState, executionAction: executionAction, executionRegion: executionRegion, mode: mode, startTime: startTime, endTime: endTime, actualRecoveryTime: actualRecoveryTime, stepStates: stepStates[].{name: name, status: status, startTime: startTime, endTime: endTime}}')`,
        // The data the switch put at risk: each activated member's RPO lag (Aurora's AuroraGlobalDBRPOLag,
        // in milliseconds) at its highest in the minutes before the execution started; null when
        // CloudWatch has no datapoint, which fails the evidence rather than passing unmeasured.
        'started=$(date -u -d "$(jq -r .startTime <<<"$report")" +%s)',
        `from=$(date -u -d "@$((started - ${RPO_WINDOW_MINUTES * 60}))" +%Y-%m-%dT%H:%M:%SZ); to=$(date -u -d "@$started" +%Y-%m-%dT%H:%M:%SZ)`,
        "rpo='[]'",
        "for member in ${TARGET_MEMBERS:-}; do",
        `  lag=$(aws cloudwatch get-metric-statistics --region "$TARGET_REGION" --namespace AWS/RDS --metric-name ${RPO_LAG_METRIC} --dimensions Name=DBClusterIdentifier,Value="$member" --start-time "$from" --end-time "$to" --period 60 --statistics Maximum --query 'max(Datapoints[].Maximum)' --output json)`,
        '  rpo=$(jq -c --arg member "$member" --argjson lag "$lag" \'. + [{member: $member, maxLagMs: $lag}]\' <<<"$rpo")',
        "done",
        'jq --argjson rpo "$rpo" --argjson written "$written" --arg from "$from" --arg to "$to" \'. + {rpoLagBeforeSwitch: {from: $from, to: $to, members: $rpo}, writeMarkers: $written}\' <<<"$report"',
    ].join("\n");
}

/** A measured figure: a drill whose evidence lacks one measured nothing there (ARC leaves it null until it has it). */
const measured = (what: string) => z.string({ error: `${what} is missing` }).min(1, { error: `${what} is empty` });

const executionSchema = z.object({
    executionId: z.string().min(1),
    executionState: z.string(),
    executionAction: z.string(),
    executionRegion: z.string(),
    mode: z.string(),
    startTime: measured("startTime"),
    endTime: measured("endTime"),
    // ARC: the plan's run plus the time until its application-health alarms are OK again (GetPlanExecution).
    actualRecoveryTime: measured("actualRecoveryTime (ARC measures it only for a plan with application-health alarms)").regex(
        /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
        { error: "actualRecoveryTime is not an ISO 8601 duration" },
    ),
    /**
     * The data at risk: each activated member's highest RPO lag in the minutes before the switch.
     * A graceful switch (a switchover) waits for it and loses none; an ungraceful one loses up to it.
     */
    rpoLagBeforeSwitch: z.object({
        from: measured("rpoLagBeforeSwitch.from"),
        to: measured("rpoLagBeforeSwitch.to"),
        members: z.array(
            z.object({
                member: z.string(),
                maxLagMs: z.number({ error: "no RPO lag datapoint in CloudWatch for the member: the data at risk is unmeasured" }).min(0),
            }),
        ),
    }),
    /**
     * What the switch lost, measured: per database, the markers the old writer acknowledged, the
     * newest the new writer holds, and the acknowledged ones it lacks with their span in seconds.
     */
    writeMarkers: z.array(
        z.object({
            from: z.string(),
            to: z.string(),
            acknowledged: z.number().int().min(1, { error: "no marker was acknowledged before the switch: nothing measured" }),
            newestPresent: z.number({ error: "the new writer's newest marker is missing" }).int().min(0),
            lostWrites: z.number().int().min(0),
            dataLossSeconds: z.number().min(0),
        }),
        { error: "writeMarkers is missing" },
    ),
    /** Each step of the workflow, as ARC ran it: when it started and ended. */
    stepStates: z
        .array(
            z.object({ name: measured("a step's name"), status: z.string(), startTime: measured("a step's startTime"), endTime: measured("a step's endTime") }),
            {
                error: "stepStates is missing",
            },
        )
        .min(1, { error: "stepStates is empty: ARC reported no step" }),
});
export type PlanExecutionEvidence = z.infer<typeof executionSchema>;

/** A switchover (graceful) waits for every secondary: an acknowledged write it lost is a finding, not a figure. */
const evidenceSchema = executionSchema.superRefine((execution, context) => {
    if (execution.mode !== "graceful") return;
    for (const [index, markers] of execution.writeMarkers.entries())
        if (markers.lostWrites > 0)
            context.addIssue({
                code: "custom",
                path: ["writeMarkers", index, "lostWrites"],
                message: `a graceful switch lost ${markers.lostWrites} acknowledged write(s) (${markers.dataLossSeconds} s) from ${markers.from} to ${markers.to}: a switchover must lose none; keep the drill's record and open an AWS support case before the next drill`,
            });
});

/**
 * The execution the script printed, checked as evidence: a figure ARC left null (the recovery
 * time, a step's start or end) fails the drill, naming it, rather than passing with nothing
 * measured. Pure.
 */
export function parseExecution(step: string, stdout: string): PlanExecutionEvidence {
    let parsed: unknown;
    try {
        parsed = JSON.parse(stdout);
    } catch {
        throw new pulumi.RunError(`${step}: the Region switch execution printed no JSON (${stdout.slice(0, 200)}); see the execution in the ARC console`);
    }
    const result = evidenceSchema.safeParse(parsed);
    if (!result.success)
        throw new pulumi.RunError(
            `${step}: the Region switch execution is no evidence: ${result.error.issues
                .map((issue) => `${issue.path.join(".") || "execution"}: ${issue.message}`)
                .join("; ")}; see the execution in the ARC console`,
        );
    return result.data;
}

/** What a reviewer checks after the drill, and how: the measurements that make it evidence. Pure. */
export function measurements(drill: DrillSwitch, rtoMinutes: number): string[] {
    return [
        `report: ARC's report of each execution (every step, its timing) under ${drill.reports}`,
        `recovery time: the away execution's actualRecoveryTime (ARC: from start to the workflow's end) against objectives.rtoMinutes ${rtoMinutes}`,
        `data loss: none in a graceful switch (Aurora switchover); after it, aws rds describe-global-clusters shows each writer in ${drill.away.region}, and back in ${drill.back.region} at the end`,
        `capacity: the payment services' replicas in ${drill.away.cluster} reach their 24-hour peak in ${drill.back.cluster} (kubectl get hpa -A) before traffic moves`,
        `traffic: dig api.<zone> answers ${drill.away.cluster}'s load balancer while away; istio_requests_total 5xx in both clusters across both switches`,
        "error budget: PaymentsAvailabilityBudgetBurn stays silent in both clusters through the drill",
    ];
}

/** The first line of a held drill's guard: what the rule drills-own-nothing accepts as one. */
export const HELD_DRILL_GUARD = "# drill held: destroy refused";

/**
 * A held drill (`switchBack: false`) leaves the payments in the survivor. Destroying its stack
 * would forget that, with nothing switched back: the guard's delete refuses while `HELD` (its
 * environment as the last `up` left it) is true, saying what to do. The `up` that switches back
 * sets it false, so a destroy after it goes through. It creates nothing and calls nothing.
 */
export function heldDrillGuard(stack: string, survivor: string, primary: string): { create: string; delete: string } {
    return {
        create: ":",
        delete: [
            HELD_DRILL_GUARD,
            'if [ "${HELD:-false}" = "true" ]; then',
            `  echo "${stack} holds the payments in ${survivor} (switchBack: false): destroying it would leave them there and forget it. Switch back first: set switchBack: true and pulumi up (the plan moves them to ${primary}), then destroy." >&2`,
            "  exit 1",
            "fi",
        ].join("\n"),
    };
}
