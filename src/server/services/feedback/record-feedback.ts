/**
 * Records items into the store, idempotently: an item whose (source, source_ref) is already there
 * is not added again. Used by the seed, the API and (later) every importer's persisting path.
 */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import {
  insertFeedbackItems,
  type FeedbackItemRow,
  type NewFeedbackItem,
} from "../../repositories/feedback-item.repository.ts";
import { assertInitiativesOfBody } from "../initiatives/assert-initiative-of-body.ts";

export async function recordFeedback(
  ctx: AppContext,
  actor: Actor,
  items: NewFeedbackItem[],
): Promise<{ added: FeedbackItemRow[]; unchanged: number }> {
  for (const bodyId of new Set(items.map((i) => i.bodyId))) authorize(actor, "item.create", bodyId);
  // Authorising the body is not enough: an item naming another body's initiative would land in that
  // body's §7 report, portal page and overdue duties, where its officers cannot even see it (W1).
  await assertInitiativesOfBody(ctx.database.db, items);
  const added: FeedbackItemRow[] = [];
  for (let i = 0; i < items.length; i += 1000) {
    added.push(...(await insertFeedbackItems(ctx.database.db, items.slice(i, i + 1000))));
  }
  return { added, unchanged: items.length - added.length };
}
