/**
 * The data model. drizzle-kit turns this file into the SQL migrations in ./migrations, which both
 * engines (PGlite and the PostgreSQL server) apply at start. Keep to PostgreSQL 15 features.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import * as E from "./enums.ts";

export const bodyKind = pgEnum("body_kind", E.BODY_KINDS);
export const exclusionReason = pgEnum("exclusion_reason", E.EXCLUSION_REASONS);
export const initiativeKind = pgEnum("initiative_kind", E.INITIATIVE_KINDS);
export const initiativeStatus = pgEnum("initiative_status", E.INITIATIVE_STATUSES);
export const channel = pgEnum("channel", E.CHANNELS);
export const itemKind = pgEnum("item_kind", E.ITEM_KINDS);
export const itemLang = pgEnum("item_lang", E.ITEM_LANGS);
export const decisionOutcome = pgEnum("decision_outcome", E.DECISION_OUTCOMES);
export const referenceKind = pgEnum("reference_kind", E.REFERENCE_KINDS);
export const resultPublicationKind = pgEnum("result_publication_kind", E.RESULT_PUBLICATION_KINDS);
export const mediaWorkKind = pgEnum("media_work_kind", E.MEDIA_WORK_KINDS);
export const dialogueEventKind = pgEnum("dialogue_event_kind", E.DIALOGUE_EVENT_KINDS);
export const roundStatus = pgEnum("round_status", E.ROUND_STATUSES);
export const requestStatus = pgEnum("request_status", E.REQUEST_STATUSES);
export const resultSource = pgEnum("result_source", E.RESULT_SOURCES);
export const role = pgEnum("role", E.ROLES);
export const socialPlatform = pgEnum("social_platform", E.SOCIAL_PLATFORMS);

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** The state body a row belongs to: most tables are per body, and tenant isolation keys on this column. */
export const bodyRef = () =>
  uuid("body_id")
    .notNull()
    .references(() => stateBodies.id);

export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  kind: text("kind").notNull(), // region | city (of republican significance)
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
  nameEn: text("name_en").notNull(),
});

export const stateBodies = pgTable(
  "state_bodies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    nameKk: text("name_kk").notNull(),
    nameRu: text("name_ru").notNull(),
    nameEn: text("name_en").notNull(),
    kind: bodyKind("kind").notNull(),
    regionCode: text("region_code").references(() => regions.code),
    parentId: uuid("parent_id"),
    inScope: boolean("in_scope").notNull().default(true),
    exclusionReason: exclusionReason("exclusion_reason"),
    website: text("website"),
    /** The registry is dated (0015): the body exists from valid_from to valid_to (null = open). */
    validFrom: date("valid_from"),
    validTo: date("valid_to"),
    /** Set when the body was merged into another; no foreign key, like parentId. */
    mergedIntoId: uuid("merged_into_id"),
    /** Why the body is (or is not) evaluated, and the legal act that says so. */
    scopeNote: text("scope_note"),
    legalReference: text("legal_reference"),
    /** Requisites for the letter frame (0019); blank lines in a letter when null. */
    addressKk: text("address_kk"),
    addressRu: text("address_ru"),
    phone: text("phone"),
    email: text("email"),
    /** 12 digits; the check digit is verified by the application (domain/registry/bin.ts). */
    bin: text("bin"),
    /** The signing head's position, printed in the letters' signature (0024); «Басшы» when null. */
    headPositionKk: text("head_position_kk"),
    headPositionRu: text("head_position_ru"),
    headPositionEn: text("head_position_en"),
    /** The ministry's choice to evaluate the body (a district or city akimat may be left out without a §1 reason). */
    evaluated: boolean("evaluated").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    // §1: a body is out of scope exactly when it has one of the four reasons.
    check("state_bodies_scope_reason", sql`${t.inScope} = (${t.exclusionReason} is null)`),
    check("state_bodies_bin", sql`${t.bin} is null or ${t.bin} ~ '^[0-9]{12}$'`),
    check(
      "state_bodies_validity",
      sql`${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
    index("state_bodies_parent_idx").on(t.parentId),
  ],
);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    role: role("role").notNull(),
    bodyId: uuid("body_id").references(() => stateBodies.id),
    passwordHash: text("password_hash"),
    locale: text("locale").notNull().default("kk"),
    active: boolean("active").notNull().default(true),
    /** Consecutive wrong passwords; reset by a successful sign-in (lockout, see services/auth). */
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    /** For the "executor" line of the letters (0019). */
    phone: text("phone"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(sql`lower(${t.email})`),
    check("users_body_roles", sql`${t.role} not in ('body_officer','body_head') or ${t.bodyId} is not null`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(), // sha-256 of the cookie token, so a database leak yields no live session
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const initiatives = pgTable(
  "initiatives",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    kind: initiativeKind("kind").notNull(),
    status: initiativeStatus("status").notNull().default("draft"),
    titleKk: text("title_kk"),
    titleRu: text("title_ru"),
    titleEn: text("title_en"),
    summary: text("summary"),
    discussionStartsOn: date("discussion_starts_on"),
    discussionEndsOn: date("discussion_ends_on"),
    /** §5, §10: the informational message announcing the discussion period. */
    infoMessage: text("info_message"),
    /** The message in Russian and English beside info_message, which holds the Kazakh (or only) text (0024). */
    infoMessageRu: text("info_message_ru"),
    infoMessageEn: text("info_message_en"),
    infoMessagePublishedAt: timestamp("info_message_published_at", { withTimezone: true }),
    portalUrl: text("portal_url"),
    /** The portal card's own facts as last read (status, version, likes, counters …; migration 0016). */
    portalFacts: jsonb("portal_facts").$type<Record<string, unknown>>(),
    source: text("source"),
    sourceRef: text("source_ref"),
    /** §23: whether the draft / report was in open access (null = not checked yet). */
    openAccess: boolean("open_access"),
    openAccessCheckedAt: timestamp("open_access_checked_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("initiatives_title", sql`coalesce(${t.titleKk}, ${t.titleRu}, ${t.titleEn}) is not null`),
    check(
      "initiatives_window",
      sql`${t.discussionEndsOn} is null or ${t.discussionStartsOn} is null or ${t.discussionEndsOn} >= ${t.discussionStartsOn}`,
    ),
    uniqueIndex("initiatives_source_ref_idx").on(t.source, t.sourceRef),
    index("initiatives_body_idx").on(t.bodyId, t.kind),
  ],
);

export const socialAccounts = pgTable(
  "social_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bodyId: bodyRef(),
    platform: socialPlatform("platform").notNull(),
    handle: text("handle").notNull(),
    url: text("url"),
    official: boolean("official").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("social_accounts_handle_idx").on(t.platform, t.handle)],
);

/**
 * The registry of every item's identity and source key. Items are partitioned by year (migration
 * 0012) and PostgreSQL allows no unique index across partitions without the partition key, so the
 * id that decisions, answers and labels reference, and the (source, source_ref) that keeps
 * re-imports from duplicating, are unique here.
 */
export const feedbackKeys = pgTable(
  "feedback_keys",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    source: text("source").notNull(),
    sourceRef: text("source_ref").notNull(),
    /** The item's partition key, so a join by id goes to one year. */
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex("feedback_keys_source_ref_idx").on(t.source, t.sourceRef)],
);

/** Partitioned by received_at, a partition per year (Kazakhstan time); see feedbackKeys. */
export const feedbackItems = pgTable(
  "feedback_items",
  {
    id: bigint("id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    bodyId: bodyRef(),
    initiativeId: uuid("initiative_id").references(() => initiatives.id),
    channel: channel("channel").notNull(),
    kind: itemKind("kind").notNull(),
    /** Who set the kind: the source itself, the automatic classifier, or a reviewer (who always wins). */
    kindOrigin: text("kind_origin").notNull().default("source"),
    text: text("text").notNull(),
    lang: itemLang("lang").notNull().default("unknown"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    /** Re-imports never duplicate: (source, source_ref) is unique in feedback_keys. */
    source: text("source").notNull(),
    sourceRef: text("source_ref").notNull(),
    /** Pseudonymous author reference (a keyed hash), never the person's name. */
    authorRef: text("author_ref"),
    socialAccountId: uuid("social_account_id").references(() => socialAccounts.id),
    /** The clause of the draft a remark points to, where the portal gives it. */
    clauseRef: text("clause_ref"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "feedback_items_pkey", columns: [t.id, t.receivedAt] }),
    index("feedback_items_body_received_idx").on(t.bodyId, t.receivedAt),
    index("feedback_items_initiative_idx").on(t.initiativeId),
  ],
);

export const decisions = pgTable(
  "decisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id),
    outcome: decisionOutcome("outcome").notNull(),
    reason: text("reason"),
    /** §20.1: the clause of the enacted act, the approved budget program, or a confirming document. */
    referenceKind: referenceKind("reference_kind"),
    referenceText: text("reference_text"),
    referenceUrl: text("reference_url"),
    decidedBy: uuid("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    /** A decision is never overwritten: a new one supersedes it and both stay. */
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("decisions_current_idx").on(t.itemId).where(sql`${t.supersededAt} is null`)],
);

export const answers = pgTable(
  "answers",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id),
    text: text("text").notNull(),
    url: text("url"),
    answeredBy: uuid("answered_by").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp("superseded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("answers_current_idx").on(t.itemId).where(sql`${t.supersededAt} is null`)],
);
