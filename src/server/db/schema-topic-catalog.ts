/**
 * The body's own topics and the §14 drafts (issue 16, migration 0026_topic_catalog).
 * analysisTopics: a clustered topic the officer named or merged into another, with the stems it was
 * saved with (later quarters find it again by them, domain/analysis/topic-catalog.ts).
 * analysisDrafts: the officer's edit of the quarter's §17 topics and §14 recommendations per document
 * language — what the §15 submission starts from.
 */
import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bodyRef, users } from "./schema.ts";

export const analysisTopics = pgTable(
  "analysis_topics",
  {
    bodyId: bodyRef(),
    key: text("key").notNull(),
    nameKk: text("name_kk"),
    nameRu: text("name_ru"),
    nameEn: text("name_en"),
    stems: jsonb("stems").$type<string[]>().notNull().default([]),
    mergedInto: text("merged_into"),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "analysis_topics_pk", columns: [t.bodyId, t.key] }),
    check("analysis_topics_not_self", sql`${t.mergedInto} IS NULL OR ${t.mergedInto} <> ${t.key}`),
  ],
);

export const analysisDrafts = pgTable(
  "analysis_drafts",
  {
    bodyId: bodyRef(),
    /** "2025-Q1" */
    quarter: text("quarter").notNull(),
    lang: text("lang").$type<"kk" | "ru" | "en">().notNull(),
    topics: jsonb("topics").$type<string[]>().notNull().default([]),
    recommendations: jsonb("recommendations").$type<string[]>().notNull().default([]),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "analysis_drafts_pk", columns: [t.bodyId, t.quarter, t.lang] }),
    check("analysis_drafts_lang", sql`${t.lang} in ('kk','ru','en')`),
  ],
);
