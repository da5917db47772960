/**
 * Automatic labels and campaign groups: written by the labelling run in batches, never touching
 * the *_reviewed columns that hold people's corrections.
 */
import { and, eq, sql } from "drizzle-orm";
import { analysisCampaigns, analysisLabels, feedbackItems, type AnalysisField } from "../db/index.ts";
import type { ItemKind } from "../db/enums.ts";
import type { Executor } from "../context.ts";

export type AnalysisLabelRow = typeof analysisLabels.$inferSelect;
export type AutomaticLabel = Omit<typeof analysisLabels.$inferInsert,
  "labelledAt" | "langReviewed" | "kindReviewed" | "appealTypeReviewed" | "sentimentReviewed" | "topicReviewed" | "reviewedAt">;

export interface ItemToLabel { id: number; text: string; kind: ItemKind; receivedAt: Date }

/** Column of the automatic value and of the reviewed value, per correctable field. */
export const FIELD_COLUMNS = {
  kind: { auto: "kind", reviewed: "kindReviewed" },
  sentiment: { auto: "sentiment", reviewed: "sentimentReviewed" },
  topic: { auto: "topic", reviewed: "topicReviewed" },
  appealType: { auto: "appealType", reviewed: "appealTypeReviewed" },
  lang: { auto: "lang", reviewed: "langReviewed" },
} as const satisfies Record<AnalysisField, { auto: keyof AnalysisLabelRow; reviewed: keyof AnalysisLabelRow }>;

const AUTOMATIC_COLUMNS = [
  "lang", "lang_confidence", "kind", "kind_confidence", "appeal_type", "appeal_type_confidence", "sentiment",
  "sentiment_confidence", "topic", "topic_confidence", "terms", "duplicate_of", "duplicate_similarity",
  "min_confidence", "model_version", "body_id", "received_at",
] as const;

/**
 * A body's items received in [from, before), in (received_at, id) order, `batch` at a time. Keyset
 * paging on the (body_id, received_at) index: each batch costs the same however deep the stream is,
 * and the order makes a campaign's earliest letter its root.
 */
export async function* streamItemsToLabel(db: Executor, bodyId: string, from: Date, before: Date, batch = 5_000): AsyncGenerator<ItemToLabel[]> {
  let after: { at: string; id: number } | null = null;
  for (;;) {
    const rows: { id: number; text: string; kind: ItemKind; receivedAt: Date; at: string }[] = await db.select({
      id: feedbackItems.id, text: feedbackItems.text, kind: feedbackItems.kind, receivedAt: feedbackItems.receivedAt,
      // The exact stored instant as text, so the keyset round-trips without losing microseconds.
      at: sql<string>`${feedbackItems.receivedAt}::text`,
    }).from(feedbackItems).where(and(
      eq(feedbackItems.bodyId, bodyId),
      sql`${feedbackItems.receivedAt} >= ${from.toISOString()}::timestamptz`,
      sql`${feedbackItems.receivedAt} < ${before.toISOString()}::timestamptz`,
      after ? sql`(${feedbackItems.receivedAt}, ${feedbackItems.id}) > (${after.at}::timestamptz, ${after.id})` : undefined,
    )).orderBy(feedbackItems.receivedAt, feedbackItems.id).limit(batch);
    if (rows.length === 0) return;
    yield rows.map(({ at: _at, ...r }) => r);
    const last = rows[rows.length - 1]!;
    after = { at: last.at, id: last.id };
    if (rows.length < batch) return;
  }
}

/**
 * Writes automatic labels; an unchanged row is left alone (labelled_at keeps the time it last
 * changed), and corrections in the *_reviewed columns are never part of the update.
 */
export async function upsertAutomaticLabels(db: Executor, rows: AutomaticLabel[], chunkSize = 1_000): Promise<number> {
  let changed = 0;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const set = Object.fromEntries(AUTOMATIC_COLUMNS.map((c) => [camel(c), sql.raw(`excluded."${c}"`)]));
    const cols = AUTOMATIC_COLUMNS.map((c) => `"analysis_labels"."${c}"`).join(", ");
    const excluded = AUTOMATIC_COLUMNS.map((c) => `excluded."${c}"`).join(", ");
    const written = await db.insert(analysisLabels).values(chunk).onConflictDoUpdate({
      target: analysisLabels.itemId,
      set: { ...set, labelledAt: sql`now()` },
      setWhere: sql.raw(`(${cols}) is distinct from (${excluded})`),
    }).returning({ id: analysisLabels.itemId });
    changed += written.length;
  }
  return changed;
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Replaces a body's campaign groups of one quarter with the groups of the latest run. */
export async function replaceCampaigns(db: Executor, bodyId: string, quarter: string, groups: { rootItemId: number; size: number }[]): Promise<void> {
  await db.delete(analysisCampaigns).where(and(eq(analysisCampaigns.bodyId, bodyId), eq(analysisCampaigns.quarter, quarter)));
  // Chunks of 2,000 keep each statement short (on PGlite every statement runs on the web thread).
  for (let i = 0; i < groups.length; i += 2_000) {
    await db.insert(analysisCampaigns).values(groups.slice(i, i + 2_000).map((g) => ({ bodyId, quarter, ...g })));
  }
}

export async function findLabel(db: Executor, itemId: number): Promise<AnalysisLabelRow | undefined> {
  const [row] = await db.select().from(analysisLabels).where(eq(analysisLabels.itemId, itemId));
  return row;
}

export async function setReviewedValue(db: Executor, itemId: number, field: AnalysisField, value: string, at: Date): Promise<AnalysisLabelRow> {
  const [row] = await db.update(analysisLabels)
    .set({ [FIELD_COLUMNS[field].reviewed]: value, reviewedAt: at })
    .where(eq(analysisLabels.itemId, itemId)).returning();
  return row!;
}

/**
 * (body, quarter) pairs that have items without labels or with labels of another model version:
 * what the nightly run has to (re)label.
 */
export async function quartersToLabel(db: Executor, modelVersion: string, bodyId?: string): Promise<{ bodyId: string; quarter: string }[]> {
  const result = await db.execute(sql`
    select f.body_id as "bodyId",
      to_char((f.received_at at time zone 'UTC') + interval '5 hours', 'YYYY-"Q"Q') as quarter
    from feedback_items f left join analysis_labels l on l.item_id = f.id
    where (l.item_id is null or l.model_version <> ${modelVersion})
      ${bodyId ? sql`and f.body_id = ${bodyId}::uuid` : sql``}
    group by 1, 2 order by 1, 2`);
  return (result as unknown as { rows: { bodyId: string; quarter: string }[] }).rows;
}
