/** Remove a follow-through link entered by mistake: the row is kept (removed_at) and audited. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findFollowThrough, markFollowThroughRemoved } from "../../repositories/follow-through.repository.ts";

export async function removeFollowThrough(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const row = await findFollowThrough(ctx.database.db, id);
  if (!row || row.removedAt) throw notFound("follow-through");
  authorize(actor, "item.decide", row.bodyId);
  await transaction(ctx, async (tx) => {
    const now = new Date();
    await markFollowThroughRemoved(tx, id, actor.userId, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "follow_through.remove",
      entity: "feedback_item",
      entityId: String(row.itemId),
      bodyId: row.bodyId,
      before: row,
      after: { ...row, removedAt: now },
    });
  });
}
