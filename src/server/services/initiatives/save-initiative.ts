/** Creates or updates an initiative of the actor's body, audited. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { findInitiative, insertInitiative, updateInitiative, type InitiativeRow, type NewInitiative } from "../../repositories/initiative.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export async function createInitiative(ctx: AppContext, actor: Actor, values: NewInitiative): Promise<InitiativeRow> {
  authorize(actor, "initiative.write", values.bodyId);
  return transaction(ctx, async (tx) => {
    const row = await insertInitiative(tx, values);
    await appendAudit(tx, { actorId: actor.userId, actorLabel: actor.label, action: "initiative.create", entity: "initiative", entityId: row.id, bodyId: row.bodyId, after: row });
    return row;
  });
}

export async function changeInitiative(ctx: AppContext, actor: Actor, id: string, values: Partial<NewInitiative>): Promise<InitiativeRow> {
  const existing = await findInitiative(ctx.database.db, id);
  if (!existing) throw notFound("initiative");
  authorize(actor, "initiative.write", existing.bodyId);
  return transaction(ctx, async (tx) => {
    const { bodyId: _fixed, id: _id, ...changes } = values;
    const row = (await updateInitiative(tx, id, changes))!;
    await appendAudit(tx, { actorId: actor.userId, actorLabel: actor.label, action: "initiative.update", entity: "initiative", entityId: id, bodyId: row.bodyId, before: existing, after: row });
    return row;
  });
}
