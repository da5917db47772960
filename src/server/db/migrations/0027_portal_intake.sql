-- Issue 17 (intake): budget.egov.kz read on a schedule, and the answered count of a dialog.egov.kz
-- internet conference (§18 evidence: held, date, topic, questions, answered).
-- budget_monitors: the body's id on budget.egov.kz (govAgencyId) and, per program page, a digest of
-- the page last imported (an unchanged page is not imported again until the nightly full run).
CREATE TABLE "budget_monitors" (
	"body_id" uuid PRIMARY KEY NOT NULL REFERENCES "state_bodies"("id") ON DELETE cascade,
	"gov_agency_id" text NOT NULL CHECK ("gov_agency_id" ~ '^[0-9]{1,12}$'),
	"enabled" boolean DEFAULT true NOT NULL,
	"seen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_added" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD COLUMN "answered" integer;
