/**
 * Accept or reject a remark or proposal (§7, §11, §20.1). A decision is never overwritten: a
 * change must name the decision it replaces, the old one is kept as superseded, and both the
 * change and its predecessor go into the audit log.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { findFeedbackItem, type DecisionRow } from "../../repositories/feedback-item.repository.ts";
import { insertDecision, lockCurrentDecision, supersedeDecision } from "../../repositories/decision.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import type { ReferenceKind } from "../../db/enums.ts";

export type DecideItemInput =
  | {
      itemId: number;
      outcome: "accepted";
      referenceKind: ReferenceKind;
      referenceText: string;
      referenceUrl?: string | null;
      reason?: string | null;
      replacesDecisionId?: number;
    }
  | { itemId: number; outcome: "rejected"; reason: string; replacesDecisionId?: number };

export async function decideItem(ctx: AppContext, actor: Actor, input: DecideItemInput): Promise<DecisionRow> {
  const item = await findFeedbackItem(ctx.database.db, input.itemId);
  if (!item) throw notFound("feedback item");
  authorizeUndisclosed(actor, "item.decide", item.bodyId, "feedback item");
  if (item.kind !== "remark" && item.kind !== "proposal") throw new AppError("not_decidable", { kind: item.kind });
  if (input.outcome === "accepted" && !input.referenceText?.trim()) throw new AppError("reference_required");
  if (input.outcome === "rejected" && !input.reason?.trim()) throw new AppError("reason_required");

  return transaction(ctx, async (tx) => {
    const current = await lockCurrentDecision(tx, item.id);
    if (current && input.replacesDecisionId === undefined) {
      throw new AppError(
        "decision_exists",
        { outcome: current.outcome, at: current.decidedAt.toISOString() },
        { currentDecisionId: current.id },
      );
    }
    if (input.replacesDecisionId !== undefined && current?.id !== input.replacesDecisionId) {
      throw new AppError("decision_stale", {}, { currentDecisionId: current?.id ?? null });
    }
    const now = new Date();
    if (current) await supersedeDecision(tx, current.id, now);
    const decision = await insertDecision(tx, {
      itemId: item.id,
      outcome: input.outcome,
      reason: input.reason?.trim() || null,
      referenceKind: input.outcome === "accepted" ? input.referenceKind : null,
      referenceText: input.outcome === "accepted" ? input.referenceText.trim() : null,
      referenceUrl: input.outcome === "accepted" ? (input.referenceUrl ?? null) : null,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: current ? "decision.change" : "decision.create",
      entity: "feedback_item",
      entityId: String(item.id),
      bodyId: item.bodyId,
      before: current ?? null,
      after: decision,
    });
    return decision;
  });
}
