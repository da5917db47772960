/**
 * Corrects a piece of evidence (§6, §12, §16, §18) of the actor's body: the record changes, the old
 * version stays in evidence_revisions with who, when and why (issue 13). A correction meets the same
 * rules as the first recording, and it must name the revision it corrects, so two officers cannot
 * overwrite each other in silence.
 */
import { CORRECTABLE_FIELDS, evidenceRecordProblem } from "../../../domain/compliance/evidence-record-rules.ts";
import { transaction, type Actor, type AppContext, type Executor } from "../../context.ts";
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
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { assertInitiativesOfBody } from "../initiatives/assert-initiative-of-body.ts";
import { kazakhstanToday } from "../period.ts";

export interface EvidenceCorrection {
  /** The revision the officer saw; a newer one is refused (evidence_stale). */
  revision: number;
  reason: string;
  changes: Record<string, unknown>;
}

/** A stale or withdrawn row says which, so the screen can tell the officer what to do. */
export async function refuseUnrevisable(db: Executor, entity: EvidenceEntity, id: string): Promise<never> {
  const now = await findEvidenceRow(db, entity, id);
  if (!now) throw notFound("evidence");
  if (now.withdrawnAt) throw new AppError("evidence_withdrawn");
  throw new AppError("evidence_stale", { revision: now.revision });
}

export async function correctEvidence(
  ctx: AppContext,
  actor: Actor,
  entity: EvidenceEntity,
  id: string,
  input: EvidenceCorrection,
  today = kazakhstanToday(),
): Promise<EvidenceRowBase> {
  const before = await findEvidenceRow(ctx.database.db, entity, id);
  if (!before) throw notFound("evidence");
  authorize(actor, "evidence.write", before.bodyId);
  if (before.withdrawnAt) throw new AppError("evidence_withdrawn");
  const patch: Record<string, unknown> = {};
  for (const field of CORRECTABLE_FIELDS[entity]) {
    if (input.changes[field] !== undefined) patch[field] = input.changes[field];
  }
  const merged: Record<string, unknown> = { ...before, ...patch };
  // A §12 session is checked against the start of the discussion it heard (the session row has no date of it).
  if (entity === "council-sessions") {
    const heard = await findInitiative(ctx.database.db, String(before.initiativeId));
    merged.discussionStartsOn = heard?.discussionStartsOn ?? null;
  }
  const problem = evidenceRecordProblem(entity, merged, today);
  if (problem) throw new AppError(problem.code, problem.params);
  if ("initiativeId" in patch)
    await assertInitiativesOfBody(ctx.database.db, [
      { bodyId: before.bodyId, initiativeId: patch.initiativeId as string | null },
    ]);
  // A new address has not been checked (§23): the flag goes back to "not checked", as for initiatives.
  if (entity === "result-publications" && patch.url !== undefined && patch.url !== before.url) {
    patch.openAccess = null;
    patch.checkedAt = null;
  }
  return transaction(ctx, async (tx) => {
    const after = await reviseEvidenceRow(tx, entity, id, input.revision, patch);
    if (!after) return refuseUnrevisable(tx, entity, id);
    await insertEvidenceRevision(tx, {
      entity,
      entityId: id,
      bodyId: after.bodyId,
      revision: after.revision,
      action: "corrected",
      reason: input.reason,
      snapshot: after,
      actorId: actor.userId,
      actorLabel: actor.label,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: `evidence.${entity}.correct`,
      entity,
      entityId: id,
      bodyId: after.bodyId,
      before,
      after: { ...after, reason: input.reason },
    });
    return after;
  });
}
