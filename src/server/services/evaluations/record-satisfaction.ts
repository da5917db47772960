/**
 * §21.3: the authorised body records its sociological survey's satisfaction score for a body.
 * Entered after compute, it makes a new version of the results at once (it used to be dropped);
 * on a published round it is a correction and needs a reason (issue 10, security review W22: an
 * unknown round or body is a 404, not a 500; a cancelled round takes nothing).
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findRequest, findRound, upsertSatisfaction } from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { recomputeRound, type ComputeOutcome } from "./compute-round.ts";

export async function recordSatisfaction(
  ctx: AppContext,
  actor: Actor,
  input: {
    roundId: string;
    bodyId: string;
    scorePercent: number;
    respondents?: number | null;
    source?: string | null;
    /** Required once the round is published: why its results are corrected. */
    reason?: string | null;
  },
): Promise<{ version: number | null }> {
  authorize(actor, "evaluation.manage");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, input.roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status === "cancelled") throw new AppError("round_not_open", { status: round.status });
    if (!(await findRequest(tx, round.id, input.bodyId))) throw notFound("state body");
    const reason = input.reason?.trim() || null;
    if (round.status === "published" && !reason) throw new AppError("correction_reason_required");
    const row = {
      roundId: input.roundId,
      bodyId: input.bodyId,
      scorePercent: input.scorePercent.toFixed(2),
      respondents: input.respondents ?? null,
      source: input.source ?? null,
    };
    await upsertSatisfaction(tx, row);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "satisfaction.record",
      entity: "evaluation_round",
      entityId: input.roundId,
      bodyId: input.bodyId,
      after: { ...row, reason },
    });
    let outcome: ComputeOutcome | null = null;
    if (round.status !== "open") outcome = await recomputeRound(tx, actor, round, "satisfaction", reason);
    return { version: outcome?.version ?? null };
  });
}
