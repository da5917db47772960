/** legalacts_monitors: which bodies' drafts on legalacts.egov.kz the scheduled job reads. */
import { and, eq, sql } from "drizzle-orm";
import { legalactsMonitors } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type LegalactsMonitorRow = typeof legalactsMonitors.$inferSelect;

export async function upsertLegalactsMonitor(
  tx: Executor,
  v: { bodyId: string; governmentId: string; enabled: boolean; updatedBy: string | null },
): Promise<LegalactsMonitorRow> {
  const [row] = await tx
    .insert(legalactsMonitors)
    .values(v)
    .onConflictDoUpdate({
      target: legalactsMonitors.bodyId,
      // Another governmentId is another list: what was seen of the old one no longer applies.
      set: {
        enabled: v.enabled,
        updatedBy: v.updatedBy,
        updatedAt: new Date(),
        governmentId: v.governmentId,
        seen: sql`case when ${legalactsMonitors.governmentId} = excluded.government_id then ${legalactsMonitors.seen} else '{}'::jsonb end`,
      },
    })
    .returning();
  return row!;
}

export async function findLegalactsMonitor(db: Executor, bodyId: string): Promise<LegalactsMonitorRow | undefined> {
  const [row] = await db.select().from(legalactsMonitors).where(eq(legalactsMonitors.bodyId, bodyId));
  return row;
}

export async function listEnabledLegalactsMonitors(db: Executor, bodyId?: string): Promise<LegalactsMonitorRow[]> {
  return db
    .select()
    .from(legalactsMonitors)
    .where(
      bodyId
        ? and(eq(legalactsMonitors.enabled, true), eq(legalactsMonitors.bodyId, bodyId))
        : eq(legalactsMonitors.enabled, true),
    );
}

export async function recordLegalactsRun(
  db: Executor,
  bodyId: string,
  v: { status: "ok" | "failed"; error: string | null; added: number; seen: Record<string, string> },
): Promise<void> {
  await db
    .update(legalactsMonitors)
    .set({ lastRunAt: new Date(), lastStatus: v.status, lastError: v.error, lastAdded: v.added, seen: v.seen })
    .where(eq(legalactsMonitors.bodyId, bodyId));
}
