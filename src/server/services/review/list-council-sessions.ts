/** §12: a body's public-council sessions, for its officers and head and the ministry. */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listCouncilSessions, type CouncilSessionRow } from "../../repositories/review-council.repository.ts";

export async function listBodyCouncilSessions(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  initiativeId?: string,
): Promise<CouncilSessionRow[]> {
  authorize(actor, "item.read", bodyId);
  return listCouncilSessions(ctx.database.db, bodyId, initiativeId);
}
