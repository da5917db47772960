/**
 * §14–§15: an officer hands the quarter's analysis and recommendations to the head. A second
 * submission (after a return, or before the head has decided) adds a version; none is overwritten.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  insertReviewVersion,
  lockOrCreateReview,
  updateReview,
  type ReviewRow,
  type ReviewVersionRow,
} from "../../repositories/review.repository.ts";
import { canSubmit, clean, requireQuarter, reviewConflict } from "./review-rules.ts";
import { reviewQuarterProblem } from "../../../domain/compliance/evidence-dates.ts";
import { kazakhstanToday } from "../period.ts";

export interface SubmitReviewInput {
  bodyId: string;
  /** "2025-Q1" */
  quarter: string;
  summary?: string | null;
  recommendations: string[];
  /** The generated §14 document (or where it was filed), if the officer attaches one. */
  documentUrl?: string | null;
}

export async function submitReview(
  ctx: AppContext,
  actor: Actor,
  input: SubmitReviewInput,
  today = kazakhstanToday(),
): Promise<{ review: ReviewRow; version: ReviewVersionRow }> {
  authorize(actor, "review.submit", input.bodyId);
  const quarter = requireQuarter(input.quarter);
  const future = reviewQuarterProblem(quarter, today);
  if (future) throw new AppError(future.code, future.params);
  const recommendations = input.recommendations.map((r) => r.trim()).filter(Boolean);
  const summary = clean(input.summary);
  if (recommendations.length === 0 && !summary)
    throw new AppError("validation_failed", { details: "recommendations: at least one, or a summary" });
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("state body");

  return transaction(ctx, async (tx) => {
    const { review, created } = await lockOrCreateReview(tx, input.bodyId, quarter.year, quarter.q);
    const before = created ? null : review;
    if (!canSubmit(created ? null : review.status)) throw reviewConflict("already_approved", review.status);
    const now = new Date();
    const version = await insertReviewVersion(tx, {
      reviewId: review.id,
      version: review.currentVersion + 1,
      summary,
      recommendations,
      documentUrl: clean(input.documentUrl),
      submittedBy: actor.userId,
      submittedByLabel: actor.label,
      submittedAt: now,
    });
    const updated = await updateReview(tx, review.id, {
      status: "submitted",
      currentVersion: version.version,
      decidedBy: null,
      decidedAt: null,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: created ? "review.submit" : "review.resubmit",
      entity: "quarterly_review",
      entityId: review.id,
      bodyId: review.bodyId,
      before,
      after: { review: updated, version },
    });
    return { review: updated, version };
  });
}
