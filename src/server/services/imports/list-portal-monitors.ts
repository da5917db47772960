/**
 * The body's monitored portal pages for the monitor screen (issue 17): its drafts on
 * legalacts.egov.kz, its programs on budget.egov.kz and its blog on dialog.egov.kz (jobs
 * intake.<portal>), each with the portal's id of the body, on/off, what was seen, the last run
 * (when, result, added, error) and the next scheduled run (from the job's cron, UTC).
 */
import type { Actor, AppContext } from "../../context.ts";
import { MONITORED_PORTALS, type MonitoredPortal } from "../../db/index.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { listBodyPortalMonitors } from "../../repositories/portal-monitor.repository.ts";
import { PORTAL_READERS } from "./portal-readers.ts";

export { MONITORED_PORTALS, type MonitoredPortal };

/** The next instant after `now` at minute `minute` of an hour divisible by six (UTC), as the cron fires. */
export function nextSixHourly(now: Date, minute: number): Date {
  const next = new Date(now);
  next.setUTCSeconds(0, 0);
  next.setUTCMinutes(minute);
  while (next.getTime() <= now.getTime() || next.getUTCHours() % 6 !== 0) next.setUTCHours(next.getUTCHours() + 1);
  return next;
}

export interface PortalMonitorView {
  portal: MonitoredPortal;
  configured: boolean;
  /** legalacts: governmentId; budget: govAgencyId; dialog: blogId. */
  portalBodyId: string | null;
  enabled: boolean;
  itemsSeen: number;
  lastRun: { at: string; status: string | null; error: string | null; added: number } | null;
  nextRunAt: string | null;
}

export async function listPortalMonitors(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  now = new Date(),
): Promise<PortalMonitorView[]> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  const rows = await listBodyPortalMonitors(ctx.database.db, bodyId);
  return MONITORED_PORTALS.map((portal) => {
    const row = rows.find((r) => r.portal === portal);
    return {
      portal,
      configured: !!row,
      portalBodyId: row?.portalBodyId ?? null,
      enabled: row?.enabled ?? false,
      itemsSeen: Object.keys(row?.seen ?? {}).length,
      lastRun: row?.lastRunAt
        ? { at: row.lastRunAt.toISOString(), status: row.lastStatus, error: row.lastError, added: row.lastAdded }
        : null,
      nextRunAt: row?.enabled ? nextSixHourly(now, PORTAL_READERS[portal].cronMinute).toISOString() : null,
    };
  });
}
