import { describe, expect, it } from "vitest";
import { assessCriteria21 } from "./criteria-21.ts";
import { localizeExplanation } from "./explanation.ts";

describe("assessCriteria21 — §21 shown beside F, never combined", () => {
  it("§21.1–§21.3: reports each provided figure separately", () => {
    const r = assessCriteria21({
      participation: { items: 120, participants: 85, events: 2 },
      access: { published: 3, required: 4 },
      satisfaction: { percent: 62.4, surveyId: "mci-2025" },
    });
    expect(r.participation).toEqual({ provided: true, items: 120, participants: 85, events: 2 });
    expect(r.access).toEqual({ provided: true, share: "3/4", percent: 75 });
    expect(r.satisfaction).toEqual({ provided: true, percent: 62.4, surveyId: "mci-2025" });
    expect(r.combinedWithF).toBe(false);
    expect(localizeExplanation(r.explanation, "en")).toEqual([
      "Public participation (§21.1): items — 120, participants — 85, events — 2",
      "Access to interim and final results (§21.2): 3 of 4 required publications in open access (75.0%)",
      "Public satisfaction (§21.3, the authorised body's sociological survey): 62.4%",
      "These criteria are not combined with F: the methodology gives no formula for combining them (§21, §22)",
    ]);
  });

  it("§21: missing criteria are reported as not provided, not as zero", () => {
    const r = assessCriteria21({});
    expect(r.participation.provided).toBe(false);
    expect(r.access).toEqual({ provided: false, share: null, percent: null });
    expect(r.satisfaction).toEqual({ provided: false, percent: null, surveyId: null });
    expect(r.explanation.map((l) => l.key)).toEqual([
      "criteria.participationMissing",
      "criteria.accessMissing",
      "criteria.satisfactionMissing",
      "criteria.notCombined",
    ]);
  });

  it.each([
    // §21.2: a share of publications; 2/3 → 66.7%, nothing required → no share (no §22-style default)
    { published: 2, required: 3, share: "2/3", percent: 66.7 },
    { published: 0, required: 5, share: "0/1", percent: 0 },
    { published: 0, required: 0, share: null, percent: null },
  ])("§21.2 access $published/$required", ({ published, required, share, percent }) => {
    expect(assessCriteria21({ access: { published, required } }).access).toEqual({ provided: true, share, percent });
  });

  it.each([
    { input: { access: { published: 5, required: 4 } } },
    { input: { access: { published: -1, required: 4 } } },
    { input: { satisfaction: { percent: 101 } } },
    { input: { participation: { items: 1.5 } } },
  ])("refuses impossible figures $input", ({ input }) => {
    expect(() => assessCriteria21(input)).toThrow(RangeError);
  });
});
