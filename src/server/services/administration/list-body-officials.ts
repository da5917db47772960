/** The body's designated §15 first head and §14–15 responsible person, for the administrator. */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listBodyOfficials as listOfficialRows } from "../../repositories/account.repository.ts";

export function listBodyOfficials(ctx: AppContext, actor: Actor, bodyId: string) {
  authorize(actor, "user.manage");
  return listOfficialRows(ctx.database.db, [bodyId]);
}
