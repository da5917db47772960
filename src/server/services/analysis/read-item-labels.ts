/** An item's labels (effective and automatic) with the history of the officers' corrections. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { listCorrections } from "../../repositories/analysis-corrections.repository.ts";
import { findLabel } from "../../repositories/analysis-labels.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";

export async function readItemLabels(ctx: AppContext, actor: Actor, itemId: number) {
  const db = ctx.database.db;
  const item = await findFeedbackItem(db, itemId);
  if (!item) throw notFound("feedback item");
  // Another body's item answers 404 like a missing id, so the route is no oracle for its ids (W23).
  authorizeUndisclosed(actor, "analysis.read", item.bodyId, "feedback item");
  const [label, corrections] = await Promise.all([findLabel(db, item.id), listCorrections(db, item.id)]);
  return { itemId: item.id, label, corrections };
}
