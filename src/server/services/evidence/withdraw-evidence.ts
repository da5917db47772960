/**
 * Withdraws a piece of evidence (§6, §12, §16, §18) with a reason (issue 13): the row stays, marked
 * withdrawn, so the record of what was once claimed is kept, but it proves no duty any more (the
 * calendar, the documents and the indicator's figures leave it out).
 */
import { transaction, type Actor, type AppContext } from "../../context.ts";
import { AppError, notFound } from "../../errors.ts";
import { authorize } from "../../policies/policy.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";
import {
  findEvidenceRow,
  insertEvidenceRevision,
  reviseEvidenceRow,
  type EvidenceEntity,
  type EvidenceRowBase,
} from "../../repositories/evidence-revisions.repository.ts";
import { refuseUnrevisable } from "./correct-evidence.ts";

export async function withdrawEvidence(
  ctx: AppContext,
  actor: Actor,
  entity: EvidenceEntity,
  id: string,
  input: { revision: number; reason: string },
  now = new Date(),
): Promise<EvidenceRowBase> {
  const before = await findEvidenceRow(ctx.database.db, entity, id);
  if (!before) throw notFound("evidence");
  authorize(actor, "evidence.write", before.bodyId);
  if (before.withdrawnAt) throw new AppError("evidence_withdrawn");
  return transaction(ctx, async (tx) => {
    const after = await reviseEvidenceRow(tx, entity, id, input.revision, {
      withdrawnAt: now,
      withdrawnReason: input.reason,
    });
    if (!after) return refuseUnrevisable(tx, entity, id);
    await insertEvidenceRevision(tx, {
      entity,
      entityId: id,
      bodyId: after.bodyId,
      revision: after.revision,
      action: "withdrawn",
      reason: input.reason,
      snapshot: after,
      actorId: actor.userId,
      actorLabel: actor.label,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: `evidence.${entity}.withdraw`,
      entity,
      entityId: id,
      bodyId: after.bodyId,
      before,
      after,
    });
    return after;
  });
}
