import { describe, expect, it } from "vitest";
import { listDifferences, resolveFigures, type Resolution, type SideFigures } from "./disputes.ts";

const side = (B: number, C: number, E: number, G: number, openAccess: SideFigures["openAccess"] = {}) => ({
  B,
  C,
  E,
  G,
  openAccess,
});
const resolution = (r: Partial<Resolution> & Pick<Resolution, "field" | "choice">): Resolution => ({
  submittedValue: "",
  recordedValue: "",
  note: "checked",
  ...r,
});

describe("§20 submission against Pikir's record", () => {
  it.each([
    ["§20.1: same figures, no difference", side(2, 4, 1, 2), side(2, 4, 1, 2), []],
    ["§20.1: B over-reported", side(3, 4, 1, 2), side(2, 4, 1, 2), [{ field: "B", submitted: 3, recorded: 2 }]],
    [
      "§20.2: comments differ in E and G",
      side(2, 4, 3, 3),
      side(2, 4, 1, 2),
      [
        { field: "E", submitted: 3, recorded: 1 },
        { field: "G", submitted: 3, recorded: 2 },
      ],
    ],
    [
      "§23: declared open, the record's check says closed",
      side(1, 1, 1, 1, { results: true }),
      side(1, 1, 1, 1, { results: false }),
      [{ field: "openAccess.results", submitted: true, recorded: false }],
    ],
    [
      "§23: not declared, the record says closed",
      side(1, 1, 1, 1),
      side(1, 1, 1, 1, { drafts: false }),
      [{ field: "openAccess.drafts", submitted: "unstated", recorded: false }],
    ],
    ["§23: no record of a check is no evidence", side(1, 1, 1, 1, { drafts: true }), side(1, 1, 1, 1), []],
  ] as const)("%s", (_why, submitted, recorded, expected) => {
    expect(listDifferences(submitted, recorded)).toEqual(expected);
  });

  it("§20: an unresolved count stays as submitted; an unresolved open-access fact follows the record (§23)", () => {
    const r = resolveFigures(side(3, 4, 1, 2, { results: true }), side(2, 4, 1, 2, { results: false }), []);
    expect(r.figures).toEqual(side(3, 4, 1, 2, { results: false }));
    expect(r.unresolved).toBe(2);
  });

  it("§20: the analyst's choice applies, and only to the values it was made on", () => {
    const submitted = side(3, 4, 1, 2, { results: true });
    const recorded = side(2, 4, 1, 2, { results: false });
    const choices = [
      resolution({ field: "B", choice: "recorded", submittedValue: "3", recordedValue: "2" }),
      resolution({ field: "openAccess.results", choice: "submitted", submittedValue: "true", recordedValue: "false" }),
    ];
    const r = resolveFigures(submitted, recorded, choices);
    expect([r.figures, r.unresolved]).toEqual([side(2, 4, 1, 2, { results: true }), 0]);
    // The body resubmitted B = 4: the old resolution no longer matches, the difference is open again.
    const again = resolveFigures(side(4, 4, 1, 2, { results: true }), recorded, choices);
    expect([again.figures.B, again.unresolved]).toEqual([4, 1]);
  });

  it("§22: a choice that would make B > C is not applied and is reported", () => {
    const r = resolveFigures(side(3, 4, 1, 2), side(2, 2, 1, 2), [
      resolution({ field: "C", choice: "recorded", submittedValue: "4", recordedValue: "2" }),
    ]);
    expect(r.inconsistent).toEqual(["B", "C"]);
    expect([r.figures.B, r.figures.C, r.unresolved]).toEqual([3, 4, 2]);
  });
});
