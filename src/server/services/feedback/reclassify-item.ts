/**
 * A person overrides an item's kind (definition 8 of §2: comment vs remark vs proposal). The
 * reviewer's word is final: kind_origin becomes "reviewer" and no automatic re-run may change it.
 * A kind that no longer fits the item's current decision or answer is refused, so C and G never
 * count an item whose status belongs to the other kind. A portal item stays a portal kind (§2.8,
 * counts-in-f.ts): turning a remark into an "appeal" would silently drop it from C.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import type { ItemKind } from "../../db/enums.ts";
import { reclassificationAllowed } from "../../../domain/evaluation/counts-in-f.ts";
import {
  findFeedbackItem,
  updateFeedbackKind,
  type FeedbackItemView,
} from "../../repositories/feedback-item.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

const DECIDABLE: ItemKind[] = ["remark", "proposal"];
import { markDiscussionWindow } from "./mark-discussion-window.ts";

export async function reclassifyItem(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  kind: ItemKind,
): Promise<FeedbackItemView> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("feedback item");
  authorizeUndisclosed(actor, "item.decide", item.bodyId, "feedback item");
  if (!reclassificationAllowed(item, kind)) throw new AppError("kind_outside_portal", { kind, channel: item.channel });
  if (item.decision && !DECIDABLE.includes(kind)) {
    throw new AppError("conflict", {
      details: `item ${itemId} has a decision (${item.decision.outcome}); only remark or proposal fit it`,
    });
  }
  if (item.answer && kind !== "comment") {
    throw new AppError("conflict", { details: `item ${itemId} has an answer; only comment fits it` });
  }
  await transaction(ctx, async (tx) => {
    await updateFeedbackKind(tx, itemId, kind, "reviewer");
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "item.reclassify",
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      before: { kind: item.kind, kindOrigin: item.kindOrigin },
      after: { kind, kindOrigin: "reviewer" },
    });
  });
  const [changed] = await markDiscussionWindow(ctx.database.db, [(await findFeedbackItem(ctx.database.db, itemId))!]);
  return changed!;
}
