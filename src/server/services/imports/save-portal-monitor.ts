/**
 * An officer (or administrator) names the body's id on a portal (legalacts: governmentId, budget:
 * govAgencyId, dialog: the body's blog id), so its pages there are read on a schedule; or turns the
 * reading off. Audited with the portal's own name of the id.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import type { MonitoredPortal } from "../../db/index.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import {
  findPortalMonitor,
  upsertPortalMonitor,
  type PortalMonitorRow,
} from "../../repositories/portal-monitor.repository.ts";
import { PORTAL_READERS } from "./portal-readers.ts";

export async function savePortalMonitor(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; portal: MonitoredPortal; portalBodyId: string; enabled: boolean },
): Promise<PortalMonitorRow> {
  authorize(actor, "monitoring.manage", input.bodyId);
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("body");
  const { idName, idPlace } = PORTAL_READERS[input.portal];
  const portalBodyId = input.portalBodyId.trim();
  // The portals' ids are numbers: anything else would build another address.
  if (!/^[0-9]{1,12}$/.test(portalBodyId))
    throw new AppError("validation_failed", {
      details: `${idName} must be the number in ${idPlace}, not "${portalBodyId.slice(0, 40)}"`,
    });
  return transaction(ctx, async (tx) => {
    const before = await findPortalMonitor(tx, input.portal, input.bodyId);
    const row = await upsertPortalMonitor(tx, {
      bodyId: input.bodyId,
      portal: input.portal,
      portalBodyId,
      enabled: input.enabled,
      updatedBy: actor.userId,
    });
    const settings = (m: PortalMonitorRow | undefined) => (m ? { [idName]: m.portalBodyId, enabled: m.enabled } : null);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: before ? "monitoring.update" : "monitoring.create",
      entity: `${input.portal}_monitor`,
      entityId: input.bodyId,
      bodyId: input.bodyId,
      before: settings(before),
      after: settings(row),
    });
    return row;
  });
}

/** The body's settings on one portal and its last run (null when never set up). */
export async function getPortalMonitor(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
  portal: MonitoredPortal,
): Promise<PortalMonitorRow | null> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  return (await findPortalMonitor(ctx.database.db, portal, bodyId)) ?? null;
}
