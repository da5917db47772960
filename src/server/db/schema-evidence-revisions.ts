/** Every version of a piece of evidence (§6, §12, §16, §18): recorded, corrected, withdrawn (0024). */
import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bodyRef, users } from "./schema.ts";

export const EVIDENCE_ENTITIES = ["result-publications", "media-work", "dialogue-events", "council-sessions"] as const;
export const EVIDENCE_ACTIONS = ["recorded", "corrected", "withdrawn"] as const;

export const evidenceRevisions = pgTable(
  "evidence_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    entity: text("entity").notNull().$type<(typeof EVIDENCE_ENTITIES)[number]>(),
    entityId: uuid("entity_id").notNull(),
    bodyId: bodyRef(),
    revision: integer("revision").notNull(),
    action: text("action").notNull().$type<(typeof EVIDENCE_ACTIONS)[number]>(),
    /** Why it was corrected or withdrawn; none for the first recording. */
    reason: text("reason"),
    /** The row as it stood after this version. */
    snapshot: jsonb("snapshot").notNull().$type<Record<string, unknown>>(),
    /** Null for rows recorded before the history was kept. */
    actorId: uuid("actor_id").references(() => users.id),
    actorLabel: text("actor_label"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "evidence_revisions_entity",
      sql`${t.entity} in ('result-publications','media-work','dialogue-events','council-sessions')`,
    ),
    check("evidence_revisions_action", sql`${t.action} in ('recorded','corrected','withdrawn')`),
    check("evidence_revisions_reason", sql`${t.action} = 'recorded' or ${t.reason} is not null`),
    uniqueIndex("evidence_revisions_entity_idx").on(t.entity, t.entityId, t.revision),
  ],
);
