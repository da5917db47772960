/**
 * The body's monitored portal pages for the monitor screen (issue 17): its drafts on
 * legalacts.egov.kz (job intake.legalacts) and its programs on budget.egov.kz (job intake.budget),
 * each with the portal's id of the body, on/off, what was seen, the last run (when, result, added,
 * error) and the next scheduled run (from the job's cron, UTC).
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findBudgetMonitor } from "../../repositories/budget-monitor.repository.ts";
import { findLegalactsMonitor } from "../../repositories/legalacts-monitor.repository.ts";

export const MONITORED_PORTALS = ["legalacts", "budget"] as const;
export type MonitoredPortal = (typeof MONITORED_PORTALS)[number];

/** Minute past the hour of each job's cron ("M *\/6 * * *"): legalacts 40, budget 50 (jobs/definitions.ts). */
const CRON_MINUTE: Record<MonitoredPortal, number> = { legalacts: 40, budget: 50 };

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
  /** legalacts: governmentId; budget: govAgencyId. */
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
  const legalacts = await findLegalactsMonitor(ctx.database.db, bodyId);
  const budget = await findBudgetMonitor(ctx.database.db, bodyId);
  const rows = [
    { portal: "legalacts" as const, row: legalacts, id: legalacts?.governmentId ?? null },
    { portal: "budget" as const, row: budget, id: budget?.govAgencyId ?? null },
  ];
  return rows.map(({ portal, row, id }) => ({
    portal,
    configured: !!row,
    portalBodyId: id,
    enabled: row?.enabled ?? false,
    itemsSeen: Object.keys(row?.seen ?? {}).length,
    lastRun: row?.lastRunAt
      ? { at: row.lastRunAt.toISOString(), status: row.lastStatus, error: row.lastError, added: row.lastAdded }
      : null,
    nextRunAt: row?.enabled ? nextSixHourly(now, CRON_MINUTE[portal]).toISOString() : null,
  }));
}
