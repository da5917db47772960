/**
 * The nightly pass: every (body, quarter) with items that have no labels yet, or labels from an
 * older model, is labelled again as a whole (campaign groups need the whole quarter). After an
 * import the same pass runs for the importing body only.
 *
 * Finding the pending quarters is itself bounded (issue 12): instead of one aggregate over every
 * item of every body (seconds on a large PGlite database, during which the web process could not
 * answer), each body's quarters are probed a third of a quarter at a time, stopping at the first
 * pending item, with a pause between probes on PGlite.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { AppContext } from "../../context.ts";
import { bodiesWithItems, hasItemsToLabel } from "../../repositories/analysis-labels.repository.ts";
import { labelItems, modelVersion, type LabelRun } from "./label-items.ts";
import {
  formatQuarter,
  nextQuarter,
  quarterBounds,
  quarterDates,
  quarterOf,
  quartersBetween,
  type Quarter,
} from "./quarters.ts";
import { labelRunOutcomes } from "../../repositories/analysis-label-runs.repository.ts";

export async function labelPendingItems(
  ctx: AppContext,
  bodyId?: string,
): Promise<{ runs: number; items: number; changed: number; timings: NonNullable<LabelRun["timings"]> }> {
  const pending = await quartersToLabel(ctx, modelVersion(), bodyId);
  const total = { runs: 0, items: 0, changed: 0, timings: { read: 0, analysis: 0, write: 0, campaigns: 0 } };
  for (const { bodyId, quarter } of pending) {
    const run: LabelRun = await labelItems(ctx, { bodyId, ...quarterDates(quarter) });
    total.runs++;
    total.items += run.items;
    total.changed += run.changed;
    for (const k of ["read", "analysis", "write", "campaigns"] as const) total.timings[k] += run.timings?.[k] ?? 0;
  }
  return total;
}

/** (body, quarter) pairs with items that have no labels of this model version, in body and quarter order. */
async function quartersToLabel(
  ctx: AppContext,
  version: string,
  bodyId?: string,
): Promise<{ bodyId: string; quarter: Quarter }[]> {
  const db = ctx.database.db;
  const pause = async (t0: number) => {
    if (ctx.database.engine === "pglite") await sleep(Math.min(200, Math.max(1, performance.now() - t0)));
  };
  const out: { bodyId: string; quarter: Quarter }[] = [];
  for (const body of await bodiesWithItems(db, bodyId)) {
    const last = formatQuarter(quarterOf(body.last));
    // Quarters an interrupted run touched, unless a run started after it finished them.
    const interrupted = new Set<string>();
    for (const run of await labelRunOutcomes(db, body.bodyId)) {
      for (const q of quartersBetween(run.from, run.to)) {
        if (run.outcome === "interrupted") interrupted.add(formatQuarter(q));
        else if (run.outcome === "done") interrupted.delete(formatQuarter(q));
      }
    }
    for (let q = quarterOf(body.first); ; q = nextQuarter(q)) {
      if (interrupted.has(formatQuarter(q))) {
        out.push({ bodyId: body.bodyId, quarter: q });
        if (formatQuarter(q) === last) break;
        continue;
      }
      const { from, before } = quarterBounds(q);
      const step = (before.getTime() - from.getTime()) / 3;
      for (let part = 0; part < 3; part++) {
        const t0 = performance.now();
        const found = await hasItemsToLabel(
          db,
          body.bodyId,
          new Date(from.getTime() + part * step),
          part === 2 ? before : new Date(from.getTime() + (part + 1) * step),
          version,
        );
        await pause(t0);
        if (found) {
          out.push({ bodyId: body.bodyId, quarter: q });
          break;
        }
      }
      if (formatQuarter(q) === last) break;
    }
  }
  return out;
}
