import { z } from "zod";
import { BANDS } from "../../../domain/evaluation/bands.ts";
import { ROUND_STATUSES } from "../../db/enums.ts";
import { REFERENCE_KINDS } from "../../../domain/evaluation/counts-in-b.ts";
import { MATERIAL_KINDS, referencesCoverage } from "../../../domain/evaluation/submission-rules.ts";
import type { ResultRow, RoundRow, SubmissionRow } from "../../repositories/evaluation.repository.ts";
import { httpUrl, iso, isoDate } from "../common.schema.ts";

export const roundSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(ROUND_STATUSES),
  rulesVersion: z.string(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
  computedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** Issue 10: when the published results were last corrected (a later version); null if never. */
  correctedAt: z.string().nullable(),
});

/** Issue 10: the reason is required; an empty one is refused with cancel_reason_required. */
export const cancelRoundBody = z.object({ reason: z.string().max(2000).nullish() }).nullish();

export const resultSchema = z.object({
  bodyId: z.string(),
  /** "submission": from the body's §20 figures; "recorded": from what Pikir recorded. */
  source: z.enum(["submission", "recorded"]),
  /**
   * evaluated; nothing_received (C = G = 0: F is the §22 default, ranked apart, never "high" in
   * summaries); not_submitted (no §20 information: F and band are null, `record` is Pikir's own).
   */
  status: z.enum(["evaluated", "nothing_received", "not_submitted"]),
  F: z.number().nullable(),
  band: z.enum(BANDS).nullable(),
  /** For not_submitted only: what Pikir recorded, shown beside as information, never official. */
  record: z.object({ F: z.number(), band: z.enum(BANDS) }).nullable(),
  zeroed: z.boolean(),
  B: z.number().int(),
  C: z.number().int(),
  E: z.number().int(),
  G: z.number().int(),
  rulesVersion: z.string(),
  /** The full self-explanation: ratios, defaults, zero reasons, differences, improvements. */
  explanation: z.unknown(),
  /** §21 criteria, shown beside F and never combined with it. */
  criteria21: z.unknown(),
  /** Issue 10: the version of the round's results this row belongs to. */
  version: z.number().int(),
});

export const openRoundBody = z.object({
  title: z.string().trim().min(1).max(500),
  periodFrom: isoDate,
  periodTo: isoDate,
  dueOn: isoDate.nullable().optional(),
});

const count = z.number().int().min(0).max(100_000_000);
const text = (max: number) => z.string().trim().max(max);
/** §20.1 item by item: what was accepted and the reference that lets it count in B. */
export const acceptedItemSchema = z.object({
  /** The remark's number on the portal, or its short text. */
  item: text(2000).min(1),
  referenceKind: z.enum(REFERENCE_KINDS),
  /** The clause of the act in force, the budget program's code, or the confirming document. */
  reference: text(2000),
  referenceUrl: httpUrl.nullish(),
});
export const attachedDocumentSchema = z.object({ title: text(1000).min(1), url: httpUrl });
export const materialSchema = z.object({
  kind: z.enum(MATERIAL_KINDS),
  url: httpUrl,
  title: z.string().max(1000).nullish(),
});
/**
 * The §20 submission. The rules across fields (accepted + rejected ≤ received, every listed item with
 * a reference, dialog.egov.kz links…) are the domain's (submission-rules.ts): 400 submission_invalid.
 */
export const submissionBody = z.object({
  bodyId: z.uuid(),
  remarks: z.object({ received: count, accepted: count, rejected: count }),
  comments: z.object({ received: count, answered: count }),
  acceptedItems: z.array(acceptedItemSchema).max(10_000).optional(),
  acceptedItemsDocument: attachedDocumentSchema.nullish(),
  conferenceLinks: z.array(httpUrl).max(200).optional(),
  mediaMaterials: z.array(materialSchema).max(500).optional(),
  openAccess: z
    .object({ drafts: z.boolean().optional(), budgetReports: z.boolean().optional(), results: z.boolean().optional() })
    .optional(),
});
export type SubmissionBody = z.infer<typeof submissionBody>;

/** A body's current §20 submission as the analyst reads it (read-only panel of the round screen). */
export const submissionSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  submittedAt: z.string(),
  remarks: z.object({ received: z.number(), accepted: z.number(), rejected: z.number() }),
  comments: z.object({ received: z.number(), answered: z.number(), unanswered: z.number() }),
  acceptedItems: z.array(acceptedItemSchema),
  acceptedItemsDocument: attachedDocumentSchema.nullable(),
  /** none_accepted / listed / document / missing (submission-rules.ts referencesCoverage). */
  referencesCoverage: z.enum(["none_accepted", "listed", "document", "missing"]),
  conferenceLinks: z.array(z.string()),
  mediaMaterials: z.array(z.object({ kind: z.string(), url: z.string(), title: z.string().nullish() })),
  openAccess: z.object({
    drafts: z.boolean().optional(),
    budgetReports: z.boolean().optional(),
    results: z.boolean().optional(),
  }),
});

export function presentSubmission(s: SubmissionRow): z.infer<typeof submissionSchema> {
  return {
    id: s.id,
    bodyId: s.bodyId,
    submittedAt: s.submittedAt.toISOString(),
    remarks: { received: s.remarksReceived, accepted: s.remarksAccepted, rejected: s.remarksRejected },
    comments: {
      received: s.commentsReceived,
      answered: s.commentsAnswered,
      unanswered: s.commentsReceived - s.commentsAnswered,
    },
    acceptedItems: s.acceptedItems,
    acceptedItemsDocument: s.acceptedItemsDocument ?? null,
    referencesCoverage: referencesCoverage(s.remarksAccepted, {
      acceptedItems: s.acceptedItems,
      acceptedItemsDocument: s.acceptedItemsDocument,
    }),
    conferenceLinks: s.conferenceLinks,
    mediaMaterials: s.mediaMaterials,
    openAccess: s.openAccess,
  };
}

export function presentRound(r: RoundRow): z.infer<typeof roundSchema> {
  return {
    id: r.id,
    title: r.title,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    status: r.status,
    rulesVersion: r.rulesVersion,
    dueOn: r.dueOn,
    createdAt: r.createdAt.toISOString(),
    computedAt: iso(r.computedAt),
    publishedAt: iso(r.publishedAt),
    cancelReason: r.cancelReason,
    cancelledAt: iso(r.cancelledAt),
    correctedAt: iso(r.correctedAt),
  };
}

export function presentResult(r: ResultRow): z.infer<typeof resultSchema> {
  return {
    bodyId: r.bodyId,
    source: r.source,
    status: r.status,
    zeroed: r.zeroed,
    ...(r.status === "not_submitted"
      ? {
          F: null,
          band: null,
          record: { F: Number(r.fValue), band: r.band as NonNullable<z.infer<typeof resultSchema>["band"]> },
        }
      : { F: Number(r.fValue), band: r.band as z.infer<typeof resultSchema>["band"], record: null }),
    B: r.b,
    C: r.c,
    E: r.e,
    G: r.g,
    rulesVersion: r.rulesVersion,
    explanation: r.explanation,
    criteria21: r.criteria21,
    version: r.version,
  };
}

/** Recompute: after publication a reason is required (correction_reason_required). */
export const computeRoundBody = z.object({ reason: z.string().max(2000).nullish() }).nullish();

/** §21.3 satisfaction; `reason` is required once the round is published (a correction). */
export const satisfactionBody = z.object({
  scorePercent: z.number().min(0).max(100),
  respondents: z.number().int().min(0).nullable().optional(),
  source: z.string().max(500).nullable().optional(),
  reason: z.string().max(2000).nullish(),
});
