import { describe, expect, it } from "vitest";
import { checkFollowThrough, followThroughKindsFor, type FollowThroughKind } from "./follow-through.ts";

const npaAccepted = { channel: "legal_acts_portal", kind: "proposal", outcome: "accepted" as const };
const budgetAccepted = { channel: "budget_portal", kind: "remark", outcome: "accepted" as const };
const question = { channel: "dialogue_portal", kind: "comment", outcome: null };

describe("follow-through of accepted feedback (§8, §13, §19)", () => {
  it.each<[string, typeof npaAccepted | typeof question, FollowThroughKind, string, string | null]>([
    ["§8 an accepted NPA proposal into the rule-making plan", npaAccepted, "rule_making_plan", "2026-11-01", null],
    ["§8 into the Government's legislative plan", npaAccepted, "legislative_plan", "2026-11-01", null],
    [
      "§8 a rejected proposal goes nowhere",
      { ...npaAccepted, outcome: "rejected" as never },
      "rule_making_plan",
      "2026-11-01",
      "not_accepted",
    ],
    [
      "§8 an undecided proposal goes nowhere",
      { ...npaAccepted, outcome: null as never },
      "rule_making_plan",
      "2026-11-01",
      "not_accepted",
    ],
    [
      "§8 a plain comment is not a proposal",
      { ...npaAccepted, kind: "comment" },
      "rule_making_plan",
      "2026-11-01",
      "not_accepted",
    ],
    [
      "§13 an accepted budget proposal into a program correction",
      budgetAccepted,
      "budget_program_correction",
      "2026-11-01",
      null,
    ],
    ["§13 into the next 3-year budget", budgetAccepted, "three_year_budget", "2026-11-01", null],
    ["§13 does not fit an NPA item", npaAccepted, "three_year_budget", "2026-11-01", "kind_mismatch"],
    ["§8 does not fit a budget item", budgetAccepted, "rule_making_plan", "2026-11-01", "kind_mismatch"],
    ["§19 a conference question used in rule-making", question, "conference_rule_making", "2026-11-01", null],
    ["§19 used in law-enforcement review", question, "conference_law_enforcement_review", "2026-11-01", null],
    ["§19 does not fit an NPA remark", npaAccepted, "conference_budget_program", "2026-11-01", "kind_mismatch"],
    ["the document's date is not in the future", npaAccepted, "rule_making_plan", "2026-12-04", "date_future"],
  ])("%s", (_, item, kind, date, code) => {
    expect(checkFollowThrough(item, kind, date, "2026-12-03")?.code ?? null).toBe(code);
  });

  it("offers each channel its own paragraph's kinds", () => {
    expect(followThroughKindsFor(npaAccepted)).toEqual(["rule_making_plan", "legislative_plan"]);
    expect(followThroughKindsFor(budgetAccepted)).toEqual(["budget_program_correction", "three_year_budget"]);
    expect(followThroughKindsFor(question)).toHaveLength(4);
    expect(followThroughKindsFor({ channel: "eotinish", kind: "appeal", outcome: null })).toEqual([]);
  });
});
