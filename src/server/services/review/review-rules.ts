/**
 * The §15 review's state machine, in one place so every service and its tests agree:
 *   submitted → approved | returned;  returned → submitted (a new version);  submitted → submitted
 *   (the officer replaces the version the head has not looked at yet, and the old one is kept).
 * Actions: open → in_progress → done, never backwards; done needs a note saying what was done.
 */
import type { ActionStatus, ReviewStatus } from "../../db/index.ts";
import { AppError } from "../../errors.ts";
import { parseQuarter, type Quarter } from "../analysis/quarters.ts";

/** Machine-readable reasons, translated by the UI from src/i18n/messages/review.ts ("conflict.<reason>"). */
export type ReviewConflict = "already_approved" | "not_awaiting_head" | "returned_needs_resubmission" | "action_backwards" | "action_done";

export function reviewConflict(reason: ReviewConflict, status: string): AppError {
  return new AppError("conflict", { details: `${reason} (status: ${status})` }, { reason, status });
}

export function canSubmit(status: ReviewStatus | null): boolean {
  return status === null || status === "submitted" || status === "returned";
}

const ACTION_ORDER: Record<ActionStatus, number> = { open: 0, in_progress: 1, done: 2 };

export function checkActionTransition(from: ActionStatus, to: ActionStatus): ReviewConflict | null {
  if (from === "done") return "action_done";
  if (ACTION_ORDER[to] <= ACTION_ORDER[from] && !(from === "in_progress" && to === "in_progress")) return "action_backwards";
  return null;
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
