import { and, asc, eq, gte, isNull, lte } from "drizzle-orm";
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

/** A body's links whose document is dated within [from, to] (Kazakhstan calendar dates). */
export async function listBodyFollowThroughs(
  db: Executor,
  bodyId: string,
  from: string,
  to: string,
): Promise<FollowThroughRow[]> {
  return db
    .select()
    .from(followThroughs)
    .where(
      and(
        eq(followThroughs.bodyId, bodyId),
        isNull(followThroughs.removedAt),
        gte(followThroughs.documentDate, from),
        lte(followThroughs.documentDate, to),
      ),
    )
    .orderBy(asc(followThroughs.documentDate), asc(followThroughs.itemId));
}

export async function markFollowThroughRemoved(tx: Executor, id: string, by: string | null, at: Date): Promise<void> {
  await tx.update(followThroughs).set({ removedAt: at, removedBy: by }).where(eq(followThroughs.id, id));
}
