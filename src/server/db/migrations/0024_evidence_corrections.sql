-- Evidence from the screen (issue 13): §16 results publications, §6 media work, §18 conferences and
-- surveys and §12 public-council sessions are corrected and withdrawn, never overwritten in silence.
-- Each row carries its revision number and, once withdrawn, when, by whom and why; withdrawn rows
-- stay (the record of what was claimed) but prove no duty. evidence_revisions keeps every version:
-- the row as it stood after the change, who, when and why. Rows recorded before this migration get
-- revision 1 with no actor ("recorded before history was kept").
-- Titles and the initiatives' information messages gain Russian and English texts beside the
-- existing column, which holds the Kazakh text (or the only one); readers see their language, then
-- kk, ru, en. The signing head's position is stored per body (kk, ru, en) for the letters' signature.
-- The ministry may leave a district or city akimat out of its evaluation without a §1 exclusion:
-- state_bodies.evaluated (default true).
ALTER TABLE "result_publications" ADD COLUMN "title_ru" text;--> statement-breakpoint
ALTER TABLE "result_publications" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "result_publications" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "result_publications" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "result_publications" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_withdrawn" CHECK (("withdrawn_at" is null) = ("withdrawn_reason" is null));--> statement-breakpoint
ALTER TABLE "media_work" ADD COLUMN "title_ru" text;--> statement-breakpoint
ALTER TABLE "media_work" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "media_work" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "media_work" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "media_work" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "media_work" ADD CONSTRAINT "media_work_withdrawn" CHECK (("withdrawn_at" is null) = ("withdrawn_reason" is null));--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "topic_ru" text;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "topic_en" text;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD CONSTRAINT "dialogue_events_withdrawn" CHECK (("withdrawn_at" is null) = ("withdrawn_reason" is null));--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_withdrawn" CHECK (("withdrawn_at" is null) = ("withdrawn_reason" is null));--> statement-breakpoint
CREATE TABLE "evidence_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"revision" integer NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"snapshot" jsonb NOT NULL,
	"actor_id" uuid REFERENCES "users"("id"),
	"actor_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_revisions_entity" CHECK ("entity" in ('result-publications','media-work','dialogue-events','council-sessions')),
	CONSTRAINT "evidence_revisions_action" CHECK ("action" in ('recorded','corrected','withdrawn')),
	CONSTRAINT "evidence_revisions_reason" CHECK ("action" = 'recorded' or "reason" is not null)
);--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_revisions_entity_idx" ON "evidence_revisions" ("entity","entity_id","revision");--> statement-breakpoint
INSERT INTO "evidence_revisions" ("entity","entity_id","body_id","revision","action","snapshot","created_at")
  SELECT 'result-publications', id, body_id, 1, 'recorded', to_jsonb(r), created_at FROM "result_publications" r;--> statement-breakpoint
INSERT INTO "evidence_revisions" ("entity","entity_id","body_id","revision","action","snapshot","created_at")
  SELECT 'media-work', id, body_id, 1, 'recorded', to_jsonb(r), created_at FROM "media_work" r;--> statement-breakpoint
INSERT INTO "evidence_revisions" ("entity","entity_id","body_id","revision","action","snapshot","created_at")
  SELECT 'dialogue-events', id, body_id, 1, 'recorded', to_jsonb(r), created_at FROM "dialogue_events" r;--> statement-breakpoint
INSERT INTO "evidence_revisions" ("entity","entity_id","body_id","revision","action","snapshot","actor_id","created_at")
  SELECT 'council-sessions', id, body_id, 1, 'recorded', to_jsonb(r), recorded_by, created_at FROM "council_sessions" r;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "info_message_ru" text;--> statement-breakpoint
ALTER TABLE "initiatives" ADD COLUMN "info_message_en" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "head_position_kk" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "head_position_ru" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "head_position_en" text;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD COLUMN "evaluated" boolean DEFAULT true NOT NULL;
