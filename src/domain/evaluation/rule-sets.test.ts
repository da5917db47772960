import { describe, expect, it } from "vitest";
import { EvaluationError } from "./errors.ts";
import { RULE_SETS, rulesFor } from "./rule-sets.ts";

describe("rulesFor — the version in force at the period's end", () => {
  it.each([
    // order 17-НҚ §4: in force ten calendar days after first publication (estimated 29.01.2024)
    { end: "2024-01-29", version: "17-NK/2024" },
    { end: "2024-03-31", version: "17-NK/2024" }, // Q1 2024
    { end: "2024-12-31", version: "17-NK/2024" }, // year 2024
    { end: "2025-03-31", version: "17-NK/2024" }, // Q1 2025, before 137-НҚ
    { end: "2025-04-12", version: "17-NK/2024" },
    // 137-НҚ of 02.04.2025 (estimated in force 13.04.2025)
    { end: "2025-04-13", version: "137-NK/2025" },
    { end: "2025-06-30", version: "137-NK/2025" }, // Q2 / H1 2025
    { end: "2025-12-31", version: "137-NK/2025" }, // year 2025
    { end: "2026-06-30", version: "137-NK/2025" }, // H1 2026
    { end: "2026-07-11", version: "137-NK/2025" },
    // 183-НҚ of 13.04.2026, in force 12.07.2026 (§2.1–§2.3, §12)
    { end: "2026-07-12", version: "183-NK/2026" },
    { end: "2026-09-30", version: "183-NK/2026" }, // Q3 2026
    { end: "2026-12-31", version: "183-NK/2026" }, // year 2026: end decides, though it began under 137-НҚ
    { end: "2030-12-31", version: "183-NK/2026" },
  ])("$end → $version", ({ end, version }) => {
    expect(rulesFor(end).version).toBe(version);
  });

  it.each([
    { end: "2023-12-31", code: "noRulesInForce" },
    { end: "2024-01-28", code: "noRulesInForce" },
    { end: "2025-02-30", code: "badDate" },
    { end: "31.12.2025", code: "badDate" },
    { end: "", code: "badDate" },
  ])("refuses $end with $code", ({ end, code }) => {
    expect(() => rulesFor(end)).toThrow(EvaluationError);
    try {
      rulesFor(end);
    } catch (e) {
      expect((e as EvaluationError).code).toBe(code);
    }
  });

  it("records what each version changed and what text we lack", () => {
    const byVersion = Object.fromEntries(RULE_SETS.map((r) => [r.version, r]));
    expect(byVersion["137-NK/2025"]?.changedParagraphs).toEqual(["preamble", "§1", "§2", "§6", "§20"]);
    expect(byVersion["183-NK/2026"]?.textMissing).toEqual(["§2.1", "§2.2", "§2.3", "§12"]);
    expect(byVersion["183-NK/2026"]?.effectiveFromEstimated).toBe(false);
    expect(byVersion["17-NK/2024"]?.effectiveFromEstimated).toBe(true);
    // §22/§23 have not changed so far: same default, edges and zeroing sources in every version
    for (const set of RULE_SETS) {
      expect(set.ratioWhenNoneReceived).toBe(1);
      expect(set.bandEdges).toEqual({ low: 500, medium: 700, high: 900 });
      expect(set.zeroingSources).toEqual(["drafts", "budgetReports", "results"]);
      expect(set.channels.map((c) => c.paragraph)).toEqual(["§3.1", "§3.2", "§3.3", "§3.4", "§3.5"]);
    }
  });

  it("keeps the registry ordered and free of duplicate dates", () => {
    const dates = RULE_SETS.map((r) => r.effectiveFrom);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
  });
});
