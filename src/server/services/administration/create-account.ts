/**
 * Creates an account. With a password (the CLI's first administrator) it can sign in at once; without
 * one it gets a one-time invitation link, shown once to the administrator, who sends it on.
 */
import type { Actor, AppContext } from "../../context.ts";
import { transaction } from "../../context.ts";
import type { Role } from "../../db/enums.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import { insertInvitation, insertUser } from "../../repositories/account.repository.ts";
import { findBody } from "../../repositories/body.repository.ts";
import { findUserByEmail, type UserRow } from "../../repositories/user.repository.ts";
import { hashPassword } from "../auth/sessions.ts";
import { assertPasswordAllowed } from "../auth/password-policy.ts";
import { actorAudit, assertRoleAndBody, auditView, LINK_TTL_MS, newLinkToken } from "./account-rules.ts";

export interface NewAccount {
  email: string;
  displayName: string;
  role: Role;
  bodyId?: string | null;
  locale?: "kk" | "ru" | "en";
  password?: string;
}

export async function createAccount(
  ctx: AppContext,
  actor: Actor,
  input: NewAccount,
): Promise<{ user: UserRow; invitation: { token: string; expiresAt: Date } | null }> {
  authorize(actor, "user.manage");
  const email = input.email.trim().toLowerCase();
  const bodyId = input.bodyId ?? null;
  assertRoleAndBody(input.role, bodyId);
  if (input.password !== undefined) assertPasswordAllowed(input.password, { email, displayName: input.displayName });
  // Hashing is slow: do it before the transaction, which stays short on the one PGlite connection.
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const link = passwordHash ? null : newLinkToken();
  const expiresAt = new Date(Date.now() + LINK_TTL_MS.invite);
  const user = await transaction(ctx, async (tx) => {
    if (bodyId && !(await findBody(tx, bodyId))) throw notFound("body");
    if (await findUserByEmail(tx, email)) throw new AppError("email_taken", { email });
    const created = await insertUser(tx, {
      email,
      displayName: input.displayName.trim(),
      role: input.role,
      bodyId,
      locale: input.locale ?? "kk",
      passwordHash,
      active: true,
    });
    if (link)
      await insertInvitation(tx, {
        tokenHash: link.tokenHash,
        userId: created.id,
        purpose: "invite",
        createdBy: actor.userId,
        expiresAt,
      });
    await appendAudit(tx, {
      ...actorAudit(actor),
      action: "user.create",
      entity: "user",
      entityId: created.id,
      bodyId,
      before: null,
      after: { ...auditView(created), credential: passwordHash ? "password" : "invitation" },
    });
    return created;
  });
  return { user, invitation: link ? { token: link.token, expiresAt } : null };
}
