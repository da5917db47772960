/**
 * What a correction and a withdrawal of evidence (issue 13) have in common: the row must exist, belong
 * to the actor's body and still stand; the change is written against the revision the officer saw, the
 * old version is kept in evidence_revisions and the audit log records who, when and why — all in one
 * transaction, so a refused write leaves no revision and no audit entry behind. The first recording
 * writes revision 1 the same way.
 */
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

/**
 * Revision 1 of a new record's history and its audit entry, in the caller's transaction: corrections
 * and a withdrawal follow it (0024). `audit` names the entry (council sessions keep their own name).
 */
export async function writeFirstRevision(
  tx: Executor,
  actor: Actor,
  entity: EvidenceEntity,
  row: { id: string; bodyId: string },
  audit: { action: string; entity: string },
): Promise<void> {
  await insertEvidenceRevision(tx, {
    entity,
    entityId: row.id,
    bodyId: row.bodyId,
    revision: 1,
    action: "recorded",
    snapshot: row,
    actorId: actor.userId,
    actorLabel: actor.label,
  });
  await appendAudit(tx, {
    actorId: actor.userId,
    actorLabel: actor.label,
    action: audit.action,
    entity: audit.entity,
    entityId: row.id,
    bodyId: row.bodyId,
    after: row,
  });
}

/** A stale or withdrawn row says which, so the screen can tell the officer what to do. */
async function refuseUnrevisable(db: Executor, entity: EvidenceEntity, id: string): Promise<never> {
  const now = await findEvidenceRow(db, entity, id);
  if (!now) throw notFound("evidence");
  if (now.withdrawnAt) throw new AppError("evidence_withdrawn");
  throw new AppError("evidence_stale", { revision: now.revision });
}

/** The row as it stands, once the actor may write its body's evidence and it is not withdrawn. */
export async function findRevisableEvidence(
  ctx: AppContext,
  actor: Actor,
  entity: EvidenceEntity,
  id: string,
): Promise<EvidenceRowBase> {
  const before = await findEvidenceRow(ctx.database.db, entity, id);
  if (!before) throw notFound("evidence");
  authorize(actor, "evidence.write", before.bodyId);
  if (before.withdrawnAt) throw new AppError("evidence_withdrawn");
  return before;
}

export interface EvidenceRevisionInput {
  entity: EvidenceEntity;
  id: string;
  /** The revision the officer saw; a newer one is refused (evidence_stale). */
  revision: number;
  patch: Record<string, unknown>;
  action: "corrected" | "withdrawn";
  reason: string;
  /** The row before the change, for the audit entry. */
  before: EvidenceRowBase;
  /** The audit entry's action, e.g. `evidence.meetings.correct`. */
  auditAction: string;
  /** Whether the audit entry's "after" repeats the reason (a correction's reason is not in the row). */
  auditReason: boolean;
}

export async function writeEvidenceRevision(
  ctx: AppContext,
  actor: Actor,
  input: EvidenceRevisionInput,
): Promise<EvidenceRowBase> {
  const { entity, id } = input;
  return transaction(ctx, async (tx) => {
    const after = await reviseEvidenceRow(tx, entity, id, input.revision, input.patch);
    if (!after) return refuseUnrevisable(tx, entity, id);
    await insertEvidenceRevision(tx, {
      entity,
      entityId: id,
      bodyId: after.bodyId,
      revision: after.revision,
      action: input.action,
      reason: input.reason,
      snapshot: after,
      actorId: actor.userId,
      actorLabel: actor.label,
    });
    await appendAudit(tx, {
      actorId: actor.userId,
      actorLabel: actor.label,
      action: input.auditAction,
      entity,
      entityId: id,
      bodyId: after.bodyId,
      before: input.before,
      after: input.auditReason ? { ...after, reason: input.reason } : after,
    });
    return after;
  });
}
