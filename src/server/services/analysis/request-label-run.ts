/**
 * Labelling on demand (after an import, or from the analysis page): enqueues "analysis.label" for
 * a body and period. One waiting run per body and period (singletonKey): pressing the button twice
 * does not queue the work twice. Without a queue (an embedded process that started none) the run
 * happens in the request.
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { labelItems, type LabelRun } from "./label-items.ts";
import { LABEL_JOB, type LabelJobData } from "./label-job.ts";

export { LABEL_JOB, type LabelJobData } from "./label-job.ts";

export async function requestLabelRun(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  period: { from: string; to: string },
): Promise<{ jobId: string | null; run: LabelRun | null }> {
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("state body");
  authorize(actor, "analysis.run", bodyId);
  const data: LabelJobData = { bodyId, ...period };
  if (ctx.jobs) {
    const jobId = await ctx.jobs.send(LABEL_JOB, data, { singletonKey: `${bodyId}:${period.from}:${period.to}` });
    return { jobId, run: null };
  }
  return { jobId: null, run: await labelItems(ctx, { bodyId, ...period }) };
}
