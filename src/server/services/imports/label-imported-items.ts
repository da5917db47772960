/**
 * Import, analysis and stored labels in one streamed pass (issue 12): each committed batch's new
 * items go to the analysis worker thread while the import parses and writes the next batch, and
 * their labels are COPYed and merged as the thread answers; at the end each quarter's campaign
 * groups are written. The labels are exactly those the analysis.label job would write — the job
 * streams a quarter in (received_at, id) order from its first item — so this pass labels a quarter
 * only while that holds:
 *   - the quarter had no items of the body before this import (checked before the batch that
 *     brings its first item commits), and
 *   - the import brings its items in (received_at, id) order (an export sorted by date), and
 *   - no item of the quarter was changed rather than added, and the run is not a resumed one.
 * A quarter that breaks a condition is dropped here and left to the job that runs after every
 * import (requestLabelAfterImport), as is everything after a crash: labels are written after their
 * items commit, so a killed import leaves some items unlabelled and the job labels their quarters
 * whole. Nothing here can make an import fail: a labelling error drops the pass and logs it.
 */
import { transaction, type AppContext, type Executor } from "../../context.ts";
import type { CampaignGroup } from "../../../domain/analysis/index.ts";
import { commitWithoutFlushWait } from "../../repositories/import-items.repository.ts";
import {
  mergeAutomaticLabelsInTransaction,
  replaceCampaigns,
  type ItemToLabel,
} from "../../repositories/analysis-labels.repository.ts";
import {
  advanceLabelRun,
  countItemsInRange,
  finishLabelRun,
  startLabelRun,
  widenLabelRun,
} from "../../repositories/analysis-label-runs.repository.ts";
import { openQuarterLabeller, type AsyncQuarterLabeller } from "../analysis/analysis-client.ts";
import { formatQuarter, quarterBounds, quarterOf, type Quarter } from "../analysis/quarters.ts";
import type { BatchItems } from "./write-batch.ts";

interface QuarterPass {
  quarter: Quarter;
  labeller: AsyncQuarterLabeller | null; // null: dropped, left to the job
  last: { at: number; id: number } | null;
  items: number;
}

export interface ImportLabelling {
  /** Before a batch is written: the quarters its items fall in (a new quarter must have no items yet). */
  beforeBatch(receivedAt: Date[]): Promise<void>;
  /** After the batch committed: its added and changed items. */
  afterBatch(items: BatchItems | undefined): void;
  /** After the last batch: waits for the thread, writes the remaining labels and the campaign groups. */
  finish(): Promise<{ items: number; quarters: string[]; dropped: string[] }>;
  /** The import failed: stop, and leave everything to the job. */
  abandon(): void;
}

/** Below this file size the analysis runs inline (a few thousand items: less than starting the thread costs). */
const THREAD_FROM_BYTES = 2 * 1024 * 1024;

export function startImportLabelling(
  ctx: AppContext,
  bodyId: string,
  importRunId: string,
  fileBytes: number,
): ImportLabelling {
  const thread = fileBytes >= THREAD_FROM_BYTES;
  const quarters = new Map<string, QuarterPass>();
  const dropped = new Set<string>();
  let runId: Promise<string> | null = null;
  let writes: Promise<unknown> = Promise.resolve();
  let labelled = 0;
  let failed = false;
  let span: { first: number; last: number } | null = null;

  const drop = (pass: QuarterPass) => {
    if (!pass.labeller) return;
    void pass.labeller.finish().catch(() => {});
    pass.labeller = null;
    dropped.add(formatQuarter(pass.quarter));
  };
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    ctx.log.warn(
      { err: error, bodyId },
      "labelling during the import stopped; the analysis.label job will label the import's items",
    );
    for (const pass of quarters.values()) drop(pass);
  };

  return {
    async beforeBatch(receivedAt) {
      if (failed) return;
      try {
        for (const at of receivedAt) {
          const q = quarterOf(at);
          const key = formatQuarter(q);
          if (quarters.has(key)) continue;
          const bounds = quarterBounds(q);
          const empty = (await countItemsInRange(ctx.database.db, bodyId, bounds.from, bounds.before)) === 0;
          const pass: QuarterPass = {
            quarter: q,
            labeller: empty ? openQuarterLabeller(bodyId, { thread }) : null,
            last: null,
            items: 0,
          };
          if (!empty) dropped.add(key);
          quarters.set(key, pass);
        }
      } catch (error) {
        fail(error);
      }
    },

    afterBatch(items) {
      if (failed || !items) return;
      for (const item of items.updated) {
        const pass = quarters.get(formatQuarter(quarterOf(item.receivedAt)));
        if (pass) drop(pass);
      }
      const byQuarter = new Map<QuarterPass, ItemToLabel[]>();
      for (const item of items.inserted) {
        const pass = quarters.get(formatQuarter(quarterOf(item.receivedAt)));
        if (!pass?.labeller) continue;
        const list = byQuarter.get(pass) ?? [];
        list.push(item);
        byQuarter.set(pass, list);
      }
      for (const [pass, list] of byQuarter) {
        // The job's order: (received_at, id). Ids grow with each batch, so sorting the batch and
        // checking it starts after the previous batch's last item is enough.
        list.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id);
        const first = list[0]!;
        if (
          pass.last &&
          (first.receivedAt.getTime() < pass.last.at ||
            (first.receivedAt.getTime() === pass.last.at && first.id < pass.last.id))
        ) {
          drop(pass);
          continue;
        }
        const tail = list[list.length - 1]!;
        pass.last = { at: tail.receivedAt.getTime(), id: tail.id };
        pass.items += list.length;
        span = {
          first: Math.min(span?.first ?? Infinity, first.receivedAt.getTime()),
          last: Math.max(span?.last ?? 0, tail.receivedAt.getTime()),
        };
        const labels = pass.labeller!.label(list);
        labels.catch(() => {});
        runId ??= startLabelRun(ctx.database.db, {
          bodyId,
          from: kzDate(first.receivedAt),
          to: kzDate(first.receivedAt),
          importRunId,
        });
        const id = runId;
        const period = { from: kzDate(first.receivedAt), to: kzDate(tail.receivedAt) };
        // Merges run one after another, in the order the thread answers (it answers in order).
        writes = writes
          .then(async () => {
            if (failed || !pass.labeller) return;
            const rows = await labels;
            const run = await id;
            const mode = pass.labeller?.mode ?? "thread";
            // One transaction per chunk: the run's period, the labels and the progress commit together
            // (one commit, not four), so the period covers every label that exists: if the process dies
            // before the campaigns are written, the nightly pass sees the quarter as interrupted and
            // relabels it.
            await transaction(ctx, async (tx) => {
              await commitWithoutFlushWait(tx);
              await widenLabelRun(tx, run, period);
              await mergeAutomaticLabelsInTransaction(tx, run, rows);
              await advanceLabelRun(tx, run, {
                itemsTotal: labelled + rows.length,
                itemsDone: labelled + rows.length,
                changed: labelled + rows.length,
                analysisMode: mode,
              });
            });
            labelled += rows.length;
          })
          .catch(fail);
      }
    },

    async finish() {
      await writes;
      const done: string[] = [];
      try {
        for (const pass of quarters.values()) {
          if (!pass.labeller || failed) continue;
          const groups: CampaignGroup[] = await pass.labeller.finish();
          pass.labeller = null;
          await ctx.database.db.transaction((tx) =>
            replaceCampaigns(
              tx as unknown as Executor,
              bodyId,
              formatQuarter(pass.quarter),
              groups.map((g) => ({ rootItemId: Number(g.rootId), size: g.size })),
            ),
          );
          done.push(formatQuarter(pass.quarter));
        }
        if (runId) {
          const period = span ? { from: kzDate(new Date(span.first)), to: kzDate(new Date(span.last)) } : undefined;
          await finishLabelRun(ctx.database.db, await runId, {
            status: failed ? "failed" : "done",
            error: failed ? "labelling during the import stopped" : null,
            period,
          });
        }
      } catch (error) {
        fail(error);
        if (runId)
          await finishLabelRun(ctx.database.db, await runId, { status: "failed", error: String(error) }).catch(
            () => {},
          );
      }
      return { items: labelled, quarters: done, dropped: [...dropped].sort() };
    },

    abandon() {
      failed = true;
      for (const pass of quarters.values()) drop(pass);
      if (runId)
        void runId
          .then((id) => finishLabelRun(ctx.database.db, id, { status: "failed", error: "the import failed" }))
          .catch(() => {});
    },
  };
}

/** The Kazakhstan calendar date of an instant (UTC+5), as the label runs' periods are dates. */
function kzDate(at: Date): string {
  return new Date(at.getTime() + 5 * 3600 * 1000).toISOString().slice(0, 10);
}
