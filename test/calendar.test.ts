import { strict as assert } from "assert";
import { validatePlatformConfig } from "../components/config/validate";
import { EKS_CALENDAR, planDate, supportVerdict } from "../components/upgrades/calendar";
import { fixtureConfig } from "./fixtures/platform";

const TODAY = "2026-12-05";

describe("EKS's calendar", () => {
    it("gives every minor 14 months of standard support and 12 of extended", () => {
        for (const [minor, support] of Object.entries(EKS_CALENDAR)) {
            const months = (from: string, to: string) =>
                (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
            assert.equal(months(support.endOfStandard, support.endOfExtended), 12, minor);
            assert.ok([13, 14].includes(months(support.released, support.endOfStandard)), minor);
        }
    });

    it("refuses a STANDARD pin past its standard support, naming the minor to move to and the EXTENDED alternative with its cost", () => {
        assert.deepEqual(supportVerdict("1.33", "STANDARD", TODAY), {
            level: "refuse",
            message:
                "Kubernetes 1.33's standard support on EKS ended 2026-07-29: EKS upgrades a STANDARD cluster past it by itself; move to 1.35 (standard support until 2027-03-27, one minor per up), or set supportType: EXTENDED (billed $0.60 instead of $0.10 per cluster hour past standard support) to stay until 2027-07-29",
        });
    });

    it("keeps an EXTENDED pin until its extended support, warning in its last 90 days", () => {
        assert.deepEqual(supportVerdict("1.33", "EXTENDED", TODAY), { level: "ok" });
        assert.deepEqual(supportVerdict("1.33", "EXTENDED", "2027-05-01"), {
            level: "warn",
            message:
                "Kubernetes 1.33's extended support on EKS ends 2027-07-29 (in 89 days); move to 1.34 (extended support until 2027-12-02, one minor per up)",
        });
        assert.equal(supportVerdict("1.33", "EXTENDED", "2027-07-30").level, "refuse");
        assert.deepEqual(supportVerdict("1.35", "STANDARD", "2027-01-10").level, "warn");
        assert.deepEqual(supportVerdict("1.35", "STANDARD", "2026-06-01"), { level: "ok" });
    });

    it("judges plans on PAYMENTS_PLAN_DATE when set, else on the clock's day", () => {
        assert.equal(planDate({ PAYMENTS_PLAN_DATE: "2027-01-02" }), "2027-01-02");
        assert.equal(planDate({}, new Date("2026-12-05T23:59:00Z")), "2026-12-05");
        assert.throws(() => planDate({ PAYMENTS_PLAN_DATE: "tomorrow" }), {
            message: 'PAYMENTS_PLAN_DATE: "tomorrow" is not a day (YYYY-MM-DD); unset it to use today\'s',
        });
    });
});

describe("config against EKS's calendar", () => {
    it("refuses a class pinned past what its support type covers, at the line that sets the version; warns near the end", () => {
        const standard = fixtureConfig((config) => {
            const classes = config.clusterClasses as Record<string, { supportType: string }>;
            for (const cls of Object.values(classes)) cls.supportType = "STANDARD";
        });
        const refused = validatePlatformConfig(standard, { today: TODAY });
        assert.equal(refused.ok, false);
        assert.deepEqual(!refused.ok && refused.issues.map((issue) => issue.path), ["clusterClasses.eks.kubernetesVersion"]);
        assert.match(!refused.ok ? (refused.issues[0]?.message ?? "") : "", /^Kubernetes 1\.33's standard support on EKS ended 2026-07-29: .* move to 1\.35/);
        const warned = validatePlatformConfig(fixtureConfig(), { today: "2027-06-01" });
        assert.deepEqual(warned.ok && warned.warnings.map((issue) => issue.path), ["clusterClasses.eks.kubernetesVersion"]);
        const today = validatePlatformConfig(fixtureConfig(), { today: TODAY });
        assert.deepEqual(today.ok && today.warnings, [], "1.33 on EXTENDED support: nothing to say until 2027-05-01");
    });

    it("requires every class to choose its support type", () => {
        const result = validatePlatformConfig(
            fixtureConfig((config) => {
                delete (config.clusterClasses as Record<string, Record<string, unknown>>).eks.supportType;
            }),
        );
        assert.equal(result.ok, false);
        assert.deepEqual(!result.ok && result.issues.map((issue) => issue.path), ["clusterClasses.eks.supportType"]);
    });
});
