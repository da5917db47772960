/** An item's follow-through links (§8, §13, §19), for the item drawer; and the kinds that fit it. */
import type { Actor, AppContext } from "../../context.ts";
import { followThroughKindsFor, type FollowThroughKind } from "../../../domain/followthrough/follow-through.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { listItemFollowThroughs, type FollowThroughRow } from "../../repositories/follow-through.repository.ts";

export async function listItemFollowThroughLinks(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
): Promise<{ links: FollowThroughRow[]; kinds: FollowThroughKind[] }> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("item");
  authorize(actor, "item.read", item.bodyId);
  return {
    links: await listItemFollowThroughs(ctx.database.db, itemId),
    kinds: followThroughKindsFor({ channel: item.channel, kind: item.kind, outcome: item.decision?.outcome ?? null }),
  };
}
