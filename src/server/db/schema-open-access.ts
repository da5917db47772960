/**
 * Open access, checked (issue 6): every check of an address whose open access §23 turns on — a
 * draft's or budget report's portal address, a results publication — kept as evidence, never
 * updated. The checked entity's own open_access flag follows its latest row.
 * SQL: migrations/0008_open_access.sql.
 */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { OPEN_ACCESS_REASONS } from "../../domain/compliance/classify-open-access.ts";
import { bodyRef, users } from "./schema.ts";

/** What was checked: an initiative's portal address, or a results publication's (§16) address. */
export const OPEN_ACCESS_ENTITIES = ["initiative", "result_publication"] as const;
export type OpenAccessEntity = (typeof OPEN_ACCESS_ENTITIES)[number];

export const openAccessChecks = pgTable(
  "open_access_checks",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bodyId: bodyRef(),
    /** No foreign key: the entity lives in one of two tables, named by entity_kind. */
    entityKind: text("entity_kind", { enum: OPEN_ACCESS_ENTITIES }).notNull(),
    entityId: uuid("entity_id").notNull(),
    /** The address as recorded at the time of the check (it may be edited later). */
    url: text("url").notNull(),
    /** Where redirects ended; null when no answer came. */
    finalUrl: text("final_url"),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
    /** The final HTTP status; null when there was no answer (DNS, timeout, refused). */
    httpStatus: integer("http_status"),
    ok: boolean("ok").notNull(),
    reason: text("reason", { enum: OPEN_ACCESS_REASONS }),
    contentType: text("content_type"),
    /** sha-256 (hex) of the bytes read, so a later dispute can show what was served. */
    contentSha256: text("content_sha256"),
    contentLength: integer("content_length"),
    /** The body was longer than the read limit: the hash covers its first content_length bytes. */
    truncated: boolean("truncated").notNull().default(false),
    responseMs: integer("response_ms"),
    /** Who asked for a check now; null for the daily job. */
    requestedBy: uuid("requested_by").references(() => users.id),
  },
  (t) => [
    check("open_access_checks_entity_kind", sql`${t.entityKind} in ('initiative','result_publication')`),
    check(
      "open_access_checks_reason",
      sql`${t.reason} is null or ${t.reason} in ('invalid_url','private_address','dns','network','tls','timeout','http_status','login_required','empty')`,
    ),
    check("open_access_checks_ok_reason", sql`${t.ok} = (${t.reason} is null)`),
    check("open_access_checks_sha256", sql`${t.contentSha256} is null or ${t.contentSha256} ~ '^[0-9a-f]{64}$'`),
    index("open_access_checks_entity_idx").on(t.entityKind, t.entityId, t.checkedAt.desc(), t.id.desc()),
    index("open_access_checks_body_idx").on(t.bodyId, t.checkedAt.desc()),
  ],
);
