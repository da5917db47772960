import { describe, expect, it } from "vitest";
import { countsInF, reclassificationAllowed } from "./counts-in-f.ts";

describe("what enters C and G (§2.8, §22)", () => {
  it.each([
    // channel | kind | count | why
    ["legal_acts_portal", "remark", "C", "§2.3, §4–§5: a remark in the NPA portal's discussion"],
    ["legal_acts_portal", "proposal", "C", "§2.3: a proposal on the NPA portal"],
    ["legal_acts_portal", "comment", "G", "§2.8: a comment of an NPA-portal user"],
    ["budget_portal", "proposal", "C", "§2.1, §9–§10: a proposal on a draft budget program"],
    ["budget_portal", "comment", "G", "§2.8: a comment of a budget-portal user"],
    ["dialogue_portal", "comment", null, "§2.2, §18: a conference question is not a §2.8 comment"],
    ["own_form", "proposal", null, "§2.8: Pikir's public form is not one of the two portals"],
    ["appeal", "remark", null, "§14: appeals are analysed, not counted in F"],
    ["social_media", "comment", null, "§14: social comments are analysed, not counted in F"],
    ["legal_acts_portal", "appeal", null, "not a §2.8 kind"],
  ] as const)("%s / %s → %s (%s)", (channel, kind, expected, _why) => {
    expect(countsInF({ channel, kind })).toBe(expected);
  });

  it.each([
    ["legal_acts_portal", "comment", true],
    ["legal_acts_portal", "proposal", true],
    ["budget_portal", "remark", true],
    ["legal_acts_portal", "social_comment", false],
    ["budget_portal", "appeal", false],
    ["social_media", "remark", true],
    ["appeal", "social_comment", true],
  ] as const)("§2.8: reclassifying a %s item to %s allowed = %s", (channel, kind, allowed) => {
    expect(reclassificationAllowed({ channel }, kind)).toBe(allowed);
  });
});
