/**
 * The officer merges one topic of the quarter into another (§14, §17; issue 16): from then on, the
 * clusters that read like the merged topic show as the other one, this quarter and the next (one
 * topic, shown once). Undo: merge with `into` null.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { listStoredTopics, upsertStoredTopic } from "../../repositories/analysis-topics.repository.ts";
import { UNCLUSTERED_KEY } from "../../../domain/analysis/topic-catalog.ts";
import { quarterTopics, type Scope } from "./quarter-topics.ts";
import type { Quarter } from "./quarters.ts";

export interface MergeTopicsInput {
  bodyId: string;
  quarter: Quarter;
  scope: Scope;
  key: string;
  into: string | null;
}

export async function mergeTopics(ctx: AppContext, actor: Actor, input: MergeTopicsInput): Promise<{ key: string }> {
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("state body");
  authorize(actor, "analysis.correct", input.bodyId);
  if (input.into === input.key || input.key === UNCLUSTERED_KEY || input.into === UNCLUSTERED_KEY)
    throw new AppError("validation_failed", { details: "into: another topic with common words" });
  const topics = await quarterTopics(ctx.database.db, input.bodyId, input.quarter, input.scope);
  // A merged topic no longer shows in the quarter: undoing it reads the stored topic.
  const from =
    topics.find((t) => t.key === input.key) ??
    (input.into === null
      ? (await listStoredTopics(ctx.database.db, input.bodyId)).find((t) => t.key === input.key && t.mergedInto)
      : undefined);
  if (!from) throw notFound("topic");
  const into = input.into === null ? null : topics.find((t) => t.key === input.into);
  if (into === undefined) throw notFound("topic");
  await transaction(ctx, async (tx) => {
    // The target is stored too (with its stems), so the merge still lands when it is unnamed.
    if (into)
      await upsertStoredTopic(tx, {
        bodyId: input.bodyId,
        key: into.key,
        stems: into.stems ?? [],
        updatedBy: actor.userId,
      });
    await upsertStoredTopic(tx, {
      bodyId: input.bodyId,
      key: from.key,
      stems: [...(from.stems ?? [])],
      mergedInto: into?.key ?? null,
      updatedBy: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "analysis.topic.merge",
      entity: "analysis_topic",
      entityId: from.key,
      bodyId: input.bodyId,
      before: null,
      after: { mergedInto: into?.key ?? null },
    });
  });
  return { key: into?.key ?? from.key };
}
