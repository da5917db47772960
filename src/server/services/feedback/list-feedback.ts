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
import { markDiscussionWindow } from "./mark-discussion-window.ts";

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
  const found = await listFeedbackItems(ctx.database.db, filter, page);
  return { ...found, items: await markDiscussionWindow(ctx.database.db, found.items) };
}

export async function getFeedbackItem(ctx: AppContext, actor: Actor, id: number) {
  const found = await findFeedbackItem(ctx.database.db, id);
  const [item] = found ? await markDiscussionWindow(ctx.database.db, [found]) : [];
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
