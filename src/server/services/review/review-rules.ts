/**
 * What the §15 review's services share. The state machine itself is pure and lives in
 * domain/review/review-state-machine.ts (with its table test); done needs a note saying what was done.
 */
import {
  reviewTransition,
  type ReviewConflict,
  type ReviewEvent,
  type ReviewStatus,
} from "../../../domain/review/review-state-machine.ts";
import { AppError } from "../../errors.ts";
import { parseQuarter, type Quarter } from "../analysis/quarters.ts";

export { canSubmit, checkActionTransition, type ReviewConflict } from "../../../domain/review/review-state-machine.ts";

export function reviewConflict(reason: ReviewConflict, status: string): AppError {
  return new AppError("conflict", { details: `${reason} (status: ${status})` }, { reason, status });
}

/** The §15 table's answer for this review and event: its next status, or the conflict thrown. */
export function nextReviewStatus(status: ReviewStatus, event: ReviewEvent): ReviewStatus {
  const outcome = reviewTransition(status, event);
  if ("conflict" in outcome) throw reviewConflict(outcome.conflict, status);
  return outcome.to;
}

export function requireQuarter(text: string): Quarter {
  const quarter = parseQuarter(text);
  if (!quarter) throw new AppError("validation_failed", { details: `quarter "${text}": use 2025-Q1` });
  return quarter;
}

/** Where the generated §14 document of the quarter can be downloaded (reports routes). */
export function generatedDocumentPath(bodyId: string, year: number, quarter: number): string {
  return `/api/reports/bodies/${bodyId}/quarterly?period=${year}-Q${quarter}&format=pdf`;
}

export const clean = (text: string | null | undefined): string | null => text?.trim() || null;
