/**
 * A portal's status and the body's reply, as an import brings them, become decisions and answers
 * through the same repositories and audit log as decide-item.ts / answer-comment.ts: never
 * overwritten (a change supersedes the current one), and nothing is written when nothing changed.
 *
 * §20.1 counts an acceptance in B only "with a reference to the concrete clause of the legal act
 * that entered into force, to the approved budget program, or to another confirming document". A
 * portal's status word ("Принято", "Учтено"), its reply text or the clause of the DRAFT a remark
 * was made on is none of these. So an imported acceptance keeps the portal's status and reply (as
 * the decision's text) but carries no reference: it is "accepted, reference missing", stays out of
 * B, and the officer's inbox lists it to complete (GET /api/feedback?status=accepted_without_reference).
 * An acceptance the officer has completed with a reference is not undone by a later import that
 * still says "accepted".
 */
import type { Actor, Executor } from "../../context.ts";
import type { ReferenceKind } from "../../db/enums.ts";
import {
  insertAnswer,
  insertDecision,
  lockCurrentAnswer,
  lockCurrentDecision,
  supersedeAnswer,
  supersedeDecision,
} from "../../repositories/decision.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface ImportedDecision {
  itemId: number;
  bodyId: string;
  outcome: "accepted" | "rejected";
  text: string | null;
  /** The draft's clause the remark was made on: kept on the item, never a §20.1 reference. */
  statusText: string | null;
  clauseRef: string | null;
  /** Kept for the importers' input shape; an imported acceptance carries no reference (see above). */
  referenceKind: ReferenceKind;
}

export async function applyImportedDecision(
  tx: Executor,
  actor: Actor,
  runId: string | null,
  d: ImportedDecision,
): Promise<boolean> {
  // The portal's words are kept as the decision's text: the reply, else the status itself.
  const reason = d.outcome === "rejected" ? (d.text ?? d.statusText ?? "rejected") : (d.text ?? d.statusText);
  const current = await lockCurrentDecision(tx, d.itemId);
  if (current && current.outcome === d.outcome && current.reason === reason) return false;
  // The officer completed this acceptance with a §20.1 reference: the portal saying "accepted" again changes nothing.
  if (
    current &&
    d.outcome === "accepted" &&
    current.outcome === "accepted" &&
    (current.referenceText ?? "").trim() !== ""
  )
    return false;
  const now = new Date();
  if (current) await supersedeDecision(tx, current.id, now);
  const decision = await insertDecision(tx, {
    itemId: d.itemId,
    outcome: d.outcome,
    reason,
    referenceKind: null,
    referenceText: null,
    decidedBy: actor.userId,
    decidedAt: now,
  });
  await appendAudit(tx, {
    actorId: actor.userId,
    actorLabel: `${actor.label} (import ${runId ?? "dry-run"})`,
    action: current ? "decision.change" : "decision.create",
    entity: "feedback_item",
    entityId: String(d.itemId),
    bodyId: d.bodyId,
    before: current ?? null,
    after: decision,
  });
  return true;
}

export async function applyImportedAnswer(
  tx: Executor,
  actor: Actor,
  runId: string | null,
  a: { itemId: number; bodyId: string; text: string; url?: string | null },
): Promise<boolean> {
  const current = await lockCurrentAnswer(tx, a.itemId);
  if (current && current.text === a.text) return false;
  const now = new Date();
  if (current) await supersedeAnswer(tx, current.id, now);
  const answer = await insertAnswer(tx, {
    itemId: a.itemId,
    text: a.text,
    url: a.url ?? null,
    answeredBy: actor.userId,
    answeredAt: now,
  });
  await appendAudit(tx, {
    actorId: actor.userId,
    actorLabel: `${actor.label} (import ${runId ?? "dry-run"})`,
    action: current ? "answer.change" : "answer.create",
    entity: "feedback_item",
    entityId: String(a.itemId),
    bodyId: a.bodyId,
    before: current ?? null,
    after: answer,
  });
  return true;
}
