/**
 * The officer names a topic of the quarter (§14, §17; issue 16). The name is stored with the topic's
 * top stems, so the next quarters' clusters that read alike show under the same name (topic-catalog.ts).
 * An empty name removes the name (the topic is labelled by its words again).
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { upsertStoredTopic } from "../../repositories/analysis-topics.repository.ts";
import { quarterTopics, type Scope } from "./quarter-topics.ts";
import type { Quarter } from "./quarters.ts";

export interface NameTopicInput {
  bodyId: string;
  quarter: Quarter;
  scope: Scope;
  key: string;
  name: { kk: string; ru: string; en: string } | null;
}

export async function nameTopic(ctx: AppContext, actor: Actor, input: NameTopicInput): Promise<{ key: string }> {
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("state body");
  authorize(actor, "analysis.correct", input.bodyId);
  const topic = (await quarterTopics(ctx.database.db, input.bodyId, input.quarter, input.scope)).find(
    (t) => t.key === input.key,
  );
  if (!topic) throw notFound("topic");
  const name = input.name && (input.name.kk || input.name.ru || input.name.en) ? fillName(input.name) : null;
  await transaction(ctx, async (tx) => {
    await upsertStoredTopic(tx, {
      bodyId: input.bodyId,
      key: topic.key,
      stems: topic.stems ?? [],
      name,
      updatedBy: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "analysis.topic.name",
      entity: "analysis_topic",
      entityId: topic.key,
      bodyId: input.bodyId,
      before: { label: topic.named ? topic.label : null },
      after: { name },
    });
  });
  return { key: topic.key };
}

/** A name given in one language stands for the others until they are given. */
function fillName(n: { kk: string; ru: string; en: string }) {
  const any = n.kk || n.ru || n.en;
  return { kk: n.kk || any, ru: n.ru || any, en: n.en || n.ru || any };
}
