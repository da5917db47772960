/**
 * How far the body's latest labelling run got (issue 12): the analysis page shows it while a run
 * works, instead of reloading the whole quarterly analysis to watch the coverage grow.
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { latestLabelRun, type LabelRunRow } from "../../repositories/analysis-label-runs.repository.ts";

export async function readLabelProgress(ctx: AppContext, actor: Actor, bodyId: string): Promise<LabelRunRow | null> {
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("state body");
  authorize(actor, "analysis.read", bodyId);
  return (await latestLabelRun(ctx.database.db, bodyId)) ?? null;
}
