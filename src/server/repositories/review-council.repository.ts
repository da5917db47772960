/** §12: public-council sessions that heard a body's budget discussion or implementation report. */
import { and, asc, eq, isNull } from "drizzle-orm";
import { councilSessions } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type CouncilSessionRow = typeof councilSessions.$inferSelect;

export async function insertCouncilSession(
  tx: Executor,
  values: typeof councilSessions.$inferInsert,
): Promise<CouncilSessionRow> {
  const [row] = await tx.insert(councilSessions).values(values).returning();
  return row!;
}

export async function listCouncilSessions(
  db: Executor,
  bodyId: string,
  initiativeId?: string,
  options: { includeWithdrawn?: boolean } = {},
): Promise<CouncilSessionRow[]> {
  const where = and(
    eq(councilSessions.bodyId, bodyId),
    initiativeId ? eq(councilSessions.initiativeId, initiativeId) : undefined,
    options.includeWithdrawn ? undefined : isNull(councilSessions.withdrawnAt),
  );
  return db
    .select()
    .from(councilSessions)
    .where(where)
    .orderBy(asc(councilSessions.heldOn), asc(councilSessions.createdAt));
}
