/**
 * Assigns an item to a colleague of the same body with a due date, or clears the assignment.
 * Whoever may decide the body's items may assign them (the officer and the head); the assignee
 * must be an active officer or head of that body. Audited. The assignee is notified (bell and mail)
 * when the item becomes theirs or its due date changes, unless a bulk action tells them once for all.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserById } from "../../repositories/account.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { notifyUser } from "./notify-user.ts";
import { clearAssignment, findAssignment, setAssignment } from "../../repositories/teamwork.repository.ts";

export async function assignItem(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  input: { assigneeId: string | null; dueOn?: string | null },
  options: { notify?: boolean; refuseReassign?: boolean } = {},
): Promise<"assigned" | "unchanged" | "cleared"> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.decide", item.bodyId);
  if (input.assigneeId) {
    const assignee = await findUserById(ctx.database.db, input.assigneeId);
    if (
      !assignee?.active ||
      assignee.bodyId !== item.bodyId ||
      !["body_officer", "body_head"].includes(assignee.role)
    ) {
      throw new AppError("validation_failed", {
        details: "an item is assigned to an active officer or head of its own body",
      });
    }
  }
  const dueOn = input.dueOn ?? null;
  const actorName = (actor.userId && (await findUserById(ctx.database.db, actor.userId))?.displayName) || actor.label;
  return transaction(ctx, async (tx) => {
    const before = await findAssignment(tx, itemId);
    if (before && input.assigneeId && before.assigneeId === input.assigneeId && before.dueOn === dueOn)
      return "unchanged";
    // A bulk action never takes an item away from a colleague silently (teamwork, issue 13).
    if (options.refuseReassign && before && input.assigneeId && before.assigneeId !== input.assigneeId) {
      const current = await findUserById(tx, before.assigneeId);
      throw new AppError("assigned_elsewhere", { assignee: current?.displayName ?? before.assigneeId });
    }
    if (input.assigneeId) await setAssignment(tx, itemId, input.assigneeId, dueOn, actor.userId);
    else await clearAssignment(tx, itemId);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "item.assign",
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      before: before ?? null,
      after: input.assigneeId ? { assigneeId: input.assigneeId, dueOn } : null,
    });
    if (!input.assigneeId) return "cleared";
    if (options.notify !== false)
      await notifyUser(tx, actor.userId, {
        userId: input.assigneeId,
        kind: "item.assigned",
        bodyId: item.bodyId,
        entity: "feedback_item",
        entityId: String(itemId),
        params: { itemId, by: actorName, dueOn },
      });
    return "assigned";
  });
}
