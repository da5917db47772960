/** §15: the head approves the submitted analysis and its recommendations. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findReview, lockReview, updateReview, type ReviewRow } from "../../repositories/review.repository.ts";
import { nextReviewStatus } from "./review-rules.ts";

export async function approveReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<ReviewRow> {
  const found = await findReview(ctx.database.db, reviewId);
  if (!found) throw notFound("review");
  authorize(actor, "review.decide", found.bodyId);

  return transaction(ctx, async (tx) => {
    const review = (await lockReview(tx, reviewId))!;
    const updated = await updateReview(tx, review.id, {
      status: nextReviewStatus(review.status, "approve"),
      decidedBy: actor.userId,
      decidedAt: new Date(),
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "review.approve",
      entity: "quarterly_review",
      entityId: review.id,
      bodyId: review.bodyId,
      before: review,
      after: updated,
    });
    return updated;
  });
}
