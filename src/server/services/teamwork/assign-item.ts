/**
 * Assigns an item to a colleague of the same body with a due date, or clears the assignment.
 * Whoever may decide the body's items may assign them (the officer and the head); the assignee
 * must be an active officer or head of that body. Audited.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { clearAssignment, findAssignment, setAssignment } from "../../repositories/teamwork.repository.ts";

export async function assignItem(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  input: { assigneeId: string | null; dueOn?: string | null },
): Promise<void> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.decide", item.bodyId);
  if (input.assigneeId) {
    const assignee = await findUserById(ctx.database.db, input.assigneeId);
    if (
      !assignee ||
      !assignee.active ||
      assignee.bodyId !== item.bodyId ||
      !["body_officer", "body_head"].includes(assignee.role)
    ) {
      throw new AppError("validation_failed", {
        details: "an item is assigned to an active officer or head of its own body",
      });
    }
  }
  await transaction(ctx, async (tx) => {
    const before = await findAssignment(tx, itemId);
    if (input.assigneeId) await setAssignment(tx, itemId, input.assigneeId, input.dueOn ?? null, actor.userId);
    else await clearAssignment(tx, itemId);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "item.assign",
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      before: before ?? null,
      after: input.assigneeId ? { assigneeId: input.assigneeId, dueOn: input.dueOn ?? null } : null,
    });
  });
}
