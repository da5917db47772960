/**
 * The one persisting path of every channel (CLI, HTTP upload, scheduled fetchers): stream the file
 * through its converter, write it in batches (write-batch.ts), keep the run's counts, checkpoint and
 * rejected rows. The same file for the same body and channel resumes an unfinished run after its
 * checkpoint, so a run killed at any point and started again ends with the rows of one clean run.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { COLUMN_SPECS, openImport, type ImportRecord } from "../../importers/registry.ts";
import { findColumnMap } from "../../repositories/column-map.repository.ts";
import { UnreadableFileError } from "../../importers/shared/encoding.ts";
import type { ImporterName, NormalisedInitiative } from "../../importers/shared/types.ts";
import {
  findResumableRun,
  insertImportRun,
  setImportRunStatus,
  type ImportRunRow,
} from "../../repositories/import-run.repository.ts";
import { refreshIntakeStatistics } from "../../repositories/import-items.repository.ts";
import { writeBatch, type BatchContext, type Reject } from "./write-batch.ts";
import { writeFileInitiatives } from "./write-file-initiatives.ts";
import { requestLabelAfterImport } from "../analysis/label-job.ts";
import { startImportLabelling, type ImportLabelling } from "./label-imported-items.ts";
import { interruptImportLabelRuns } from "../../repositories/analysis-label-runs.repository.ts";
import { tryHoldAdvisoryLock, type HeldLock } from "../../repositories/advisory-lock.repository.ts";
import { AppError } from "../../errors.ts";

export interface ImportOptions {
  importer: ImporterName;
  file: string;
  /** The name to show (an uploaded file's original name). */
  fileName?: string;
  bodyId: string;
  dryRun?: boolean;
  /** Records per transaction (default 2,000). */
  batchSize?: number;
  onProgress?: (p: { rowsRead: number; bytesDone: number; bytesTotal: number }) => void;
  /** Tests: stop as a crash would (no status written) after this many committed batches. */
  crashAfterBatches?: number;
  /** Label new items in the same pass (default true; a resumed run leaves labelling to the job). */
  labelInPass?: boolean;
  /** A column mapping to use instead of the body's saved one (the mapping screen's preview, a dry run). */
  columnMap?: Record<string, string>;
}

export interface ImportSummary {
  runId: string | null;
  resumed: boolean;
  encoding: string;
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  warnings: { code: string; params: Record<string, string | number> }[];
  /** The first rejected rows (all of them are kept with the run). */
  rejects: Reject[];
}

export class SimulatedCrash extends Error {}

export async function fileSha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    throw new UnreadableFileError("file.missing", {
      file: path.basename(file),
      reason: (error as NodeJS.ErrnoException).code ?? "?",
    });
  }
  return hash.digest("hex");
}

const AUTHOR_KEY = () => process.env.PIKIR_AUTHOR_KEY || "pikir-author-pseudonym-v1";

async function upsertFileInitiatives(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  list: NormalisedInitiative[],
  dryRun: boolean,
): Promise<Map<string, string>> {
  // A dry run writes them inside each batch's own rolled-back transaction (write-batch.ts), so its
  // items find their draft there just as a real run's do.
  if (dryRun || list.length === 0) return new Map();
  return transaction(ctx, (tx) => writeFileInitiatives(tx, actor, bodyId, list));
}

export interface StartedImport {
  run: ImportRunRow | null;
  done: Promise<ImportSummary>;
}

/**
 * The files being imported by this process, per body and channel. A second upload of the same file
 * while it runs would attach a second importer to the same run and count every row twice (W17);
 * it is refused instead. (Checked and taken with no await between, so two uploads cannot both pass.)
 * Other processes are kept out by the advisory lock taken next.
 */
const ACTIVE_FILES = new Set<string>();

/** Opens the file and the run (resuming an unfinished one); `done` settles when the import ends. */
export async function startImport(ctx: AppContext, actor: Actor, options: ImportOptions): Promise<StartedImport> {
  authorize(actor, "item.create", options.bodyId);
  const sha = await fileSha256(options.file);
  const dryRun = options.dryRun ?? false;
  if (dryRun) return startImportOfFile(ctx, actor, options, sha);
  const key = importLockName(options.bodyId, options.importer, sha);
  if (ACTIVE_FILES.has(key)) throw new AppError("import_running");
  ACTIVE_FILES.add(key);
  let lock: HeldLock | null = null;
  try {
    // Across processes (`pikir worker`s, several web nodes): a PostgreSQL advisory lock per body,
    // channel and file hash, held on its own connection while the import runs.
    lock = await tryHoldAdvisoryLock(ctx.database, key);
    if (!lock) throw new AppError("import_running");
    const started = await startImportOfFile(ctx, actor, options, sha);
    const held = lock;
    void started.done
      .catch(() => {})
      .finally(async () => {
        ACTIVE_FILES.delete(key);
        await held.release().catch((error) => ctx.log.warn({ error }, "import lock release failed"));
      });
    return started;
  } catch (error) {
    ACTIVE_FILES.delete(key);
    await lock?.release();
    throw error;
  }
}

/** The lock that admits one import of a file per body and channel at a time (W17). */
export function importLockName(bodyId: string, importer: string, sha256: string): string {
  return `pikir-import:${bodyId}:${importer}:${sha256}`;
}

async function startImportOfFile(
  ctx: AppContext,
  actor: Actor,
  options: ImportOptions,
  sha: string,
): Promise<StartedImport> {
  const columnMap =
    options.importer in COLUMN_SPECS
      ? (options.columnMap ?? (await findColumnMap(ctx.database.db, options.bodyId, options.importer)))
      : undefined;
  const opened = await openImport(options.importer, options.file, { bodyId: options.bodyId, columnMap });
  const dryRun = options.dryRun ?? false;
  let run: ImportRunRow | null = null;
  let resumed = false;
  if (!dryRun) {
    const previous = await findResumableRun(ctx.database.db, options.bodyId, options.importer, sha);
    resumed = !!previous;
    if (previous) await interruptImportLabelRuns(ctx.database.db, previous.id);
    run = previous
      ? await setImportRunStatus(ctx.database.db, previous.id, { status: "running", error: null })
      : await insertImportRun(ctx.database.db, {
          bodyId: options.bodyId,
          importer: options.importer,
          fileName: options.fileName ?? path.basename(options.file),
          fileSha256: sha,
          fileBytes: opened.size,
          encoding: opened.encoding,
          startedBy: actor.userId,
          actorLabel: actor.label,
          warnings: opened.warnings,
        });
  }
  const done = (async (): Promise<ImportSummary> => {
    const totals = { read: 0, added: 0, updated: 0, unchanged: 0, rejected: 0 };
    const firstRejects: Reject[] = [];
    // Import, analysis and labels in one pass (issue 12); whatever it cannot label, the job labels.
    const labelling: ImportLabelling | null =
      run && !resumed && options.labelInPass !== false
        ? startImportLabelling(ctx, options.bodyId, run.id, opened.size)
        : null;
    try {
      const b: BatchContext = {
        ctx,
        actor,
        bodyId: options.bodyId,
        runId: run?.id ?? null,
        dryRun,
        authorKey: AUTHOR_KEY(),
        initiatives: await upsertFileInitiatives(ctx, actor, options.bodyId, opened.initiatives, dryRun),
        accounts: new Map(),
        dryRunInitiatives: dryRun ? opened.initiatives : [],
      };
      const checkpoint = run?.checkpoint ?? 0;
      const size = options.batchSize ?? 2_000;
      let batches = 0;
      const statistics = statisticsSchedule();
      let inflight: Promise<void> | null = null;
      // One batch is written while the next is read and converted (the database and the parser overlap).
      const flush = async (batch: ImportRecord[]) => {
        if (inflight) await inflight;
        inflight = (async () => {
          await labelling?.beforeBatch(
            batch.flatMap((r) => (r.result.ok ? r.result.value.items.map((i) => i.receivedAt) : [])),
          );
          const { progress, rejects, items } = await writeBatch(b, batch);
          labelling?.afterBatch(items);
          totals.read += progress.rowsRead;
          totals.added += progress.added;
          totals.updated += progress.updated;
          totals.unchanged += progress.unchanged;
          totals.rejected += progress.rejected;
          if (statistics.due(progress.added)) await refreshIntakeStatistics(ctx.database.db);
          for (const r of rejects) if (firstRejects.length < 100) firstRejects.push(r);
          options.onProgress?.({
            rowsRead: (run?.rowsRead ?? 0) + totals.read,
            bytesDone: progress.bytesDone,
            bytesTotal: opened.size,
          });
          if (options.crashAfterBatches !== undefined && ++batches >= options.crashAfterBatches)
            throw new SimulatedCrash("simulated crash");
        })();
        inflight.catch(() => {}); // awaited below; avoid an unhandled rejection in between
      };
      let batch: ImportRecord[] = [];
      for await (const record of opened.records) {
        // Records up to the checkpoint are committed already; they still pass through the converter
        // (Telegram's thread map needs them) but are not written again.
        if (record.position <= checkpoint) continue;
        batch.push(record);
        if (batch.length >= size) {
          await flush(batch);
          batch = [];
        }
      }
      if (batch.length) await flush(batch);
      if (inflight) await inflight;
      if (labelling) {
        const labelled = await labelling.finish();
        if (labelled.items > 0 || labelled.dropped.length > 0)
          ctx.log.info({ bodyId: options.bodyId, ...labelled }, "import labelled in the same pass");
      }
    } catch (error) {
      labelling?.abandon();
      if (error instanceof SimulatedCrash) throw error;
      if (run)
        await setImportRunStatus(ctx.database.db, run.id, {
          status: "failed",
          error: (error as Error).message.slice(0, 500),
          finishedAt: new Date(),
        });
      throw error;
    }
    if (!run)
      return {
        runId: null,
        resumed,
        encoding: opened.encoding,
        ...totals,
        warnings: opened.warnings,
        rejects: firstRejects,
      };
    const finished = await setImportRunStatus(ctx.database.db, run.id, { status: "done", finishedAt: new Date() });
    if (finished.added + finished.updated > 0) await requestLabelAfterImport(ctx, options.bodyId);
    return {
      runId: finished.id,
      resumed,
      encoding: opened.encoding,
      warnings: opened.warnings,
      rejects: firstRejects,
      read: finished.rowsRead,
      added: finished.added,
      updated: finished.updated,
      unchanged: finished.unchanged,
      rejected: finished.rejected,
    };
  })();
  done.catch(() => {}); // the caller awaits it; a background upload records the failure on the run
  return { run, done };
}

/**
 * When to refresh planner statistics during an import: once 5,000 rows were added, then each time
 * the rows this import added have doubled (5k, 10k, 20k, 40k …), so a file of n rows costs about
 * log2(n / 5,000) ANALYZEs, each over a fixed-size sample.
 */
export function statisticsSchedule(first = 5_000): { due: (added: number) => boolean } {
  let total = 0;
  let nextAt = first;
  return {
    due(added: number) {
      total += added;
      if (total < nextAt) return false;
      nextAt = total * 2;
      return true;
    },
  };
}

export async function importFile(ctx: AppContext, actor: Actor, options: ImportOptions): Promise<ImportSummary> {
  return (await startImport(ctx, actor, options)).done;
}
