/**
 * Automatic labels and campaign groups: written by the labelling run in batches, never touching
 * the *_reviewed columns that hold people's corrections.
 */
import { and, eq, sql } from "drizzle-orm";
import { analysisCampaigns, analysisLabels, feedbackItems, type AnalysisField } from "../db/index.ts";
import type { ItemKind } from "../db/enums.ts";
import type { Executor } from "../context.ts";
import { copyIntoTransaction, type Database } from "../db/client.ts";

export type AnalysisLabelRow = typeof analysisLabels.$inferSelect;
export type AutomaticLabel = Omit<
  typeof analysisLabels.$inferInsert,
  | "labelledAt"
  | "langReviewed"
  | "kindReviewed"
  | "appealTypeReviewed"
  | "sentimentReviewed"
  | "topicReviewed"
  | "reviewedAt"
>;

export interface ItemToLabel {
  id: number;
  text: string;
  kind: ItemKind;
  receivedAt: Date;
}

/** Column of the automatic value and of the reviewed value, per correctable field. */
export const FIELD_COLUMNS = {
  kind: { auto: "kind", reviewed: "kindReviewed" },
  sentiment: { auto: "sentiment", reviewed: "sentimentReviewed" },
  topic: { auto: "topic", reviewed: "topicReviewed" },
  appealType: { auto: "appealType", reviewed: "appealTypeReviewed" },
  lang: { auto: "lang", reviewed: "langReviewed" },
} as const satisfies Record<AnalysisField, { auto: keyof AnalysisLabelRow; reviewed: keyof AnalysisLabelRow }>;

/** What the classifier writes for an item (its labels, confidences, duplicate and model version). */
const LABEL_COLUMNS = [
  "lang",
  "lang_confidence",
  "kind",
  "kind_confidence",
  "appeal_type",
  "appeal_type_confidence",
  "sentiment",
  "sentiment_confidence",
  "topic",
  "topic_confidence",
  "terms",
  "duplicate_of",
  "duplicate_similarity",
  "min_confidence",
  "model_version",
] as const;

const AUTOMATIC_COLUMNS = [...LABEL_COLUMNS, "body_id", "received_at"] as const;

/**
 * A body's items received in [from, before), in (received_at, id) order, `batch` at a time. Keyset
 * paging on the (body_id, received_at) index: each batch costs the same however deep the stream is,
 * and the order makes a campaign's earliest letter its root.
 */
export async function* streamItemsToLabel(
  db: Executor,
  bodyId: string,
  from: Date,
  before: Date,
  batch = 5_000,
): AsyncGenerator<ItemToLabel[]> {
  let after: { at: string; id: number } | null = null;
  for (;;) {
    const rows: { id: number; text: string; kind: ItemKind; receivedAt: Date; at: string }[] = await db
      .select({
        id: feedbackItems.id,
        text: feedbackItems.text,
        kind: feedbackItems.kind,
        receivedAt: feedbackItems.receivedAt,
        // The exact stored instant as text, so the keyset round-trips without losing microseconds.
        at: sql<string>`${feedbackItems.receivedAt}::text`,
      })
      .from(feedbackItems)
      .where(
        and(
          eq(feedbackItems.bodyId, bodyId),
          sql`${feedbackItems.receivedAt} >= ${from.toISOString()}::timestamptz`,
          sql`${feedbackItems.receivedAt} < ${before.toISOString()}::timestamptz`,
          after
            ? sql`(${feedbackItems.receivedAt}, ${feedbackItems.id}) > (${after.at}::timestamptz, ${after.id})`
            : undefined,
        ),
      )
      .orderBy(feedbackItems.receivedAt, feedbackItems.id)
      .limit(batch);
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
    const written = await db
      .insert(analysisLabels)
      .values(chunk)
      .onConflictDoUpdate({
        target: analysisLabels.itemId,
        set: { ...set, labelledAt: sql`now()` },
        setWhere: sql.raw(`(${cols}) is distinct from (${excluded})`),
      })
      .returning({ id: analysisLabels.itemId });
    changed += written.length;
  }
  return changed;
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** Replaces a body's campaign groups of one quarter with the groups of the latest run. */
export async function replaceCampaigns(
  db: Executor,
  bodyId: string,
  quarter: string,
  groups: { rootItemId: number; size: number }[],
): Promise<void> {
  await db
    .delete(analysisCampaigns)
    .where(and(eq(analysisCampaigns.bodyId, bodyId), eq(analysisCampaigns.quarter, quarter)));
  // Chunks of 2,000 keep each statement short (on PGlite every statement runs on the web thread).
  for (let i = 0; i < groups.length; i += 2_000) {
    await db.insert(analysisCampaigns).values(groups.slice(i, i + 2_000).map((g) => ({ bodyId, quarter, ...g })));
  }
}

export async function findLabel(db: Executor, itemId: number): Promise<AnalysisLabelRow | undefined> {
  const [row] = await db.select().from(analysisLabels).where(eq(analysisLabels.itemId, itemId));
  return row;
}

export async function setReviewedValue(
  db: Executor,
  itemId: number,
  field: AnalysisField,
  value: string,
  at: Date,
): Promise<AnalysisLabelRow> {
  const [row] = await db
    .update(analysisLabels)
    .set({ [FIELD_COLUMNS[field].reviewed]: value, reviewedAt: at })
    .where(eq(analysisLabels.itemId, itemId))
    .returning();
  return row!;
}

const STAGE_COLUMNS = ["item_id", "body_id", "received_at", ...LABEL_COLUMNS] as const;

/** COPY text escapes: backslash, tab, newline and carriage return; \N is null. */
function copyField(value: string | number | null): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/**
 * The same write as upsertAutomaticLabels, for a labelling run's chunks: the rows are COPYed into
 * analysis_labels_stage under the run's id, then one statement moves them into analysis_labels
 * (an unchanged row is left alone, corrections are never touched) and empties the run's stage.
 * Returns how many labels were added or changed.
 */
export async function mergeAutomaticLabels(database: Database, runId: string, rows: AutomaticLabel[]): Promise<number> {
  if (rows.length === 0) return 0;
  await database.copyFrom(stageCopySql(), stageLines(runId, rows));
  const [row] = await database.rows<{ changed: number }>(mergeStagedSql(runId));
  return row!.changed;
}

/**
 * The same as mergeAutomaticLabels inside the caller's transaction (the import's pass: the labels,
 * their run's period and progress commit together, one commit instead of four per chunk).
 */
export async function mergeAutomaticLabelsInTransaction(
  tx: Executor,
  runId: string,
  rows: AutomaticLabel[],
): Promise<number> {
  if (rows.length === 0) return 0;
  await copyIntoTransaction(tx as never, stageCopySql(), stageLines(runId, rows));
  const result = (await tx.execute(mergeStagedSql(runId))) as unknown as { rows: { changed: number }[] };
  return result.rows[0]!.changed;
}

const stageCopySql = () => `COPY analysis_labels_stage (run_id, ${STAGE_COLUMNS.join(", ")}) FROM STDIN`;

function stageLines(runId: string, rows: AutomaticLabel[]): string {
  const lines: string[] = [];
  for (const r of rows) {
    lines.push(
      [
        runId,
        r.itemId,
        r.bodyId,
        r.receivedAt.toISOString(),
        r.lang,
        r.langConfidence,
        r.kind,
        r.kindConfidence,
        r.appealType,
        r.appealTypeConfidence,
        r.sentiment,
        r.sentimentConfidence,
        r.topic,
        r.topicConfidence,
        JSON.stringify(r.terms ?? []),
        r.duplicateOf ?? null,
        r.duplicateSimilarity ?? 0,
        r.minConfidence,
        r.modelVersion,
      ]
        .map(copyField)
        .join("\t"),
    );
  }
  return lines.join("\n") + "\n";
}

function mergeStagedSql(runId: string) {
  const cols = STAGE_COLUMNS.join(", ");
  const automatic = AUTOMATIC_COLUMNS.map((c) => `"${c}" = excluded."${c}"`).join(", ");
  const current = AUTOMATIC_COLUMNS.map((c) => `analysis_labels."${c}"`).join(", ");
  const excluded = AUTOMATIC_COLUMNS.map((c) => `excluded."${c}"`).join(", ");
  // One item can only be in one chunk of a run, so the staged rows have distinct item ids.
  return sql.raw(`
    with staged as (delete from analysis_labels_stage where run_id = '${uuid(runId)}' returning ${cols}),
    written as (
      insert into analysis_labels (${cols}) select ${cols} from staged
      on conflict (item_id) do update set ${automatic}, labelled_at = now()
      where (${current}) is distinct from (${excluded})
      returning 1
    )
    select count(*)::int as changed from written`);
}

function uuid(value: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(value)) throw new Error(`not a uuid: ${value}`);
  return value;
}

/** Bodies that have items, with their first and last instant (two look-ups on the (body_id, received_at) index each). */
export async function bodiesWithItems(
  db: Executor,
  bodyId?: string,
): Promise<{ bodyId: string; first: Date; last: Date }[]> {
  const result = await db.execute(sql`
    select b.id as "bodyId",
      (select min(received_at) from feedback_items f where f.body_id = b.id) as first,
      (select max(received_at) from feedback_items f where f.body_id = b.id) as last
    from state_bodies b ${bodyId ? sql`where b.id = ${bodyId}::uuid` : sql``} order by b.id`);
  return (
    result as unknown as { rows: { bodyId: string; first: string | Date | null; last: string | Date | null }[] }
  ).rows
    .filter((r) => r.first !== null && r.last !== null)
    .map((r) => ({ bodyId: r.bodyId, first: new Date(r.first!), last: new Date(r.last!) }));
}

/**
 * Whether a body has an item received in [from, before) without labels of this model version. It
 * stops at the first such item, so a pending range answers at once and a labelled one costs one
 * probe per item of the range: callers keep ranges short (a month) to keep each statement short.
 */
export async function hasItemsToLabel(
  db: Executor,
  bodyId: string,
  from: Date,
  before: Date,
  modelVersion: string,
): Promise<boolean> {
  const result = await db.execute(sql`
    select exists (
      select 1 from feedback_items f
      where f.body_id = ${bodyId}::uuid and f.received_at >= ${from.toISOString()}::timestamptz and f.received_at < ${before.toISOString()}::timestamptz
        and not exists (select 1 from analysis_labels l where l.item_id = f.id and l.model_version = ${modelVersion})
    ) as pending`);
  return (result as unknown as { rows: { pending: boolean }[] }).rows[0]!.pending;
}
