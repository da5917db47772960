/**
 * "Run now" for one body's monitored portal: queued where a job queue runs (reading every draft,
 * program or page of questions takes minutes), inline otherwise (a CLI or test context). Both read
 * every item.
 */
import type { Actor, AppContext } from "../../context.ts";
import type { MonitoredPortal } from "../../db/index.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findPortalMonitor } from "../../repositories/portal-monitor.repository.ts";
import { monitorPortal, type MonitorPortalOptions } from "./monitor-portal.ts";
import { PORTAL_READERS } from "./portal-readers.ts";

export type PortalRunNow =
  | { queued: true; jobId: string | null }
  | { queued: false; added: number; failed: number; read: number };

export async function runPortalMonitorNow(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  portal: MonitoredPortal,
  options: Pick<MonitorPortalOptions, "origin" | "fetcher"> = {},
): Promise<PortalRunNow> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  const monitor = await findPortalMonitor(ctx.database.db, portal, bodyId);
  if (!monitor?.enabled)
    throw new AppError("validation_failed", { details: `the body's ${portal} monitor is not set up or is off` });
  const job = PORTAL_READERS[portal].job;
  if (ctx.jobs)
    return { queued: true, jobId: await ctx.jobs.send(job, { bodyId }, { singletonKey: `${job}:${bodyId}` }) };
  const run = await monitorPortal(ctx, actor, portal, { ...options, bodyId, full: true });
  return { queued: false, added: run.added, failed: run.failed, read: run.read };
}
