/**
 * §16/§23: the analyst exempts one body from one required §16 publication slot of a round, with a
 * reason — a missing slot then no longer zeroes its F (domain/evaluation/evidence-zeroing.ts).
 * Audited (the previous reason kept in the entry); after compute it makes a new version of the
 * results, and on a published round the reason is the correction's reason.
 */
import { requiredSlots } from "../../../domain/compliance/result-slots.ts";
import { isRequiredSlot } from "../../../domain/evaluation/evidence-zeroing.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findRequest, findRound } from "../../repositories/evaluation.repository.ts";
import { findExemption, upsertExemption, type ExemptionRow } from "../../repositories/round-corrections.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { recomputeRound } from "./compute-round.ts";

export async function recordExemption(
  ctx: AppContext,
  actor: Actor,
  input: { roundId: string; bodyId: string; slot: string; reason?: string | null },
): Promise<{ exemption: ExemptionRow; version: number | null }> {
  authorize(actor, "evaluation.manage");
  const reason = input.reason?.trim() ?? "";
  if (!reason) throw new AppError("exemption_reason_required");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, input.roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status === "cancelled") throw new AppError("round_not_open", { status: round.status });
    if (!(await findRequest(tx, round.id, input.bodyId))) throw notFound("state body");
    const required = requiredSlots(round.periodFrom, round.periodTo);
    if (!isRequiredSlot(input.slot, required))
      throw new AppError("exemption_slot_not_required", { slot: input.slot, required: required.join(", ") || "—" });
    const before = await findExemption(tx, round.id, input.bodyId, input.slot);
    const exemption = await upsertExemption(tx, {
      roundId: round.id,
      bodyId: input.bodyId,
      slot: input.slot,
      reason,
      recordedBy: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "exemption.record",
      entity: "evaluation_round",
      entityId: round.id,
      bodyId: input.bodyId,
      before: before ?? null,
      after: { slot: input.slot, reason },
    });
    const outcome = round.status === "open" ? null : await recomputeRound(tx, actor, round, "exemption", reason);
    return { exemption, version: outcome?.version ?? null };
  });
}
