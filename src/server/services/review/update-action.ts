/** §15: an officer reports progress on an action, up to done (with a note on what was done). */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import type { ActionStatus } from "../../db/index.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findReviewAction,
  lockReviewAction,
  updateReviewAction,
  type ReviewActionRow,
} from "../../repositories/review-action.repository.ts";
import { checkActionTransition, clean, reviewConflict } from "./review-rules.ts";

export async function updateAction(
  ctx: AppContext,
  actor: Actor,
  actionId: string,
  input: { status: ActionStatus; note?: string | null },
): Promise<ReviewActionRow> {
  const found = await findReviewAction(ctx.database.db, actionId);
  if (!found) throw notFound("action");
  authorize(actor, "review.act", found.bodyId);
  const note = clean(input.note);
  if (input.status === "done" && !note) throw new AppError("validation_failed", { details: "note: say what was done" });

  return transaction(ctx, async (tx) => {
    const action = (await lockReviewAction(tx, actionId))!;
    const conflict = checkActionTransition(action.status, input.status);
    if (conflict) throw reviewConflict(conflict, action.status);
    const now = new Date();
    const updated = await updateReviewAction(tx, action.id, {
      status: input.status,
      note: note ?? action.note,
      updatedBy: actor.userId,
      updatedAt: now,
      doneAt: input.status === "done" ? now : null,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: `review_action.${input.status}`,
      entity: "review_action",
      entityId: action.id,
      bodyId: action.bodyId,
      before: action,
      after: updated,
    });
    return updated;
  });
}
