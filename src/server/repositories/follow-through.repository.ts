import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { followThroughs } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type FollowThroughRow = typeof followThroughs.$inferSelect;
export type NewFollowThrough = typeof followThroughs.$inferInsert;

export async function insertFollowThrough(tx: Executor, values: NewFollowThrough): Promise<FollowThroughRow> {
  const [row] = await tx.insert(followThroughs).values(values).returning();
  return row!;
}

export async function findFollowThrough(db: Executor, id: string): Promise<FollowThroughRow | undefined> {
  const [row] = await db.select().from(followThroughs).where(eq(followThroughs.id, id));
  return row;
}

/** An item's links that are not removed, oldest document first. */
export async function listItemFollowThroughs(db: Executor, itemId: number): Promise<FollowThroughRow[]> {
  return db
    .select()
    .from(followThroughs)
    .where(and(eq(followThroughs.itemId, itemId), isNull(followThroughs.removedAt)))
    .orderBy(asc(followThroughs.documentDate), asc(followThroughs.createdAt));
}

export async function markFollowThroughRemoved(tx: Executor, id: string, by: string | null, at: Date): Promise<void> {
  await tx.update(followThroughs).set({ removedAt: at, removedBy: by }).where(eq(followThroughs.id, id));
}

/** The links (not removed) of the given items, for the documents that list those items. */
export async function listFollowThroughsOfItems(db: Executor, itemIds: number[]): Promise<FollowThroughRow[]> {
  if (itemIds.length === 0) return [];
  return db
    .select()
    .from(followThroughs)
    .where(and(inArray(followThroughs.itemId, itemIds), isNull(followThroughs.removedAt)))
    .orderBy(asc(followThroughs.documentDate), asc(followThroughs.itemId));
}
