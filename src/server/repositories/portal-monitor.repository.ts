/** portal_monitors: which bodies' pages on legalacts, budget and dialog.egov.kz the scheduled jobs read. */
import { and, eq, sql } from "drizzle-orm";
import { portalMonitors, type MonitoredPortal } from "../db/index.ts";
import type { Executor } from "../context.ts";

export type PortalMonitorRow = typeof portalMonitors.$inferSelect;

export async function upsertPortalMonitor(
  tx: Executor,
  v: { bodyId: string; portal: MonitoredPortal; portalBodyId: string; enabled: boolean; updatedBy: string | null },
): Promise<PortalMonitorRow> {
  const [row] = await tx
    .insert(portalMonitors)
    .values(v)
    .onConflictDoUpdate({
      target: [portalMonitors.bodyId, portalMonitors.portal],
      // Another id of the body on the portal is another list: what was seen of the old one no longer applies.
      set: {
        enabled: v.enabled,
        updatedBy: v.updatedBy,
        updatedAt: new Date(),
        portalBodyId: v.portalBodyId,
        seen: sql`case when ${portalMonitors.portalBodyId} = excluded.portal_body_id then ${portalMonitors.seen} else '{}'::jsonb end`,
      },
    })
    .returning();
  return row!;
}

export async function findPortalMonitor(
  db: Executor,
  portal: MonitoredPortal,
  bodyId: string,
): Promise<PortalMonitorRow | undefined> {
  const [row] = await db
    .select()
    .from(portalMonitors)
    .where(and(eq(portalMonitors.portal, portal), eq(portalMonitors.bodyId, bodyId)));
  return row;
}

export async function listBodyPortalMonitors(db: Executor, bodyId: string): Promise<PortalMonitorRow[]> {
  return db.select().from(portalMonitors).where(eq(portalMonitors.bodyId, bodyId));
}

export async function listEnabledPortalMonitors(
  db: Executor,
  portal: MonitoredPortal,
  bodyId?: string,
): Promise<PortalMonitorRow[]> {
  const enabled = and(eq(portalMonitors.portal, portal), eq(portalMonitors.enabled, true));
  return db
    .select()
    .from(portalMonitors)
    .where(bodyId ? and(enabled, eq(portalMonitors.bodyId, bodyId)) : enabled);
}

export async function recordPortalRun(
  db: Executor,
  portal: MonitoredPortal,
  bodyId: string,
  v: { status: "ok" | "failed"; error: string | null; added: number; seen: Record<string, string> },
): Promise<void> {
  await db
    .update(portalMonitors)
    .set({ lastRunAt: new Date(), lastStatus: v.status, lastError: v.error, lastAdded: v.added, seen: v.seen })
    .where(and(eq(portalMonitors.portal, portal), eq(portalMonitors.bodyId, bodyId)));
}
