/**
 * The administrator sets a password directly — the CLI's way for a first administrator or a
 * locked-out one, when no link can be delivered. Same policy as everywhere; sessions end.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { findUserById, revokeSessionsOfUser, updateUser } from "../../repositories/account.repository.ts";
import { forgetSignInThrottle, hashPassword } from "../auth/sessions.ts";
import { assertPasswordAllowed } from "../auth/password-policy.ts";
import { actorAudit } from "./account-rules.ts";

export async function setAccountPassword(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  password: string,
): Promise<void> {
  authorize(actor, "user.manage");
  const user = await findUserById(ctx.database.db, userId);
  if (!user) throw notFound("user");
  assertPasswordAllowed(password, { email: user.email, displayName: user.displayName });
  const passwordHash = await hashPassword(password);
  await transaction(ctx, async (tx) => {
    // Counted before the update, whose trigger (0014) would end them unseen by the audit entry.
    const sessionsEnded = await revokeSessionsOfUser(tx, userId);
    await updateUser(tx, userId, { passwordHash, failedSignIns: 0, lockedUntil: null });
    // The throttle's blocks end with the lock: the owner signs in with the new password at once.
    await forgetSignInThrottle(tx, user);
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "user.set_password",
      entity: "user",
      entityId: userId,
      bodyId: user.bodyId,
      before: null,
      after: { sessionsEnded },
    });
  });
}
