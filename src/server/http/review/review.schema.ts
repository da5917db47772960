/** zod schemas and presenters of the §15 review: reviews, their versions and actions. */
import { z } from "zod";
import { ACTION_STATUSES, REVIEW_STATUSES } from "../../db/index.ts";
import type { ReviewActionRow } from "../../repositories/review-action.repository.ts";
import type { ReviewRow, ReviewVersionRow } from "../../repositories/review.repository.ts";
import { generatedDocumentPath } from "../../services/review/review-rules.ts";
import { iso, isoDate, shortText } from "../common.schema.ts";

// PostgreSQL text and jsonb cannot hold NUL: refuse it as bad input instead of failing in the database.
export const noNul = (s: string) => !s.includes("\u0000");
/** YYYY-MM-DD that is a real day (the database would refuse 2025-13-45 with a 500). */
/** Kept as a name for readability: isoDate itself now refuses dates that do not exist. */
export const realDate = isoDate;
const text = (max: number) => z.string().max(max).refine(noNul, "NUL characters are not allowed");
const link = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(https?:\/\/|\/)/, "an http(s) address or a path in Pikir")
  .refine(noNul, "NUL characters are not allowed");

export const submitBody = z.object({
  /** The quarter analysed, "2025-Q1". */
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/i, "use 2025-Q1"),
  /** The analysis' conclusions in the officer's words. */
  summary: text(20_000).nullish(),
  /** The recommendations handed to the head (§14), one per entry. */
  recommendations: z.array(text(4_000)).max(100).default([]),
  /** The generated §14 document, if attached (e.g. /api/reports/bodies/…/quarterly?period=2025-Q1). */
  documentUrl: link.nullish(),
});

export const returnBody = z.object({ comments: shortText(10_000).refine(noNul, "NUL characters are not allowed") });

export const assignBody = z.object({
  actions: z
    .array(
      z.object({
        unitName: shortText(300).refine(noNul, "NUL characters are not allowed"),
        description: shortText(4_000).refine(noNul, "NUL characters are not allowed"),
        dueOn: realDate,
      }),
    )
    .min(1)
    .max(100),
});

export const actionUpdateBody = z.object({
  status: z.enum(ACTION_STATUSES),
  /** Required when done: what was done. */
  note: text(4_000).nullish(),
});

export const reviewListQuery = z.object({
  bodyId: z.uuid().optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  lang: z.enum(["kk", "ru", "en"]).optional(),
});

export const reviewSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  quarter: z.string(),
  status: z.enum(REVIEW_STATUSES),
  currentVersion: z.number().int(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Where Pikir generates the quarter's §14 document. */
  generatedDocument: z.string(),
});

const versionSchema = z.object({
  version: z.number().int(),
  summary: z.string().nullable(),
  recommendations: z.array(z.string()),
  documentUrl: z.string().nullable(),
  submittedBy: z.string().nullable(),
  submittedByLabel: z.string(),
  submittedAt: z.string(),
  returnComments: z.string().nullable(),
  returnedBy: z.string().nullable(),
  returnedAt: z.string().nullable(),
});

export const actionSchema = z.object({
  id: z.string(),
  reviewId: z.string(),
  bodyId: z.string(),
  unitName: z.string(),
  description: z.string(),
  dueOn: z.string(),
  status: z.enum(ACTION_STATUSES),
  note: z.string().nullable(),
  assignedBy: z.string().nullable(),
  assignedAt: z.string(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string(),
  doneAt: z.string().nullable(),
});

export const reviewDetailSchema = z.object({
  review: reviewSchema,
  versions: z.array(versionSchema),
  actions: z.array(actionSchema),
});

export const presentReview = (r: ReviewRow) => ({
  id: r.id,
  bodyId: r.bodyId,
  quarter: `${r.periodYear}-Q${r.periodQuarter}`,
  status: r.status,
  currentVersion: r.currentVersion,
  decidedBy: r.decidedBy,
  decidedAt: iso(r.decidedAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  generatedDocument: generatedDocumentPath(r.bodyId, r.periodYear, r.periodQuarter),
});

const presentVersion = (v: ReviewVersionRow) => ({
  version: v.version,
  summary: v.summary,
  recommendations: v.recommendations,
  documentUrl: v.documentUrl,
  submittedBy: v.submittedBy,
  submittedByLabel: v.submittedByLabel,
  submittedAt: v.submittedAt.toISOString(),
  returnComments: v.returnComments,
  returnedBy: v.returnedBy,
  returnedAt: iso(v.returnedAt),
});

export const presentAction = (a: ReviewActionRow) => ({
  id: a.id,
  reviewId: a.reviewId,
  bodyId: a.bodyId,
  unitName: a.unitName,
  description: a.description,
  dueOn: a.dueOn,
  status: a.status,
  note: a.note,
  assignedBy: a.assignedBy,
  assignedAt: a.assignedAt.toISOString(),
  updatedBy: a.updatedBy,
  updatedAt: a.updatedAt.toISOString(),
  doneAt: iso(a.doneAt),
});

export const presentDetail = (d: { review: ReviewRow; versions: ReviewVersionRow[]; actions: ReviewActionRow[] }) => ({
  review: presentReview(d.review),
  versions: d.versions.map(presentVersion),
  actions: d.actions.map(presentAction),
});
