-- Issue 17: the facts a portal's own card shows of an initiative (legalacts.egov.kz: status,
-- version and earlier versions, likes / dislikes, accepted / not-accepted counters, the report's
-- address), refreshed by every read of the card; a change is recorded in the audit log.
ALTER TABLE "initiatives" ADD COLUMN "portal_facts" jsonb;
--> statement-breakpoint
-- Issue 17: a body's drafts on legalacts.egov.kz read on a schedule (job "intake.legalacts"): the
-- portal's id of the body (`/list?governmentId=`), and per draft the list's counters last seen, so
-- a run re-reads only the drafts whose comments, statuses or votes changed (the nightly run reads all).
CREATE TABLE "legalacts_monitors" (
	"body_id" uuid PRIMARY KEY NOT NULL REFERENCES "state_bodies"("id") ON DELETE cascade,
	"government_id" text NOT NULL CHECK ("government_id" ~ '^[0-9]{1,12}$'),
	"enabled" boolean DEFAULT true NOT NULL,
	"seen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_status" text,
	"last_error" text,
	"last_added" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Issue 17: eOtinish has no documented export layout; an officer maps the columns of whatever the
-- body's export holds to Pikir's keys once, and the mapping is used for that body's imports.
CREATE TABLE "import_column_maps" (
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id") ON DELETE cascade,
	"importer" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("body_id", "importer")
);
