/**
 * Text analytics of feedback (issue 4, migration 0003_analysis): automatic labels per item, the
 * people's corrections of them, and campaign (near-duplicate) groups per body and quarter.
 *
 * A re-run rewrites only the automatic columns of analysis_labels. What a person said lives in
 * analysis_corrections (the history, audited) and, for fast aggregates, in the *_reviewed columns
 * (the latest correction per field), which no re-run touches: the effective label is
 * coalesce(<field>_reviewed, <field>).
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { bodyRef, feedbackKeys, users } from "./schema.ts";

export const ANALYSIS_FIELDS = ["kind", "sentiment", "topic", "appealType", "lang"] as const;
export type AnalysisField = (typeof ANALYSIS_FIELDS)[number];

/** One content term of an item, as topics need it: [stem, surface word, word language]. */
export type StoredTerm = [string, string, "kk" | "ru" | "en"];

export const analysisLabels = pgTable(
  "analysis_labels",
  {
    itemId: bigint("item_id", { mode: "number" })
      .primaryKey()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    // Copied from the item so that a body's quarter is aggregated from this table alone.
    bodyId: bodyRef(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    lang: text("lang").notNull(),
    langConfidence: real("lang_confidence").notNull(),
    kind: text("kind").notNull(),
    kindConfidence: real("kind_confidence").notNull(),
    appealType: text("appeal_type").notNull(),
    appealTypeConfidence: real("appeal_type_confidence").notNull(),
    sentiment: text("sentiment").notNull(),
    sentimentConfidence: real("sentiment_confidence").notNull(),
    topic: text("topic").notNull(),
    topicConfidence: real("topic_confidence").notNull(),
    terms: jsonb("terms").$type<StoredTerm[]>().notNull().default(sql`'[]'::jsonb`),
    /** The first item of this item's campaign group (null for a root or a unique item). */
    duplicateOf: bigint("duplicate_of", { mode: "number" }),
    duplicateSimilarity: real("duplicate_similarity").notNull().default(0),
    /** The lowest confidence among the labels that matter for this item: the review queue's order. */
    minConfidence: real("min_confidence").notNull(),
    modelVersion: text("model_version").notNull(),
    labelledAt: timestamp("labelled_at", { withTimezone: true }).notNull().defaultNow(),
    langReviewed: text("lang_reviewed"),
    kindReviewed: text("kind_reviewed"),
    appealTypeReviewed: text("appeal_type_reviewed"),
    sentimentReviewed: text("sentiment_reviewed"),
    topicReviewed: text("topic_reviewed"),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [
    index("analysis_labels_body_received_idx").on(t.bodyId, t.receivedAt),
    index("analysis_labels_review_idx").on(t.bodyId, t.minConfidence).where(sql`${t.reviewedAt} is null`),
    index("analysis_labels_duplicate_idx").on(t.duplicateOf).where(sql`${t.duplicateOf} is not null`),
  ],
);

export const analysisCorrections = pgTable(
  "analysis_corrections",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    bodyId: bodyRef(),
    field: text("field").notNull(),
    oldValue: text("old_value"),
    newValue: text("new_value").notNull(),
    reason: text("reason"),
    correctedBy: uuid("corrected_by").references(() => users.id),
    correctedAt: timestamp("corrected_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("analysis_corrections_field", sql`${t.field} in ('kind', 'sentiment', 'topic', 'appealType', 'lang')`),
    index("analysis_corrections_item_idx").on(t.itemId, t.id),
  ],
);

/** Campaign groups (two or more near-identical items) of a body's quarter, rebuilt by each run. */
export const analysisCampaigns = pgTable(
  "analysis_campaigns",
  {
    bodyId: bodyRef(),
    /** "2025-Q1": campaigns are grouped within a quarter (§14 is quarterly). */
    quarter: text("quarter").notNull(),
    rootItemId: bigint("root_item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    size: integer("size").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "analysis_campaigns_pk", columns: [t.bodyId, t.quarter, t.rootItemId] }),
    check("analysis_campaigns_size", sql`${t.size} >= 2`),
  ],
);

/**
 * Runs of the analysis.label job (issue 12, migration 0017): how far a run got, for the progress
 * shown on the analysis page. Written once per chunk by the run itself, on its own connection.
 */
export const analysisLabelRuns = pgTable(
  "analysis_label_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    periodFrom: date("period_from", { mode: "string" }).notNull(),
    periodTo: date("period_to", { mode: "string" }).notNull(),
    status: text("status").$type<"running" | "done" | "failed">().notNull().default("running"),
    itemsTotal: integer("items_total").notNull().default(0),
    itemsDone: integer("items_done").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    /** "thread" (the analysis worker thread) or "inline". */
    analysisMode: text("analysis_mode"),
    /** The import this run labels in the same pass (issue 12), if any. */
    importRunId: uuid("import_run_id"),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("analysis_label_runs_body_idx").on(t.bodyId, t.startedAt),
    check("analysis_label_runs_status", sql`${t.status} in ('running','done','failed')`),
  ],
);

/**
 * Where a label run COPYs its chunk before one set-based merge into analysis_labels (migration
 * 0017; UNLOGGED there: a crash loses only a chunk the run redoes). Declared so the schema test
 * sees every table; the merge itself is SQL in analysis-labels.repository.ts.
 */
export const analysisLabelsStage = pgTable(
  "analysis_labels_stage",
  {
    runId: uuid("run_id").notNull(),
    itemId: bigint("item_id", { mode: "number" }).notNull(),
    bodyId: uuid("body_id").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    lang: text("lang").notNull(),
    langConfidence: real("lang_confidence").notNull(),
    kind: text("kind").notNull(),
    kindConfidence: real("kind_confidence").notNull(),
    appealType: text("appeal_type").notNull(),
    appealTypeConfidence: real("appeal_type_confidence").notNull(),
    sentiment: text("sentiment").notNull(),
    sentimentConfidence: real("sentiment_confidence").notNull(),
    topic: text("topic").notNull(),
    topicConfidence: real("topic_confidence").notNull(),
    terms: jsonb("terms").notNull(),
    duplicateOf: bigint("duplicate_of", { mode: "number" }),
    duplicateSimilarity: real("duplicate_similarity").notNull(),
    minConfidence: real("min_confidence").notNull(),
    modelVersion: text("model_version").notNull(),
  },
  (t) => [index("analysis_labels_stage_run_idx").on(t.runId)],
);
