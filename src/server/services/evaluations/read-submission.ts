/**
 * A body's current §20 submission with its contents (§20.1 items or document, §20.3 links, §20.4
 * materials): the analyst reads any body's, a body its own. Read-only: a change is a resubmission.
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findCurrentSubmission, findRound, type SubmissionRow } from "../../repositories/evaluation.repository.ts";

export async function readSubmission(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
  bodyId: string,
): Promise<SubmissionRow | null> {
  authorize(actor, "evaluation.read", bodyId);
  const round = await findRound(ctx.database.db, roundId);
  if (!round) throw notFound("evaluation round");
  return (await findCurrentSubmission(ctx.database.db, roundId, bodyId)) ?? null;
}
