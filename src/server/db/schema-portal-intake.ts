/**
 * Intake settings of issue 17 (migration 0031, which folded legalacts_monitors of 0016 and
 * budget_monitors of 0027 into one table): a body's pages on a portal read on a schedule — the
 * portal's id of the body and, per item (draft, program, blog), what was seen at the last import
 * (legalacts: the list's counters; budget and dialog: a digest of the pages), so an unchanged item
 * is not imported again until the nightly full run.
 */
import { boolean, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stateBodies, users } from "./schema.ts";

/** The portals read by a scheduled monitor; the database's check lists the same names. */
export const MONITORED_PORTALS = ["legalacts", "budget", "dialog"] as const;
export type MonitoredPortal = (typeof MONITORED_PORTALS)[number];

export const portalMonitors = pgTable(
  "portal_monitors",
  {
    bodyId: uuid("body_id")
      .notNull()
      .references(() => stateBodies.id, { onDelete: "cascade" }),
    portal: text("portal").$type<MonitoredPortal>().notNull(),
    /** legalacts: governmentId; budget: govAgencyId; dialog: the body's blog id (all numbers). */
    portalBodyId: text("portal_body_id").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** item id → its list counters or the digest of its pages last imported. */
    seen: jsonb("seen").$type<Record<string, string>>().notNull().default({}),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    lastStatus: text("last_status"),
    lastError: text("last_error"),
    lastAdded: integer("last_added").notNull().default(0),
    updatedBy: uuid("updated_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.bodyId, t.portal] })],
);
