/**
 * Edits an account's name, e-mail, phone (for the letters' executor line), role, body and language. A change of role or body ends the
 * account's sessions (what it may see changed) and drops duties it no longer fits (§15: the first
 * head is the body's head). The last active administrator cannot stop being one.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import type { Role } from "../../db/enums.ts";
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
import { findBody } from "../../repositories/body.repository.ts";
import { findUserByEmail, type UserRow } from "../../repositories/user.repository.ts";
import { actorAudit, assertRoleAndBody, auditView } from "./account-rules.ts";

export interface AccountPatch {
  email?: string;
  displayName?: string;
  role?: Role;
  bodyId?: string | null;
  locale?: "kk" | "ru" | "en";
  phone?: string | null;
}

export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  patch: AccountPatch,
): Promise<UserRow> {
  authorize(actor, "user.manage");
  return transaction(ctx, async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before) throw notFound("user");
    const role = patch.role ?? before.role;
    const bodyId =
      patch.bodyId !== undefined
        ? patch.bodyId
        : patch.role && !["body_officer", "body_head"].includes(patch.role)
          ? null
          : before.bodyId;
    assertRoleAndBody(role, bodyId);
    if (bodyId && bodyId !== before.bodyId && !(await findBody(tx, bodyId))) throw notFound("body");
    const email = patch.email?.trim().toLowerCase();
    if (email && email !== before.email.toLowerCase()) {
      const other = await findUserByEmail(tx, email);
      if (other && other.id !== userId) throw new AppError("email_taken", { email });
    }
    if (
      before.role === "administrator" &&
      role !== "administrator" &&
      before.active &&
      (await countActiveAdministrators(tx)) <= 1
    ) {
      throw new AppError("last_administrator");
    }
    const after = await updateUser(tx, userId, {
      ...(email ? { email } : {}),
      ...(patch.displayName ? { displayName: patch.displayName.trim() } : {}),
      ...(patch.locale ? { locale: patch.locale } : {}),
      ...(patch.phone !== undefined ? { phone: patch.phone || null } : {}),
      role,
      bodyId,
    });
    let sessionsEnded = 0;
    const dutiesDropped: string[] = [];
    if (role !== before.role || bodyId !== before.bodyId) {
      sessionsEnded = await revokeSessionsOfUser(tx, userId);
      for (const duty of await listDutiesOfUser(tx, userId)) {
        const fits =
          duty.bodyId === bodyId &&
          (duty.duty === "first_head" ? role === "body_head" : ["body_officer", "body_head"].includes(role));
        if (!fits) {
          await clearBodyOfficial(tx, duty.bodyId, duty.duty);
          dutiesDropped.push(`${duty.duty}@${duty.bodyId}`);
        }
      }
    }
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "user.update",
      entity: "user",
      entityId: userId,
      bodyId: after.bodyId ?? before.bodyId,
      before: auditView(before),
      after: { ...auditView(after), sessionsEnded, dutiesDropped },
    });
    return after;
  });
}
