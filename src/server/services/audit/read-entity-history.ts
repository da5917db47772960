/** The audit history of one entity (decisions, answers, submissions, rounds), for those who may read the audit. */
import type { Actor, AppContext } from "../../context.ts";
import { authorize } from "../../policies/policy.ts";
import { listAuditForEntity } from "../../repositories/audit.repository.ts";

export function readEntityHistory(ctx: AppContext, actor: Actor, entity: string, entityId: string) {
  authorize(actor, "audit.read");
  return listAuditForEntity(ctx.database.db, entity, entityId);
}
