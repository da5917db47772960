/** Accounts for the administrator's list: never the password hash or lockout counters. */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listUsers as listUserRows } from "../../repositories/user.repository.ts";

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  role: string;
  bodyId: string | null;
  active: boolean;
  createdAt: string;
}

export async function listUsers(ctx: AppContext, actor: Actor): Promise<UserSummary[]> {
  authorize(actor, "user.manage");
  const rows = await listUserRows(ctx.database.db);
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    bodyId: u.bodyId,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  }));
}
