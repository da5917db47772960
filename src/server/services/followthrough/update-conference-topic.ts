/**
 * §17–§18: rename a topic of the body's list, and/or say which of the body's §18 conferences and
 * surveys were held on it (the list of event ids replaces the previous links).
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  countBodyEvents,
  findTopic,
  replaceTopicEvents,
  updateTopic,
  type ConferenceTopicRow,
} from "../../repositories/conference-topic.repository.ts";
import { titleColumns, type TopicTitle } from "./add-conference-topic.ts";

export async function updateConferenceTopic(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { title?: TopicTitle; eventIds?: string[] },
): Promise<ConferenceTopicRow> {
  const topic = await findTopic(ctx.database.db, id);
  if (!topic || topic.removedAt) throw notFound("conference topic");
  authorize(actor, "evidence.write", topic.bodyId);
  const eventIds = input.eventIds ? [...new Set(input.eventIds)] : undefined;
  if (eventIds && (await countBodyEvents(ctx.database.db, topic.bodyId, eventIds)) !== eventIds.length)
    throw notFound("dialogue event");
  const title = input.title ? titleColumns(input.title) : undefined;
  if (title && !title.titleKk && !title.titleRu && !title.titleEn)
    throw new AppError("validation_failed", { details: "title: name the topic in at least one language" });
  return transaction(ctx, async (tx) => {
    const row = title ? await updateTopic(tx, id, title) : topic;
    if (eventIds) await replaceTopicEvents(tx, id, eventIds);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "conference_topic.update",
      entity: "conference_topic",
      entityId: id,
      bodyId: topic.bodyId,
      before: topic,
      after: { ...row, ...(eventIds ? { eventIds } : {}) },
    });
    return row;
  });
}
