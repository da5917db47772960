/**
 * §23, last sentence: F is set to zero where drafts of legal acts and/or budget programs, the
 * budget-program implementation reports, or the interim/final results (§16) were not in open access.
 */
export interface OpenAccess {
  /** Drafts of legal acts and/or budget programs (§4–§5, §9–§10). */
  drafts?: boolean;
  /** Budget-program implementation reports (§9–§11). */
  budgetReports?: boolean;
  /** Interim (quarterly) and final (annual) results of projects and initiatives (§16). */
  results?: boolean;
}

/** A plain boolean is the summary form: `false` means "something required was not open". */
export type OpenAccessInput = boolean | OpenAccess;

export const ZERO_REASONS = [
  "draftsNotInOpenAccess",
  "budgetReportsNotInOpenAccess",
  "resultsNotInOpenAccess",
  "notInOpenAccess",
  /** §16 by evidence: a required publication slot missing in Pikir's record, not exempted (evidence-zeroing.ts). */
  "resultsNotPublished",
] as const;
export type ZeroReason = (typeof ZERO_REASONS)[number];

/**
 * Lists which required publications were missing. Only an explicit `false` zeroes: `undefined`
 * means "not applicable or not known" (a body with no budget programs has no budget reports),
 * and zeroing a body on missing data would punish it for our gap, not its own.
 */
export function zeroReasonsFor(openAccess: OpenAccessInput | undefined): ZeroReason[] {
  if (openAccess === undefined || openAccess === true) return [];
  if (openAccess === false) return ["notInOpenAccess"];
  const reasons: ZeroReason[] = [];
  if (openAccess.drafts === false) reasons.push("draftsNotInOpenAccess");
  if (openAccess.budgetReports === false) reasons.push("budgetReportsNotInOpenAccess");
  if (openAccess.results === false) reasons.push("resultsNotInOpenAccess");
  return reasons;
}
