/** The §15 review of a quarterly analysis: one row per body and quarter, and every submitted version. */
import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from "drizzle-orm";
import { quarterlyReviewVersions, quarterlyReviews, users, type ReviewStatus } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type ReviewRow = typeof quarterlyReviews.$inferSelect;
export type ReviewVersionRow = typeof quarterlyReviewVersions.$inferSelect;
export type NewReviewVersion = typeof quarterlyReviewVersions.$inferInsert;

export async function findReview(db: Executor, id: string): Promise<ReviewRow | undefined> {
  const [row] = await db.select().from(quarterlyReviews).where(eq(quarterlyReviews.id, id));
  return row;
}

/** Locks the review so two transitions (a return and an approval) cannot both apply. */
export async function lockReview(tx: Executor, id: string): Promise<ReviewRow | undefined> {
  const [row] = await tx.select().from(quarterlyReviews).where(eq(quarterlyReviews.id, id)).for("update");
  return row;
}

/** The body's review of a quarter, created (as version 0, to be filled by the caller) if missing, and locked. */
export async function lockOrCreateReview(
  tx: Executor,
  bodyId: string,
  year: number,
  quarter: number,
): Promise<{ review: ReviewRow; created: boolean }> {
  const [inserted] = await tx
    .insert(quarterlyReviews)
    .values({ bodyId, periodYear: year, periodQuarter: quarter, currentVersion: 0 })
    .onConflictDoNothing()
    .returning();
  if (inserted) return { review: inserted, created: true };
  const [row] = await tx
    .select()
    .from(quarterlyReviews)
    .where(
      and(
        eq(quarterlyReviews.bodyId, bodyId),
        eq(quarterlyReviews.periodYear, year),
        eq(quarterlyReviews.periodQuarter, quarter),
      ),
    )
    .for("update");
  return { review: row!, created: false };
}

export async function updateReview(
  tx: Executor,
  id: string,
  patch: Partial<Pick<ReviewRow, "status" | "currentVersion" | "decidedBy" | "decidedAt">>,
): Promise<ReviewRow> {
  const [row] = await tx
    .update(quarterlyReviews)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(quarterlyReviews.id, id))
    .returning();
  return row!;
}

export async function insertReviewVersion(tx: Executor, values: NewReviewVersion): Promise<ReviewVersionRow> {
  const [row] = await tx.insert(quarterlyReviewVersions).values(values).returning();
  return row!;
}

export async function markVersionReturned(
  tx: Executor,
  reviewId: string,
  version: number,
  comments: string,
  by: string | null,
  at: Date,
): Promise<ReviewVersionRow> {
  const [row] = await tx
    .update(quarterlyReviewVersions)
    .set({ returnComments: comments, returnedBy: by, returnedAt: at })
    .where(and(eq(quarterlyReviewVersions.reviewId, reviewId), eq(quarterlyReviewVersions.version, version)))
    .returning();
  return row!;
}

/**
 * The versions, oldest first. `submittedByLabel` is the sender's current display name when the
 * account exists: the stored label is the e-mail the session carried, a reader wants the name.
 */
export async function listReviewVersions(db: Executor, reviewId: string): Promise<ReviewVersionRow[]> {
  return db
    .select({
      ...getTableColumns(quarterlyReviewVersions),
      submittedByLabel: sql<string>`coalesce(${users.displayName}, ${quarterlyReviewVersions.submittedByLabel})`,
    })
    .from(quarterlyReviewVersions)
    .leftJoin(users, eq(users.id, quarterlyReviewVersions.submittedBy))
    .where(eq(quarterlyReviewVersions.reviewId, reviewId))
    .orderBy(asc(quarterlyReviewVersions.version));
}

export interface ReviewFilter {
  bodies: "all" | string[];
  bodyId?: string;
  status?: ReviewStatus;
  year?: number;
}

export async function listReviews(db: Executor, filter: ReviewFilter): Promise<ReviewRow[]> {
  if (filter.bodies !== "all" && filter.bodies.length === 0) return [];
  const where: SQL[] = [];
  if (filter.bodies !== "all") where.push(inArray(quarterlyReviews.bodyId, filter.bodies));
  if (filter.bodyId) where.push(eq(quarterlyReviews.bodyId, filter.bodyId));
  if (filter.status) where.push(eq(quarterlyReviews.status, filter.status));
  if (filter.year) where.push(eq(quarterlyReviews.periodYear, filter.year));
  return db
    .select()
    .from(quarterlyReviews)
    .where(where.length ? and(...where) : sql`true`)
    .orderBy(desc(quarterlyReviews.periodYear), desc(quarterlyReviews.periodQuarter), asc(quarterlyReviews.bodyId))
    .limit(1000);
}
