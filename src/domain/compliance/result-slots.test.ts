import { describe, expect, it } from "vitest";
import { countResultSlots, requiredSlots } from "./result-slots.ts";

describe("§16 result publication slots", () => {
  // §16.1 quarterly interim, §16.2 annual final
  it.each([
    { from: "2025-01-01", to: "2025-12-31", slots: ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-final"] },
    { from: "2025-01-01", to: "2025-06-30", slots: ["2025-Q1", "2025-Q2"] },
    { from: "2025-04-01", to: "2025-06-30", slots: ["2025-Q2"] },
    { from: "2025-02-01", to: "2025-06-30", slots: ["2025-Q2"] },
    {
      from: "2024-07-01",
      to: "2025-12-31",
      slots: ["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2025-final"],
    },
  ])("$from..$to requires $slots", ({ from, to, slots }) => {
    expect(requiredSlots(from, to)).toEqual(slots);
  });

  it("counts open, unchecked and failed publications (§21.2, §23)", () => {
    const result = countResultSlots("2025-01-01", "2025-06-30", [
      { kind: "interim", periodYear: 2025, periodQuarter: 1, openAccess: true },
      { kind: "interim", periodYear: 2025, periodQuarter: 2, openAccess: false },
      { kind: "final", periodYear: 2024, periodQuarter: null, openAccess: true },
    ]);
    expect(result).toEqual({ required: 2, published: 1, missing: ["2025-Q2"] });
    expect(
      countResultSlots("2025-04-01", "2025-06-30", [
        { kind: "interim", periodYear: 2025, periodQuarter: 2, openAccess: null },
      ]),
    ).toEqual({ required: 1, published: 1, missing: [] });
  });
});
