/**
 * The §20 requests addressed to the actor's body, with each round: the public list shows only
 * published rounds, but a body must see the open rounds that ask it for information.
 */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { findRequest, listRounds, type RoundRow } from "../../repositories/evaluation.repository.ts";

export interface BodyRequest {
  round: RoundRow;
  status: "requested" | "submitted";
  submittedAt: Date | null;
}

export async function listBodyRequests(ctx: AppContext, actor: Actor): Promise<BodyRequest[]> {
  authorize(actor, "evaluation.submit", actor.bodyId);
  const db = ctx.database.db;
  const rounds = await listRounds(db, false);
  // Rounds are few (a handful a year), so one lookup per round is cheap and keeps SQL in the repository.
  const requests = await Promise.all(
    rounds.map(async (round) => ({ round, request: await findRequest(db, round.id, actor.bodyId!) })),
  );
  return requests
    .filter((r) => r.request)
    .map(({ round, request }) => ({ round, status: request!.status, submittedAt: request!.submittedAt ?? null }));
}
