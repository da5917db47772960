/** §17: the body takes a topic off its list; the row stays (so a rebuild does not bring it back) and is audited. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findTopic, updateTopic } from "../../repositories/conference-topic.repository.ts";

export async function removeConferenceTopic(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const topic = await findTopic(ctx.database.db, id);
  if (!topic || topic.removedAt) throw notFound("conference topic");
  authorize(actor, "evidence.write", topic.bodyId);
  await transaction(ctx, async (tx) => {
    const row = await updateTopic(tx, id, { removedAt: new Date() });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "conference_topic.remove",
      entity: "conference_topic",
      entityId: id,
      bodyId: topic.bodyId,
      before: topic,
      after: row,
    });
  });
}
