/**
 * One item an officer registers by hand (a letter, a meeting, the body's own form). Idempotent on the
 * officer's reference: sending the same `sourceRef` again returns the item already registered.
 */
import type { Actor, AppContext } from "../../context.ts";
import {
  findFeedbackItem,
  findItemIdsBySourceRefs,
  type FeedbackItemView,
  type NewFeedbackItem,
} from "../../repositories/feedback-item.repository.ts";
import { recordFeedback } from "./record-feedback.ts";

export type ManualItem = Omit<NewFeedbackItem, "source" | "sourceRef" | "kindOrigin"> & {
  /** The officer's own reference (e.g. the letter's registration number); a random one when absent. */
  sourceRef?: string;
};
import { markDiscussionWindow } from "./mark-discussion-window.ts";

export async function registerFeedbackItem(
  ctx: AppContext,
  actor: Actor,
  input: ManualItem,
): Promise<{ item: FeedbackItemView; created: boolean }> {
  const { sourceRef, ...rest } = input;
  const ref = sourceRef ?? crypto.randomUUID();
  const source = `manual:${rest.bodyId}`;
  const { added } = await recordFeedback(ctx, actor, [{ ...rest, source, sourceRef: ref, kindOrigin: "reviewer" }]);
  const id = added[0]?.id ?? (await findItemIdsBySourceRefs(ctx.database.db, source, [ref])).get(ref)!;
  const [item] = await markDiscussionWindow(ctx.database.db, [(await findFeedbackItem(ctx.database.db, id))!]);
  return { item: item!, created: added.length > 0 };
}
