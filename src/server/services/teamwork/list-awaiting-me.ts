/** "Awaiting me": the items assigned to the signed-in person, the earliest due first. */
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { listAssignedTo } from "../../repositories/teamwork.repository.ts";

export async function listAwaitingMe(ctx: AppContext, actor: Actor) {
  if (!actor.userId) throw new AppError("not_authenticated");
  const assigned = await listAssignedTo(ctx.database.db, actor.userId);
  const out = [];
  for (const a of assigned.slice(0, 200)) {
    const item = await findFeedbackItem(ctx.database.db, a.itemId);
    // An item of another body (the person moved) is not theirs to act on any more.
    if (item && item.bodyId === actor.bodyId)
      out.push({
        itemId: a.itemId,
        dueOn: a.dueOn,
        kind: item.kind,
        text: item.text.slice(0, 300),
        receivedAt: item.receivedAt,
      });
  }
  return out;
}
