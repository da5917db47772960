/** Import runs and their rejected rows (services/imports keeps them; the HTTP API lists and downloads them). */
import { and, asc, desc, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { importRejects, importRuns } from "../db/index.ts";
import type { Executor } from "../context.ts";
import type { Page, Paged } from "./pagination.ts";

export type ImportRunRow = typeof importRuns.$inferSelect;
export type NewImportRun = typeof importRuns.$inferInsert;
export type ImportRejectRow = typeof importRejects.$inferSelect;

/** The latest unfinished run of the same file for the same body and channel (a crash left it "running"). */
export async function findResumableRun(
  db: Executor,
  bodyId: string,
  importer: string,
  fileSha256: string,
): Promise<ImportRunRow | undefined> {
  const [row] = await db
    .select()
    .from(importRuns)
    .where(
      and(
        eq(importRuns.bodyId, bodyId),
        eq(importRuns.importer, importer),
        eq(importRuns.fileSha256, fileSha256),
        ne(importRuns.status, "done"),
      ),
    )
    .orderBy(desc(importRuns.startedAt))
    .limit(1);
  return row;
}

export async function insertImportRun(db: Executor, values: NewImportRun): Promise<ImportRunRow> {
  const [row] = await db.insert(importRuns).values(values).returning();
  return row!;
}

export interface RunProgress {
  rowsRead: number;
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  checkpoint: number;
  bytesDone: number;
}

/** Adds a batch's counts and moves the checkpoint — in the batch's own transaction. */
export async function advanceImportRun(tx: Executor, runId: string, delta: RunProgress): Promise<void> {
  await tx
    .update(importRuns)
    .set({
      rowsRead: sql`${importRuns.rowsRead} + ${delta.rowsRead}`,
      added: sql`${importRuns.added} + ${delta.added}`,
      updated: sql`${importRuns.updated} + ${delta.updated}`,
      unchanged: sql`${importRuns.unchanged} + ${delta.unchanged}`,
      rejected: sql`${importRuns.rejected} + ${delta.rejected}`,
      checkpoint: delta.checkpoint,
      bytesDone: delta.bytesDone,
      updatedAt: new Date(),
    })
    .where(eq(importRuns.id, runId));
}

export async function setImportRunStatus(
  db: Executor,
  runId: string,
  values: Partial<Pick<NewImportRun, "status" | "error" | "finishedAt" | "warnings" | "encoding" | "fileBytes">>,
): Promise<ImportRunRow> {
  const [row] = await db
    .update(importRuns)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(importRuns.id, runId))
    .returning();
  return row!;
}

export async function findImportRun(db: Executor, id: string): Promise<ImportRunRow | undefined> {
  const [row] = await db.select().from(importRuns).where(eq(importRuns.id, id));
  return row;
}

export async function listImportRuns(
  db: Executor,
  bodyIds: "all" | string[],
  page: Page,
): Promise<Paged<ImportRunRow>> {
  const where =
    bodyIds === "all"
      ? undefined
      : inArray(importRuns.bodyId, bodyIds.length ? bodyIds : ["00000000-0000-0000-0000-000000000000"]);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(importRuns)
      .where(where)
      .orderBy(desc(importRuns.startedAt), desc(importRuns.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(importRuns).where(where),
  ]);
  return { items, total: Number(total?.n ?? 0), ...page };
}

export async function insertImportRejects(tx: Executor, rows: (typeof importRejects.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(importRejects).values(rows).onConflictDoNothing();
}

/** A run's rejected rows in line order, a page at a time (keyset), so a long report streams. */
export async function listImportRejects(
  db: Executor,
  runId: string,
  afterLine: number,
  limit: number,
): Promise<ImportRejectRow[]> {
  return db
    .select()
    .from(importRejects)
    .where(and(eq(importRejects.runId, runId), gt(importRejects.line, afterLine)))
    .orderBy(asc(importRejects.line))
    .limit(limit);
}

/**
 * Runs still "running" that have not advanced for `staleMinutes` died with their process (W17): a
 * batch moves `updated_at` every few seconds, so a live run on another node is never touched. They
 * become failed/"interrupted", which findResumableRun still offers: re-uploading the file resumes
 * at the checkpoint.
 */
export async function interruptStaleImportRuns(db: Executor, staleMinutes: number): Promise<string[]> {
  const rows = await db
    .update(importRuns)
    .set({ status: "failed", error: "interrupted", updatedAt: new Date() })
    .where(
      and(
        eq(importRuns.status, "running"),
        sql`${importRuns.updatedAt} < now() - make_interval(mins => ${staleMinutes}::int)`,
      ),
    )
    .returning({ id: importRuns.id });
  return rows.map((r) => r.id);
}

/**
 * Forgets the raw text of rejected rows of runs that ended before `cutoff` (retention of personal
 * data in import_rejects.raw): the line, the code and its parameters stay, so the report still says
 * what was wrong where. Answers how many rows were cleared.
 */
export async function clearRejectedRawBefore(db: Executor, cutoff: Date): Promise<number> {
  const rows = await db
    .update(importRejects)
    .set({ raw: null })
    .where(
      and(
        sql`${importRejects.raw} is not null`,
        inArray(
          importRejects.runId,
          db
            .select({ id: importRuns.id })
            .from(importRuns)
            .where(
              and(
                ne(importRuns.status, "running"),
                sql`coalesce(${importRuns.finishedAt}, ${importRuns.updatedAt}) < ${cutoff.toISOString()}::timestamptz`,
              ),
            ),
        ),
      ),
    )
    .returning({ line: importRejects.line });
  return rows.length;
}
