import type { ResourceMock } from "../offline-plan/mock-cloud";

/**
 * @pulumi/command runs a script on the machine running `pulumi up`; offline nothing runs, so the
 * mock answers only for scripts whose cloud calls it knows, as they would print on success, and
 * fails loudly for any other (a silent empty stdout would hide it).
 *
 * Known: executing an ARC Region switch plan (`aws arc-region-switch start-plan-execution`, then
 * `get-plan-execution` until it ends), which prints the execution as JSON; switching a routing
 * control (`aws route53-recovery-cluster update-routing-control-state`), which prints nothing on
 * stdout.
 */
const EPOCH = "1970-01-01T00:00:00+00:00";

export const commandResources: Record<string, ResourceMock> = {
    "command:local:Command": (ctx) => {
        const script = String(ctx.inputs.create ?? "");
        const env = (ctx.inputs.environment ?? {}) as Record<string, string>;
        if (script.includes("aws route53-recovery-cluster update-routing-control-state"))
            return { id: ctx.hash.slice(0, 16), state: { stdout: "", stderr: "" } };
        // A held drill's guard: `:` creates nothing and prints nothing.
        if (script === ":") return { id: ctx.hash.slice(0, 16), state: { stdout: "", stderr: "" } };
        if (!script.includes("aws arc-region-switch") || !script.includes("start-plan-execution"))
            throw new Error(
                `the offline mock cloud cannot run the command ${ctx.name}: it answers only for Region switch plan executions, routing control switches and a held drill's guard`,
            );
        const execution = {
            executionId: ctx.hash.slice(0, 32),
            executionState: "completed",
            executionAction: "activate",
            executionRegion: env.TARGET_REGION,
            mode: env.MODE,
            // ARC's timestamps and durations; the offline plan has no clock, so they mark the epoch
            // and zero. A completed execution of a plan with application-health alarms (every plan
            // the environment makes) carries its recovery time and each step's times.
            startTime: EPOCH,
            endTime: EPOCH,
            actualRecoveryTime: "PT0S",
            // Each activated member's RPO lag before the switch, as CloudWatch reports it (zero: no clock, no writes).
            rpoLagBeforeSwitch: {
                from: EPOCH,
                to: EPOCH,
                members: String(env.TARGET_MEMBERS ?? "")
                    .split(" ")
                    .filter(Boolean)
                    .map((member) => ({ member, maxLagMs: 0 })),
            },
            // The write markers: the old writers acknowledged one each, and the new writers hold it (nothing lost).
            writeMarkers: String(env.FROM_MEMBERS ?? "")
                .split(" ")
                .filter(Boolean)
                .map((from, i) => ({
                    from,
                    to: String(env.TARGET_MEMBERS ?? "").split(" ")[i],
                    acknowledged: 1,
                    newestPresent: 1,
                    lostWrites: 0,
                    dataLossSeconds: 0,
                })),
            stepStates: ["scale", "databases", "traffic"].map((kind) => ({
                name: `${kind}-${env.TARGET_REGION}`,
                status: "completed",
                startTime: EPOCH,
                endTime: EPOCH,
            })),
        };
        return { id: ctx.hash.slice(0, 16), state: { stdout: JSON.stringify(execution, null, 4), stderr: "" } };
    },
};
