import { describe, expect, it } from "vitest";
import { countsInB } from "./counts-in-b.ts";

describe("countsInB — §20.1: accepted items count in B only with a reference", () => {
  it.each([
    {
      decision: { outcome: "accepted", reference: { kind: "act_clause", target: "п. 5 приказа № 12" } },
      counts: true,
      flag: null,
    },
    {
      decision: { outcome: "accepted", reference: { kind: "budget_program", target: "001" } },
      counts: true,
      flag: null,
    },
    {
      decision: { outcome: "accepted", reference: { kind: "document", target: "№ 01-12/345" } },
      counts: true,
      flag: null,
    },
    { decision: { outcome: "accepted" }, counts: false, flag: "acceptedWithoutReference" },
    { decision: { outcome: "accepted", reference: null }, counts: false, flag: "acceptedWithoutReference" },
    {
      decision: { outcome: "accepted", reference: { kind: "document", target: "   " } },
      counts: false,
      flag: "acceptedWithoutReference",
    },
    {
      decision: { outcome: "accepted", reference: { kind: "email", target: "x" } },
      counts: false,
      flag: "acceptedWithoutReference",
    },
    { decision: { outcome: "rejected" }, counts: false, flag: null },
    { decision: { outcome: "rejected", reference: { kind: "document", target: "x" } }, counts: false, flag: null },
  ] as const)("§20.1: $decision → counts=$counts", ({ decision, counts, flag }) => {
    expect(countsInB(decision as Parameters<typeof countsInB>[0])).toEqual({ counts, flag });
  });
});
