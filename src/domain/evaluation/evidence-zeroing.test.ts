import { describe, expect, it } from "vitest";
import { countResultSlots, requiredSlots } from "../compliance/result-slots.ts";
import { evidenceZeroing, isRequiredSlot } from "./evidence-zeroing.ts";
import { computeIndicator } from "./indicator.ts";
import { rulesFor } from "./rule-sets.ts";

describe("§23 zeroing by evidence of §16 publications", () => {
  it.each([
    // § | missing slots | exempted | zeroing | shown as exempted
    ["§16: every required slot published", [], [], [], []],
    ["§16.1: a quarter missing zeroes (§23)", ["2025-Q3"], [], ["2025-Q3"], []],
    ["§16.2: the annual final results missing zeroes (§23)", ["2025-final"], [], ["2025-final"], []],
    ["the analyst's exemption lifts the zeroing for its slot", ["2025-Q3"], ["2025-Q3"], [], ["2025-Q3"]],
    ["an exemption covers only its own slot", ["2025-Q3", "2025-final"], ["2025-Q3"], ["2025-final"], ["2025-Q3"]],
    ["an exemption for a slot not missing changes nothing", [], ["2025-Q1"], [], []],
  ] as const)("%s", (_why, missing, exempted, zeroing, shown) => {
    expect(evidenceZeroing(missing, exempted)).toEqual({ zeroing, exempted: shown });
  });

  it("§16: a failed check or no publication is a gap; an unchecked one counts as published", () => {
    const slots = countResultSlots("2025-07-01", "2025-12-31", [
      { kind: "interim", periodYear: 2025, periodQuarter: 3, openAccess: null },
      { kind: "interim", periodYear: 2025, periodQuarter: 4, openAccess: false },
    ]);
    expect(slots.missing).toEqual(["2025-Q4"]);
    expect(isRequiredSlot("2025-Q4", requiredSlots("2025-07-01", "2025-12-31"))).toBe(true);
    expect(isRequiredSlot("2025-final", requiredSlots("2025-07-01", "2025-12-31"))).toBe(false);
  });

  it.each([
    // §22 would give 75.0; a missing §16 slot sets F to zero (§23) and names the slot
    [["2025-Q3"], 0, true],
    [[], 75, false],
  ] as const)("§23: F with unpublished slots %j", (unpublished, F, zeroed) => {
    const r = computeIndicator({ B: 3, C: 4, E: 2, G: 2, unpublishedResults: unpublished }, rulesFor("2025-12-31"));
    expect([r.F, r.zeroed]).toEqual([F, zeroed]);
    expect(r.zeroReasons).toEqual(zeroed ? ["resultsNotPublished"] : []);
    if (zeroed) expect(r.explanation).toContainEqual({ key: "zero.resultsNotPublished", params: { slots: "2025-Q3" } });
  });
});
