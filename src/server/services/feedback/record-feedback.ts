/**
 * Records items into the store, idempotently: an item whose (source, source_ref) is already there
 * is not added again. Used by the seed, the API and (later) every importer's persisting path.
 */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { insertFeedbackItems, type FeedbackItemRow, type NewFeedbackItem } from "../../repositories/feedback-item.repository.ts";

export async function recordFeedback(ctx: AppContext, actor: Actor, items: NewFeedbackItem[]): Promise<{ added: FeedbackItemRow[]; unchanged: number }> {
  for (const bodyId of new Set(items.map((i) => i.bodyId))) authorize(actor, "item.create", bodyId);
  const added: FeedbackItemRow[] = [];
  for (let i = 0; i < items.length; i += 1000) {
    added.push(...(await insertFeedbackItems(ctx.database.db, items.slice(i, i + 1000))));
  }
  return { added, unchanged: items.length - added.length };
}
