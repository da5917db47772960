/**
 * Follow-through of feedback (issue 10, migration 0021): where an accepted proposal went (§8, §13)
 * and where a conference's result was used (§19); and §17's list of conference topics per quarter,
 * linked to the §18 events held on them.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { FollowThroughKind } from "../../domain/followthrough/follow-through.ts";
import { bodyRef, feedbackKeys, users } from "./schema.ts";
import { dialogueEvents } from "./schema-evidence.ts";

export const followThroughs = pgTable(
  "follow_throughs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    kind: text("kind").$type<FollowThroughKind>().notNull(),
    documentDate: date("document_date", { mode: "string" }).notNull(),
    documentTitle: text("document_title").notNull(),
    documentNumber: text("document_number"),
    documentUrl: text("document_url"),
    note: text("note"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
    removedBy: uuid("removed_by").references(() => users.id),
  },
  (t) => [
    check(
      "follow_throughs_kind",
      sql`${t.kind} in ('rule_making_plan', 'legislative_plan', 'budget_program_correction', 'three_year_budget', 'conference_rule_making', 'conference_law_enforcement_review', 'conference_state_planning', 'conference_budget_program')`,
    ),
    index("follow_throughs_item_idx").on(t.itemId).where(sql`${t.removedAt} is null`),
    index("follow_throughs_body_idx").on(t.bodyId, t.documentDate),
  ],
);

export const conferenceTopics = pgTable(
  "conference_topics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    /** "2026-Q4": §17's list is built from a quarter's appeals and social comments (§14). */
    quarter: text("quarter").notNull(),
    /** The analysis topic it came from; null for a topic the body added by hand. */
    topicKey: text("topic_key"),
    /** The problem's name: the analysis topic's label in three languages, or the body's own words. */
    titleKk: text("title_kk"),
    titleRu: text("title_ru"),
    titleEn: text("title_en"),
    items: integer("items").notNull().default(0),
    negativeShare: real("negative_share").notNull().default(0),
    origin: text("origin").$type<"analysis" | "body">().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (t) => [
    check("conference_topics_origin", sql`${t.origin} in ('analysis', 'body')`),
    check("conference_topics_title", sql`coalesce(${t.titleKk}, ${t.titleRu}, ${t.titleEn}) is not null`),
    check("conference_topics_quarter", sql`${t.quarter} ~ '^[0-9]{4}-Q[1-4]$'`),
    uniqueIndex("conference_topics_key_idx").on(t.bodyId, t.quarter, t.topicKey).where(sql`${t.topicKey} is not null`),
    index("conference_topics_body_idx").on(t.bodyId, t.quarter),
  ],
);

export const conferenceTopicEvents = pgTable(
  "conference_topic_events",
  {
    topicId: uuid("topic_id")
      .notNull()
      .references(() => conferenceTopics.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => dialogueEvents.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ name: "conference_topic_events_pk", columns: [t.topicId, t.eventId] })],
);
