/**
 * §15: the responsible person submits the quarterly analysis (§14) to the body's first head, who
 * approves it or returns it with comments, and directs the structural units to act on the
 * recommendations. As a state machine over the review and over each assigned action:
 *   (none) → submitted;  submitted → submitted (the officer replaces the version the head has not
 *   looked at yet; the old one is kept);  submitted → approved | returned;  returned → submitted (a
 *   new version);  assigning actions approves a submitted review and is refused on a returned one.
 *   Actions: open → in_progress → done, never backwards; done is final.
 */
export const REVIEW_STATUSES = ["submitted", "returned", "approved"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const ACTION_STATUSES = ["open", "in_progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type ReviewEvent = "submit" | "approve" | "return" | "assign";
/** Machine-readable reasons, translated by the UI from src/i18n/messages/review.ts ("conflict.<reason>"). */
export type ReviewConflict =
  | "already_approved"
  | "not_awaiting_head"
  | "returned_needs_resubmission"
  | "action_backwards"
  | "action_done";

type Outcome = { to: ReviewStatus } | { conflict: ReviewConflict };

/** Every status × event, written out so that the table test reads like the paragraph. */
const REVIEW_TABLE: Record<ReviewStatus | "none", Record<ReviewEvent, Outcome>> = {
  none: {
    submit: { to: "submitted" },
    approve: { conflict: "not_awaiting_head" },
    return: { conflict: "not_awaiting_head" },
    assign: { conflict: "not_awaiting_head" },
  },
  submitted: {
    submit: { to: "submitted" },
    approve: { to: "approved" },
    return: { to: "returned" },
    assign: { to: "approved" },
  },
  returned: {
    submit: { to: "submitted" },
    approve: { conflict: "not_awaiting_head" },
    return: { conflict: "not_awaiting_head" },
    assign: { conflict: "returned_needs_resubmission" },
  },
  approved: {
    submit: { conflict: "already_approved" },
    approve: { conflict: "not_awaiting_head" },
    return: { conflict: "not_awaiting_head" },
    assign: { to: "approved" },
  },
};

/** Where a review in `from` (null: none yet) goes on `event`, or why it may not. */
export function reviewTransition(from: ReviewStatus | null, event: ReviewEvent): Outcome {
  return REVIEW_TABLE[from ?? "none"][event];
}

export function canSubmit(status: ReviewStatus | null): boolean {
  return "to" in reviewTransition(status, "submit");
}

const ACTION_ORDER: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2 };

/** null when an action may move from `from` to `to` (in_progress → in_progress updates the note). */
export function checkActionTransition(from: ActionStatus, to: ActionStatus): ReviewConflict | null {
  if (from === "done") return "action_done";
  if (ACTION_ORDER[to] <= ACTION_ORDER[from] && !(from === "in_progress" && to === "in_progress"))
    return "action_backwards";
  return null;
}
