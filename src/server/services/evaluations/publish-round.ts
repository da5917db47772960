/**
 * Publishing makes a computed round's results public (the portal and open data read only these).
 * Refused while any §20 submission has a difference from Pikir's record the analyst has not
 * resolved (issue 10, differences_unresolved names the bodies); the latest version is the published one.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findRound,
  listRequests,
  listResults,
  updateRound,
  type RoundRow,
} from "../../repositories/evaluation.repository.ts";
import { markLatestVersionPublished } from "../../repositories/round-corrections.repository.ts";
import { unresolvedError, unresolvedOf } from "./compute-round.ts";
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
    const unresolved = (await listResults(tx, round.id))
      .filter((r) => r.source === "submission" && unresolvedOf(r) > 0)
      .map((r) => r.bodyId);
    if (unresolved.length > 0) throw await unresolvedError(tx, unresolved);
    const now = new Date();
    const published = await updateRound(tx, round.id, { status: "published", publishedAt: now });
    await markLatestVersionPublished(tx, round.id, now);
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
