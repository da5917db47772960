/**
 * What every administration use case shares: the account as the administrator sees it (never a
 * password hash, token or lockout counter), the role ↔ body rule, and the one-time link tokens.
 */
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../../context.ts";
import type { Role } from "../../db/enums.ts";
import { AppError } from "../../errors.ts";
import type { UserRow } from "../../repositories/user.repository.ts";

const BODY_ROLES: readonly Role[] = ["body_officer", "body_head"];

/** Invitations stay usable for a week (people are away); reset links for a day. */
export const LINK_TTL_MS = { invite: 7 * 24 * 3_600_000, reset: 24 * 3_600_000 } as const;

/** A body's officer and head work for the body; the ministry's analysts and administrators for none. */
export function assertRoleAndBody(role: Role, bodyId: string | null | undefined): void {
  if (BODY_ROLES.includes(role) && !bodyId) throw new AppError("role_needs_body");
  if (!BODY_ROLES.includes(role) && bodyId)
    throw new AppError("validation_failed", { details: `role ${role} has no body` });
}

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** What the audit log keeps of an account: who, not secrets. */
export function auditView(user: UserRow): Record<string, unknown> {
  return {
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    bodyId: user.bodyId,
    locale: user.locale,
    active: user.active,
    phone: user.phone,
  };
}

export function actorAudit(actor: Actor): { actorId: string | null; actorLabel: string } {
  return { actorId: actor.userId, actorLabel: actor.label };
}
