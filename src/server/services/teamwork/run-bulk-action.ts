/**
 * Applies a bulk action run (start-bulk-action.ts) in chunks, each item through the use case that
 * enforces its rules and writes its own audit entry: a decision or an answer is never overwritten
 * (decide-item.ts and answer-comment.ts refuse an existing one), a kind a person set is kept, an
 * item assigned to another colleague is not taken away. What a rule refuses is recorded item by
 * item with its reason; progress is saved after each chunk, so a retried job resumes where it was.
 */
import type { AppContext } from "../../context.ts";
import type { BulkRefusal } from "../../db/index.ts";
import { AppError, notFound } from "../../errors.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import {
  findBulkRun,
  finishBulkRun,
  recordBulkProgress,
  type BulkRunRow,
} from "../../repositories/bulk-action.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { actorOf } from "../auth/sessions.ts";
import { answerComment } from "../feedback/answer-comment.ts";
import { decideItem } from "../feedback/decide-item.ts";
import { reclassifyItem } from "../feedback/reclassify-item.ts";
import type { Actor } from "../../context.ts";
import type { ItemKind, ReferenceKind } from "../../db/enums.ts";
import { assignItem } from "./assign-item.ts";
import { notifyUser } from "./notify-user.ts";

const BULK_CHUNK = 100;

async function applyOne(ctx: AppContext, actor: Actor, run: BulkRunRow, itemId: number): Promise<void> {
  const p = run.params as Record<string, string | null>;
  switch (run.action) {
    case "assign":
      await assignItem(
        ctx,
        actor,
        itemId,
        { assigneeId: p.assigneeId!, dueOn: p.dueOn ?? null },
        { notify: false, refuseReassign: true },
      );
      return;
    case "set_kind": {
      const item = await findFeedbackItem(ctx.database.db, itemId);
      if (!item) throw notFound("feedback item");
      if (item.kind === p.kind) return;
      if (item.kindOrigin === "reviewer") throw new AppError("kind_by_reviewer", { kind: item.kind });
      await reclassifyItem(ctx, actor, itemId, p.kind as ItemKind);
      return;
    }
    case "accept":
      await decideItem(ctx, actor, {
        itemId,
        outcome: "accepted",
        referenceKind: p.referenceKind as ReferenceKind,
        referenceText: p.referenceText!,
        referenceUrl: p.referenceUrl ?? null,
      });
      return;
    case "reject":
      await decideItem(ctx, actor, { itemId, outcome: "rejected", reason: p.reason! });
      return;
    case "answer":
      await answerComment(ctx, actor, { itemId, text: p.text!, url: p.url ?? null });
      return;
  }
}

export async function runBulkAction(ctx: AppContext, runId: string): Promise<void> {
  const run = await findBulkRun(ctx.database.db, runId);
  if (run?.status !== "running") return;
  const user = await findUserById(ctx.database.db, run.actorId);
  // Whoever started it may have lost the account or moved to another body since.
  if (!user?.active || user.bodyId !== run.bodyId) {
    await finishBulkRun(ctx.database.db, run.id, "failed", new Date());
    return;
  }
  const actor = actorOf(user);
  let applied = run.applied;
  try {
    for (let at = run.processed; at < run.total; at += BULK_CHUNK) {
      const chunk = run.itemIds.slice(at, at + BULK_CHUNK);
      const refused: BulkRefusal[] = [];
      let done = 0;
      for (const itemId of chunk) {
        try {
          await applyOne(ctx, actor, run, itemId);
          done++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refused.push({ itemId, code: error.code, params: error.params });
        }
      }
      applied += done;
      await recordBulkProgress(ctx.database.db, run.id, { processed: at + chunk.length, applied: done, refused });
    }
  } catch (error) {
    await finishBulkRun(ctx.database.db, run.id, "failed", new Date());
    throw error;
  }
  await finishBulkRun(ctx.database.db, run.id, "done", new Date());
  await appendAudit(ctx.database.db, {
    actorId: actor.userId,
    actorLabel: actor.label,
    action: "bulk.finish",
    entity: "bulk_action_run",
    entityId: run.id,
    bodyId: run.bodyId,
    before: null,
    after: { action: run.action, total: run.total, applied, refused: run.total - applied },
  });
  if (run.action === "assign" && applied > 0) {
    const p = run.params as { assigneeId: string; dueOn: string | null };
    // One notification for the whole selection, not one per item.
    await notifyUser(ctx.database.db, actor.userId, {
      userId: p.assigneeId,
      kind: "item.assigned",
      bodyId: run.bodyId,
      entity: "bulk_action_run",
      entityId: run.id,
      params: { count: applied, by: user.displayName, dueOn: p.dueOn },
    });
  }
}
