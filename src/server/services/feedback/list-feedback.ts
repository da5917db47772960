/** The inbox: items the actor may read, filtered; officers see their own body only. */
import type { Actor, AppContext } from "../../context.ts";
import { authorize, readableBodies } from "../../policies/policy.ts";
import {
  findFeedbackItem,
  listFeedbackItems,
  type FeedbackFilter,
  type FeedbackItemView,
} from "../../repositories/feedback-item.repository.ts";
import { listAnswerHistory, listDecisionHistory } from "../../repositories/decision.repository.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";
import type { Page, Paged } from "../../repositories/pagination.ts";
import { notFound } from "../../errors.ts";

export async function listFeedback(
  ctx: AppContext,
  actor: Actor,
  filter: FeedbackFilter,
  page: Page,
): Promise<Paged<FeedbackItemView>> {
  const readable = readableBodies(actor, "item.read");
  if (readable !== "all") {
    if (filter.bodyId) authorize(actor, "item.read", filter.bodyId);
    else if (readable.length === 0) authorize(actor, "item.read", null);
    filter = { ...filter, bodyIds: readable };
  }
  return listFeedbackItems(ctx.database.db, filter, page);
}

export async function getFeedbackItem(ctx: AppContext, actor: Actor, id: number) {
  const item = await findFeedbackItem(ctx.database.db, id);
  // An item of another body answers "not found", not "forbidden": its existence is not disclosed.
  if (!item) throw notFound("feedback item");
  const readable = readableBodies(actor, "item.read");
  if (readable !== "all" && !readable.includes(item.bodyId)) {
    if (!actor.userId) authorize(actor, "item.read", item.bodyId);
    throw notFound("feedback item");
  }
  const [decisions, answers, audit] = await Promise.all([
    listDecisionHistory(ctx.database.db, id),
    listAnswerHistory(ctx.database.db, id),
    listAuditForEntity(ctx.database.db, "feedback_item", String(id)),
  ]);
  return { item, decisions, answers, audit };
}
