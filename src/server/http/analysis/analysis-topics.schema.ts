/** Naming and merging the quarter's topics, and the saved §14 drafts (issue 16). */
import { z } from "zod";
import { SCOPES } from "../../services/analysis/quarter-topics.ts";
import type { DraftRow } from "../../repositories/analysis-topics.repository.ts";
import { quarterText } from "./analysis.schema.ts";

const name = z.string().trim().max(200);

export const topicParams = z.object({
  id: z.string().uuid(),
  /** The topic's key as GET /api/bodies/:id/analysis gives it. */
  key: z.string().min(1).max(300),
});

export const nameTopicBody = z.object({
  period: quarterText,
  scope: z.enum(SCOPES).default("s14"),
  /** The officer's name of the topic; null (or all three empty) removes it. */
  name: z.object({ kk: name, ru: name, en: name }).nullable(),
});

export const mergeTopicBody = z.object({
  period: quarterText,
  scope: z.enum(SCOPES).default("s14"),
  /** The topic this one joins; null undoes a merge. */
  into: z.string().min(1).max(300).nullable(),
});

export const topicChangeSchema = z.object({ key: z.string() });

export const draftsParams = z.object({ id: z.string().uuid(), lang: z.enum(["kk", "ru", "en"]) });

const lines = z.array(z.string().max(4000)).max(50);
export const draftsBody = z.object({
  period: quarterText,
  /** §17 topics for internet conferences and surveys, as edited. */
  topics: lines,
  /** §14 recommendations, as edited: what the §15 submission starts from. */
  recommendations: lines,
});
export const draftsQuery = z.object({ period: quarterText });

export const savedDraftSchema = z.object({
  lang: z.enum(["kk", "ru", "en"]),
  topics: z.array(z.string()),
  recommendations: z.array(z.string()),
  updatedAt: z.string(),
});

export function presentDraft(d: DraftRow): z.infer<typeof savedDraftSchema> {
  return { lang: d.lang, topics: d.topics, recommendations: d.recommendations, updatedAt: d.updatedAt.toISOString() };
}
