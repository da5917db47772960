/**
 * The person follows the one-time link and chooses a password. The link is consumed in the same
 * statement that checks it (one use, even when two tabs race), every other session of the account
 * ends (a reset usually means the old password is known to someone), and a lock is lifted.
 */
import type { AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  consumeInvitation,
  findLiveInvitation,
  findUserById,
  revokeSessionsOfUser,
  updateUser,
} from "../../repositories/account.repository.ts";
import { forgetSignInThrottle, hashPassword } from "../auth/sessions.ts";
import { assertPasswordAllowed } from "../auth/password-policy.ts";
import { hashLinkToken } from "./account-rules.ts";

/** Whose link this is, without using it (the page greets the person and names the purpose). */
export async function readAccountLink(
  ctx: AppContext,
  token: string,
): Promise<{ email: string; displayName: string; purpose: "invite" | "reset"; expiresAt: Date }> {
  const db = ctx.database.db;
  const link = await findLiveInvitation(db, hashLinkToken(token), new Date());
  const user = link && (await findUserById(db, link.userId));
  if (!link || !user || !user.active) throw new AppError("invitation_invalid");
  return { email: user.email, displayName: user.displayName, purpose: link.purpose, expiresAt: link.expiresAt };
}

export async function acceptAccountLink(ctx: AppContext, token: string, password: string): Promise<{ email: string }> {
  const db = ctx.database.db;
  const tokenHash = hashLinkToken(token);
  const peek = await findLiveInvitation(db, tokenHash, new Date());
  const owner = peek && (await findUserById(db, peek.userId));
  if (!peek || !owner || !owner.active) throw new AppError("invitation_invalid");
  // The policy is checked before the link is used, so a refused password leaves the link usable.
  assertPasswordAllowed(password, { email: owner.email, displayName: owner.displayName });
  const passwordHash = await hashPassword(password);
  return transaction(ctx, async (tx) => {
    const link = await consumeInvitation(tx, tokenHash, new Date());
    if (!link) throw new AppError("invitation_invalid");
    // Counted before the update, whose trigger (0014) would end them unseen by the audit entry.
    const sessionsEnded = await revokeSessionsOfUser(tx, link.userId);
    const user = await updateUser(tx, link.userId, { passwordHash, failedSignIns: 0, lockedUntil: null });
    if (!user.active) throw new AppError("invitation_invalid");
    // A reset link's new password ends the throttle's blocks as it ends the lock (W19 rest).
    await forgetSignInThrottle(tx, user);
    await appendAudit(tx, {
      actorId: user.id,
      actorLabel: user.email,
      action: link.purpose === "invite" ? "user.accept_invitation" : "user.reset_password",
      entity: "user",
      entityId: user.id,
      bodyId: user.bodyId,
      before: null,
      after: { sessionsEnded },
    });
    return { email: user.email };
  });
}
