/**
 * §5: a discussion is held for the period its informational message states; once its last day has
 * passed the draft is no longer "in discussion". Run nightly (job initiatives.close-discussions,
 * just after midnight in Astana); each draft closed is audited, so the change is never silent.
 */
import { transaction, SYSTEM_ACTOR, type AppContext } from "../../context.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { closeEndedDiscussions as closeRows } from "../../repositories/initiative.repository.ts";
import { kazakhstanToday } from "../period.ts";

export async function closeEndedDiscussions(ctx: AppContext, today = kazakhstanToday()): Promise<{ closed: number }> {
  return transaction(ctx, async (tx) => {
    const closed = await closeRows(tx, today);
    for (const row of closed)
      await appendAudit(tx, {
        actorId: null,
        actorLabel: SYSTEM_ACTOR.label,
        action: "initiative.close_discussion",
        entity: "initiative",
        entityId: row.id,
        bodyId: row.bodyId,
        before: { status: "in_discussion" },
        after: { status: "discussion_closed", discussionEndsOn: row.discussionEndsOn, today },
      });
    return { closed: closed.length };
  });
}
