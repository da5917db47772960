/**
 * Ends every session of a user. Deactivation and a changed password do this in the database too
 * (trigger in migration 0014), so an old cookie never comes back to life when an account is
 * reactivated (W24); user administration calls this for "sign out everywhere".
 */
import type { AppContext } from "../../context.ts";
import { deleteUserSessions } from "../../repositories/user.repository.ts";

export async function revokeUserSessions(ctx: AppContext, userId: string): Promise<number> {
  return deleteUserSessions(ctx.database.db, userId);
}
