/**
 * Progress of labelling runs (analysis_label_runs): started, advanced once per chunk, finished.
 * Each write is one small statement, so recording progress never holds the engine for long.
 */
import { and, desc, eq, sql } from "drizzle-orm";
import { analysisLabelRuns } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type LabelRunRow = typeof analysisLabelRuns.$inferSelect;

/** A run that has not advanced for this long was killed (a chunk takes seconds at most). */
const STALE = "10 minutes";

export async function startLabelRun(
  db: Executor,
  input: { bodyId: string; from: string; to: string; importRunId?: string | null },
): Promise<string> {
  // Runs of this body that stopped advancing long ago died with their process: say so.
  await db
    .update(analysisLabelRuns)
    .set({ status: "failed", error: "interrupted", finishedAt: sql`now()` })
    .where(
      and(
        eq(analysisLabelRuns.bodyId, input.bodyId),
        eq(analysisLabelRuns.status, "running"),
        sql`${analysisLabelRuns.updatedAt} < now() - ${STALE}::interval`,
      ),
    );
  // Labels a killed run had COPYed but not merged: the next run writes them again.
  await db.execute(sql`delete from analysis_labels_stage s where not exists
    (select 1 from analysis_label_runs r where r.id = s.run_id and r.status = 'running')`);
  const [row] = await db
    .insert(analysisLabelRuns)
    .values({
      bodyId: input.bodyId,
      periodFrom: input.from,
      periodTo: input.to,
      importRunId: input.importRunId ?? null,
    })
    .returning({ id: analysisLabelRuns.id });
  return row!.id;
}

export async function advanceLabelRun(
  db: Executor,
  id: string,
  progress: { itemsTotal: number; itemsDone: number; changed: number; analysisMode: string },
): Promise<void> {
  await db
    .update(analysisLabelRuns)
    .set({ ...progress, updatedAt: sql`now()` })
    .where(eq(analysisLabelRuns.id, id));
}

export async function finishLabelRun(
  db: Executor,
  id: string,
  outcome: { status: "done" | "failed"; error?: string | null; period?: { from: string; to: string } },
): Promise<void> {
  await db
    .update(analysisLabelRuns)
    .set({
      status: outcome.status,
      error: outcome.error?.slice(0, 500) ?? null,
      updatedAt: sql`now()`,
      finishedAt: sql`now()`,
      ...(outcome.period ? { periodFrom: outcome.period.from, periodTo: outcome.period.to } : {}),
    })
    .where(eq(analysisLabelRuns.id, id));
}

/** The body's latest run, for the analysis page's progress line. */
export async function latestLabelRun(db: Executor, bodyId: string): Promise<LabelRunRow | undefined> {
  const [row] = await db
    .select()
    .from(analysisLabelRuns)
    .where(eq(analysisLabelRuns.bodyId, bodyId))
    .orderBy(desc(analysisLabelRuns.startedAt))
    .limit(1);
  return row;
}

/** Items of a body received in [from, before): the run's total, counted from the (body_id, received_at) index. */
export async function countItemsInRange(db: Executor, bodyId: string, from: Date, before: Date): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as n from feedback_items
    where body_id = ${bodyId}::uuid and received_at >= ${from.toISOString()}::timestamptz and received_at < ${before.toISOString()}::timestamptz`);
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

/** Widens a run's period before it writes labels there, so an interrupted run's quarters are known. */
export async function widenLabelRun(db: Executor, id: string, period: { from: string; to: string }): Promise<void> {
  await db
    .update(analysisLabelRuns)
    .set({
      periodFrom: sql`least(${analysisLabelRuns.periodFrom}, ${period.from}::date)`,
      periodTo: sql`greatest(${analysisLabelRuns.periodTo}, ${period.to}::date)`,
      updatedAt: sql`now()`,
    })
    .where(eq(analysisLabelRuns.id, id));
}

/** A resumed import: the labelling of its interrupted attempt stopped midway. */
export async function interruptImportLabelRuns(db: Executor, importRunId: string): Promise<void> {
  await db
    .update(analysisLabelRuns)
    .set({ status: "failed", error: "interrupted", updatedAt: sql`now()`, finishedAt: sql`now()` })
    .where(and(eq(analysisLabelRuns.importRunId, importRunId), eq(analysisLabelRuns.status, "running")));
}

/**
 * The body's runs as the nightly pass needs them: period, start, and whether the run finished, or
 * stopped midway (failed, or running but no longer advancing) — an interrupted run's quarters may
 * hold labels without campaign groups.
 */
export async function labelRunOutcomes(
  db: Executor,
  bodyId: string,
): Promise<{ from: string; to: string; startedAt: Date; outcome: "done" | "interrupted" | "running" }[]> {
  const result = await db.execute(sql`
    select period_from::text as "from", period_to::text as "to", started_at as "startedAt",
      case when status = 'done' then 'done'
        when status = 'failed' or updated_at < now() - ${STALE}::interval then 'interrupted' else 'running' end as outcome
    from analysis_label_runs where body_id = ${bodyId}::uuid order by started_at`);
  return (
    result as unknown as {
      rows: { from: string; to: string; startedAt: string | Date; outcome: "done" | "interrupted" | "running" }[];
    }
  ).rows.map((r) => ({ ...r, startedAt: new Date(r.startedAt) }));
}
