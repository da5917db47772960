/** §15: the head returns the submitted analysis with comments; the officer then resubmits. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findReview,
  lockReview,
  markVersionReturned,
  updateReview,
  type ReviewRow,
  type ReviewVersionRow,
} from "../../repositories/review.repository.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import { notifyUser } from "../teamwork/notify-user.ts";
import { clean, nextReviewStatus } from "./review-rules.ts";

export async function returnReview(
  ctx: AppContext,
  actor: Actor,
  reviewId: string,
  comments: string,
): Promise<{ review: ReviewRow; version: ReviewVersionRow }> {
  const found = await findReview(ctx.database.db, reviewId);
  if (!found) throw notFound("review");
  authorize(actor, "review.decide", found.bodyId);
  const text = clean(comments);
  if (!text) throw new AppError("validation_failed", { details: "comments: say what to change" });

  const actorName = (actor.userId && (await findUserById(ctx.database.db, actor.userId))?.displayName) || actor.label;
  return transaction(ctx, async (tx) => {
    const review = (await lockReview(tx, reviewId))!;
    const status = nextReviewStatus(review.status, "return");
    const now = new Date();
    const version = await markVersionReturned(tx, review.id, review.currentVersion, text, actor.userId, now);
    const updated = await updateReview(tx, review.id, { status, decidedBy: actor.userId, decidedAt: now });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "review.return",
      entity: "quarterly_review",
      entityId: review.id,
      bodyId: review.bodyId,
      before: review,
      after: { review: updated, comments: text },
    });
    // Teamwork (issue 13): whoever submitted this version learns it came back (bell and mail).
    if (version.submittedBy)
      await notifyUser(tx, actor.userId, {
        userId: version.submittedBy,
        kind: "review.returned",
        bodyId: review.bodyId,
        entity: "quarterly_review",
        entityId: review.id,
        params: { quarter: `${review.periodYear}-Q${review.periodQuarter}`, by: actorName },
      });
    return { review: updated, version };
  });
}
