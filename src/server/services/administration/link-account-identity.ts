/**
 * Links an eGov (OpenID Connect) identity to an account ahead of its first sign-in — for people
 * whose eGov e-mail differs from their work e-mail — or unlinks one (a person who left, a wrong
 * link). The subject is the provider's stable id (for eGov, the person's IIN-bound subject).
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { deleteIdentity, insertIdentity, lockUser } from "../../repositories/account.repository.ts";
import { actorAudit } from "./account-rules.ts";

export async function linkAccountIdentity(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  identity: { issuer: string; subject: string },
): Promise<void> {
  authorize(actor, "user.manage");
  await transaction(ctx, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw notFound("user");
    if (!(await insertIdentity(tx, identity.issuer, identity.subject, userId))) {
      throw new AppError("conflict", { details: "this identity is already linked to an account" });
    }
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "user.link_identity",
      entity: "user",
      entityId: userId,
      bodyId: user.bodyId,
      before: null,
      after: identity,
    });
  });
}

export async function unlinkAccountIdentity(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  identity: { issuer: string; subject: string },
): Promise<void> {
  authorize(actor, "user.manage");
  await transaction(ctx, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw notFound("user");
    if (!(await deleteIdentity(tx, identity.issuer, identity.subject, userId))) throw notFound("identity");
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "user.unlink_identity",
      entity: "user",
      entityId: userId,
      bodyId: user.bodyId,
      before: identity,
      after: null,
    });
  });
}
