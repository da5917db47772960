/**
 * Withdraws a piece of evidence (§6, §12, §16, §18) with a reason (issue 13): the row stays, marked
 * withdrawn, so the record of what was once claimed is kept, but it proves no duty any more (the
 * calendar, the documents and the indicator's figures leave it out).
 */
import type { Actor, AppContext } from "../../context.ts";
import type { EvidenceEntity, EvidenceRowBase } from "../../repositories/evidence-revisions.repository.ts";
import { findRevisableEvidence, writeEvidenceRevision } from "./revise-evidence.ts";

export async function withdrawEvidence(
  ctx: AppContext,
  actor: Actor,
  entity: EvidenceEntity,
  id: string,
  input: { revision: number; reason: string },
  now = new Date(),
): Promise<EvidenceRowBase> {
  const before = await findRevisableEvidence(ctx, actor, entity, id);
  return writeEvidenceRevision(ctx, actor, {
    entity,
    id,
    revision: input.revision,
    patch: { withdrawnAt: now, withdrawnReason: input.reason },
    action: "withdrawn",
    reason: input.reason,
    before,
    auditAction: `evidence.${entity}.withdraw`,
    auditReason: false,
  });
}
