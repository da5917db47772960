/**
 * The nightly pass: every (body, quarter) with items that have no labels yet, or labels from an
 * older model, is labelled again as a whole (campaign groups need the whole quarter). After an
 * import the same pass runs for the importing body only.
 */
import type { AppContext } from "../../context.ts";
import { quartersToLabel } from "../../repositories/analysis-labels.repository.ts";
import { labelItems, modelVersion, type LabelRun } from "./label-items.ts";
import { parseQuarter, quarterDates } from "./quarters.ts";

export async function labelPendingItems(
  ctx: AppContext, bodyId?: string,
): Promise<{ runs: number; items: number; changed: number; timings: NonNullable<LabelRun["timings"]> }> {
  const pending = await quartersToLabel(ctx.database.db, modelVersion(), bodyId);
  const total = { runs: 0, items: 0, changed: 0, timings: { read: 0, analysis: 0, write: 0, campaigns: 0 } };
  for (const { bodyId, quarter } of pending) {
    const run: LabelRun = await labelItems(ctx, { bodyId, ...quarterDates(parseQuarter(quarter)!) });
    total.runs++;
    total.items += run.items;
    total.changed += run.changed;
    for (const k of ["read", "analysis", "write", "campaigns"] as const) total.timings[k] += run.timings?.[k] ?? 0;
  }
  return total;
}
