/** A bulk action run's progress and summary: counts, refusals grouped by reason, the first ones item by item. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorizeUndisclosed } from "../../policies/policy.ts";
import { findBulkRun, type BulkRunRow } from "../../repositories/bulk-action.repository.ts";

export async function readBulkAction(ctx: AppContext, actor: Actor, runId: string): Promise<BulkRunRow> {
  const run = await findBulkRun(ctx.database.db, runId);
  if (!run) throw notFound("bulk action");
  authorizeUndisclosed(actor, "item.read", run.bodyId, "bulk action");
  return run;
}
