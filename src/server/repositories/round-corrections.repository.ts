/** Exemptions (§16/§23), resolutions of §20 differences and the versions of a round's results (0020). */
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { evaluationExemptions, evaluationResolutions, evaluationResultVersions, stateBodies } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type ExemptionRow = typeof evaluationExemptions.$inferSelect;
export type ResolutionRow = typeof evaluationResolutions.$inferSelect;
export type NewResolution = typeof evaluationResolutions.$inferInsert;
export type VersionRow = typeof evaluationResultVersions.$inferSelect;
export type NewVersion = typeof evaluationResultVersions.$inferInsert;

export async function listExemptions(db: Executor, roundId: string): Promise<ExemptionRow[]> {
  return db
    .select()
    .from(evaluationExemptions)
    .where(eq(evaluationExemptions.roundId, roundId))
    .orderBy(asc(evaluationExemptions.bodyId), asc(evaluationExemptions.slot));
}

export async function findExemption(
  db: Executor,
  roundId: string,
  bodyId: string,
  slot: string,
): Promise<ExemptionRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationExemptions)
    .where(
      and(
        eq(evaluationExemptions.roundId, roundId),
        eq(evaluationExemptions.bodyId, bodyId),
        eq(evaluationExemptions.slot, slot),
      ),
    );
  return row;
}

export async function upsertExemption(
  tx: Executor,
  row: typeof evaluationExemptions.$inferInsert,
): Promise<ExemptionRow> {
  const [saved] = await tx
    .insert(evaluationExemptions)
    .values(row)
    .onConflictDoUpdate({
      target: [evaluationExemptions.roundId, evaluationExemptions.bodyId, evaluationExemptions.slot],
      set: { reason: row.reason, recordedBy: row.recordedBy ?? null, recordedAt: sql`now()` },
    })
    .returning();
  return saved!;
}

export async function listCurrentResolutions(db: Executor, roundId: string): Promise<ResolutionRow[]> {
  return db
    .select()
    .from(evaluationResolutions)
    .where(and(eq(evaluationResolutions.roundId, roundId), isNull(evaluationResolutions.supersededAt)));
}

export async function lockCurrentResolution(
  tx: Executor,
  submissionId: string,
  field: string,
): Promise<ResolutionRow | undefined> {
  const [row] = await tx
    .select()
    .from(evaluationResolutions)
    .where(
      and(
        eq(evaluationResolutions.submissionId, submissionId),
        eq(evaluationResolutions.field, field),
        isNull(evaluationResolutions.supersededAt),
      ),
    )
    .for("update");
  return row;
}

export async function supersedeResolution(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(evaluationResolutions).set({ supersededAt: at }).where(eq(evaluationResolutions.id, id));
}

export async function insertResolution(tx: Executor, row: NewResolution): Promise<ResolutionRow> {
  const [saved] = await tx.insert(evaluationResolutions).values(row).returning();
  return saved!;
}

export async function nextVersionNumber(tx: Executor, roundId: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number | null>`max(${evaluationResultVersions.version})` })
    .from(evaluationResultVersions)
    .where(eq(evaluationResultVersions.roundId, roundId));
  return Number(row?.max ?? 0) + 1;
}

export async function insertVersion(tx: Executor, row: NewVersion): Promise<void> {
  await tx.insert(evaluationResultVersions).values(row);
}

/** The versions without their rows (the list); newest first. */
export async function listVersions(db: Executor, roundId: string) {
  return db
    .select({
      version: evaluationResultVersions.version,
      cause: evaluationResultVersions.cause,
      reason: evaluationResultVersions.reason,
      createdLabel: evaluationResultVersions.createdLabel,
      createdAt: evaluationResultVersions.createdAt,
      publishedAt: evaluationResultVersions.publishedAt,
      results: sql<number>`jsonb_array_length(${evaluationResultVersions.results})`,
    })
    .from(evaluationResultVersions)
    .where(eq(evaluationResultVersions.roundId, roundId))
    .orderBy(desc(evaluationResultVersions.version));
}

export async function findVersion(db: Executor, roundId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(evaluationResultVersions)
    .where(and(eq(evaluationResultVersions.roundId, roundId), eq(evaluationResultVersions.version, version)));
  return row;
}

/** Publishing publishes the latest version (the one evaluation_results holds). */
export async function markLatestVersionPublished(tx: Executor, roundId: string, at: Date): Promise<void> {
  await tx.execute(sql`
    update evaluation_result_versions set published_at = ${at.toISOString()}::timestamptz
    where round_id = ${roundId} and version = (select max(version) from evaluation_result_versions where round_id = ${roundId})`);
}

export async function listBodyNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: stateBodies.id, code: stateBodies.code, nameKk: stateBodies.nameKk, nameRu: stateBodies.nameRu })
    .from(stateBodies)
    .where(inArray(stateBodies.id, ids))
    .orderBy(asc(stateBodies.code));
}
