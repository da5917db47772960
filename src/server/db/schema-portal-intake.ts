/**
 * Intake settings of issue 17 for budget.egov.kz (migration 0027): a body's programs read on a
 * schedule — the portal's id of the body (govAgencyId) and, per program page, a digest of the page
 * last imported, so an unchanged page is not imported again until the nightly full run.
 */
import { boolean, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stateBodies, users } from "./schema.ts";

export const budgetMonitors = pgTable("budget_monitors", {
  bodyId: uuid("body_id")
    .primaryKey()
    .references(() => stateBodies.id, { onDelete: "cascade" }),
  govAgencyId: text("gov_agency_id").notNull(),
  enabled: boolean("enabled").notNull().default(true),
  /** budgetId → digest of the program's pages last imported. */
  seen: jsonb("seen").$type<Record<string, string>>().notNull().default({}),
  lastRunAt: timestamp("last_run_at", { withTimezone: true }),
  lastStatus: text("last_status"),
  lastError: text("last_error"),
  lastAdded: integer("last_added").notNull().default(0),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
