/**
 * Signs in with an external identity: the account it was linked to, else the one active account
 * whose e-mail equals the provider's match claim (then linked, and the link audited). Nobody gets an
 * account by signing in: administrators provision accounts and roles, the provider only proves who.
 */
import type { AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserByIdentity, linkIdentity } from "../../repositories/identity.repository.ts";
import { findUserByEmail, type UserRow } from "../../repositories/user.repository.ts";
import type { ExternalIdentity } from "./identity-provider.ts";
import { startSession } from "./sessions.ts";

export async function signInWithIdentity(
  ctx: AppContext,
  identity: ExternalIdentity,
  ttlMs: number,
): Promise<{ token: string; user: UserRow; expiresAt: Date }> {
  const user = await transaction(ctx, async (tx) => {
    const linked = await findUserByIdentity(tx, identity.issuer, identity.subject);
    if (linked) return linked;
    const matched = identity.match ? await findUserByEmail(tx, identity.match) : undefined;
    if (!matched || !matched.active) return undefined;
    await linkIdentity(tx, identity.issuer, identity.subject, matched.id);
    await appendAudit(tx, {
      actorId: matched.id,
      actorLabel: matched.email,
      action: "auth.link_identity",
      entity: "user",
      entityId: matched.id,
      bodyId: matched.bodyId,
      before: null,
      after: { issuer: identity.issuer, subject: identity.subject },
    });
    return matched;
  });
  if (!user || !user.active) {
    ctx.log.warn({ issuer: identity.issuer, subject: identity.subject }, "external sign-in without a Pikir account");
    throw new AppError("identity_without_account");
  }
  return startSession(ctx, user, ttlMs);
}
