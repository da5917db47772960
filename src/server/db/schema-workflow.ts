/**
 * Workflow (issue 6): the §15 review of a body's quarterly analysis, the head's actions for
 * structural units, public-council sessions (§12), and the outbox of reminder mail.
 * SQL: migrations/0004_workflow.sql.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bodyRef, initiatives, users } from "./schema.ts";
import { correctable, withdrawnCheck } from "./schema-evidence.ts";

// The §15 state machine's statuses are the domain's; the columns store exactly those.
import { ACTION_STATUSES, REVIEW_STATUSES } from "../../domain/review/review-state-machine.ts";
export { ACTION_STATUSES, REVIEW_STATUSES };
export type { ActionStatus, ReviewStatus } from "../../domain/review/review-state-machine.ts";

const now = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** §14–§15: one per body and quarter; its versions are the submissions, oldest first. */
export const quarterlyReviews = pgTable(
  "quarterly_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    periodYear: integer("period_year").notNull(),
    periodQuarter: integer("period_quarter").notNull(),
    status: text("status", { enum: REVIEW_STATUSES }).notNull().default("submitted"),
    currentVersion: integer("current_version").notNull().default(1),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: now("created_at"),
    updatedAt: now("updated_at"),
  },
  (t) => [
    check("quarterly_reviews_quarter", sql`${t.periodQuarter} between 1 and 4`),
    check("quarterly_reviews_status", sql`${t.status} in ('submitted','returned','approved')`),
    uniqueIndex("quarterly_reviews_body_quarter_idx").on(t.bodyId, t.periodYear, t.periodQuarter),
  ],
);

/** Every submission is kept: a return writes the head's comments on the version it returns. */
export const quarterlyReviewVersions = pgTable(
  "quarterly_review_versions",
  {
    reviewId: uuid("review_id")
      .notNull()
      .references(() => quarterlyReviews.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    summary: text("summary"),
    recommendations: jsonb("recommendations").$type<string[]>().notNull().default([]),
    documentUrl: text("document_url"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedByLabel: text("submitted_by_label").notNull(),
    submittedAt: now("submitted_at"),
    returnComments: text("return_comments"),
    returnedBy: uuid("returned_by").references(() => users.id),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ name: "quarterly_review_versions_pk", columns: [t.reviewId, t.version] })],
);

/** §15: what the head directs a structural unit to do, tracked until done. */
export const reviewActions = pgTable(
  "review_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reviewId: uuid("review_id")
      .notNull()
      .references(() => quarterlyReviews.id, { onDelete: "cascade" }),
    bodyId: bodyRef(),
    unitName: text("unit_name").notNull(),
    description: text("description").notNull(),
    dueOn: date("due_on").notNull(),
    status: text("status", { enum: ACTION_STATUSES }).notNull().default("open"),
    note: text("note"),
    assignedBy: uuid("assigned_by").references(() => users.id),
    assignedAt: now("assigned_at"),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: now("updated_at"),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    check("review_actions_status", sql`${t.status} in ('open','in_progress','done')`),
    check(
      "review_actions_done_note",
      sql`${t.status} <> 'done' or (${t.note} is not null and ${t.doneAt} is not null)`,
    ),
    index("review_actions_review_idx").on(t.reviewId),
    index("review_actions_open_idx").on(t.bodyId, t.dueOn).where(sql`${t.status} <> 'done'`),
  ],
);

/** §12: a public-council session that heard a budget discussion or implementation report. */
export const councilSessions = pgTable(
  "council_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    initiativeId: uuid("initiative_id")
      .notNull()
      .references(() => initiatives.id),
    heldOn: date("held_on").notNull(),
    protocolUrl: text("protocol_url").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    ...correctable(),
    createdAt: now("created_at"),
  },
  (t) => [withdrawnCheck("council_sessions", t), index("council_sessions_body_idx").on(t.bodyId, t.initiativeId)],
);

/** Mail waiting to be sent (or, without SMTP, kept for the UI); dedupe_key makes writers idempotent. */
export const outbox = pgTable(
  "outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    locale: text("locale").notNull(),
    kind: text("kind").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    createdAt: now("created_at"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** Set while a sender works on the row, so two senders never mail it twice. */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
  },
  (t) => [
    uniqueIndex("outbox_dedupe_idx").on(t.dedupeKey),
    index("outbox_user_idx").on(t.userId, t.createdAt),
    index("outbox_unsent_idx").on(t.id).where(sql`${t.sentAt} is null`),
  ],
);
