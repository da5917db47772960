/**
 * §17: the body's list of conference topics for a quarter, built from the problems of that quarter's
 * appeals and social comments (the stored analysis topics of §14's scope, a person's correction
 * first). A rebuild adds only topics the list never held (conference-topics.ts), so what the body
 * removed or renamed stands.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { rankTopicCandidates, topicsToAdd } from "../../../domain/followthrough/conference-topics.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { insertTopics, listQuarterTopics } from "../../repositories/conference-topic.repository.ts";
import { quarterTopics } from "../analysis/quarter-topics.ts";
import { formatQuarter, parseQuarter } from "../analysis/quarters.ts";

export async function buildConferenceTopics(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  quarterText: string,
): Promise<{ added: number }> {
  const quarter = parseQuarter(quarterText);
  if (!quarter) throw new AppError("validation_failed", { details: `quarter "${quarterText}": use 2026-Q4` });
  const db = ctx.database.db;
  if (!(await findBody(db, bodyId))) throw notFound("state body");
  authorize(actor, "evidence.write", bodyId);
  const label = formatQuarter(quarter);
  const candidates = rankTopicCandidates(await quarterTopics(db, bodyId, quarter, "s14"));
  return transaction(ctx, async (tx) => {
    const known = new Set(
      (await listQuarterTopics(tx, bodyId, label)).map((t) => t.topicKey).filter((k): k is string => k !== null),
    );
    const added = await insertTopics(
      tx,
      topicsToAdd(known, candidates).map((c) => ({
        bodyId,
        quarter: label,
        topicKey: c.key,
        titleKk: c.label.kk,
        titleRu: c.label.ru,
        titleEn: c.label.en,
        items: c.size,
        negativeShare: c.negativeShare,
        origin: "analysis" as const,
        createdBy: actor.userId,
      })),
    );
    if (added.length > 0)
      await appendAudit(tx, {
        actorId: actor.userId,
        actorLabel: actor.label,
        action: "conference_topics.build",
        entity: "state_body",
        entityId: bodyId,
        bodyId,
        before: null,
        after: { quarter: label, added: added.map((t) => t.topicKey) },
      });
    return { added: added.length };
  });
}
