-- Issue 13 (teamwork, part B): notifications per user, bulk actions over a whole filtered
-- selection, and one live evaluation round per period.
-- A notification: what happened to whom (an item assigned to you, your review returned), read or
-- not. Its text is composed in the reader's language when shown, from kind and params; the same
-- event also goes to the outbox (dedupe key "notification:<id>") for the mail.
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"kind" text NOT NULL,
	"body_id" uuid REFERENCES "state_bodies"("id"),
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_kind" CHECK ("kind" in ('item.assigned', 'review.returned'))
);
--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" ("user_id", "id");
--> statement-breakpoint
-- A bulk action: the filter's result set is snapshotted into item_ids when it starts, then applied
-- item by item (each through the use case that enforces its rules and writes its audit entry) in
-- chunks; progress and the per-item refusals are kept here for the screen's progress and summary.
CREATE TABLE "bulk_action_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"actor_id" uuid NOT NULL REFERENCES "users"("id"),
	"action" text NOT NULL,
	"params" jsonb NOT NULL,
	"filter" jsonb NOT NULL,
	"item_ids" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"applied" integer DEFAULT 0 NOT NULL,
	"refused" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "bulk_action_runs_action" CHECK ("action" in ('assign', 'set_kind', 'accept', 'reject', 'answer')),
	CONSTRAINT "bulk_action_runs_status" CHECK ("status" in ('running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE INDEX "bulk_action_runs_body_idx" ON "bulk_action_runs" ("body_id", "created_at");
--> statement-breakpoint
-- P2 of the UX review: Enter plus a click opened the same period twice. The service already
-- refuses a second live round for a period; this index makes two concurrent requests unable to
-- both pass that check. A cancelled round frees its period. (The live statuses are listed rather
-- than "<> 'cancelled'": on a fresh database 0018's new label is not yet committed here.)
CREATE UNIQUE INDEX "evaluation_rounds_live_period" ON "evaluation_rounds" ("period_from", "period_to") WHERE "status" IN ('open', 'computed', 'published');
