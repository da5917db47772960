/** Who an item is assigned to and by when, with the names (the item drawer's teamwork section). */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { findAssignmentView } from "../../repositories/teamwork.repository.ts";

export async function readItemAssignment(ctx: AppContext, actor: Actor, itemId: number) {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorizeUndisclosed(actor, "item.read", item.bodyId, "item");
  return (await findAssignmentView(ctx.database.db, itemId)) ?? null;
}
