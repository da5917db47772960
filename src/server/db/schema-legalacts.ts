/**
 * A body's drafts on legalacts.egov.kz read on a schedule (issue 17, migration 0016): the portal's
 * id of the body and, per draft, the list's counters last seen (a draft whose counters did not
 * change is not fetched again until the nightly run).
 */
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stateBodies, users } from "./schema.ts";

export const legalactsMonitors = pgTable("legalacts_monitors", {
  bodyId: uuid("body_id").primaryKey().references(() => stateBodies.id, { onDelete: "cascade" }),
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
