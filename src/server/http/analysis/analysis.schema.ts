import { z } from "zod";
import { CHANNELS, ITEM_KINDS, ITEM_LANGS } from "../../db/enums.ts";
import { ANALYSIS_FIELDS } from "../../db/index.ts";
import { SENTIMENTS, APPEAL_TYPES } from "../../../domain/analysis/index.ts";
import { redactText } from "../../../domain/privacy/redact-text.ts";
import type { AnalysisItemRow } from "../../repositories/analysis-report.repository.ts";
import type { AnalysisCorrectionRow } from "../../repositories/analysis-corrections.repository.ts";
import type { AnalysisLabelRow } from "../../repositories/analysis-labels.repository.ts";
import type { LabelRunRow } from "../../repositories/analysis-label-runs.repository.ts";
import { SCOPES } from "../../services/analysis/quarter-topics.ts";
import { iso, isoDate, pageQuery } from "../common.schema.ts";

/** "2025-Q1": the analysis is quarterly (§14). */
export const quarterText = z.string().regex(/^\d{4}-Q[1-4]$/i, "expected a quarter such as 2025-Q1");
const trilingual = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const trend = z.enum(["new", "growing", "stable", "fading"]);

export const analysisQuery = z.object({
  period: quarterText,
  /** s14: appeals and social-media comments (§14, the default); all: every channel. */
  scope: z.enum(SCOPES).default("s14"),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});

export const analysisSchema = z.object({
  bodyId: z.string(),
  period: z.string(),
  dates: z.object({ from: z.string(), to: z.string() }),
  previousPeriod: z.string(),
  scope: z.enum(SCOPES),
  coverage: z.object({ items: z.number().int(), labelled: z.number().int(), modelVersion: z.string() }),
  volumes: z.array(z.object({ channel: z.enum(CHANNELS), kind: z.enum(ITEM_KINDS), items: z.number().int() })),
  languages: z.array(z.object({ lang: z.string(), items: z.number().int() })),
  sentiment: z.object({ negative: z.number().int(), neutral: z.number().int(), positive: z.number().int() }),
  sentimentByWeek: z.array(
    z.object({ week: z.string(), negative: z.number().int(), neutral: z.number().int(), positive: z.number().int() }),
  ),
  topics: z.array(
    z.object({
      key: z.string(),
      category: z.string(),
      label: trilingual,
      terms: z.object({ kk: z.array(z.string()), ru: z.array(z.string()), en: z.array(z.string()) }),
      size: z.number().int(),
      distinct: z.number().int(),
      negativeShare: z.number(),
      trend,
      previousSize: z.number().int(),
      /** Named by the officer (kept from quarter to quarter) rather than labelled by its words. */
      named: z.boolean(),
    }),
  ),
  goneTopics: z.array(z.object({ key: z.string(), label: trilingual, previousSize: z.number().int() })),
  campaigns: z.object({
    groups: z.number().int(),
    items: z.number().int(),
    top: z.array(
      z.object({
        rootItemId: z.number().int(),
        size: z.number().int(),
        sampleText: z.string(),
        lang: z.string(),
        firstReceivedAt: z.string(),
      }),
    ),
  }),
  conferenceTopics: z.array(
    z.object({
      key: z.string(),
      title: trilingual,
      size: z.number().int(),
      negativeShare: z.number(),
      status: trend.nullable(),
    }),
  ),
  recommendations: z.array(
    z.object({
      key: z.string(),
      topicKey: z.string().nullable(),
      campaignRootId: z.number().int().nullable(),
      /** The first items it comes from (open them with GET …/analysis/items?topic= or ?campaign=). */
      itemIds: z.array(z.number().int()),
      /** How many items it rests on. */
      size: z.number().int(),
      text: trilingual,
    }),
  ),
  /** The officer's saved edit of the drafts per document language (PUT …/analysis/drafts/:lang). */
  savedDrafts: z.array(
    z.object({
      lang: z.enum(["kk", "ru", "en"]),
      topics: z.array(z.string()),
      recommendations: z.array(z.string()),
      updatedAt: z.string(),
    }),
  ),
});

export const itemsQuery = pageQuery.extend({
  period: quarterText,
  scope: z.enum(SCOPES).default("s14"),
  topic: z.string().min(1).max(200).optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  appealType: z.enum(APPEAL_TYPES).optional(),
  campaign: z.coerce.number().int().positive().optional(),
  channel: z.enum(CHANNELS).optional(),
  kind: z.enum(ITEM_KINDS).optional(),
  /** The item's language as analysed (not the response language, which is `lang`). */
  itemLang: z.enum(ITEM_LANGS).optional(),
  /** Monday of a week (YYYY-MM-DD), as sentimentByWeek gives it. */
  week: isoDate.optional(),
});

export const reviewQueueQuery = pageQuery.extend({ period: quarterText.optional() });

export const labelSchema = z.object({
  lang: z.string(),
  kind: z.string(),
  appealType: z.string(),
  sentiment: z.string(),
  topic: z.string(),
  confidence: z.object({
    lang: z.number(),
    kind: z.number(),
    appealType: z.number(),
    sentiment: z.number(),
    topic: z.number(),
  }),
  /** The automatic labels, before any correction. */
  automatic: z.object({
    lang: z.string(),
    kind: z.string(),
    appealType: z.string(),
    sentiment: z.string(),
    topic: z.string(),
  }),
  reviewed: z.array(z.enum(ANALYSIS_FIELDS)),
  duplicateOf: z.number().int().nullable(),
  minConfidence: z.number(),
  modelVersion: z.string(),
  labelledAt: z.string(),
  reviewedAt: z.string().nullable(),
});

export const analysisItemSchema = z.object({
  id: z.number().int(),
  channel: z.enum(CHANNELS),
  kind: z.enum(ITEM_KINDS),
  text: z.string(),
  receivedAt: z.string(),
  label: labelSchema.nullable(),
});

export const correctionBody = z.object({
  field: z.enum(ANALYSIS_FIELDS),
  value: z.string().trim().min(1).max(40),
  reason: z.string().trim().max(2000).nullable().optional(),
});

export const correctionSchema = z.object({
  id: z.number().int(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string(),
  reason: z.string().nullable(),
  correctedBy: z.string().nullable(),
  correctedAt: z.string(),
});

export function presentLabel(l: AnalysisLabelRow): z.infer<typeof labelSchema> {
  const reviewed = ANALYSIS_FIELDS.filter((f) => l[`${f}Reviewed` as const] !== null);
  return {
    lang: l.langReviewed ?? l.lang,
    kind: l.kindReviewed ?? l.kind,
    appealType: l.appealTypeReviewed ?? l.appealType,
    sentiment: l.sentimentReviewed ?? l.sentiment,
    topic: l.topicReviewed ?? l.topic,
    confidence: {
      lang: l.langConfidence,
      kind: l.kindConfidence,
      appealType: l.appealTypeConfidence,
      sentiment: l.sentimentConfidence,
      topic: l.topicConfidence,
    },
    automatic: { lang: l.lang, kind: l.kind, appealType: l.appealType, sentiment: l.sentiment, topic: l.topic },
    reviewed,
    duplicateOf: l.duplicateOf,
    minConfidence: l.minConfidence,
    modelVersion: l.modelVersion,
    labelledAt: l.labelledAt.toISOString(),
    reviewedAt: iso(l.reviewedAt),
  };
}

/**
 * No author reference, source reference or metadata: analysis outputs carry no personal data. The
 * text is redacted for every role: analysis needs what was said, not who said it, and an unmasked
 * IIN may only be read through the audited reveal.
 */
export function presentAnalysisItem(r: AnalysisItemRow): z.infer<typeof analysisItemSchema> {
  return {
    id: r.id,
    channel: r.channel,
    kind: r.kind,
    text: redactText(r.text),
    receivedAt: r.receivedAt.toISOString(),
    label: r.label ? presentLabel(r.label) : null,
  };
}

export function presentCorrection(c: AnalysisCorrectionRow): z.infer<typeof correctionSchema> {
  return {
    id: c.id,
    field: c.field,
    oldValue: c.oldValue,
    newValue: c.newValue,
    reason: c.reason,
    correctedBy: c.correctedBy,
    correctedAt: c.correctedAt.toISOString(),
  };
}

/** A labelling run's progress (analysis_label_runs, issue 12). */
export const labelRunSchema = z.object({
  id: z.string(),
  status: z.enum(["running", "done", "failed"]),
  from: z.string(),
  to: z.string(),
  itemsDone: z.number().int(),
  itemsTotal: z.number().int(),
  changed: z.number().int(),
  analysisMode: z.string().nullable(),
  error: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export function presentLabelRun(r: LabelRunRow): z.infer<typeof labelRunSchema> {
  return {
    id: r.id,
    status: r.status,
    from: r.periodFrom,
    to: r.periodTo,
    itemsDone: r.itemsDone,
    itemsTotal: r.itemsTotal,
    changed: r.changed,
    analysisMode: r.analysisMode,
    error: r.error,
    startedAt: r.startedAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}
