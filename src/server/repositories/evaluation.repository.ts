import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import {
  evaluationRequests,
  evaluationResults,
  evaluationRounds,
  evaluationSubmissions,
  satisfactionScores,
} from "../db/index.ts";
import type { Executor } from "../context.ts";

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type NewRound = typeof evaluationRounds.$inferInsert;
export type RequestRow = typeof evaluationRequests.$inferSelect;
export type SubmissionRow = typeof evaluationSubmissions.$inferSelect;
export type NewSubmission = typeof evaluationSubmissions.$inferInsert;
export type ResultRow = typeof evaluationResults.$inferSelect;
export type NewResult = typeof evaluationResults.$inferInsert;
export type SatisfactionRow = typeof satisfactionScores.$inferSelect;

export async function insertRound(tx: Executor, values: NewRound): Promise<RoundRow> {
  const [row] = await tx.insert(evaluationRounds).values(values).returning();
  return row!;
}

export async function findRound(db: Executor, id: string, forUpdate = false): Promise<RoundRow | undefined> {
  const query = db.select().from(evaluationRounds).where(eq(evaluationRounds.id, id));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row;
}

export async function listRounds(db: Executor, onlyPublished: boolean): Promise<RoundRow[]> {
  return db
    .select()
    .from(evaluationRounds)
    .where(onlyPublished ? eq(evaluationRounds.status, "published") : undefined)
    .orderBy(desc(evaluationRounds.periodTo), desc(evaluationRounds.createdAt));
}

export async function updateRound(tx: Executor, id: string, values: Partial<NewRound>): Promise<RoundRow> {
  const [row] = await tx.update(evaluationRounds).set(values).where(eq(evaluationRounds.id, id)).returning();
  return row!;
}

export async function insertRequests(tx: Executor, roundId: string, bodyIds: string[]): Promise<void> {
  if (bodyIds.length === 0) return;
  await tx
    .insert(evaluationRequests)
    .values(bodyIds.map((bodyId) => ({ roundId, bodyId })))
    .onConflictDoNothing();
}

export async function listRequests(db: Executor, roundId: string): Promise<RequestRow[]> {
  return db.select().from(evaluationRequests).where(eq(evaluationRequests.roundId, roundId));
}

export async function findRequest(db: Executor, roundId: string, bodyId: string): Promise<RequestRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationRequests)
    .where(and(eq(evaluationRequests.roundId, roundId), eq(evaluationRequests.bodyId, bodyId)));
  return row;
}

export async function markRequestSubmitted(tx: Executor, roundId: string, bodyId: string, at: Date): Promise<void> {
  await tx
    .update(evaluationRequests)
    .set({ status: "submitted", submittedAt: at })
    .where(and(eq(evaluationRequests.roundId, roundId), eq(evaluationRequests.bodyId, bodyId)));
}

/** A body's current §20 submission to a round: resubmission supersedes, so at most one row matches. */
function isCurrentSubmission(roundId: string, bodyId: string) {
  return and(
    eq(evaluationSubmissions.roundId, roundId),
    eq(evaluationSubmissions.bodyId, bodyId),
    isNull(evaluationSubmissions.supersededAt),
  );
}

export async function lockCurrentSubmission(
  tx: Executor,
  roundId: string,
  bodyId: string,
): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(evaluationSubmissions).where(isCurrentSubmission(roundId, bodyId)).for("update");
  return row;
}

export async function supersedeSubmission(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(evaluationSubmissions).set({ supersededAt: at }).where(eq(evaluationSubmissions.id, id));
}

export async function insertSubmission(tx: Executor, values: NewSubmission): Promise<SubmissionRow> {
  const [row] = await tx.insert(evaluationSubmissions).values(values).returning();
  return row!;
}

export async function listCurrentSubmissions(db: Executor, roundId: string): Promise<SubmissionRow[]> {
  return db
    .select()
    .from(evaluationSubmissions)
    .where(and(eq(evaluationSubmissions.roundId, roundId), isNull(evaluationSubmissions.supersededAt)));
}

export async function listSatisfaction(db: Executor, roundId: string): Promise<SatisfactionRow[]> {
  return db.select().from(satisfactionScores).where(eq(satisfactionScores.roundId, roundId));
}

export async function upsertSatisfaction(tx: Executor, row: SatisfactionRow): Promise<void> {
  await tx
    .insert(satisfactionScores)
    .values(row)
    .onConflictDoUpdate({
      target: [satisfactionScores.roundId, satisfactionScores.bodyId],
      set: { scorePercent: row.scorePercent, respondents: row.respondents, source: row.source },
    });
}

/** Recomputing replaces the round's results: they are derived data, the inputs stay versioned. */
export async function replaceResults(tx: Executor, roundId: string, rows: NewResult[]): Promise<void> {
  await tx.delete(evaluationResults).where(eq(evaluationResults.roundId, roundId));
  for (let i = 0; i < rows.length; i += 500) await tx.insert(evaluationResults).values(rows.slice(i, i + 500));
}

export async function listResults(db: Executor, roundId: string, bodyId?: string): Promise<ResultRow[]> {
  return (
    db
      .select()
      .from(evaluationResults)
      .where(and(eq(evaluationResults.roundId, roundId), bodyId ? eq(evaluationResults.bodyId, bodyId) : undefined))
      // Ranked apart by status (result-status.ts rankGroup): evaluated by F, then nothing received, then non-submitters.
      .orderBy(
        sql`case ${evaluationResults.status} when 'evaluated' then 0 when 'nothing_received' then 1 else 2 end`,
        desc(sql`${evaluationResults.fValue}`),
        asc(evaluationResults.bodyId),
      )
  );
}

/** A body's published F over time (the public portal's history and the ministry's trend chart). */
export async function listPublishedHistory(db: Executor, bodyId: string) {
  return db
    .select({ round: evaluationRounds, result: evaluationResults })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(and(eq(evaluationResults.bodyId, bodyId), eq(evaluationRounds.status, "published")))
    .orderBy(asc(evaluationRounds.periodTo));
}

/** The body's current (not superseded) §20 submission to a round, read without a lock. */
export async function findCurrentSubmission(
  db: Executor,
  roundId: string,
  bodyId: string,
): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(evaluationSubmissions).where(isCurrentSubmission(roundId, bodyId));
  return row;
}
