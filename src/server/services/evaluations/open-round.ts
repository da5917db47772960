/** §20: the authorised body opens a round for a period and requests figures from every in-scope body. */
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import { EvaluationError } from "../../../domain/evaluation/errors.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { listInScopeBodies } from "../../repositories/body.repository.ts";
import { insertRequests, insertRound, type RoundRow } from "../../repositories/evaluation.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface OpenRoundInput {
  title: string;
  periodFrom: string;
  periodTo: string;
  dueOn?: string | null;
}

export async function openRound(ctx: AppContext, actor: Actor, input: OpenRoundInput): Promise<RoundRow & { requested: number }> {
  authorize(actor, "evaluation.manage");
  if (input.periodTo < input.periodFrom) throw new AppError("validation_failed", { details: "periodTo < periodFrom" });
  let rulesVersion: string;
  try {
    rulesVersion = rulesFor(input.periodTo).version;
  } catch (error) {
    if (error instanceof EvaluationError) throw new AppError("validation_failed", { details: error.message });
    throw error;
  }
  return transaction(ctx, async (tx) => {
    const round = await insertRound(tx, {
      title: input.title, periodFrom: input.periodFrom, periodTo: input.periodTo, dueOn: input.dueOn ?? null,
      rulesVersion, createdBy: actor.userId,
    });
    const bodies = await listInScopeBodies(tx);
    await insertRequests(tx, round.id, bodies.map((b) => b.id));
    await appendAudit(tx, {
      actorId: actor.userId, actorLabel: actor.label, action: "round.open", entity: "evaluation_round",
      entityId: round.id, bodyId: null, after: { ...round, requested: bodies.length },
    });
    return { ...round, requested: bodies.length };
  });
}
