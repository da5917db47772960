/**
 * Corrects a piece of evidence (§6, §12, §16, §18) of the actor's body: the record changes, the old
 * version stays in evidence_revisions with who, when and why (issue 13). A correction meets the same
 * rules as the first recording, and it must name the revision it corrects, so two officers cannot
 * overwrite each other in silence.
 */
import { CORRECTABLE_FIELDS, evidenceRecordProblem } from "../../../domain/compliance/evidence-record-rules.ts";
import type { Actor, AppContext } from "../../context.ts";
import { AppError } from "../../errors.ts";
import type { EvidenceEntity, EvidenceRowBase } from "../../repositories/evidence-revisions.repository.ts";
import { findInitiative } from "../../repositories/initiative.repository.ts";
import { assertInitiativesOfBody } from "../initiatives/assert-initiative-of-body.ts";
import { kazakhstanToday } from "../period.ts";
import { findRevisableEvidence, writeEvidenceRevision } from "./revise-evidence.ts";

export interface EvidenceCorrection {
  /** The revision the officer saw; a newer one is refused (evidence_stale). */
  revision: number;
  reason: string;
  changes: Record<string, unknown>;
}

export async function correctEvidence(
  ctx: AppContext,
  actor: Actor,
  entity: EvidenceEntity,
  id: string,
  input: EvidenceCorrection,
  today = kazakhstanToday(),
): Promise<EvidenceRowBase> {
  const before = await findRevisableEvidence(ctx, actor, entity, id);
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
  return writeEvidenceRevision(ctx, actor, {
    entity,
    id,
    revision: input.revision,
    patch,
    action: "corrected",
    reason: input.reason,
    before,
    auditAction: `evidence.${entity}.correct`,
    auditReason: true,
  });
}
