/** Evidence (§6, §16, §18, §20.3–4), evaluation rounds (§20–§23) and the audit log. */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AcceptedItem, AttachedDocument } from "../../domain/evaluation/submission-rules.ts";
import {
  bodyRef,
  dialogueEventKind,
  initiatives,
  mediaWorkKind,
  requestStatus,
  resultPublicationKind,
  resultSource,
  roundStatus,
  stateBodies,
  users,
} from "./schema.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** Evidence is corrected and withdrawn, never overwritten in silence (0024; evidence_revisions keeps each version). */
export const correctable = () => ({
  revision: integer("revision").notNull().default(1),
  withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  withdrawnReason: text("withdrawn_reason"),
});
export const withdrawnCheck = (table: string, t: { withdrawnAt: AnyPgColumn; withdrawnReason: AnyPgColumn }) =>
  check(`${table}_withdrawn`, sql`(${t.withdrawnAt} is null) = (${t.withdrawnReason} is null)`);

/** §16: interim (quarterly) and final (annual) results published on the body's website. */
export const resultPublications = pgTable(
  "result_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    initiativeId: uuid("initiative_id").references(() => initiatives.id),
    kind: resultPublicationKind("kind").notNull(),
    periodYear: integer("period_year").notNull(),
    periodQuarter: integer("period_quarter"),
    /** The Kazakh title (or the only one); title_ru / title_en beside it (0024). */
    title: text("title").notNull(),
    titleRu: text("title_ru"),
    titleEn: text("title_en"),
    url: text("url").notNull(),
    publishedOn: date("published_on").notNull(),
    /** §23: in open access when checked (null = not checked yet). */
    openAccess: boolean("open_access"),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
    ...correctable(),
    createdAt: createdAt(),
  },
  (t) => [
    withdrawnCheck("result_publications", t),
    check(
      "result_publications_period",
      sql`(${t.kind} = 'interim' and ${t.periodQuarter} between 1 and 4) or (${t.kind} = 'final' and ${t.periodQuarter} is null)`,
    ),
    index("result_publications_body_idx").on(t.bodyId, t.periodYear),
  ],
);

/** §6, §20.4: briefings, publications in mass media, live broadcasts announced in advance. */
export const mediaWork = pgTable(
  "media_work",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    initiativeId: uuid("initiative_id").references(() => initiatives.id),
    kind: mediaWorkKind("kind").notNull(),
    title: text("title").notNull(),
    titleRu: text("title_ru"),
    titleEn: text("title_en"),
    url: text("url"),
    proofUrl: text("proof_url"),
    announcedOn: date("announced_on"),
    happenedOn: date("happened_on").notNull(),
    ...correctable(),
    createdAt: createdAt(),
  },
  (t) => [withdrawnCheck("media_work", t), index("media_work_body_idx").on(t.bodyId, t.happenedOn)],
);

/** §17–§18, §20.3: internet conferences and surveys on the open dialogue portal. */
export const dialogueEvents = pgTable(
  "dialogue_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    kind: dialogueEventKind("kind").notNull(),
    topic: text("topic").notNull(),
    topicRu: text("topic_ru"),
    topicEn: text("topic_en"),
    url: text("url").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on"),
    participants: integer("participants"),
    questions: integer("questions"),
    ...correctable(),
    /** Issue 17: questions of an internet conference the body answered (migration 0027). */
    answered: integer("answered"),
    createdAt: createdAt(),
  },
  (t) => [withdrawnCheck("dialogue_events", t), index("dialogue_events_body_idx").on(t.bodyId, t.startsOn)],
);

/** The round a row is part of; it goes with the round (a deleted draft round leaves nothing behind). */
export const roundRef = () =>
  uuid("round_id")
    .notNull()
    .references(() => evaluationRounds.id, { onDelete: "cascade" });

export const evaluationRounds = pgTable(
  "evaluation_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    status: roundStatus("status").notNull().default("open"),
    rulesVersion: text("rules_version").notNull(),
    dueOn: date("due_on"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: createdAt(),
    computedAt: timestamp("computed_at", { withTimezone: true }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Issue 10: why an analyst cancelled the round before publishing it (status "cancelled"). */
    cancelReason: text("cancel_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id),
    /** Issue 10 (0020): when published results were last corrected (a new version after publication). */
    correctedAt: timestamp("corrected_at", { withTimezone: true }),
  },
  (t) => [
    check("evaluation_rounds_period", sql`${t.periodTo} >= ${t.periodFrom}`),
    // 0025: one live round per period (a double submit cannot open two; a cancelled one frees it).
    uniqueIndex("evaluation_rounds_live_period")
      .on(t.periodFrom, t.periodTo)
      .where(sql`${t.status} in ('open', 'computed', 'published')`),
  ],
);

/** §20: the authorised body's request to one body. */
export const evaluationRequests = pgTable(
  "evaluation_requests",
  {
    roundId: roundRef(),
    bodyId: bodyRef(),
    status: requestStatus("status").notNull().default("requested"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.bodyId] })],
);

/** §20: what a body submitted. Resubmission supersedes, never overwrites. */
export const evaluationSubmissions = pgTable(
  "evaluation_submissions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: roundRef(),
    bodyId: bodyRef(),
    remarksReceived: integer("remarks_received").notNull(),
    remarksAccepted: integer("remarks_accepted").notNull(),
    remarksRejected: integer("remarks_rejected").notNull(),
    commentsReceived: integer("comments_received").notNull(),
    commentsAnswered: integer("comments_answered").notNull(),
    conferenceLinks: jsonb("conference_links").$type<string[]>().notNull().default([]),
    mediaMaterials: jsonb("media_materials")
      .$type<{ kind: string; url: string; title?: string }[]>()
      .notNull()
      .default([]),
    openAccess: jsonb("open_access")
      .$type<{ drafts?: boolean; budgetReports?: boolean; results?: boolean }>()
      .notNull()
      .default({}),
    /** §20.1 item by item (migration 0021): each accepted remark/proposal with its reference. */
    acceptedItems: jsonb("accepted_items").$type<AcceptedItem[]>().notNull().default([]),
    /** §20.1 as an attached document (title, address), instead of or beside the items. */
    acceptedItemsDocument: jsonb("accepted_items_document").$type<AttachedDocument>(),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [
    check(
      "evaluation_submissions_counts",
      sql`${t.remarksAccepted} >= 0 and ${t.remarksRejected} >= 0 and ${t.remarksAccepted} + ${t.remarksRejected} <= ${t.remarksReceived} and ${t.commentsAnswered} >= 0 and ${t.commentsAnswered} <= ${t.commentsReceived}`,
    ),
    uniqueIndex("evaluation_submissions_current_idx").on(t.roundId, t.bodyId).where(sql`${t.supersededAt} is null`),
  ],
);

/** §21.3: satisfaction from the authorised body's sociological survey. */
export const satisfactionScores = pgTable(
  "satisfaction_scores",
  {
    roundId: roundRef(),
    bodyId: bodyRef(),
    scorePercent: numeric("score_percent", { precision: 5, scale: 2 }).notNull(),
    respondents: integer("respondents"),
    source: text("source"),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.bodyId] })],
);

export const evaluationResults = pgTable(
  "evaluation_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: roundRef(),
    bodyId: bodyRef(),
    /** From the body's §20 submission, or from what Pikir itself recorded. */
    source: resultSource("source").notNull(),
    fValue: numeric("f_value", { precision: 4, scale: 1 }).notNull(),
    band: text("band").notNull(),
    zeroed: boolean("zeroed").notNull(),
    b: integer("b").notNull(),
    c: integer("c").notNull(),
    e: integer("e").notNull(),
    g: integer("g").notNull(),
    explanation: jsonb("explanation").$type<unknown>().notNull(),
    criteria21: jsonb("criteria21").$type<unknown>(),
    rulesVersion: text("rules_version").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
    /** evaluated / nothing_received / not_submitted (src/domain/evaluation/result-status.ts, migration 0013). */
    status: text("status").$type<"evaluated" | "nothing_received" | "not_submitted">().notNull().default("evaluated"),
    /** Issue 10 (0020): the version of the round's results this row belongs to (evaluation_result_versions). */
    version: integer("version").notNull().default(1),
  },
  (t) => [uniqueIndex("evaluation_results_unique_idx").on(t.roundId, t.bodyId, t.source)],
);

/** Append-only, hash-chained: every row's hash covers the previous row's hash. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id").references(() => users.id),
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    bodyId: uuid("body_id").references(() => stateBodies.id),
    before: jsonb("before"),
    after: jsonb("after"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull().unique(),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId)],
);
