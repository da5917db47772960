/** §20: the authorised body opens a round for a period and requests figures from every in-scope body
 * the ministry evaluates (state_bodies.evaluated). */
import { rulesFor } from "../../../domain/evaluation/rule-sets.ts";
import { EvaluationError } from "../../../domain/evaluation/errors.ts";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { listEvaluatedBodies } from "../../repositories/body.repository.ts";
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
  const problemNow = async () =>
    roundPeriodProblem(
      input.periodFrom,
      input.periodTo,
      today,
      (await listRounds(ctx.database.db, false)).filter((r) => r.status !== "cancelled"),
    );
  const problem = await problemNow();
  if (problem) throw periodError(problem);
  let rulesVersion: string;
  try {
    rulesVersion = rulesFor(input.periodTo).version;
  } catch (error) {
    if (error instanceof EvaluationError) throw new AppError("validation_failed", { details: error.message });
    throw error;
  }
  try {
    return await insertOpenRound(ctx, actor, input, rulesVersion);
  } catch (error) {
    // Two requests for one period at once (Enter and a click, UX review P2): both passed the check
    // above, and the unique live-period index (0025) let only one in.
    if (isLivePeriodViolation(error)) {
      const duplicate = await problemNow();
      throw duplicate ? periodError(duplicate) : error;
    }
    throw error;
  }
}

function isLivePeriodViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, message } = e as { code?: string; constraint?: string; message?: string };
    if (
      code === "23505" &&
      (constraint === "evaluation_rounds_live_period" || message?.includes("evaluation_rounds_live_period"))
    )
      return true;
  }
  return false;
}

async function insertOpenRound(
  ctx: AppContext,
  actor: Actor,
  input: OpenRoundInput,
  rulesVersion: string,
): Promise<RoundRow & { requested: number }> {
  return transaction(ctx, async (tx) => {
    const round = await insertRound(tx, {
      title: input.title,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      dueOn: input.dueOn ?? null,
      rulesVersion,
      createdBy: actor.userId,
    });
    // §1's scope and the ministry's choice (a district akimat may be in scope yet not evaluated).
    const bodies = await listEvaluatedBodies(tx);
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
