/**
 * The first pass over a body's feedback: language, kind, appeal type, sentiment, topic and campaign
 * group for every item, written as automatic labels. Campaigns are grouped within a quarter, so the
 * range is widened to whole quarters and each quarter is streamed from its first item: a re-run
 * gives the same groups and, for unchanged items, writes nothing (idempotent). People's corrections
 * are in other columns and survive every run.
 *
 * Issue 12: a run must never hold up the web process. It works in bounded chunks (a short read, a
 * short write, a progress row), on a connection of its own where the engine has one; the analysis
 * itself runs in a worker thread (analysis-client.ts), overlapped with the database work; on PGlite,
 * whose one connection runs on this thread, it pauses after each statement for as long as the
 * statement took, so requests get the engine at least half the time. Runs in one process go one
 * at a time.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { AppContext, Executor } from "../../context.ts";
import type { Database } from "../../db/client.ts";
import {
  mergeAutomaticLabels,
  replaceCampaigns,
  streamItemsToLabel,
  type AutomaticLabel,
} from "../../repositories/analysis-labels.repository.ts";
import {
  advanceLabelRun,
  countItemsInRange,
  finishLabelRun,
  startLabelRun,
} from "../../repositories/analysis-label-runs.repository.ts";
import { openQuarterLabeller } from "./analysis-client.ts";
import { modelVersion } from "./label-rows.ts";
import { formatQuarter, quarterBounds, quarterDates, quartersBetween } from "./quarters.ts";

export { labelOne, modelVersion } from "./label-rows.ts";

/** Items per read, per analysis message and per COPY + merge of their labels. */
const LABEL_BATCH = 1_000;
/** On PGlite: pause after a statement for this fraction of its time (1 = labelling gets ≤ half the engine). */
const PGLITE_PAUSE = 1;

export interface LabelRun {
  quarters: string[];
  items: number;
  changed: number;
  campaigns: number;
  ms: number;
  runId?: string;
  mode?: string;
  /** Where the time went (ms): reading items, waiting for the analysis, writing labels and progress, campaigns. */
  timings?: { read: number; analysis: number; write: number; campaigns: number };
}

export interface LabelOptions {
  batchSize?: number;
  onProgress?: (p: { done: number; total: number }) => void;
}

let queue: Promise<unknown> = Promise.resolve();
/** One run at a time per process: two runs would only compete for the same core and connection. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = queue.then(work, work);
  queue = result.catch(() => {});
  return result;
}

export function labelItems(
  ctx: AppContext,
  input: { bodyId: string; from: string; to: string },
  options: LabelOptions = {},
): Promise<LabelRun> {
  return oneAtATime(() =>
    ctx.database.withOwnConnection((database) => labelOnConnection(ctx, database, input, options)),
  );
}

async function labelOnConnection(
  ctx: AppContext,
  database: Database,
  input: { bodyId: string; from: string; to: string },
  options: LabelOptions,
): Promise<LabelRun> {
  const started = Date.now();
  const db = database.db;
  const pace = pacer(database);
  const quarters = quartersBetween(input.from, input.to);
  const run: LabelRun = { quarters: [], items: 0, changed: 0, campaigns: 0, ms: 0 };
  const timings = { read: 0, analysis: 0, write: 0, campaigns: 0 };
  const clock = async <T>(key: keyof typeof timings, work: Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work;
    } finally {
      timings[key] += performance.now() - t0;
    }
  };
  const period = { from: quarterDates(quarters[0]!).from, to: quarterDates(quarters[quarters.length - 1]!).to };
  const runId = await pace(() => startLabelRun(db, { bodyId: input.bodyId, ...period }));
  run.runId = runId;
  let total = 0;
  try {
    for (const quarter of quarters) {
      const bounds = quarterBounds(quarter);
      total += await pace(() => countItemsInRange(db, input.bodyId, bounds.from, bounds.before));
      const labeller = openQuarterLabeller(input.bodyId);
      run.mode = labeller.mode;
      const write = async (rows: Promise<AutomaticLabel[]>) => {
        const labels = await clock("analysis", rows);
        return clock(
          "write",
          pace(() => mergeAutomaticLabels(database, runId, labels)),
        );
      };
      // Chunk k is analysed (in the worker thread) while the labels of chunk k−1 are written.
      let analysing: Promise<AutomaticLabel[]> | null = null;
      try {
        const reader = streamItemsToLabel(
          db,
          input.bodyId,
          bounds.from,
          bounds.before,
          options.batchSize ?? LABEL_BATCH,
        )[Symbol.asyncIterator]();
        for (;;) {
          const read = await clock(
            "read",
            pace(() => reader.next()),
          );
          if (read.done) break;
          const batch = read.value;
          const next = labeller.label(batch);
          next.catch(() => {}); // awaited below
          if (analysing) run.changed += await write(analysing);
          analysing = next;
          run.items += batch.length;
          // The total can grow while a run reads (an import in flight): never show more than 100%.
          total = Math.max(total, run.items);
          await clock(
            "write",
            pace(() =>
              advanceLabelRun(db, runId, {
                itemsTotal: total,
                itemsDone: run.items,
                changed: run.changed,
                analysisMode: labeller.mode,
              }),
            ),
          );
          options.onProgress?.({ done: run.items, total });
        }
        if (analysing) run.changed += await write(analysing);
      } finally {
        if (analysing) await analysing.catch(() => {});
      }
      const groups = (await clock("analysis", labeller.finish())).map((g) => ({
        rootItemId: Number(g.rootId),
        size: g.size,
      }));
      await clock(
        "campaigns",
        pace(() =>
          db.transaction((tx) =>
            replaceCampaigns(tx as unknown as Executor, input.bodyId, formatQuarter(quarter), groups),
          ),
        ),
      );
      run.campaigns += groups.length;
      run.quarters.push(formatQuarter(quarter));
    }
    await pace(() =>
      advanceLabelRun(db, runId, {
        itemsTotal: run.items,
        itemsDone: run.items,
        changed: run.changed,
        analysisMode: run.mode ?? "inline",
      }),
    );
    await finishLabelRun(db, runId, { status: "done" });
  } catch (error) {
    await finishLabelRun(db, runId, { status: "failed", error: (error as Error).message }).catch(() => {});
    throw error;
  }
  run.ms = Date.now() - started;
  run.timings = {
    read: Math.round(timings.read),
    analysis: Math.round(timings.analysis),
    write: Math.round(timings.write),
    campaigns: Math.round(timings.campaigns),
  };
  ctx.log.info({ bodyId: input.bodyId, ...run }, "analysis labels written");
  return run;
}

type Pacer = <T>(statement: () => Promise<T>) => Promise<T>;

/**
 * On the server the run has its own connection and the analysis its own thread: nothing to wait
 * for. On PGlite every statement runs on this thread and holds the one connection, so after each
 * the run steps aside for as long as it took: requests queued meanwhile run first.
 */
function pacer(database: Database): Pacer {
  if (database.engine !== "pglite") return (statement) => statement();
  return async (statement) => {
    const t0 = performance.now();
    const result = await statement();
    await sleep(Math.min(200, Math.max(1, (performance.now() - t0) * PGLITE_PAUSE)));
    return result;
  };
}
