/**
 * Intake settings of issue 17 (migration 0016): the officer's mapping of the columns of the body's
 * own export files (eOtinish) to Pikir's keys. (The legalacts monitor of 0016 is now a row of
 * portal_monitors, schema-portal-intake.ts.)
 */
import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stateBodies, users } from "./schema.ts";

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
