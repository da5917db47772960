/**
 * Derived tables, kept by triggers (migration 0006): never written by the application, never
 * backed up (rebuilt by the triggers when a backup is restored).
 */
import { date, integer, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";

export const indicatorDaily = pgTable(
  "indicator_daily",
  {
    bodyId: uuid("body_id").notNull(),
    day: date("day").notNull(),
    remarks: integer("remarks").notNull().default(0),
    acceptedWithReference: integer("accepted_with_reference").notNull().default(0),
    acceptedWithoutReference: integer("accepted_without_reference").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    comments: integer("comments").notNull().default(0),
    answered: integer("answered").notNull().default(0),
  },
  (t) => [primaryKey({ name: "indicator_daily_pk", columns: [t.bodyId, t.day] })],
);

export const DERIVED_TABLES = ["indicator_daily"] as const;
