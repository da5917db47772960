/** The reviews a reader may see: the body's own for its officers and head, every body's for the ministry. */
import type { Actor, AppContext } from "../../context.ts";
import type { ReviewStatus } from "../../db/index.ts";
import { authorize, readableBodies } from "../../policies/policy.ts";
import { listReviews, type ReviewRow } from "../../repositories/review.repository.ts";

export async function listReviewsFor(
  ctx: AppContext,
  actor: Actor,
  filter: { bodyId?: string; status?: ReviewStatus; year?: number },
): Promise<ReviewRow[]> {
  if (filter.bodyId) authorize(actor, "review.read", filter.bodyId);
  return listReviews(ctx.database.db, { bodies: readableBodies(actor, "review.read"), ...filter });
}
