/** Publishing makes a computed round's results public (the portal and open data read only these). */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findRound, listRequests, updateRound, type RoundRow } from "../../repositories/evaluation.repository.ts";
import { PUBLISH_QUORUM_PERCENT, publishNeedsConfirmation } from "../../../domain/evaluation/round-period.ts";
import { kazakhstanToday } from "../period.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export async function publishRound(
  ctx: AppContext,
  actor: Actor,
  roundId: string,
  opts: { confirm?: boolean } = {},
  today = kazakhstanToday(),
): Promise<RoundRow> {
  authorize(actor, "evaluation.manage");
  return transaction(ctx, async (tx) => {
    const round = await findRound(tx, roundId, true);
    if (!round) throw notFound("evaluation round");
    if (round.status !== "computed") throw new AppError("round_not_computed");
    const requests = await listRequests(tx, round.id);
    const submitted = requests.filter((r) => r.status === "submitted").length;
    if (
      !opts.confirm &&
      publishNeedsConfirmation({ requested: requests.length, submitted, dueOn: round.dueOn, today })
    ) {
      throw new AppError("publish_confirm_required", {
        submitted,
        requested: requests.length,
        quorum: PUBLISH_QUORUM_PERCENT,
        dueOn: round.dueOn ?? "—",
      });
    }
    const published = await updateRound(tx, round.id, { status: "published", publishedAt: new Date() });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "round.publish",
      entity: "evaluation_round",
      entityId: round.id,
      bodyId: null,
      before: { status: round.status },
      after: { status: "published", submitted, requested: requests.length, confirmed: !!opts.confirm },
    });
    return published;
  });
}
