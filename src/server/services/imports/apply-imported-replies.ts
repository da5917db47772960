/**
 * A portal's status and the body's reply, as an import brings them, become decisions and answers
 * through the same repositories and audit log as decide-item.ts / answer-comment.ts: never
 * overwritten (a change supersedes the current one), and nothing is written when nothing changed.
 */
import type { Actor, Executor } from "../../context.ts";
import type { ReferenceKind } from "../../db/enums.ts";
import { insertAnswer, insertDecision, lockCurrentAnswer, lockCurrentDecision, supersedeAnswer, supersedeDecision } from "../../repositories/decision.repository.ts";
import { appendAudit } from "../../repositories/audit.repository.ts";

export interface ImportedDecision {
  itemId: number; bodyId: string; outcome: "accepted" | "rejected"; text: string | null;
  statusText: string | null; clauseRef: string | null; referenceKind: ReferenceKind;
}

export async function applyImportedDecision(tx: Executor, actor: Actor, runId: string | null, d: ImportedDecision): Promise<boolean> {
  const reason = d.outcome === "rejected" ? d.text ?? d.statusText ?? "rejected" : d.text;
  // §20.1: an acceptance names what it refers to; the portal's reply (or the clause) is that reference.
  const referenceText = d.outcome === "accepted" ? d.text ?? d.clauseRef ?? d.statusText ?? "accepted" : null;
  const current = await lockCurrentDecision(tx, d.itemId);
  if (current && current.outcome === d.outcome && current.reason === reason && current.referenceText === referenceText) return false;
  const now = new Date();
  if (current) await supersedeDecision(tx, current.id, now);
  const decision = await insertDecision(tx, {
    itemId: d.itemId, outcome: d.outcome, reason, referenceKind: d.outcome === "accepted" ? d.referenceKind : null,
    referenceText, decidedBy: actor.userId, decidedAt: now,
  });
  await appendAudit(tx, {
    actorId: actor.userId, actorLabel: `${actor.label} (import ${runId ?? "dry-run"})`, action: current ? "decision.change" : "decision.create",
    entity: "feedback_item", entityId: String(d.itemId), bodyId: d.bodyId, before: current ?? null, after: decision,
  });
  return true;
}

export async function applyImportedAnswer(tx: Executor, actor: Actor, runId: string | null, a: { itemId: number; bodyId: string; text: string; url?: string | null }): Promise<boolean> {
  const current = await lockCurrentAnswer(tx, a.itemId);
  if (current && current.text === a.text) return false;
  const now = new Date();
  if (current) await supersedeAnswer(tx, current.id, now);
  const answer = await insertAnswer(tx, { itemId: a.itemId, text: a.text, url: a.url ?? null, answeredBy: actor.userId, answeredAt: now });
  await appendAudit(tx, {
    actorId: actor.userId, actorLabel: `${actor.label} (import ${runId ?? "dry-run"})`, action: current ? "answer.change" : "answer.create",
    entity: "feedback_item", entityId: String(a.itemId), bodyId: a.bodyId, before: current ?? null, after: answer,
  });
  return true;
}
