/**
 * Issue 10 (part A, migration 0020): what an analyst decides about a round's evidence and figures —
 * §16 exemptions, resolutions of §20 differences — and every version of its results.
 */
import { sql } from "drizzle-orm";
import { check, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bodyRef, users } from "./schema.ts";
import { evaluationSubmissions, roundRef } from "./schema-evidence.ts";

/** §16/§23: a required publication slot the analyst exempts for a body, with the reason. */
export const evaluationExemptions = pgTable(
  "evaluation_exemptions",
  {
    roundId: roundRef(),
    bodyId: bodyRef(),
    /** "2025-Q3" or "2025-final" (domain/compliance/result-slots.ts). */
    slot: text("slot").notNull(),
    reason: text("reason").notNull(),
    recordedBy: uuid("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "evaluation_exemptions_pk", columns: [t.roundId, t.bodyId, t.slot] })],
);

/** §20: the analyst's resolution of one difference between a submission and Pikir's record. */
export const evaluationResolutions = pgTable(
  "evaluation_resolutions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: roundRef(),
    bodyId: bodyRef(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => evaluationSubmissions.id, { onDelete: "cascade" }),
    field: text("field").notNull(),
    choice: text("choice").$type<"submitted" | "recorded">().notNull(),
    submittedValue: text("submitted_value").notNull(),
    recordedValue: text("recorded_value").notNull(),
    note: text("note").notNull(),
    resolvedBy: uuid("resolved_by").references(() => users.id),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [
    check("evaluation_resolutions_choice", sql`${t.choice} in ('submitted', 'recorded')`),
    uniqueIndex("evaluation_resolutions_current_idx").on(t.submissionId, t.field).where(sql`${t.supersededAt} is null`),
  ],
);

/** Every compute of a round, kept whole; evaluation_results holds the latest. */
export const evaluationResultVersions = pgTable(
  "evaluation_result_versions",
  {
    roundId: roundRef(),
    version: integer("version").notNull(),
    /** compute, recompute, satisfaction, exemption, resolution. */
    cause: text("cause").notNull(),
    /** Required after publication: why the published results are corrected. */
    reason: text("reason"),
    createdBy: uuid("created_by").references(() => users.id),
    createdLabel: text("created_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    results: jsonb("results").$type<unknown[]>().notNull(),
  },
  (t) => [primaryKey({ name: "evaluation_result_versions_pk", columns: [t.roundId, t.version] })],
);
