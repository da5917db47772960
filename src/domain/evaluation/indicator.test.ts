import { describe, expect, it } from "vitest";
import { computeIndicator } from "./indicator.ts";
import { EvaluationError } from "./errors.ts";
import { RULE_SETS, rulesFor } from "./rule-sets.ts";
import { localizeExplanation } from "./explanation.ts";

const rules = rulesFor("2025-12-31");

describe("computeIndicator — §22 formula", () => {
  it.each([
    // §22: F = (B·E)/(C·G)·100%
    { B: 27, C: 40, E: 3, G: 4, F: 50.6, band: "low", num: "405", den: "8" }, // 50.625
    { B: 0, C: 1, E: 0, G: 0, F: 0, band: "ineffective", num: "0", den: "1" },
    { B: 9, C: 10, E: 9, G: 10, F: 81, band: "medium", num: "81", den: "1" },
    { B: 2, C: 3, E: 2, G: 3, F: 44.4, band: "ineffective", num: "400", den: "9" },
    { B: 1, C: 1, E: 2, G: 3, F: 66.7, band: "low", num: "200", den: "3" },
    // §22: B/C = 1 when C = 0 (no remarks or proposals received)
    { B: 0, C: 0, E: 3, G: 4, F: 75, band: "medium", num: "75", den: "1" },
    // §22: E/G = 1 when G = 0 (no comments received)
    { B: 27, C: 40, E: 0, G: 0, F: 67.5, band: "low", num: "135", den: "2" },
    // §22: both ratios default → F = 100
    { B: 0, C: 0, E: 0, G: 0, F: 100, band: "high", num: "100", den: "1" },
    // §22: nothing accepted → F = 0 whatever the comments
    { B: 0, C: 12, E: 5, G: 5, F: 0, band: "ineffective", num: "0", den: "1" },
    // §22: nothing answered → F = 0
    { B: 4, C: 4, E: 0, G: 7, F: 0, band: "ineffective", num: "0", den: "1" },
  ])("B=$B C=$C E=$E G=$G → F=$F ($band)", ({ B, C, E, G, F, band, num, den }) => {
    const r = computeIndicator({ B, C, E, G }, rules);
    expect(r.F).toBe(F);
    expect(r.band).toBe(band);
    expect(r.exact).toEqual({ numerator: num, denominator: den });
    expect(r.zeroed).toBe(false);
    expect([r.B, r.C, r.E, r.G]).toEqual([B, C, E, G]);
  });

  it.each([
    // §22: the defaulted flag records which ratio the "equals 1" rule produced
    {
      B: 0,
      C: 0,
      E: 3,
      G: 4,
      remarks: { value: "1/1", defaulted: true },
      comments: { value: "3/4", defaulted: false },
    },
    {
      B: 6,
      C: 8,
      E: 0,
      G: 0,
      remarks: { value: "3/4", defaulted: false },
      comments: { value: "1/1", defaulted: true },
    },
    { B: 0, C: 0, E: 0, G: 0, remarks: { value: "1/1", defaulted: true }, comments: { value: "1/1", defaulted: true } },
    {
      B: 0,
      C: 5,
      E: 0,
      G: 2,
      remarks: { value: "0/1", defaulted: false },
      comments: { value: "0/1", defaulted: false },
    },
  ])("ratios for B=$B C=$C E=$E G=$G", ({ B, C, E, G, remarks, comments }) => {
    expect(computeIndicator({ B, C, E, G }, rules).ratios).toEqual({ remarks, comments });
  });

  it.each([
    // §22 figures that would give F > 100% or are not counts are refused, not clipped
    { B: 5, C: 4, E: 0, G: 0, field: "B" },
    { B: 1, C: 0, E: 0, G: 0, field: "B" },
    { B: 0, C: 0, E: 3, G: 2, field: "E" },
    { B: -1, C: 4, E: 0, G: 0, field: "B" },
    { B: 1.5, C: 4, E: 0, G: 0, field: "B" },
  ])("refuses inconsistent figures $field (B=$B C=$C E=$E G=$G)", ({ B, C, E, G, field }) => {
    expect(() => computeIndicator({ B, C, E, G }, rules)).toThrow(EvaluationError);
    try {
      computeIndicator({ B, C, E, G }, rules);
    } catch (e) {
      expect((e as EvaluationError).code).toBe("figuresInconsistent");
      expect((e as EvaluationError).params.field).toBe(field);
    }
  });
});

describe("computeIndicator — §23 rounding then banding", () => {
  it.each([
    // §23 edges written with one decimal; comments default (G = 0) so F = 100·B/C
    { B: 499, C: 1000, F: 49.9, band: "ineffective" },
    { B: 1, C: 2, F: 50, band: "low" },
    { B: 699, C: 1000, F: 69.9, band: "low" },
    { B: 7, C: 10, F: 70, band: "medium" },
    { B: 899, C: 1000, F: 89.9, band: "medium" },
    { B: 9, C: 10, F: 90, band: "high" },
    { B: 10, C: 10, F: 100, band: "high" },
    // §23 + Pikir's rounding rule: round half-up to one decimal first, then band
    { B: 2497, C: 5000, F: 49.9, band: "ineffective" }, // 49.94
    { B: 999, C: 2000, F: 50, band: "low" }, // 49.95
    { B: 3497, C: 5000, F: 69.9, band: "low" }, // 69.94
    { B: 1399, C: 2000, F: 70, band: "medium" }, // 69.95
    { B: 4497, C: 5000, F: 89.9, band: "medium" }, // 89.94
    { B: 1799, C: 2000, F: 90, band: "high" }, // 89.95
    { B: 13989, C: 20000, F: 69.9, band: "low" }, // 69.945
  ])("100·$B/$C → $F ($band)", ({ B, C, F, band }) => {
    const r = computeIndicator({ B, C, E: 0, G: 0 }, rules);
    expect(r.F).toBe(F);
    expect(r.band).toBe(band);
  });

  it("§22/§23: exact arithmetic where floats fail — 18·111/(25·160) = 49.95 exactly → 50.0, low", () => {
    // In doubles (18/25)*(111/160)*100 is 49.949999999999996, which would band as ineffective.
    expect((18 / 25) * (111 / 160) * 100).toBeLessThan(49.95);
    const r = computeIndicator({ B: 18, C: 25, E: 111, G: 160 }, rules);
    expect(r.exact).toEqual({ numerator: "999", denominator: "20" });
    expect(r.F).toBe(50);
    expect(r.band).toBe("low");
  });

  it("§23: 3/4 · 17/20 = 63.75 exactly rounds half-up to 63.8", () => {
    expect(computeIndicator({ B: 3, C: 4, E: 17, G: 20 }, rules).F).toBe(63.8);
  });
});

describe("computeIndicator — §23 zeroing for missing open access", () => {
  const figures = { B: 9, C: 10, E: 9, G: 10 }; // 81.0 before zeroing
  it.each([
    { openAccess: { drafts: false }, reasons: ["draftsNotInOpenAccess"] },
    { openAccess: { budgetReports: false }, reasons: ["budgetReportsNotInOpenAccess"] },
    { openAccess: { results: false }, reasons: ["resultsNotInOpenAccess"] },
    {
      openAccess: { drafts: false, budgetReports: true, results: false },
      reasons: ["draftsNotInOpenAccess", "resultsNotInOpenAccess"],
    },
    { openAccess: false, reasons: ["notInOpenAccess"] },
  ])("§23 zeroes for $openAccess", ({ openAccess, reasons }) => {
    const r = computeIndicator({ ...figures, openAccess }, rules);
    expect(r.F).toBe(0);
    expect(r.band).toBe("ineffective");
    expect(r.zeroed).toBe(true);
    expect(r.zeroReasons).toEqual(reasons);
    expect(r.exact).toEqual({ numerator: "0", denominator: "1" });
    expect(r.ratios.remarks.value).toBe("9/10");
  });

  it.each([
    { openAccess: true },
    { openAccess: {} },
    { openAccess: { drafts: true, budgetReports: true, results: true } },
    { openAccess: { drafts: undefined, results: true } },
    { openAccess: undefined },
  ])("§23 does not zero for $openAccess (true or not applicable)", ({ openAccess }) => {
    const r = computeIndicator({ ...figures, ...(openAccess !== undefined ? { openAccess } : {}) }, rules);
    expect(r.F).toBe(81);
    expect(r.zeroed).toBe(false);
    expect(r.zeroReasons).toEqual([]);
  });
});

describe("computeIndicator — explains itself", () => {
  it("lists the rules, each ratio, the exact value, rounding and band (§22, §23)", () => {
    const r = computeIndicator({ B: 0, C: 0, E: 3, G: 4 }, rulesFor("2024-12-31"));
    expect(r.rulesVersion).toBe("17-NK/2024");
    expect(r.explanation.map((l) => l.key)).toEqual([
      "explain.rules",
      "explain.rulesEstimated",
      "explain.remarksDefaulted",
      "explain.commentsRatio",
      "explain.formula",
      "explain.rounded",
      "explain.band",
    ]);
    expect(localizeExplanation(r.explanation, "en")).toEqual([
      "Methodology version: 17-NK/2024 (in force from 2024-01-29)",
      "The date of entry into force is an estimate: the order's official publication date is not in Pikir's copy",
      "No remarks or proposals were received (C = 0), so B/C = 1 (§22)",
      "Comments: E/G = 3/4 (§22)",
      "F = (B·E)/(C·G)·100% = 75% (exact value)",
      "Rounded half-up to one decimal place: 75.0%",
      "75.0% on the scale: “medium” (§23)",
    ]);
    expect(localizeExplanation(r.explanation, "kk")[6]).toBe("75.0% — шкала бойынша: «орташа көрсеткіш» (23-тармақ)");
    expect(localizeExplanation(r.explanation, "ru")[2]).toBe(
      "Замечания и предложения не поступали (C = 0), поэтому B/C = 1 (п. 22)",
    );
  });

  it.each([
    ["2024 (17-НҚ, date estimated)", "2024-12-31", ["explain.rulesEstimated"]],
    ["2025 (137-НҚ, date estimated)", "2025-12-31", ["explain.rulesEstimated"]],
    ["2026 (183-НҚ, date stated, new §2.1–§2.3 and §12 text missing)", "2026-12-31", ["explain.rulesTextMissing"]],
  ])("§8 versions: a result for %s says what Pikir does not know of its rules", (_name, periodEnd, notes) => {
    const lines = computeIndicator({ B: 1, C: 1, E: 1, G: 1 }, rulesFor(periodEnd)).explanation;
    expect(lines.slice(1, 1 + notes.length).map((l) => l.key)).toEqual(notes);
    expect(lines[1 + notes.length]!.key).toBe("explain.remarksRatio");
    if (notes[0] === "explain.rulesTextMissing")
      expect(localizeExplanation(lines, "kk")[1]).toBe(
        "Бұл редакция §2.1, §2.2, §2.3, §12 өзгертеді, олардың жаңа мәтіні Pikir-де әлі жоқ: Pikir оларды бұрынғы редакциясы бойынша қолданады",
      );
  });

  it("§23: a zeroed result says what it would have been and why", () => {
    const r = computeIndicator({ B: 6, C: 8, E: 10, G: 20, openAccess: { budgetReports: false } }, rules);
    expect(localizeExplanation(r.explanation, "ru").slice(-3)).toEqual([
      "Рассчитанное значение — 37.5%, но показатель обратной связи приравнен к нулю (п. 23), так как:",
      "отчёты о реализации бюджетных программ не были в открытом доступе (п. 23)",
      "0.0% — по шкале: «неэффективная деятельность» (п. 23)",
    ]);
  });

  it("passes counted item ids through only when given", () => {
    const countedItems = { remarks: ["r-1", "r-2"], comments: ["c-9"] };
    expect(computeIndicator({ B: 1, C: 2, E: 1, G: 1, countedItems }, rules).countedItems).toEqual(countedItems);
    expect("countedItems" in computeIndicator({ B: 1, C: 2, E: 1, G: 1 }, rules)).toBe(false);
  });

  it("records the version it was computed under (2026 wording)", () => {
    expect(computeIndicator({ B: 1, C: 1, E: 1, G: 1 }, RULE_SETS[2]!).rulesVersion).toBe("183-NK/2026");
  });
});
