/**
 * Issue 11 (migration 0022): signed checkpoints of the audit chain's head (W6) and sign-in throttling
 * (W19). See docs/security.md.
 */
import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./schema.ts";

/** Append-only (trigger): the chain's head as it was, HMAC-signed with PIKIR_AUDIT_KEY. */
export const auditCheckpoints = pgTable(
  "audit_checkpoints",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    /** The last audit entry covered, its hash, and how many entries the chain held up to it. */
    lastId: bigint("last_id", { mode: "number" }).notNull(),
    lastHash: text("last_hash").notNull(),
    entries: bigint("entries", { mode: "number" }).notNull(),
    /** The previous checkpoint's signature, so a checkpoint cannot be dropped from the middle. */
    prevSignature: text("prev_signature").notNull(),
    keyId: text("key_id").notNull(),
    signature: text("signature").notNull().unique(),
  },
  (t) => [index("audit_checkpoints_last_id_idx").on(t.lastId)],
);

export const SIGN_IN_SCOPES = ["account", "pair", "source"] as const;
export type SignInScope = (typeof SIGN_IN_SCOPES)[number];

/** Failed sign-ins per hashed e-mail, per (e-mail, address) and per address. */
export const signInThrottle = pgTable(
  "sign_in_throttle",
  {
    scope: text("scope").$type<SignInScope>().notNull(),
    key: text("key").notNull(),
    failures: integer("failures").notNull().default(0),
    /** How many times in a row this key was blocked: the next block lasts longer. */
    blocks: integer("blocks").notNull().default(0),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "sign_in_throttle_pk", columns: [t.scope, t.key] }),
    check("sign_in_throttle_scope", sql`${t.scope} in ('account', 'pair', 'source')`),
  ],
);

/** Hashed addresses a user signed in from: attempts from elsewhere do not slow them down. */
export const signInKnownSources = pgTable(
  "sign_in_known_sources",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: "sign_in_known_sources_pk", columns: [t.userId, t.source] })],
);
