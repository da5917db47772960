import { describe, expect, it } from "vitest";
import {
  councilSessionDateProblem,
  mediaWorkDateProblem,
  publicationDateProblem,
  reviewQuarterProblem,
} from "./evidence-dates.ts";

const today = "2026-12-02";

describe("evidence dates (issue 10)", () => {
  it.each([
    ["§16 published today", "2026-12-02", null],
    ["§16 published yesterday", "2026-12-01", null],
    ["§16 published tomorrow", "2026-12-03", "evidence_date_future"],
  ])("%s", (_name, publishedOn, code) =>
    expect(publicationDateProblem({ publishedOn }, today)?.code ?? null).toBe(code),
  );

  it.each([
    ["§6 broadcast announced before it aired", "2026-11-20", "2026-11-25", null],
    ["§6 broadcast announced the day it aired", "2026-11-25", "2026-11-25", null],
    ["§6 briefing with no announcement", null, "2026-11-25", null],
    ["§6 broadcast announced after it aired", "2026-11-26", "2026-11-25", "announced_after_event"],
    ["§6 media work dated in the future", "2026-11-30", "2026-12-10", "evidence_date_future"],
  ])("%s", (_name, announcedOn, happenedOn, code) =>
    expect(mediaWorkDateProblem({ announcedOn, happenedOn }, today)?.code ?? null).toBe(code),
  );

  it.each([
    ["§14 review of the past quarter", 2026, 3, null],
    ["§14 review of the current quarter", 2026, 4, null],
    ["§14 review of a future quarter", 2027, 1, "review_quarter_future"],
  ])("%s", (_name, year, q, code) => expect(reviewQuarterProblem({ year, q }, today)?.code ?? null).toBe(code));

  it.each([
    ["§12 council after the discussion began", "2026-11-20", "2026-11-01", null],
    ["§12 council on the discussion's first day", "2026-11-01", "2026-11-01", null],
    ["§12 council with no recorded discussion start", "2026-11-20", null, null],
    ["§12 council before the discussion began", "2026-10-01", "2026-11-01", "council_before_discussion"],
    ["§12 council dated in the future", "2027-05-25", "2026-11-01", "evidence_date_future"],
  ])("%s", (_name, heldOn, discussionStartsOn, code) =>
    expect(councilSessionDateProblem({ heldOn, discussionStartsOn }, today)?.code ?? null).toBe(code),
  );

  it("names the dates in the problem, for the message", () => {
    expect(mediaWorkDateProblem({ announcedOn: "2026-11-26", happenedOn: "2026-11-25" }, today)).toEqual({
      code: "announced_after_event",
      params: { announcedOn: "2026-11-26", happenedOn: "2026-11-25" },
    });
  });
});
