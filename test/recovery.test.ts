import { strict as assert } from "assert";
import type { RecoveryInputs } from "../tools/scenarios/recovery";
import { BLOCK_TYPICAL_MINUTES, describeRecovery, pageMinutes, recoveryPaths, slowRecoveries } from "../tools/scenarios/recovery";

const resource = (type: string, name: string, inputs: Record<string, unknown>) => ({ type, name, inputs });
const aurora = (service: string) => ({
    name: `database-${service}`,
    executionBlockType: "AuroraGlobalDatabase",
    globalAuroraConfigs: [{ behavior: "switchoverOnly", timeoutMinutes: 30, ungracefuls: [{ ungraceful: "failover" }] }],
});

/** An environment plan with one Region switch plan (primary us-east-1, standby us-west-2) and the probes that page. */
function environment(steps: unknown[], alarms = true): RecoveryInputs {
    return {
        responseMinutes: 5,
        resources: [
            resource("aws:arcregionswitch/plan:Plan", "plan", {
                name: "payments-prod-b",
                primaryRegion: "us-east-1",
                workflows: [{ workflowTargetAction: "activate", workflowTargetRegion: "us-west-2", steps }],
            }),
            resource("aws:synthetics/canary:Canary", "probe-b", {
                name: "probe-b",
                runConfig: { environmentVariables: { TARGETS: JSON.stringify([{ name: "cluster-a" }]) } },
            }),
            ...(alarms
                ? [
                      resource("aws:cloudwatch/metricAlarm:MetricAlarm", "probe-b-alarm", {
                          dimensions: { CanaryName: "probe-b" },
                          period: 60,
                          evaluationPeriods: 3,
                          datapointsToAlarm: 2,
                          alarmActions: ["arn:aws:sns:us-west-2:1:alarms"],
                      }),
                      // A topic in the lost region pages no one.
                      resource("aws:cloudwatch/metricAlarm:MetricAlarm", "probe-a-alarm", {
                          dimensions: { CanaryName: "probe-b" },
                          period: 60,
                          datapointsToAlarm: 1,
                          alarmActions: ["arn:aws:sns:us-east-1:1:alarms"],
                      }),
                  ]
                : []),
        ],
    };
}

const planSteps = [
    { name: "scale", executionBlockType: "EKSResourceScaling", eksResourceScalingConfigs: [{ timeoutMinutes: 20 }] },
    { name: "databases", executionBlockType: "Parallel", parallelConfigs: [{ steps: [aurora("ledger"), aurora("processor")] }] },
    { name: "traffic", executionBlockType: "ARCRoutingControl", arcRoutingControlConfigs: [{ timeoutMinutes: 5 }] },
];

describe("recovery from a region's loss, over the planned Region switch plans", () => {
    it("pages from the fastest alarm on a probe of the lost cluster that notifies outside the lost region", () => {
        assert.equal(pageMinutes(environment(planSteps), "us-east-1", ["a"]), 2);
        assert.equal(pageMinutes(environment(planSteps, false), "us-east-1", ["a"]), undefined);
        assert.equal(pageMinutes(environment(planSteps), "us-east-1", ["c"]), undefined, "no probe checks c");
    });

    it("adds the page, the response and each step of the workflow that activates the survivor; a parallel step takes its longest; the routing controls are the on-call's (ungraceful)", () => {
        const [path] = recoveryPaths(environment(planSteps), "us-east-1", ["a"]);
        assert.deepEqual(path, {
            plan: "payments-prod-b",
            activates: "us-west-2",
            steps: [
                { what: "the page (a surviving probe's alarm)", typicalMinutes: 2, worstMinutes: 2 },
                { what: "the on-call responds and executes the plan", typicalMinutes: 5, worstMinutes: 5 },
                { what: "scale (EKSResourceScaling)", typicalMinutes: BLOCK_TYPICAL_MINUTES.EKSResourceScaling?.minutes, worstMinutes: 20 },
                { what: "databases (AuroraGlobalDatabase)", typicalMinutes: 2, worstMinutes: 30 },
                // ARC does not run its routing-control block ungraceful: two data-plane calls and the TTL, by hand, with no timeout of ARC's.
                { what: "traffic: the on-call sets the routing controls by hand (ARC's block does not run ungraceful)", typicalMinutes: 2, worstMinutes: 2 },
            ],
            typicalMinutes: 15,
            worstMinutes: 59,
        });
        assert.equal(
            describeRecovery(path as NonNullable<typeof path>, 15),
            "recovery through payments-prod-b (activates us-west-2): ~15 min against 15 min declared (the page (a surviving probe's alarm) 2 + the on-call responds and executes the plan 5 + scale (EKSResourceScaling) 4 + databases (AuroraGlobalDatabase) 2 + traffic: the on-call sets the routing controls by hand (ARC's block does not run ungraceful) 2); 59 min at the steps' timeouts",
        );
    });

    it("needs no switch when the lost region is no plan's primary", () => {
        assert.deepEqual(recoveryPaths(environment(planSteps), "us-west-2", ["b"]), []);
    });

    it("refuses a step it has no typical duration for, naming the table", () => {
        assert.throws(
            () => recoveryPaths(environment([{ name: "approve", executionBlockType: "ManualApproval" }]), "us-east-1", ["a"]),
            /no typical duration for the Region switch execution block ManualApproval \(step approve\); add it to BLOCK_TYPICAL_MINUTES with its source/,
        );
    });

    it("fails the plan on a recovery slower than the objective, and only then", () => {
        const paths = recoveryPaths(environment(planSteps), "us-east-1", ["a"]);
        assert.deepEqual(slowRecoveries("us-east-1", paths, 15), []);
        assert.deepEqual(slowRecoveries("us-east-1", paths, 14), [
            `loss of us-east-1: ${describeRecovery(paths[0] as NonNullable<(typeof paths)[0]>, 14)}: longer than objectives.rtoMinutes; shorten a step or the response, or declare a longer RTO`,
        ]);
    });
});
