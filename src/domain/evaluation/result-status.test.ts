import { describe, expect, it } from "vitest";
import { officialFigure, rankResults, resultStatus, summaryKey, type ResultStatus } from "./result-status.ts";

describe("result status (§20, §22)", () => {
  it.each([
    // § | submitted | C | G | status
    ["§20: no §20 information, empty record", false, 0, 0, "not_submitted"],
    ["§20: no §20 information, Pikir recorded items", false, 5, 3, "not_submitted"],
    ["§22: both ratios default to 1 — nothing received", true, 0, 0, "nothing_received"],
    ["§22: only remarks received", true, 4, 0, "evaluated"],
    ["§22: only comments received", true, 0, 2, "evaluated"],
    ["§22: both received", true, 12, 6, "evaluated"],
  ] as const)("%s", (_why, submitted, C, G, expected) => {
    expect(resultStatus({ submitted, C, G })).toBe(expected);
  });

  it("§20: a non-submitter has no official F and no band; others keep theirs", () => {
    expect(officialFigure("not_submitted", 100, "high")).toEqual({ F: null, band: null });
    expect(officialFigure("nothing_received", 100, "high")).toEqual({ F: 100, band: "high" });
    expect(officialFigure("evaluated", 47.1, "ineffective")).toEqual({ F: 47.1, band: "ineffective" });
  });

  it("§22 default is never counted among the high bands in a summary", () => {
    expect(summaryKey("nothing_received", "high")).toBe("nothing_received");
    expect(summaryKey("not_submitted", "high")).toBe("not_submitted");
    expect(summaryKey("evaluated", "high")).toBe("high");
  });

  it("ranks evaluated bodies first, lists nothing-received apart, leaves non-submitters unranked", () => {
    const rows: { id: string; status: ResultStatus; F: number | null }[] = [
      { id: "silent", status: "not_submitted", F: null },
      { id: "empty", status: "nothing_received", F: 100 },
      { id: "mid", status: "evaluated", F: 75 },
      { id: "top", status: "evaluated", F: 92.5 },
    ];
    expect(rankResults(rows).map((r) => [r.id, r.rank])).toEqual([
      ["top", 1],
      ["mid", 2],
      ["empty", null],
      ["silent", null],
    ]);
  });
});
