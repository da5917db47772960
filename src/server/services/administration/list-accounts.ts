/** The administrator's list of accounts, with what they need to act: links, identities, duties. */
import type { Actor, AppContext } from "../../context.ts";
import type { BodyDuty, InvitationPurpose } from "../../db/index.ts";
import { authorize } from "../../policies/policy.ts";
import { listBodyOfficials, listIdentities, listPendingInvitations } from "../../repositories/account.repository.ts";
import { listUsers } from "../../repositories/user.repository.ts";

export interface AccountSummary {
  id: string;
  email: string;
  displayName: string;
  role: string;
  bodyId: string | null;
  locale: string;
  active: boolean;
  phone: string | null;
  hasPassword: boolean;
  lockedUntil: string | null;
  createdAt: string;
  pendingLink: { purpose: InvitationPurpose; expiresAt: string } | null;
  identities: { issuer: string; subject: string; linkedAt: string }[];
  duties: { bodyId: string; duty: BodyDuty }[];
}

export async function listAccounts(ctx: AppContext, actor: Actor): Promise<AccountSummary[]> {
  authorize(actor, "user.manage");
  const db = ctx.database.db;
  const rows = await listUsers(db);
  const ids = rows.map((r) => r.id);
  const [links, identities, officials] = await Promise.all([
    listPendingInvitations(db, ids, new Date()),
    listIdentities(db, ids),
    listBodyOfficials(db),
  ]);
  return rows.map((u) => {
    const link = links.find((l) => l.userId === u.id);
    return {
      id: u.id,
      email: u.email,
      displayName: u.displayName,
      role: u.role,
      bodyId: u.bodyId,
      locale: u.locale,
      active: u.active,
      phone: u.phone,
      hasPassword: u.passwordHash !== null,
      lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
      createdAt: u.createdAt.toISOString(),
      pendingLink: link ? { purpose: link.purpose, expiresAt: link.expiresAt.toISOString() } : null,
      identities: identities
        .filter((i) => i.userId === u.id)
        .map((i) => ({ issuer: i.issuer, subject: i.subject, linkedAt: i.linkedAt.toISOString() })),
      duties: officials.filter((o) => o.userId === u.id).map((o) => ({ bodyId: o.bodyId, duty: o.duty })),
    };
  });
}
