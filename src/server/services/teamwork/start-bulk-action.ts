/**
 * A bulk action on a whole filtered selection of the body's inbox, not one page (issue 13): the
 * filter's result set is snapshotted (at most BULK_LIMIT items, else refused), the run recorded
 * and audited, then applied by run-bulk-action.ts — on the job queue when there is one, otherwise
 * in the request. Only the body's own officers and head act on its items.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { ItemKind, ReferenceKind } from "../../db/enums.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import { findBulkRun, insertBulkRun, type BulkRunRow } from "../../repositories/bulk-action.repository.ts";
import { listItemIds, type FeedbackFilter } from "../../repositories/feedback-item.repository.ts";
import { runBulkAction } from "./run-bulk-action.ts";

/** The most items one bulk action takes: a larger selection is narrowed first (dates, kind …). */
const BULK_LIMIT = 20_000;

export type BulkParams =
  | { action: "assign"; assigneeId: string; dueOn: string | null }
  | { action: "set_kind"; kind: ItemKind }
  | {
      action: "accept";
      referenceKind: ReferenceKind;
      referenceText: string;
      referenceUrl: string | null;
    }
  | { action: "reject"; reason: string }
  | { action: "answer"; text: string; url: string | null };

export async function startBulkAction(
  ctx: AppContext,
  actor: Actor,
  filter: Omit<FeedbackFilter, "bodyId" | "bodyIds">,
  /** The filter as the screen sent it (kept on the run for the audit and the summary). */
  filterAsSent: Record<string, unknown>,
  params: BulkParams,
): Promise<BulkRunRow> {
  if (!actor.userId) throw new AppError("not_authenticated");
  authorize(actor, params.action === "answer" ? "item.answer" : "item.decide", actor.bodyId);
  const bodyId = actor.bodyId!;
  if (params.action === "assign") {
    // One check for the whole run: a wrong assignee would otherwise refuse every item alike.
    const assignee = await findUserById(ctx.database.db, params.assigneeId);
    if (!assignee?.active || assignee.bodyId !== bodyId || !["body_officer", "body_head"].includes(assignee.role))
      throw new AppError("validation_failed", {
        details: "an item is assigned to an active officer or head of its own body",
      });
  }
  const ids = await listItemIds(ctx.database.db, { ...filter, bodyId }, BULK_LIMIT + 1);
  if (ids.length > BULK_LIMIT) throw new AppError("bulk_too_large", { count: `${BULK_LIMIT}+`, limit: BULK_LIMIT });
  const { action, ...rest } = params;
  const run = await insertBulkRun(ctx.database.db, {
    bodyId,
    actorId: actor.userId,
    action,
    params: rest,
    filter: filterAsSent,
    itemIds: ids,
  });
  await appendAudit(ctx.database.db, {
    actorId: actor.userId,
    actorLabel: actor.label,
    action: "bulk.start",
    entity: "bulk_action_run",
    entityId: run.id,
    bodyId,
    before: null,
    after: { action, params: rest, filter: filterAsSent, total: ids.length },
  });
  if (ctx.jobs) await ctx.jobs.send("feedback.bulk", { runId: run.id });
  else await runBulkAction(ctx, run.id);
  return (await findBulkRun(ctx.database.db, run.id))!;
}
