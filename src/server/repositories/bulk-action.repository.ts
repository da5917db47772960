/** Bulk action runs (0025): the snapshotted selection, progress, and the per-item refusals. */
import { eq, sql } from "drizzle-orm";
import { bulkActionRuns, type BulkAction, type BulkRefusal, type BulkStatus } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type BulkRunRow = typeof bulkActionRuns.$inferSelect;

export async function insertBulkRun(
  db: Executor,
  values: {
    bodyId: string;
    actorId: string;
    action: BulkAction;
    params: Record<string, unknown>;
    filter: Record<string, unknown>;
    itemIds: number[];
  },
): Promise<BulkRunRow> {
  const [row] = await db
    .insert(bulkActionRuns)
    .values({ ...values, total: values.itemIds.length })
    .returning();
  return row!;
}

export async function findBulkRun(db: Executor, id: string): Promise<BulkRunRow | undefined> {
  const [row] = await db.select().from(bulkActionRuns).where(eq(bulkActionRuns.id, id));
  return row;
}

/** After a chunk: the new position, the items applied, the refusals appended. */
export async function recordBulkProgress(
  db: Executor,
  id: string,
  progress: { processed: number; applied: number; refused: BulkRefusal[] },
): Promise<void> {
  await db
    .update(bulkActionRuns)
    .set({
      processed: progress.processed,
      applied: sql`${bulkActionRuns.applied} + ${progress.applied}`,
      refused: sql`${bulkActionRuns.refused} || ${JSON.stringify(progress.refused)}::jsonb`,
    })
    .where(eq(bulkActionRuns.id, id));
}

export async function finishBulkRun(db: Executor, id: string, status: BulkStatus, at: Date): Promise<void> {
  await db.update(bulkActionRuns).set({ status, finishedAt: at }).where(eq(bulkActionRuns.id, id));
}
