/**
 * "Run now" for one body's monitored accounts: queued where a job queue runs (the fetch can take
 * minutes and should not hold an HTTP request), inline otherwise (a CLI or test context).
 */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { MONITOR_JOB, monitorAccounts, type MonitorAccountsOptions, type MonitorRun } from "./monitor-accounts.ts";

export type MonitoringNow = { queued: true; jobId: string | null } | { queued: false; run: MonitorRun };

export async function runMonitoringNow(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  options: Omit<MonitorAccountsOptions, "bodyId"> = {},
): Promise<MonitoringNow> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  if (ctx.jobs) {
    // One waiting run per body: pressing the button twice does not queue the fetch twice.
    return { queued: true, jobId: await ctx.jobs.send(MONITOR_JOB, { bodyId }, { singletonKey: `monitor:${bodyId}` }) };
  }
  return { queued: false, run: await monitorAccounts(ctx, actor, { ...options, bodyId }) };
}
