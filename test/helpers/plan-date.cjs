// Tests judge versions against EKS's calendar on a fixed day, so they do not change verdict as
// the calendar moves (CI's real plans use the clock: see components/upgrades/calendar.ts).
process.env.PAYMENTS_PLAN_DATE ??= "2026-12-05";
