/**
 * Deactivates an account — every session ends at once, its one-time links stop working, and it
 * holds no §15 duty any more — or re-activates it (it signs in again with its password or a new
 * link). The last active administrator cannot be deactivated: nobody could administer Pikir.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  clearBodyOfficial,
  countActiveAdministrators,
  listDutiesOfUser,
  lockUser,
  revokeSessionsOfUser,
  updateUser,
} from "../../repositories/account.repository.ts";
import type { UserRow } from "../../repositories/user.repository.ts";
import { actorAudit, auditView } from "./account-rules.ts";

export async function setAccountActive(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  active: boolean,
): Promise<{ user: UserRow; sessionsEnded: number }> {
  authorize(actor, "user.manage");
  return transaction(ctx, async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before) throw notFound("user");
    if (before.active === active) return { user: before, sessionsEnded: 0 };
    if (!active && before.role === "administrator" && (await countActiveAdministrators(tx)) <= 1)
      throw new AppError("last_administrator");
    // Sessions end before the update: the database's trigger (0014) would end them too, silently,
    // and the audit entry should say how many ended.
    const sessionsEnded = active ? 0 : await revokeSessionsOfUser(tx, userId);
    // Re-activation clears a lock left from before, so the person is not greeted by one.
    const user = await updateUser(tx, userId, active ? { active, failedSignIns: 0, lockedUntil: null } : { active });
    const dutiesDropped: string[] = [];
    if (!active) {
      for (const duty of await listDutiesOfUser(tx, userId)) {
        await clearBodyOfficial(tx, duty.bodyId, duty.duty);
        dutiesDropped.push(`${duty.duty}@${duty.bodyId}`);
      }
    }
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: active ? "user.reactivate" : "user.deactivate",
      entity: "user",
      entityId: userId,
      bodyId: user.bodyId,
      before: auditView(before),
      after: { ...auditView(user), sessionsEnded, dutiesDropped },
    });
    return { user, sessionsEnded };
  });
}
