/** One review with every version (oldest first) and its actions. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findReview,
  listReviewVersions,
  type ReviewRow,
  type ReviewVersionRow,
} from "../../repositories/review.repository.ts";
import { listReviewActions, type ReviewActionRow } from "../../repositories/review-action.repository.ts";

export interface ReviewDetail {
  review: ReviewRow;
  versions: ReviewVersionRow[];
  actions: ReviewActionRow[];
}

export async function readReview(ctx: AppContext, actor: Actor, reviewId: string): Promise<ReviewDetail> {
  const review = await findReview(ctx.database.db, reviewId);
  if (!review) throw notFound("review");
  authorize(actor, "review.read", review.bodyId);
  const [versions, actions] = await Promise.all([
    listReviewVersions(ctx.database.db, review.id),
    listReviewActions(ctx.database.db, review.id),
  ]);
  return { review, versions, actions };
}
