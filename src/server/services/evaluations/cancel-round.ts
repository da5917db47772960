/**
 * Cancelling a round (issue 10): the analyst withdraws a round opened by mistake or overtaken by
 * events. Only before publication — published results are public record and stay. The reason is
 * required, kept on the round and in the audit log; the round's §20 requests leave the bodies'
 * calendars (compliance.repository reads requests of rounds not cancelled) and no more figures are taken.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findRound, listRequests, updateRound, type RoundRow } from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export async function cancelRound(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
  input: { reason?: string | null },
): Promise<RoundRow> {
  authorize(actor, "evaluation.manage");
  const reason = input.reason?.trim() ?? "";
  if (!reason) throw new AppError("cancel_reason_required");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status === "published" || round.status === "cancelled")
      throw new AppError("round_not_open", { status: round.status });
    const requests = await listRequests(tx, round.id);
    const cancelled = await updateRound(tx, round.id, {
      status: "cancelled",
      cancelReason: reason,
      cancelledAt: new Date(),
      cancelledBy: actor.userId,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "round.cancel",
      entity: "evaluation_round",
      entityId: round.id,
      bodyId: null,
      before: { status: round.status },
      after: {
        status: "cancelled",
        reason,
        withdrawnRequests: requests.filter((r) => r.status === "requested").length,
      },
    });
    return cancelled;
  });
}
