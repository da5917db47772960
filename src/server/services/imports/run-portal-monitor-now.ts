/**
 * "Run now" for one body's monitored portal: queued where a job queue runs (reading every draft
 * or program takes minutes), inline otherwise (a CLI or test context). Both read every item.
 */
import type { Actor, AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findBudgetMonitor } from "../../repositories/budget-monitor.repository.ts";
import { findLegalactsMonitor } from "../../repositories/legalacts-monitor.repository.ts";
import type { MonitoredPortal } from "./list-portal-monitors.ts";
import { monitorBudgetPrograms, type MonitorBudgetOptions } from "./monitor-budget-programs.ts";
import { monitorLegalactsDrafts } from "./monitor-legalacts-drafts.ts";

export type PortalRunNow =
  | { queued: true; jobId: string | null }
  | { queued: false; added: number; failed: number; read: number };

export async function runPortalMonitorNow(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  portal: MonitoredPortal,
  options: Pick<MonitorBudgetOptions, "origin" | "fetcher"> = {},
): Promise<PortalRunNow> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  const monitor =
    portal === "budget"
      ? await findBudgetMonitor(ctx.database.db, bodyId)
      : await findLegalactsMonitor(ctx.database.db, bodyId);
  if (!monitor?.enabled)
    throw new AppError("validation_failed", { details: `the body's ${portal} monitor is not set up or is off` });
  const job = portal === "budget" ? "intake.budget" : "intake.legalacts";
  if (ctx.jobs)
    return { queued: true, jobId: await ctx.jobs.send(job, { bodyId }, { singletonKey: `${job}:${bodyId}` }) };
  if (portal === "budget") {
    const run = await monitorBudgetPrograms(ctx, actor, { ...options, bodyId, full: true });
    return { queued: false, added: run.added, failed: run.failed, read: run.programs };
  }
  const run = await monitorLegalactsDrafts(ctx, actor, { ...options, bodyId, full: true });
  return { queued: false, added: run.added, failed: run.failed, read: run.drafts };
}
