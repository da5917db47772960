/** An officer (or administrator) names the body's id on legalacts.egov.kz, so its drafts are read on a schedule. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findLegalactsMonitor,
  upsertLegalactsMonitor,
  type LegalactsMonitorRow,
} from "../../repositories/legalacts-monitor.repository.ts";

export async function saveLegalactsMonitor(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; governmentId: string; enabled: boolean },
): Promise<LegalactsMonitorRow> {
  authorize(actor, "monitoring.manage", input.bodyId);
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("body");
  const governmentId = input.governmentId.trim();
  // The portal's body ids are numbers (`/list?governmentId=4317`): anything else would build another address.
  if (!/^[0-9]{1,12}$/.test(governmentId))
    throw new AppError("validation_failed", {
      details: `governmentId must be the number in legalacts.egov.kz/list?governmentId=…, not "${governmentId.slice(0, 40)}"`,
    });
  return transaction(ctx, async (tx) => {
    const before = await findLegalactsMonitor(tx, input.bodyId);
    const row = await upsertLegalactsMonitor(tx, {
      bodyId: input.bodyId,
      governmentId,
      enabled: input.enabled,
      updatedBy: actor.userId,
    });
    const settings = (m: LegalactsMonitorRow | undefined) =>
      m ? { governmentId: m.governmentId, enabled: m.enabled } : null;
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: before ? "monitoring.update" : "monitoring.create",
      entity: "legalacts_monitor",
      entityId: input.bodyId,
      bodyId: input.bodyId,
      before: settings(before),
      after: settings(row),
    });
    return row;
  });
}

/** The body's legalacts.egov.kz settings and its last run (null when never set up). */
export async function getLegalactsMonitor(
  ctx: AppContext,
  actor: Actor,
  bodyId: string,
): Promise<LegalactsMonitorRow | null> {
  authorize(actor, "monitoring.manage", bodyId);
  if (!(await findBody(ctx.database.db, bodyId))) throw notFound("body");
  return (await findLegalactsMonitor(ctx.database.db, bodyId)) ?? null;
}
