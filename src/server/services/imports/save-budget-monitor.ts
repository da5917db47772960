/** An officer (or administrator) names the body's id on budget.egov.kz, so its programs are read on a schedule. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findBudgetMonitor,
  upsertBudgetMonitor,
  type BudgetMonitorRow,
} from "../../repositories/budget-monitor.repository.ts";

export async function saveBudgetMonitor(
  ctx: AppContext,
  actor: Actor,
  input: { bodyId: string; govAgencyId: string; enabled: boolean },
): Promise<BudgetMonitorRow> {
  authorize(actor, "monitoring.manage", input.bodyId);
  if (!(await findBody(ctx.database.db, input.bodyId))) throw notFound("body");
  const govAgencyId = input.govAgencyId.trim();
  if (!/^[0-9]{1,12}$/.test(govAgencyId))
    throw new AppError("validation_failed", {
      details: `govAgencyId must be the number in budget.egov.kz/budgetprogram/budgetprogram?govAgencyId=…, not "${govAgencyId.slice(0, 40)}"`,
    });
  return transaction(ctx, async (tx) => {
    const before = await findBudgetMonitor(tx, input.bodyId);
    const row = await upsertBudgetMonitor(tx, {
      bodyId: input.bodyId,
      govAgencyId,
      enabled: input.enabled,
      updatedBy: actor.userId,
    });
    const settings = (m: BudgetMonitorRow | undefined) =>
      m ? { govAgencyId: m.govAgencyId, enabled: m.enabled } : null;
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: before ? "monitoring.update" : "monitoring.create",
      entity: "budget_monitor",
      entityId: input.bodyId,
      bodyId: input.bodyId,
      before: settings(before),
      after: settings(row),
    });
    return row;
  });
}
