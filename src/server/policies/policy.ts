/**
 * Who may do what, per resource. Body-scoped actions need the actor's own body; the ministry
 * reads everything but decides nothing for a body (separation of duties); administrators manage
 * the registry and users. Tested as a full matrix in policy.test.ts.
 */
import type { Actor } from "../context.ts";
import { AppError, notFound } from "../errors.ts";

export const ACTIONS = [
  "item.read",
  "item.decide",
  "item.answer",
  "item.create",
  "initiative.write",
  "evidence.write",
  "evaluation.manage",
  "evaluation.submit",
  "evaluation.read",
  "audit.read",
  "registry.manage",
  "user.manage",
  "analysis.read",
  "analysis.run",
  "analysis.correct",
  "review.read",
  "review.submit",
  "review.decide",
  "review.act",
  "compliance.overview",
  "outbox.read_all",
  "personal.read",
  "open_access.read",
  "open_access.check",
  "monitoring.manage",
  "monitoring.reassign",
] as const;
export type Action = (typeof ACTIONS)[number];

type Scope = "own" | "any";
// personal.read (an appellant's name, IIN, phone, e-mail, address unmasked; every read is audited):
// only the body's officers and head, because they answer the appellant and need to reach them.
// The ministry analyst and the administrator evaluate and run the system; they never answer a
// citizen, so under the Law on Personal Data (data minimisation) they see masks only.
const GRANTS: Record<Actor["role"], Partial<Record<Action, Scope>>> = {
  body_officer: {
    "item.read": "own",
    "item.decide": "own",
    "item.answer": "own",
    "item.create": "own",
    "initiative.write": "own",
    "evidence.write": "own",
    "evaluation.submit": "own",
    "evaluation.read": "own",
    "analysis.read": "own",
    "analysis.run": "own",
    "analysis.correct": "own",
    "review.read": "own",
    "review.submit": "own",
    "review.act": "own",
    "personal.read": "own",
    "open_access.read": "own",
    "open_access.check": "own",
    // Which official accounts are fetched hourly, with which token variable; and "run now".
    "monitoring.manage": "own",
  },
  // §15: the first head reviews what the officers submit (approve, return, assign actions); the
  // officers submit and carry the actions through.
  body_head: {
    "item.read": "own",
    "item.decide": "own",
    "item.answer": "own",
    "evaluation.submit": "own",
    "evaluation.read": "own",
    "initiative.write": "own",
    "evidence.write": "own",
    "analysis.read": "own",
    "analysis.run": "own",
    "analysis.correct": "own",
    "review.read": "own",
    "review.decide": "own",
    "personal.read": "own",
    "open_access.read": "own",
  },
  // Text-analysis labels are not decisions: analysts review them for every body. (A kind
  // correction that changes F still needs item.decide, which the ministry does not have.)
  ministry_analyst: {
    "item.read": "any",
    "evaluation.manage": "any",
    "evaluation.read": "any",
    "audit.read": "any",
    "analysis.read": "any",
    "analysis.run": "any",
    "analysis.correct": "any",
    "review.read": "any",
    "compliance.overview": "any",
    // §23: the ministry sees the same zeroing risk the body sees, and may re-check before a round.
    "open_access.read": "any",
    "open_access.check": "any",
  },
  // Administrators run the system (re-label on demand) but do not label content themselves.
  administrator: {
    "item.read": "any",
    "registry.manage": "any",
    "user.manage": "any",
    "audit.read": "any",
    "evaluation.read": "any",
    "analysis.read": "any",
    "analysis.run": "any",
    "outbox.read_all": "any",
    // Tokens live in the server's environment, which administrators configure: they set up monitoring for any body.
    "monitoring.manage": "any",
    // W12: only an administrator releases an official account a body claimed, or hands it to another.
    "monitoring.reassign": "any",
  },
  system: Object.fromEntries(ACTIONS.map((a) => [a, "any"])) as Record<Action, Scope>,
};

/** `bodyId` is the body the resource belongs to; omit it for actions that are not body-scoped. */
export function can(actor: Actor, action: Action, bodyId?: string | null): boolean {
  const scope = GRANTS[actor.role][action];
  if (!scope) return false;
  if (scope === "any") return true;
  return bodyId !== undefined && bodyId !== null && actor.bodyId === bodyId;
}

export function authorize(actor: Actor, action: Action, bodyId?: string | null): void {
  if (!can(actor, action, bodyId))
    throw new AppError(actor.userId || actor.role === "system" ? "forbidden" : "not_authenticated");
}

/**
 * For writes to one body's record (an item's decision, answer, kind, label): a caller who may not
 * even read that body's items gets "not found", exactly as for an id that does not exist, so the
 * answer is no oracle for other bodies' ids (W23). Who may read but not act still gets "forbidden".
 */
export function authorizeUndisclosed(actor: Actor, action: Action, bodyId: string, entity: string): void {
  if (actor.userId && !can(actor, "item.read", bodyId)) throw notFound(entity);
  authorize(actor, action, bodyId);
}

/** For listings: the bodies whose rows the actor may read, or "all". */
export function readableBodies(actor: Actor, action: Action): "all" | string[] {
  const scope = GRANTS[actor.role][action];
  if (scope === "any") return "all";
  if (scope === "own" && actor.bodyId) return [actor.bodyId];
  return [];
}
