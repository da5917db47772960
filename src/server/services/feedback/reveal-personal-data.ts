/**
 * Reveals an item author's personal data to someone who answers the appellant (personal.read),
 * and logs it: the Law on Personal Data asks that every access be recorded, so the audit entry
 * ("personal.read": who, when, which item, for what purpose) is written in the same transaction as
 * the read — no data leaves without its entry. The entry names the fields revealed, never their
 * values, and the purpose is redacted in case someone types an IIN into it.
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { can } from "../../policies/policy.ts";
import { findFeedbackItem } from "../../repositories/feedback-item.repository.ts";
import { findPersonalData } from "../../repositories/personal-data.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import type { PersonalData } from "../../../domain/privacy/mask-personal-data.ts";
import { redactText } from "../../../domain/privacy/redact-text.ts";

export const PERSONAL_READ_ACTION = "personal.read";

export async function revealPersonalData(
  ctx: AppContext,
  actor: Actor,
  itemId: number,
  purpose: string,
): Promise<PersonalData> {
  const item = await findFeedbackItem(ctx.database.db, itemId);
  if (!item) throw notFound("feedback item");
  if (!can(actor, "personal.read", item.bodyId)) {
    throw new AppError(actor.userId || actor.role === "system" ? "personal_data_forbidden" : "not_authenticated");
  }
  return transaction(ctx, async (tx) => {
    const data = await findPersonalData(tx, itemId);
    if (!data) throw notFound("personal data");
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: PERSONAL_READ_ACTION,
      entity: "feedback_item",
      entityId: String(itemId),
      bodyId: item.bodyId,
      after: {
        purpose: redactText(purpose.trim()),
        fields: (Object.keys(data) as (keyof PersonalData)[]).filter((k) => data[k]),
      },
    });
    return data;
  });
}
