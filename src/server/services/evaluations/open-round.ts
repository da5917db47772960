/** §20: the authorised body opens a round for a period and requests figures from every in-scope body. */
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import { EvaluationError } from "../../../domain/evaluation/errors.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { listInScopeBodies } from "../../repositories/body.repository.ts";
import { insertRequests, insertRound, listRounds, type RoundRow } from "../../repositories/evaluation.repository.ts";
import { roundPeriodProblem, type RoundPeriodProblem } from "../../../domain/evaluation/round-period.ts";
import { kazakhstanToday } from "../period.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface OpenRoundInput {
  title: string;
  periodFrom: string;
  periodTo: string;
  dueOn?: string | null;
}

/** The domain's period problem as the API's localised error (kk/ru/en in errors.ts). */
function periodError(p: RoundPeriodProblem): AppError {
  switch (p.code) {
    case "notCalendarPeriod":
      return new AppError("round_not_calendar", p.params);
    case "periodNotEnded":
      return new AppError("round_future", p.params);
    case "duplicatePeriod":
      return new AppError("round_duplicate", p.params);
    case "periodBeforeMethodology":
      return new AppError("round_before_methodology", p.params);
    case "periodOrder":
      return new AppError("validation_failed", { details: `${p.params.from} > ${p.params.to}` });
    case "badDate":
      return new AppError("validation_failed", { details: p.params.value });
  }
}

export async function openRound(
  ctx: AppContext,
  actor: Actor,
  input: OpenRoundInput,
  today = kazakhstanToday(),
): Promise<RoundRow & { requested: number }> {
  authorize(actor, "evaluation.manage");
  // The same period rule as `pikir evaluate --input` (round-period.ts), plus no duplicate rounds.
  const problem = roundPeriodProblem(
    input.periodFrom,
    input.periodTo,
    today,
    (await listRounds(ctx.database.db, false)).filter((r) => r.status !== "cancelled"),
  );
  if (problem) throw periodError(problem);
  let rulesVersion: string;
  try {
    rulesVersion = rulesFor(input.periodTo).version;
  } catch (error) {
    if (error instanceof EvaluationError) throw new AppError("validation_failed", { details: error.message });
    throw error;
  }
  return transaction(ctx, async (tx) => {
    const round = await insertRound(tx, {
      title: input.title,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      dueOn: input.dueOn ?? null,
      rulesVersion,
      createdBy: actor.userId,
    });
    const bodies = await listInScopeBodies(tx);
    await insertRequests(
      tx,
      round.id,
      bodies.map((b) => b.id),
    );
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "round.open",
      entity: "evaluation_round",
      entityId: round.id,
      bodyId: null,
      after: { ...round, requested: bodies.length },
    });
    return { ...round, requested: bodies.length };
  });
}
