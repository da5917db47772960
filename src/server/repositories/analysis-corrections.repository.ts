/** People's corrections of automatic labels: append-only history (the audit log holds them too). */
import { asc, eq } from "drizzle-orm";
import { analysisCorrections } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type AnalysisCorrectionRow = typeof analysisCorrections.$inferSelect;
export type NewAnalysisCorrection = typeof analysisCorrections.$inferInsert;

export async function insertCorrection(
  db: Executor,
  correction: NewAnalysisCorrection,
): Promise<AnalysisCorrectionRow> {
  const [row] = await db.insert(analysisCorrections).values(correction).returning();
  return row!;
}

export async function listCorrections(db: Executor, itemId: number): Promise<AnalysisCorrectionRow[]> {
  return db
    .select()
    .from(analysisCorrections)
    .where(eq(analysisCorrections.itemId, itemId))
    .orderBy(asc(analysisCorrections.id));
}
