/**
 * Intake settings of issue 17 (migration 0016): a body's drafts on legalacts.egov.kz read on a
 * schedule (the portal's id of the body and, per draft, the list's counters last seen — a draft
 * whose counters did not change is not fetched again until the nightly run), and the officer's
 * mapping of the columns of the body's own export files (eOtinish) to Pikir's keys.
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stateBodies, users } from "./schema.ts";

export const legalactsMonitors = pgTable("legalacts_monitors", {
  bodyId: uuid("body_id")
    .primaryKey()
    .references(() => stateBodies.id, { onDelete: "cascade" }),
  governmentId: text("government_id").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  /** draft id → fingerprint of its list counters (comments, accepted, rejected, likes, dislikes, status). */
  seen: jsonb("seen").$type<Record<string, string>>().notNull().default({}),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  lastStatus: text("last_status"),
  lastError: text("last_error"),
  lastAdded: integer("last_added").notNull().default(0),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const importColumnMaps = pgTable(
  "import_column_maps",
  {
    bodyId: uuid("body_id")
      .notNull()
      .references(() => stateBodies.id, { onDelete: "cascade" }),
    importer: text("importer").notNull(),
    /** Pikir's key → the header of that column in the body's file. */
    mapping: jsonb("mapping").$type<Record<string, string>>().notNull(),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.importer] })],
);
