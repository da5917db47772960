/** Creates or updates an initiative of the actor's body, audited. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findInitiative,
  insertInitiative,
  updateInitiative,
  type InitiativeRow,
  type NewInitiative,
} from "../../repositories/initiative.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export async function createInitiative(ctx: AppContext, actor: Actor, values: NewInitiative): Promise<InitiativeRow> {
  authorize(actor, "initiative.write", values.bodyId);
  return transaction(ctx, async (tx) => {
    const row = await insertInitiative(tx, values);
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "initiative.create",
      entity: "initiative",
      entityId: row.id,
      bodyId: row.bodyId,
      after: row,
    });
    return row;
  });
}

export async function changeInitiative(
  ctx: AppContext,
  actor: Actor,
  id: string,
  values: Partial<NewInitiative>,
): Promise<InitiativeRow> {
  const existing = await findInitiative(ctx.database.db, id);
  if (!existing) throw notFound("initiative");
  authorize(actor, "initiative.write", existing.bodyId);
  return transaction(ctx, async (tx) => {
    const { bodyId: _fixed, id: _id, ...changes } = values;
    // A new address has not been checked: what the old one proved (§23) says nothing about it, so
    // the flag goes back to "not checked" until the open-access check (daily or "check now") runs.
    const moved = changes.portalUrl !== undefined && changes.portalUrl !== existing.portalUrl;
    const row = (await updateInitiative(
      tx,
      id,
      moved ? { ...changes, openAccess: null, openAccessCheckedAt: null } : changes,
    ))!;
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: "initiative.update",
      entity: "initiative",
      entityId: id,
      bodyId: row.bodyId,
      before: existing,
      after: row,
    });
    return row;
  });
}
