-- Running Pikir for real (issue 13): administration, the dated registry, teamwork on items.
-- Invitations and password resets: a one-time link whose token is kept only as its SHA-256 (like
-- sessions), so a database leak yields no usable link.
CREATE TABLE "user_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"purpose" text NOT NULL,
	"created_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "user_invitations_purpose" CHECK ("purpose" in ('invite', 'reset'))
);
--> statement-breakpoint
CREATE INDEX "user_invitations_user_idx" ON "user_invitations" ("user_id");
--> statement-breakpoint
-- §15 first head and §14–§15 responsible person, one of each per body. A table of its own rather
-- than columns on state_bodies: users already reference state_bodies, and a reference back would
-- make a foreign-key cycle that the parent-first backup order cannot break.
CREATE TABLE "body_officials" (
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"duty" text NOT NULL,
	"user_id" uuid NOT NULL REFERENCES "users"("id"),
	"designated_by" uuid REFERENCES "users"("id"),
	"designated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "body_officials_pk" PRIMARY KEY ("body_id", "duty"),
	CONSTRAINT "body_officials_duty" CHECK ("duty" in ('first_head', 'responsible_person'))
);
--> statement-breakpoint
CREATE INDEX "body_officials_user_idx" ON "body_officials" ("user_id");
--> statement-breakpoint
-- The registry, dated: a body exists from valid_from to valid_to (null = open), may be merged into
-- another (merged_into_id, no foreign key, like parent_id), and its scope decision carries a note
-- and a legal reference. Every change appends a snapshot to state_body_versions with the date it
-- takes effect, so a period already evaluated reads the registry of its own time.
ALTER TABLE "state_bodies" ADD COLUMN "valid_from" date;
--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "valid_to" date;
--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "merged_into_id" uuid;
--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "scope_note" text;
--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "legal_reference" text;
--> statement-breakpoint
ALTER TABLE "state_bodies" ADD CONSTRAINT "state_bodies_validity" CHECK ("valid_to" is null or "valid_from" is null or "valid_to" >= "valid_from");
--> statement-breakpoint
CREATE TABLE "state_body_versions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "state_body_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"effective_on" date NOT NULL,
	"change" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid REFERENCES "users"("id"),
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "state_body_versions_body_idx" ON "state_body_versions" ("body_id", "effective_on");
--> statement-breakpoint
-- Teamwork: an item is assigned to one colleague with a due date; notes are the team's own
-- (never shown to the citizen or on the portal).
CREATE TABLE "item_assignments" (
	"item_id" bigint PRIMARY KEY NOT NULL REFERENCES "feedback_keys"("id") ON DELETE cascade,
	"assignee_id" uuid NOT NULL REFERENCES "users"("id"),
	"due_on" date,
	"assigned_by" uuid REFERENCES "users"("id"),
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "item_assignments_assignee_idx" ON "item_assignments" ("assignee_id", "due_on");
--> statement-breakpoint
CREATE TABLE "item_notes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "item_notes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL REFERENCES "feedback_keys"("id") ON DELETE cascade,
	"author_id" uuid REFERENCES "users"("id"),
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "item_notes_item_idx" ON "item_notes" ("item_id", "id");
