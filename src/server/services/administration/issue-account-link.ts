/**
 * A one-time link for an account: an invitation (the first password) or a password reset. The
 * token is shown once to the administrator and kept only as its hash; a new link replaces an
 * unused one. A reset link does not touch the current password until it is used.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import type { InvitationPurpose } from "../../db/index.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { insertInvitation, lockUser } from "../../repositories/account.repository.ts";
import { actorAudit, LINK_TTL_MS, newLinkToken } from "./account-rules.ts";

export async function issueAccountLink(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  purpose: InvitationPurpose,
): Promise<{ token: string; expiresAt: Date }> {
  authorize(actor, "user.manage");
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + LINK_TTL_MS[purpose]);
  await transaction(ctx, async (tx) => {
    const user = await lockUser(tx, userId);
    if (!user) throw notFound("user");
    if (!user.active) throw new AppError("conflict", { details: "the account is deactivated: re-activate it first" });
    await insertInvitation(tx, { tokenHash, userId, purpose, createdBy: actor.userId, expiresAt });
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: purpose === "invite" ? "user.invite" : "user.reset_link",
      entity: "user",
      entityId: userId,
      bodyId: user.bodyId,
      before: null,
      after: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { token, expiresAt };
}
