/** §21.3: the authorised body records its sociological survey's satisfaction score for a body. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { upsertSatisfaction } from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export async function recordSatisfaction(
  ctx: AppContext,
  actor: Actor,
  input: { roundId: string; bodyId: string; scorePercent: number; respondents?: number | null; source?: string | null },
): Promise<void> {
  authorize(actor, "evaluation.manage");
  await transaction(ctx, async (tx) => {
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
      after: row,
    });
  });
}
