/** A body's live indicator for a period, from what Pikir recorded, with what would raise it. */
import type { Actor, AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { EvaluationError } from "../../../domain/evaluation/errors.ts";
import { computeRecordedIndicators, type RecordedIndicator } from "./recorded-indicator.ts";

export async function getBodyIndicator(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  period: { from: string; to: string },
): Promise<RecordedIndicator> {
  const body = await findBody(ctx.database.db, bodyId);
  if (!body) throw notFound("state body");
  authorize(actor, "item.read", bodyId);
  if (!body.inScope) throw new AppError("body_out_of_scope");
  try {
    const [indicator] = await computeRecordedIndicators(ctx.database.db, period, [bodyId]);
    return indicator!;
  } catch (error) {
    if (error instanceof EvaluationError) throw new AppError("validation_failed", { details: error.message });
    throw error;
  }
}
