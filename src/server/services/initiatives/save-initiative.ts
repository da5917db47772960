/** Creates or updates an initiative of the actor's body, audited. */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import {
  findInitiative,
  insertInitiative,
  updateInitiative,
  type InitiativeRow,
  type NewInitiative,
} from "../../repositories/initiative.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

type Messages = Pick<NewInitiative, "infoMessage" | "infoMessageRu" | "infoMessageEn">;

/** Blank text is no message: an emptied field clears its language rather than storing "". */
function cleanMessages<T extends Partial<Messages>>(values: T): T {
  const out = { ...values };
  for (const key of ["infoMessage", "infoMessageRu", "infoMessageEn"] as const) {
    if (out[key] !== undefined) out[key] = out[key]?.trim() || null;
  }
  return out;
}

/**
 * §5, §10: the message is published when it first has text in any language; that date stays
 * (the portal shows it) when a translation is added later, and goes only when every language is emptied.
 */
function publishedAt(before: Partial<InitiativeRow> | undefined, after: Partial<Messages>): Date | null {
  const text = (k: keyof Messages) => (after[k] !== undefined ? after[k] : before?.[k]);
  const any = Boolean(text("infoMessage") || text("infoMessageRu") || text("infoMessageEn"));
  if (!any) return null;
  return before?.infoMessagePublishedAt ?? new Date();
}

export async function createInitiative(ctx: AppContext, actor: Actor, values: NewInitiative): Promise<InitiativeRow> {
  authorize(actor, "initiative.write", values.bodyId);
  const cleaned = cleanMessages(values);
  return transaction(ctx, async (tx) => {
    const row = await insertInitiative(tx, {
      ...cleaned,
      infoMessagePublishedAt: values.infoMessagePublishedAt ?? publishedAt(undefined, cleaned),
    });
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
    const { bodyId: _fixed, id: _id, ...rest } = values;
    const changes: Partial<NewInitiative> = cleanMessages(rest);
    const title = (k: "titleKk" | "titleRu" | "titleEn") => (changes[k] !== undefined ? changes[k] : existing[k]);
    if (!title("titleKk") && !title("titleRu") && !title("titleEn")) throw new AppError("title_required");
    if ("infoMessage" in changes || "infoMessageRu" in changes || "infoMessageEn" in changes)
      changes.infoMessagePublishedAt = publishedAt(existing, changes);
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
