/**
 * §15: "after review the first head directs the structural units to act on the recommendations".
 * Directing units is an acceptance, so assigning on a review still awaiting the head approves it
 * in the same transaction; a returned review must be resubmitted first.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findReview, lockReview, updateReview, type ReviewRow } from "../../repositories/review.repository.ts";
import { insertReviewActions, type ReviewActionRow } from "../../repositories/review-action.repository.ts";
import { nextReviewStatus } from "./review-rules.ts";

export interface ActionInput {
  unitName: string;
  description: string;
  dueOn: string;
}

export async function assignActions(
  ctx: AppContext,
  actor: Actor,
  reviewId: string,
  actions: ActionInput[],
): Promise<{ review: ReviewRow; actions: ReviewActionRow[] }> {
  const found = await findReview(ctx.database.db, reviewId);
  if (!found) throw notFound("review");
  authorize(actor, "review.decide", found.bodyId);
  const cleaned = actions.map((a) => ({
    unitName: a.unitName.trim(),
    description: a.description.trim(),
    dueOn: a.dueOn,
  }));
  if (cleaned.length === 0 || cleaned.some((a) => !a.unitName || !a.description)) {
    throw new AppError("validation_failed", { details: "actions: each needs a unit and a description" });
  }

  return transaction(ctx, async (tx) => {
    const review = (await lockReview(tx, reviewId))!;
    const status = nextReviewStatus(review.status, "assign");
    const now = new Date();
    const updated =
      status !== review.status
        ? await updateReview(tx, review.id, { status, decidedBy: actor.userId, decidedAt: now })
        : review;
    const rows = await insertReviewActions(
      tx,
      cleaned.map((a) => ({
        ...a,
        reviewId: review.id,
        bodyId: review.bodyId,
        assignedBy: actor.userId,
        assignedAt: now,
        updatedBy: actor.userId,
        updatedAt: now,
      })),
    );
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "review.assign",
      entity: "quarterly_review",
      entityId: review.id,
      bodyId: review.bodyId,
      before: review,
      after: { review: updated, actions: rows },
    });
    return { review: updated, actions: rows };
  });
}
