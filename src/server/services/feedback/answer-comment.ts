/** Answer a citizen's comment (§20.2). Like decisions, answers are superseded, never overwritten. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { findFeedbackItem, type AnswerRow } from "../../repositories/feedback-item.repository.ts";
import { insertAnswer, lockCurrentAnswer, supersedeAnswer } from "../../repositories/decision.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface AnswerCommentInput {
  itemId: number;
  text: string;
  url?: string | null;
  replacesAnswerId?: number;
}

export async function answerComment(ctx: AppContext, actor: Actor, input: AnswerCommentInput): Promise<AnswerRow> {
  const item = await findFeedbackItem(ctx.database.db, input.itemId);
  if (!item) throw notFound("feedback item");
  authorizeUndisclosed(actor, "item.answer", item.bodyId, "feedback item");
  if (item.kind !== "comment") throw new AppError("not_answerable", { kind: item.kind });
  if (!input.text.trim()) throw new AppError("validation_failed", { details: "text" });

  return transaction(ctx, async (tx) => {
    const current = await lockCurrentAnswer(tx, item.id);
    if (current && input.replacesAnswerId === undefined)
      throw new AppError("answer_exists", {}, { currentAnswerId: current.id });
    if (input.replacesAnswerId !== undefined && current?.id !== input.replacesAnswerId) {
      throw new AppError("decision_stale", {}, { currentAnswerId: current?.id ?? null });
    }
    const now = new Date();
    if (current) await supersedeAnswer(tx, current.id, now);
    const answer = await insertAnswer(tx, {
      itemId: item.id,
      text: input.text.trim(),
      url: input.url ?? null,
      answeredBy: actor.userId,
      answeredAt: now,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: current ? "answer.change" : "answer.create",
      entity: "feedback_item",
      entityId: String(item.id),
      bodyId: item.bodyId,
      before: current ?? null,
      after: answer,
    });
    return answer;
  });
}
