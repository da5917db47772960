/** A note on an item for the body's team (never shown to the citizen or on the portal). */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { insertNote, listNotes } from "../../repositories/teamwork.repository.ts";

export async function addItemNote(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  text: string,
): Promise<{ id: number; createdAt: Date }> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.decide", item.bodyId);
  return insertNote(ctx.database.db, itemId, actor.userId, text);
}

export async function listItemNotes(ctx: AppContext, actor: Actor, itemId: number) {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.read", item.bodyId);
  return listNotes(ctx.database.db, itemId);
}
