import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES as DB_ACTION_STATUSES,
  REVIEW_STATUSES as DB_REVIEW_STATUSES,
} from "../../server/db/schema-workflow.ts";
import {
  ACTION_STATUSES,
  canSubmit,
  checkActionTransition,
  REVIEW_STATUSES,
  reviewTransition,
} from "./review-state-machine.ts";

describe("§15 review of the quarterly analysis", () => {
  it.each([
    // from         event       outcome
    [null, "submit", { to: "submitted" }], //                   the officer submits to the first head
    ["submitted", "submit", { to: "submitted" }], //            …and may replace a version not yet looked at
    ["submitted", "approve", { to: "approved" }], //            the head approves
    ["submitted", "return", { to: "returned" }], //             …or returns it with comments
    ["submitted", "assign", { to: "approved" }], //             directing the units to act approves it
    ["returned", "submit", { to: "submitted" }], //             a new version after the comments
    ["returned", "approve", { conflict: "not_awaiting_head" }],
    ["returned", "assign", { conflict: "returned_needs_resubmission" }],
    ["approved", "submit", { conflict: "already_approved" }], // approved is final for the quarter
    ["approved", "return", { conflict: "not_awaiting_head" }],
    ["approved", "assign", { to: "approved" }], //              more actions may follow an approval
    [null, "approve", { conflict: "not_awaiting_head" }],
  ] as const)("%s + %s → %j", (from, event, outcome) => {
    expect(reviewTransition(from, event)).toEqual(outcome);
  });

  it("submits only where the table allows it", () => {
    expect([null, ...REVIEW_STATUSES].filter(canSubmit)).toEqual([null, "submitted", "returned"]);
  });

  it.each([
    ["open", "in_progress", null],
    ["open", "done", null],
    ["in_progress", "done", null],
    ["in_progress", "in_progress", null],
    ["in_progress", "open", "action_backwards"],
    ["open", "open", "action_backwards"],
    ["done", "in_progress", "action_done"],
    ["done", "done", "action_done"],
  ] as const)("an action %s → %s: %s", (from, to, conflict) => {
    expect(checkActionTransition(from, to)).toBe(conflict);
  });

  it("names the statuses the database stores", () => {
    expect([REVIEW_STATUSES, ACTION_STATUSES]).toEqual([DB_REVIEW_STATUSES, DB_ACTION_STATUSES]);
  });
});
