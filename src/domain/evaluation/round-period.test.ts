import { describe, expect, it } from "vitest";
import { roundPeriodProblem } from "./round-period.ts";

const today = "2026-12-02";
const existing = [{ title: "2026 H1", periodFrom: "2026-01-01", periodTo: "2026-06-30" }];

describe("which period a round may evaluate (§14, §16, §18, §20)", () => {
  it.each([
    ["§16: a calendar quarter that has ended", "2026-07-01", "2026-09-30", null],
    ["§18: a half-year", "2025-07-01", "2025-12-31", null],
    ["§16.2: a year", "2025-01-01", "2025-12-31", null],
    ["two months are not a calendar period", "2026-07-01", "2026-08-31", "notCalendarPeriod"],
    ["a quarter starting in February is not one", "2026-02-01", "2026-04-30", "notCalendarPeriod"],
    ["§20: the running quarter cannot be asked about yet", "2026-10-01", "2026-12-31", "periodNotEnded"],
    ["§20: a future year", "2027-01-01", "2027-12-31", "periodNotEnded"],
    ["the methodology dates from 2024", "2023-01-01", "2023-12-31", "periodBeforeMethodology"],
    ["reversed", "2026-06-30", "2026-01-01", "periodOrder"],
    ["not a date", "2026-02-30", "2026-03-31", "badDate"],
    ["a round for the period already stands", "2026-01-01", "2026-06-30", "duplicatePeriod"],
  ] as const)("%s", (_why, from, to, code) => {
    expect(roundPeriodProblem(from, to, today, existing)?.code ?? null).toBe(code);
  });
});

import { publishNeedsConfirmation } from "./round-period.ts";

describe("publication guard (Pikir's quorum, the round's due date)", () => {
  it.each([
    ["1 of 59 submitted", 59, 1, null, true],
    ["half submitted, due date passed", 10, 5, "2026-11-30", false],
    ["all submitted but still before the due date", 10, 10, "2026-12-20", true],
    ["on the due date itself bodies may still submit", 10, 10, "2026-12-02", true],
  ] as const)("%s → confirm %s", (_why, requested, submitted, dueOn, expected) => {
    expect(publishNeedsConfirmation({ requested, submitted, dueOn, today: "2026-12-02" })).toBe(expected);
  });
});
