/** §17: a topic the body adds to its list by hand (a problem the analysis did not name). */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { insertTopics, type ConferenceTopicRow } from "../../repositories/conference-topic.repository.ts";
import { formatQuarter, parseQuarter } from "../analysis/quarters.ts";

export interface TopicTitle {
  kk?: string | null;
  ru?: string | null;
  en?: string | null;
}

export function titleColumns(title: TopicTitle) {
  const clean = (s: string | null | undefined) => s?.trim() || null;
  return { titleKk: clean(title.kk), titleRu: clean(title.ru), titleEn: clean(title.en) };
}

export async function addConferenceTopic(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  input: { quarter: string; title: TopicTitle },
): Promise<ConferenceTopicRow> {
  const quarter = parseQuarter(input.quarter);
  if (!quarter) throw new AppError("validation_failed", { details: `quarter "${input.quarter}": use 2026-Q4` });
  const title = titleColumns(input.title);
  if (!title.titleKk && !title.titleRu && !title.titleEn)
    throw new AppError("validation_failed", { details: "title: name the topic in at least one language" });
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("state body");
  authorize(actor, "evidence.write", bodyId);
  return transaction(ctx, async (tx) => {
    const [row] = await insertTopics(tx, [
      { bodyId, quarter: formatQuarter(quarter), topicKey: null, ...title, origin: "body", createdBy: actor.userId },
    ]);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "conference_topic.create",
      entity: "conference_topic",
      entityId: row!.id,
      bodyId,
      before: null,
      after: row,
    });
    return row!;
  });
}
