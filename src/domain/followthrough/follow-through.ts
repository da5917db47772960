/**
 * Follow-through of feedback: where it went after the body accepted it.
 * - §8: proposals to improve legislation are taken into account in rule-making plans and the
 *   Government's annual legislative work plan — accepted remarks/proposals of the NPA portal.
 * - §13: accepted proposals are taken into account when budget programs are corrected, or when the
 *   next 3-year budget is formed — accepted remarks/proposals of the budgets portal.
 * - §19: the results of internet conferences and surveys are used in rule-making, in reviewing
 *   law-enforcement practice, in state-planning documents and budget programs — questions of the
 *   open dialogue portal (they are not decided, so no acceptance is asked for).
 * Each link names the document (date, title, number, address); its date is not in the future.
 */
export const FOLLOW_THROUGH_KINDS = [
  "rule_making_plan",
  "legislative_plan",
  "budget_program_correction",
  "three_year_budget",
  "conference_rule_making",
  "conference_law_enforcement_review",
  "conference_state_planning",
  "conference_budget_program",
] as const;
export type FollowThroughKind = (typeof FOLLOW_THROUGH_KINDS)[number];

export type FollowThroughParagraph = "§8" | "§13" | "§19";

export const FOLLOW_THROUGH_PARAGRAPH: Record<FollowThroughKind, FollowThroughParagraph> = {
  rule_making_plan: "§8",
  legislative_plan: "§8",
  budget_program_correction: "§13",
  three_year_budget: "§13",
  conference_rule_making: "§19",
  conference_law_enforcement_review: "§19",
  conference_state_planning: "§19",
  conference_budget_program: "§19",
};

/** The channel whose items each paragraph follows through. */
const CHANNEL_OF: Record<FollowThroughParagraph, string> = {
  "§8": "legal_acts_portal",
  "§13": "budget_portal",
  "§19": "dialogue_portal",
};

export interface FollowThroughItem {
  channel: string;
  kind: string;
  /** The current decision's outcome, null when undecided. */
  outcome: "accepted" | "rejected" | null;
}

export type FollowThroughProblem =
  | { code: "kind_mismatch"; expected: FollowThroughKind[] }
  | { code: "not_accepted" }
  | { code: "date_future"; today: string };

/** The kinds that fit an item: by its channel, §8 / §13 only once accepted. */
export function followThroughKindsFor(item: FollowThroughItem): FollowThroughKind[] {
  return FOLLOW_THROUGH_KINDS.filter((k) => CHANNEL_OF[FOLLOW_THROUGH_PARAGRAPH[k]] === item.channel);
}

export function checkFollowThrough(
  item: FollowThroughItem,
  kind: FollowThroughKind,
  documentDate: string,
  today: string,
): FollowThroughProblem | null {
  const fits = followThroughKindsFor(item);
  if (!fits.includes(kind)) return { code: "kind_mismatch", expected: fits };
  const paragraph = FOLLOW_THROUGH_PARAGRAPH[kind];
  if (paragraph !== "§19" && !(item.outcome === "accepted" && (item.kind === "remark" || item.kind === "proposal")))
    return { code: "not_accepted" };
  if (documentDate > today) return { code: "date_future", today };
  return null;
}
