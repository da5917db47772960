/**
 * Intake (issue 3, migration 0002_intake): import runs with their counts, checkpoint and rejected
 * rows; the history of items an import changed; personal data of appeals kept apart from the
 * item's text and analysis columns (so a role-aware reader can mask or withhold it); and the
 * option counts of dialogue-portal surveys.
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bodyRef, feedbackKeys, users } from "./schema.ts";
import { dialogueEvents } from "./schema-evidence.ts";

export const IMPORT_RUN_STATUSES = ["running", "done", "failed"] as const;
export type ImportRunStatus = (typeof IMPORT_RUN_STATUSES)[number];

export const importRuns = pgTable(
  "import_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    importer: text("importer").notNull(),
    fileName: text("file_name").notNull(),
    /** With body and importer, identifies "the same file again": an unfinished run of it is resumed. */
    fileSha256: text("file_sha256").notNull(),
    fileBytes: bigint("file_bytes", { mode: "number" }).notNull().default(0),
    encoding: text("encoding"),
    status: text("status").$type<ImportRunStatus>().notNull().default("running"),
    startedBy: uuid("started_by").references(() => users.id),
    actorLabel: text("actor_label").notNull(),
    rowsRead: integer("rows_read").notNull().default(0),
    added: integer("added").notNull().default(0),
    updated: integer("updated").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    rejected: integer("rejected").notNull().default(0),
    /** Position (line or record number) up to which every row is committed; a resumed run skips them. */
    checkpoint: integer("checkpoint").notNull().default(0),
    /** Bytes of the file read at the last checkpoint: the live progress of the run. */
    bytesDone: bigint("bytes_done", { mode: "number" }).notNull().default(0),
    warnings: jsonb("warnings")
      .$type<{ code: string; params: Record<string, string | number> }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    check("import_runs_status", sql`${t.status} in ('running','done','failed')`),
    index("import_runs_body_idx").on(t.bodyId, t.startedAt),
    index("import_runs_resume_idx").on(t.bodyId, t.importer, t.fileSha256).where(sql`${t.status} <> 'done'`),
  ],
);

/** A row the import could not take, with its position in the file and why (a message code, shown in kk/ru/en). */
export const importRejects = pgTable(
  "import_rejects",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => importRuns.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    code: text("code").notNull(),
    params: jsonb("params").$type<Record<string, string | number>>().notNull().default(sql`'{}'::jsonb`),
    raw: text("raw"),
  },
  (t) => [primaryKey({ columns: [t.runId, t.line] })],
);

/** What an import changed in an existing item (its fields before and after). */
export const feedbackItemHistory = pgTable(
  "feedback_item_history",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    runId: uuid("run_id").references(() => importRuns.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
  },
  (t) => [index("feedback_item_history_item_idx").on(t.itemId)],
);

/**
 * Personal data of an item's author (appeals: name, IIN, phone, address). Never copied into
 * feedback_items.text / metadata or analysis tables; readers show it only to roles allowed to.
 */
export const feedbackPersonalData = pgTable("feedback_personal_data", {
  itemId: bigint("item_id", { mode: "number" })
    .primaryKey()
    .references(() => feedbackKeys.id, { onDelete: "cascade" }),
  fullName: text("full_name"),
  iin: text("iin"),
  phone: text("phone"),
  email: text("email"),
  address: text("address"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** §18: a dialogue-portal survey's questions with each option's count. */
export const dialogueSurveyOptions = pgTable(
  "dialogue_survey_options",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => dialogueEvents.id, { onDelete: "cascade" }),
    question: text("question").notNull(),
    option: text("option").notNull(),
    votes: integer("votes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.question, t.option] })],
);
