/**
 * §5 (§10 for budget programs): the informational message states the discussion period, and the
 * body collects remarks and proposals *within* it. Two consequences (issue 10, audit §5):
 *
 * - an item received before the period's first day or after its last (Kazakhstan calendar days) is
 *   kept and counted — §22 counts items received, and Pikir never drops one — but it is marked, so
 *   the officer and the §7 report can tell late or early items apart;
 * - a discussion whose last day has passed is over: its draft moves from `in_discussion` to
 *   `discussion_closed` by itself, the day after.
 *
 * Pure: dates are `YYYY-MM-DD` strings compared as such; the callers pass today in.
 */
export interface DiscussionWindow {
  startsOn: string | null;
  endsOn: string | null;
}

export type WindowPosition = "before" | "after" | null;

/** Where an item received on `receivedOn` (Kazakhstan day) falls; null inside or when a bound is unknown. */
export function positionInWindow(receivedOn: string, window: DiscussionWindow | null | undefined): WindowPosition {
  if (!window) return null;
  if (window.startsOn && receivedOn < window.startsOn) return "before";
  if (window.endsOn && receivedOn > window.endsOn) return "after";
  return null;
}

/** An open discussion whose last day is before today closes by itself. */
export function discussionHasEnded(status: string, endsOn: string | null, today: string): boolean {
  return status === "in_discussion" && endsOn !== null && endsOn < today;
}
