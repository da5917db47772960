/** §15: actions the head assigns to structural units, and their progress. */
import { asc, eq } from "drizzle-orm";
import { reviewActions } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type ReviewActionRow = typeof reviewActions.$inferSelect;
export type NewReviewAction = typeof reviewActions.$inferInsert;

export async function insertReviewActions(tx: Executor, values: NewReviewAction[]): Promise<ReviewActionRow[]> {
  if (values.length === 0) return [];
  return tx.insert(reviewActions).values(values).returning();
}

export async function findReviewAction(db: Executor, id: string): Promise<ReviewActionRow | undefined> {
  const [row] = await db.select().from(reviewActions).where(eq(reviewActions.id, id));
  return row;
}

export async function lockReviewAction(tx: Executor, id: string): Promise<ReviewActionRow | undefined> {
  const [row] = await tx.select().from(reviewActions).where(eq(reviewActions.id, id)).for("update");
  return row;
}

export async function updateReviewAction(
  tx: Executor,
  id: string,
  patch: Pick<ReviewActionRow, "status" | "note" | "updatedBy" | "updatedAt" | "doneAt">,
): Promise<ReviewActionRow> {
  const [row] = await tx.update(reviewActions).set(patch).where(eq(reviewActions.id, id)).returning();
  return row!;
}

export async function listReviewActions(db: Executor, reviewId: string): Promise<ReviewActionRow[]> {
  return db
    .select()
    .from(reviewActions)
    .where(eq(reviewActions.reviewId, reviewId))
    .orderBy(asc(reviewActions.dueOn), asc(reviewActions.assignedAt));
}
