/**
 * Link an item to where it went (§8 rule-making plan or legislative plan, §13 budget-program
 * correction or 3-year budget, §19 use of a conference's result), with the document's date, title,
 * number and address. The rule of which link fits which item is the domain's (follow-through.ts).
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import {
  checkFollowThrough,
  FOLLOW_THROUGH_PARAGRAPH,
  type FollowThroughKind,
} from "../../../domain/followthrough/follow-through.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { insertFollowThrough, type FollowThroughRow } from "../../repositories/follow-through.repository.ts";
import { kazakhstanToday } from "../period.ts";

export interface RecordFollowThroughInput {
  kind: FollowThroughKind;
  documentDate: string;
  documentTitle: string;
  documentNumber?: string | null;
  documentUrl?: string | null;
  note?: string | null;
}

export async function recordFollowThrough(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  input: RecordFollowThroughInput,
  today = kazakhstanToday(),
): Promise<FollowThroughRow> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.decide", item.bodyId);
  const problem = checkFollowThrough(
    { channel: item.channel, kind: item.kind, outcome: item.decision?.outcome ?? null },
    input.kind,
    input.documentDate,
    today,
  );
  if (problem?.code === "not_accepted") throw new AppError("follow_through_not_accepted");
  if (problem?.code === "kind_mismatch")
    throw new AppError("follow_through_kind_mismatch", {
      kind: `${input.kind} (${FOLLOW_THROUGH_PARAGRAPH[input.kind]})`,
      expected: problem.expected.join(", ") || "—",
    });
  if (problem?.code === "date_future")
    throw new AppError("evidence_date_future", { field: "documentDate", date: input.documentDate, today });
  return transaction(ctx, async (tx) => {
    const row = await insertFollowThrough(tx, {
      bodyId: item.bodyId,
      itemId,
      kind: input.kind,
      documentDate: input.documentDate,
      documentTitle: input.documentTitle,
      documentNumber: input.documentNumber ?? null,
      documentUrl: input.documentUrl ?? null,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "follow_through.create",
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      before: null,
      after: row,
    });
    return row;
  });
}
