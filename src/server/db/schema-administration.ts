/**
 * Administration (0015): one-time invitation and reset links, the §15 first head and the §14–§15
 * responsible person of each body, dated registry versions, and teamwork on items.
 */
import { sql } from "drizzle-orm";
import { bigint, check, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bodyRef, feedbackKeys, users } from "./schema.ts";

export const INVITATION_PURPOSES = ["invite", "reset"] as const;
export type InvitationPurpose = (typeof INVITATION_PURPOSES)[number];
export const BODY_DUTIES = ["first_head", "responsible_person"] as const;
export type BodyDuty = (typeof BODY_DUTIES)[number];

export const userInvitations = pgTable(
  "user_invitations",
  {
    /** SHA-256 of the link's token: the link itself is shown once and never stored. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").$type<InvitationPurpose>().notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [
    check("user_invitations_purpose", sql`${t.purpose} in ('invite', 'reset')`),
    index("user_invitations_user_idx").on(t.userId),
  ],
);

export const bodyOfficials = pgTable(
  "body_officials",
  {
    bodyId: bodyRef(),
    duty: text("duty").$type<BodyDuty>().notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    designatedBy: uuid("designated_by").references(() => users.id),
    designatedAt: timestamp("designated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "body_officials_pk", columns: [t.bodyId, t.duty] }),
    check("body_officials_duty", sql`${t.duty} in ('first_head', 'responsible_person')`),
    index("body_officials_user_idx").on(t.userId),
  ],
);

export const stateBodyVersions = pgTable(
  "state_body_versions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bodyId: bodyRef(),
    effectiveOn: date("effective_on").notNull(),
    change: text("change").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    changedBy: uuid("changed_by").references(() => users.id),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("state_body_versions_body_idx").on(t.bodyId, t.effectiveOn)],
);

export const itemAssignments = pgTable(
  "item_assignments",
  {
    itemId: bigint("item_id", { mode: "number" })
      .primaryKey()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    assigneeId: uuid("assignee_id")
      .notNull()
      .references(() => users.id),
    dueOn: date("due_on"),
    assignedBy: uuid("assigned_by").references(() => users.id),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("item_assignments_assignee_idx").on(t.assigneeId, t.dueOn)],
);

export const itemNotes = pgTable(
  "item_notes",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => feedbackKeys.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("item_notes_item_idx").on(t.itemId, t.id)],
);
