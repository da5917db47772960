/** budget_monitors: which bodies' programs on budget.egov.kz the scheduled job reads. */
import { and, eq, sql } from "drizzle-orm";
import { budgetMonitors } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type BudgetMonitorRow = typeof budgetMonitors.$inferSelect;

export async function upsertBudgetMonitor(
  tx: Executor,
  v: { bodyId: string; govAgencyId: string; enabled: boolean; updatedBy: string | null },
): Promise<BudgetMonitorRow> {
  const [row] = await tx
    .insert(budgetMonitors)
    .values(v)
    .onConflictDoUpdate({
      target: budgetMonitors.bodyId,
      // Another govAgencyId is another list: what was seen of the old one no longer applies.
      set: {
        enabled: v.enabled,
        updatedBy: v.updatedBy,
        updatedAt: new Date(),
        govAgencyId: v.govAgencyId,
        seen: sql`case when ${budgetMonitors.govAgencyId} = excluded.gov_agency_id then ${budgetMonitors.seen} else '{}'::jsonb end`,
      },
    })
    .returning();
  return row!;
}

export async function findBudgetMonitor(db: Executor, bodyId: string): Promise<BudgetMonitorRow | undefined> {
  const [row] = await db.select().from(budgetMonitors).where(eq(budgetMonitors.bodyId, bodyId));
  return row;
}

export async function listEnabledBudgetMonitors(db: Executor, bodyId?: string): Promise<BudgetMonitorRow[]> {
  return db
    .select()
    .from(budgetMonitors)
    .where(
      bodyId
        ? and(eq(budgetMonitors.enabled, true), eq(budgetMonitors.bodyId, bodyId))
        : eq(budgetMonitors.enabled, true),
    );
}

export async function recordBudgetRun(
  db: Executor,
  bodyId: string,
  v: { status: "ok" | "failed"; error: string | null; added: number; seen: Record<string, string> },
): Promise<void> {
  await db
    .update(budgetMonitors)
    .set({ lastRunAt: new Date(), lastStatus: v.status, lastError: v.error, lastAdded: v.added, seen: v.seen })
    .where(eq(budgetMonitors.bodyId, bodyId));
}
