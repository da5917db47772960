/**
 * Teamwork, part B (0025): notifications per user and bulk actions over a whole filtered selection.
 * The unique live round per period is an index on evaluation_rounds (schema-evidence.ts).
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bodyRef, stateBodies, users } from "./schema.ts";

export const NOTIFICATION_KINDS = ["item.assigned", "review.returned"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").$type<NotificationKind>().notNull(),
    bodyId: uuid("body_id").references(() => stateBodies.id),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    params: jsonb("params").$type<Record<string, string | number | null>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [
    check("notifications_kind", sql`${t.kind} in ('item.assigned', 'review.returned')`),
    index("notifications_user_idx").on(t.userId, t.id),
  ],
);

export const BULK_ACTIONS = ["assign", "set_kind", "accept", "reject", "answer"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_STATUSES = ["running", "done", "failed"] as const;
export type BulkStatus = (typeof BULK_STATUSES)[number];

/** One item a rule refused: its id and the error's code and params (shown in the reader's language). */
export interface BulkRefusal {
  itemId: number;
  code: string;
  params: Record<string, string | number>;
}

export const bulkActionRuns = pgTable(
  "bulk_action_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id),
    action: text("action").$type<BulkAction>().notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    filter: jsonb("filter").$type<Record<string, unknown>>().notNull(),
    itemIds: jsonb("item_ids").$type<number[]>().notNull(),
    status: text("status").$type<BulkStatus>().notNull().default("running"),
    total: integer("total").notNull(),
    processed: integer("processed").notNull().default(0),
    applied: integer("applied").notNull().default(0),
    refused: jsonb("refused").$type<BulkRefusal[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    check("bulk_action_runs_action", sql`${t.action} in ('assign', 'set_kind', 'accept', 'reject', 'answer')`),
    check("bulk_action_runs_status", sql`${t.status} in ('running', 'done', 'failed')`),
    index("bulk_action_runs_body_idx").on(t.bodyId, t.createdAt),
  ],
);
