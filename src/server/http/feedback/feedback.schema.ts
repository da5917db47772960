import { z } from "zod";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS, REFERENCE_KINDS } from "../../db/enums.ts";
import { ITEM_STATUSES, type AnswerRow, type DecisionRow, type FeedbackItemView } from "../../repositories/feedback-item.repository.ts";
import { iso, isoDate, pageQuery } from "../common.schema.ts";

export const decisionSchema = z.object({
  id: z.number().int(),
  outcome: z.enum(["accepted", "rejected"]),
  reason: z.string().nullable(),
  /** §20.1: what the acceptance refers to. */
  reference: z.object({ kind: z.enum(REFERENCE_KINDS).nullable(), text: z.string().nullable(), url: z.string().nullable() }).nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
  supersededAt: z.string().nullable(),
});

export const answerSchema = z.object({
  id: z.number().int(), text: z.string(), url: z.string().nullable(), answeredBy: z.string().nullable(),
  answeredAt: z.string(), supersededAt: z.string().nullable(),
});

export const itemSchema = z.object({
  id: z.number().int(),
  bodyId: z.string(),
  initiativeId: z.string().nullable(),
  channel: z.enum(CHANNELS),
  kind: z.enum(ITEM_KINDS),
  kindOrigin: z.string(),
  text: z.string(),
  lang: z.enum(ITEM_LANGS),
  receivedAt: z.string(),
  source: z.string(),
  sourceRef: z.string(),
  clauseRef: z.string().nullable(),
  status: z.enum(ITEM_STATUSES).nullable(),
  decision: decisionSchema.nullable(),
  answer: answerSchema.nullable(),
});

export const listQuery = pageQuery.extend({
  bodyId: z.uuid().optional(),
  initiativeId: z.uuid().optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  lang: z.enum(ITEM_LANGS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  /** Received on or after this date (Kazakhstan time). */
  from: isoDate.optional(),
  /** Received on or before this date (Kazakhstan time). */
  to: isoDate.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});

export const decideBody = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("accepted"),
    referenceKind: z.enum(REFERENCE_KINDS),
    referenceText: z.string().trim().min(1).max(2000),
    referenceUrl: z.url().max(2000).nullable().optional(),
    reason: z.string().trim().max(4000).nullable().optional(),
    /** Required to change an existing decision: the id of the decision being replaced. */
    replacesDecisionId: z.number().int().positive().optional(),
  }),
  z.object({
    outcome: z.literal("rejected"),
    reason: z.string().trim().min(1).max(4000),
    replacesDecisionId: z.number().int().positive().optional(),
  }),
]);

export const answerBody = z.object({
  text: z.string().trim().min(1).max(8000),
  url: z.url().max(2000).nullable().optional(),
  replacesAnswerId: z.number().int().positive().optional(),
});

export function presentDecision(d: DecisionRow): z.infer<typeof decisionSchema> {
  return {
    id: d.id, outcome: d.outcome, reason: d.reason,
    reference: d.outcome === "accepted" ? { kind: d.referenceKind, text: d.referenceText, url: d.referenceUrl } : null,
    decidedBy: d.decidedBy, decidedAt: d.decidedAt.toISOString(), supersededAt: iso(d.supersededAt),
  };
}

export function presentAnswer(a: AnswerRow): z.infer<typeof answerSchema> {
  return { id: a.id, text: a.text, url: a.url, answeredBy: a.answeredBy, answeredAt: a.answeredAt.toISOString(), supersededAt: iso(a.supersededAt) };
}

function statusOf(item: FeedbackItemView): z.infer<typeof itemSchema>["status"] {
  if (item.kind === "remark" || item.kind === "proposal") return item.decision?.outcome ?? "undecided";
  if (item.kind === "comment") return item.answer ? "answered" : "unanswered";
  return null;
}

export function presentItem(item: FeedbackItemView): z.infer<typeof itemSchema> {
  return {
    id: item.id, bodyId: item.bodyId, initiativeId: item.initiativeId, channel: item.channel, kind: item.kind,
    kindOrigin: item.kindOrigin, text: item.text, lang: item.lang, receivedAt: item.receivedAt.toISOString(),
    source: item.source, sourceRef: item.sourceRef, clauseRef: item.clauseRef, status: statusOf(item),
    decision: item.decision ? presentDecision(item.decision) : null, answer: item.answer ? presentAnswer(item.answer) : null,
  };
}
