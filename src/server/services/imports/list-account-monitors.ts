/** A body's official accounts on the platforms Pikir can monitor, with their settings and last outcome. */
import type { Actor, AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { listBodyAccounts, type MonitoredAccount } from "../../repositories/account-monitor.repository.ts";
import { MONITORED_PLATFORMS } from "../../importers/monitored-platforms.ts";

export async function listAccountMonitors(ctx: AppContext, actor: Actor, bodyId: string): Promise<MonitoredAccount[]> {
  // Whoever reads the body's items may see where they come from and whether fetching works.
  authorize(actor, "item.read", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  return listBodyAccounts(ctx.database.db, bodyId, MONITORED_PLATFORMS);
}
