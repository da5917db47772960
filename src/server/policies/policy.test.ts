import { describe, expect, it } from "vitest";
import type { Actor } from "../context.ts";
import { ACTIONS, can, readableBodies, type Action } from "./policy.ts";

const OWN = "11111111-1111-1111-1111-111111111111";
const OTHER = "22222222-2222-2222-2222-222222222222";
const actor = (role: Actor["role"], bodyId: string | null = null): Actor => ({
  userId: "u",
  label: role,
  role,
  bodyId,
});

/** The whole matrix: role × action × (own body, other body). Anything not listed is denied. */
const EXPECTED: Record<string, Partial<Record<Action, "own" | "any">>> = {
  body_officer: {
    "item.read": "own",
    "item.decide": "own",
    "item.answer": "own",
    "item.create": "own",
    "initiative.write": "own",
    "evidence.write": "own",
    "evaluation.submit": "own",
    "evaluation.read": "own",
    "analysis.read": "own",
    "analysis.run": "own",
    "analysis.correct": "own",
    "review.read": "own",
    "review.submit": "own",
    "review.act": "own",
    "personal.read": "own",
    "open_access.read": "own",
    "open_access.check": "own",
    "monitoring.manage": "own",
  },
  body_head: {
    "item.read": "own",
    "item.decide": "own",
    "item.answer": "own",
    "evaluation.submit": "own",
    "evaluation.read": "own",
    "initiative.write": "own",
    "evidence.write": "own",
    "analysis.read": "own",
    "analysis.run": "own",
    "analysis.correct": "own",
    "review.read": "own",
    "review.decide": "own",
    "personal.read": "own",
    "open_access.read": "own",
  },
  // Evaluating roles read items but never an appellant's unmasked personal data (no personal.read).
  ministry_analyst: {
    "item.read": "any",
    "evaluation.manage": "any",
    "evaluation.read": "any",
    "audit.read": "any",
    "analysis.read": "any",
    "analysis.run": "any",
    "analysis.correct": "any",
    "review.read": "any",
    "compliance.overview": "any",
    "open_access.read": "any",
    "open_access.check": "any",
  },
  administrator: {
    "item.read": "any",
    "registry.manage": "any",
    "user.manage": "any",
    "audit.read": "any",
    "evaluation.read": "any",
    "analysis.read": "any",
    "analysis.run": "any",
    "outbox.read_all": "any",
    "monitoring.manage": "any",
    "monitoring.reassign": "any",
  },
};

describe("authorisation matrix", () => {
  for (const [role, grants] of Object.entries(EXPECTED)) {
    const bodyId = role.startsWith("body_") ? OWN : null;
    for (const action of ACTIONS) {
      const grant = grants[action];
      it(`${role} ${action}: own=${grant ? "yes" : "no"}, other=${grant === "any" ? "yes" : "no"}`, () => {
        const a = actor(role as Actor["role"], bodyId);
        expect(can(a, action, OWN)).toBe(grant !== undefined);
        expect(can(a, action, OTHER)).toBe(grant === "any");
      });
    }
  }

  it("an officer without a body reads nothing; a body-scoped grant never matches a missing body id", () => {
    expect(readableBodies(actor("body_officer", null), "item.read")).toEqual([]);
    expect(can(actor("body_officer", OWN), "item.read", null)).toBe(false);
    expect(can(actor("body_officer", OWN), "item.read")).toBe(false);
    expect(readableBodies(actor("ministry_analyst"), "item.read")).toBe("all");
    expect(readableBodies(actor("body_head", OWN), "item.read")).toEqual([OWN]);
  });

  it("reveals personal data only to those who answer the appellant: the body's own officer and head", () => {
    const revealers = (["body_officer", "body_head", "ministry_analyst", "administrator"] as const).filter((role) =>
      can(actor(role, role.startsWith("body_") ? OWN : null), "personal.read", OWN),
    );
    expect(revealers).toEqual(["body_officer", "body_head"]);
    expect(readableBodies(actor("ministry_analyst"), "personal.read")).toEqual([]);
  });
});
