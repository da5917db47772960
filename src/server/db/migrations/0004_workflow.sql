-- Workflow (issue 6): the §15 review of the quarterly analysis (every submitted version kept, the
-- head's actions for structural units), public-council sessions (§12), and the mail outbox for
-- reminders. See schema-workflow.ts.
CREATE TABLE "quarterly_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"period_year" integer NOT NULL,
	"period_quarter" integer NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"decided_by" uuid REFERENCES "users"("id"),
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quarterly_reviews_quarter" CHECK ("period_quarter" between 1 and 4),
	CONSTRAINT "quarterly_reviews_status" CHECK ("status" in ('submitted','returned','approved'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "quarterly_reviews_body_quarter_idx" ON "quarterly_reviews" USING btree ("body_id","period_year","period_quarter");
--> statement-breakpoint
CREATE TABLE "quarterly_review_versions" (
	"review_id" uuid NOT NULL REFERENCES "quarterly_reviews"("id") ON DELETE cascade,
	"version" integer NOT NULL,
	"summary" text,
	"recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"document_url" text,
	"submitted_by" uuid REFERENCES "users"("id"),
	"submitted_by_label" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"return_comments" text,
	"returned_by" uuid REFERENCES "users"("id"),
	"returned_at" timestamp with time zone,
	CONSTRAINT "quarterly_review_versions_pk" PRIMARY KEY ("review_id","version")
);
--> statement-breakpoint
CREATE TABLE "review_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL REFERENCES "quarterly_reviews"("id") ON DELETE cascade,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"unit_name" text NOT NULL,
	"description" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"assigned_by" uuid REFERENCES "users"("id"),
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "review_actions_status" CHECK ("status" in ('open','in_progress','done')),
	CONSTRAINT "review_actions_done_note" CHECK ("status" <> 'done' or ("note" is not null and "done_at" is not null))
);
--> statement-breakpoint
CREATE INDEX "review_actions_review_idx" ON "review_actions" USING btree ("review_id");
--> statement-breakpoint
CREATE INDEX "review_actions_open_idx" ON "review_actions" USING btree ("body_id","due_on") WHERE "status" <> 'done';
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"initiative_id" uuid NOT NULL REFERENCES "initiatives"("id"),
	"held_on" date NOT NULL,
	"protocol_url" text NOT NULL,
	"recorded_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "council_sessions_body_idx" ON "council_sessions" USING btree ("body_id","initiative_id");
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid REFERENCES "users"("id") ON DELETE set null,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"kind" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"claimed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_idx" ON "outbox" USING btree ("dedupe_key");
--> statement-breakpoint
CREATE INDEX "outbox_user_idx" ON "outbox" USING btree ("user_id","created_at");
--> statement-breakpoint
CREATE INDEX "outbox_unsent_idx" ON "outbox" USING btree ("id") WHERE "sent_at" is null;
