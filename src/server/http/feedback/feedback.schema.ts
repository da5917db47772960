import { z } from "zod";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS, ITEM_STATUSES, REFERENCE_KINDS } from "../../db/enums.ts";
import {
  type AnswerRow,
  type DecisionRow,
  type FeedbackItemView,
} from "../../repositories/feedback-item.repository.ts";
import { httpUrl, iso, isoDate, pageQuery } from "../common.schema.ts";
import { redactText } from "../../../domain/privacy/redact-text.ts";

export const decisionSchema = z.object({
  id: z.number().int(),
  outcome: z.enum(["accepted", "rejected"]),
  reason: z.string().nullable(),
  /** §20.1: what the acceptance refers to. */
  reference: z
    .object({ kind: z.enum(REFERENCE_KINDS).nullable(), text: z.string().nullable(), url: z.string().nullable() })
    .nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string(),
  supersededAt: z.string().nullable(),
});

export const answerSchema = z.object({
  id: z.number().int(),
  text: z.string(),
  url: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string(),
  supersededAt: z.string().nullable(),
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
  /** §20.1: accepted without a reference to an act in force, a budget program or a document — not in B until completed. */
  referenceMissing: z.boolean(),
  /** §5: received before the discussion period opened or after it closed (still counted, §22); null inside or unknown. */
  outsideDiscussionWindow: z.enum(["before", "after"]).nullable(),
  decision: decisionSchema.nullable(),
  answer: answerSchema.nullable(),
});

/** An appellant's personal data; masked or revealed, each field null when the source had none. */
export const personalDataSchema = z.object({
  fullName: z.string().nullable(),
  iin: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});

export const personalSummarySchema = z
  .object({
    /** The masks (name initials, IIN 95********25, phone's last two digits, e-mail's domain, the locality). */
    masked: personalDataSchema,
    /** Whether you may reveal the data (the body's own officers and head); every reveal is audited. */
    revealable: z.boolean(),
  })
  .nullable();

export const revealBody = z.object({
  /** Why you need the data (e.g. "to call the appellant about the answer"); kept in the audit log. */
  purpose: z.string().trim().min(5).max(500),
});

export const listQuery = pageQuery.extend({
  bodyId: z.uuid().optional(),
  initiativeId: z.uuid().optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  /**
   * The item's language. Not `lang`: that is the response language on every route, and sharing the
   * name made the filter silently ignored (W27).
   */
  itemLang: z.enum(ITEM_LANGS).optional(),
  status: z.enum(ITEM_STATUSES).optional(),
  /** "true": only acceptances still missing their §20.1 reference (e.g. imported status-only ones), to complete. */
  referenceMissing: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
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
    referenceUrl: httpUrl.nullable().optional(),
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
  url: httpUrl.nullable().optional(),
  replacesAnswerId: z.number().int().positive().optional(),
});

export function presentDecision(d: DecisionRow): z.infer<typeof decisionSchema> {
  return {
    id: d.id,
    outcome: d.outcome,
    reason: d.reason,
    reference: d.outcome === "accepted" ? { kind: d.referenceKind, text: d.referenceText, url: d.referenceUrl } : null,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
    supersededAt: iso(d.supersededAt),
  };
}

export function presentAnswer(a: AnswerRow): z.infer<typeof answerSchema> {
  return {
    id: a.id,
    text: a.text,
    url: a.url,
    answeredBy: a.answeredBy,
    answeredAt: a.answeredAt.toISOString(),
    supersededAt: iso(a.supersededAt),
  };
}

function statusOf(item: FeedbackItemView): z.infer<typeof itemSchema>["status"] {
  if (item.kind === "remark" || item.kind === "proposal") return item.decision?.outcome ?? "undecided";
  if (item.kind === "comment") return item.answer ? "answered" : "unanswered";
  return null;
}

/**
 * `redact`: for readers who may not see the author's personal data (personal.read), IINs, phones
 * and e-mails a citizen wrote into the text are masked too — unlogged reading must not reveal them.
 */
export function presentItem(item: FeedbackItemView, redact = false): z.infer<typeof itemSchema> {
  return {
    id: item.id,
    bodyId: item.bodyId,
    initiativeId: item.initiativeId,
    channel: item.channel,
    kind: item.kind,
    kindOrigin: item.kindOrigin,
    text: redact ? redactText(item.text) : item.text,
    lang: item.lang,
    receivedAt: item.receivedAt.toISOString(),
    source: item.source,
    sourceRef: item.sourceRef,
    clauseRef: item.clauseRef,
    status: statusOf(item),
    referenceMissing: item.decision?.outcome === "accepted" && (item.decision.referenceText ?? "").trim() === "",
    outsideDiscussionWindow: item.outsideDiscussionWindow ?? null,
    decision: item.decision ? presentDecision(item.decision) : null,
    answer: item.answer ? presentAnswer(item.answer) : null,
  };
}

export const idParam = z.object({ id: z.coerce.number().int().positive() });
export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  hash: z.string(),
});

/** An item the body registers by hand (letter, meeting, its own form). */
export const registerBody = z.object({
  bodyId: z.uuid(),
  initiativeId: z.uuid().nullable().optional(),
  channel: z.enum(CHANNELS).default("own_form"),
  kind: z.enum(ITEM_KINDS),
  text: z.string().trim().min(1).max(20_000),
  lang: z.enum(ITEM_LANGS).default("unknown"),
  receivedAt: z.iso.datetime({ offset: true }),
  /** Your reference for this item (e.g. the letter's registration number); makes retries safe. */
  sourceRef: z.string().trim().min(1).max(200).optional(),
  clauseRef: z.string().max(200).nullable().optional(),
});
