import { describe, expect, it } from "vitest";
import { evaluateSubmissions } from "./evaluate-submissions.ts";

const body = (id: string, accepted = 3, received = 4) => ({
  id,
  name: `Body ${id}`,
  remarks: { received, accepted, rejected: received - accepted },
  comments: { received: 0, answered: 0 },
});
const input = (period: unknown, bodies: unknown = [body("a")]) => ({ period, bodies });
const codes = (raw: unknown) => {
  const r = evaluateSubmissions(raw);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.code}`);
};

describe("evaluateSubmissions — period, bodies and rules (§20–§23)", () => {
  it("evaluates every body under the rules in force at the period's end", () => {
    const r = evaluateSubmissions(input({ from: "2025-01-01", to: "2025-12-31" }, [body("a"), body("b", 1, 3)]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.period).toEqual({ from: "2025-01-01", to: "2025-12-31", kind: "year" });
    expect(r.value.rules.version).toBe("137-NK/2025");
    expect(r.value.results.map((x) => [x.id, x.F, x.band, x.rulesVersion])).toEqual([
      ["a", 75, "medium", "137-NK/2025"],
      ["b", 33.3, "ineffective", "137-NK/2025"],
    ]);
  });

  it.each([
    { period: { from: "2024-01-01", to: "2024-03-31" }, kind: "quarter", version: "17-NK/2024" },
    { period: { from: "2025-01-01", to: "2025-06-30" }, kind: "half", version: "137-NK/2025" },
    { period: { from: "2026-01-01", to: "2026-06-30" }, kind: "half", version: "137-NK/2025" },
    { period: { from: "2026-07-01", to: "2026-12-31" }, kind: "half", version: "183-NK/2026" },
    { period: { from: "2026-01-01", to: "2026-12-31" }, kind: "year", version: "183-NK/2026" },
  ])("$period.from – $period.to is a $kind under $version", ({ period, kind, version }) => {
    const r = evaluateSubmissions(input(period));
    expect(r.ok && [r.value.period.kind, r.value.rules.version]).toEqual([kind, version]);
  });

  it.each([
    { raw: input({ from: "2023-01-01", to: "2023-12-31" }), errors: ["period.from:periodBeforeMethodology"] },
    { raw: input({ from: "2023-10-01", to: "2024-03-31" }), errors: ["period.from:periodBeforeMethodology"] },
    { raw: input({ from: "2025-12-31", to: "2025-01-01" }), errors: ["period.from:periodOrder"] },
    { raw: input({ from: "2025-02-30", to: "2025-12-31" }), errors: ["period.from:badDate"] },
    { raw: input({ from: "2025-01-01", to: "31.12.2025" }), errors: ["period.to:badDate"] },
    { raw: input({ from: "2025-01-01", to: "2025-02-28" }), errors: ["period:notCalendarPeriod"] },
    { raw: input({ from: "2025-04-01", to: "2025-09-30" }), errors: ["period:notCalendarPeriod"] },
    { raw: input({ from: "2025-01-01" }), errors: ["period.to:missing"] },
    { raw: input(undefined), errors: ["period:missing"] },
    { raw: input("2025"), errors: ["period:notAnObject"] },
    { raw: input({ from: "2025-01-01", to: "2025-12-31" }, []), errors: ["bodies:empty"] },
    { raw: input({ from: "2025-01-01", to: "2025-12-31" }, {}), errors: ["bodies:notAnArray"] },
    { raw: { period: { from: "2025-01-01", to: "2025-12-31" } }, errors: ["bodies:missing"] },
    { raw: [1, 2], errors: [":notAnObject"] },
  ])("refuses $errors", ({ raw, errors }) => {
    expect(codes(raw)).toEqual(errors);
  });

  it("refuses duplicate body ids, pointing at both bodies", () => {
    const r = evaluateSubmissions(input({ from: "2025-01-01", to: "2025-12-31" }, [body("a"), body("b"), body("a")]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        bodyId: "a",
        bodyName: "Body a",
        bodyIndex: 2,
        field: "id",
        code: "duplicateId",
        params: { id: "a", firstNumber: 1 },
      },
    ]);
  });

  it("collects period and body errors together", () => {
    const bad = { ...body("a"), comments: { received: 1, answered: 2 } };
    expect(codes(input({ from: "2025-01-01", to: "2025-13-01" }, [bad]))).toEqual([
      "period.to:badDate",
      "comments.answered:answeredExceedsReceived",
    ]);
  });
});
