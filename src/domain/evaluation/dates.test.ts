import { describe, expect, it } from "vitest";
import { calendarPeriodKind, isIsoDate } from "./dates.ts";

describe("dates — calendar evaluation periods (§14, §16, §18)", () => {
  it.each([
    { value: "2024-02-29", ok: true },
    { value: "2025-02-29", ok: false },
    { value: "2025-04-31", ok: false },
    { value: "2025-13-01", ok: false },
    { value: "2025-1-01", ok: false },
    { value: 20250101, ok: false },
  ])("isIsoDate($value) = $ok", ({ value, ok }) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it.each([
    { from: "2025-01-01", to: "2025-03-31", kind: "quarter" }, // §14, §16.1 quarterly
    { from: "2025-10-01", to: "2025-12-31", kind: "quarter" },
    { from: "2025-07-01", to: "2025-12-31", kind: "half" }, // §18 half-year
    { from: "2025-01-01", to: "2025-12-31", kind: "year" }, // §16.2 annual
    { from: "2025-02-01", to: "2025-04-30", kind: null },
    { from: "2025-01-01", to: "2025-03-30", kind: null },
    { from: "2025-04-01", to: "2025-09-30", kind: null },
    { from: "2025-07-01", to: "2026-06-30", kind: null },
  ])("$from – $to → $kind", ({ from, to, kind }) => {
    expect(calendarPeriodKind(from, to)).toBe(kind);
  });
});
