-- Issue 17 (intake): one table for every monitored portal. legalacts_monitors (0016) and
-- budget_monitors (0027) held the same columns under two names of the body's portal id; the
-- dialog.egov.kz monitor would have been a third copy. portal_monitors keeps one row per body and
-- portal: the portal's id of the body (legalacts: governmentId, budget: govAgencyId, dialog: the
-- body's blog id), on/off, per item what was seen at the last import, and the last run.
CREATE TABLE "portal_monitors" (
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id") ON DELETE cascade,
	"portal" text NOT NULL CHECK ("portal" in ('legalacts', 'budget', 'dialog')),
	"portal_body_id" text NOT NULL CHECK ("portal_body_id" ~ '^[0-9]{1,12}$'),
	"enabled" boolean DEFAULT true NOT NULL,
	"seen" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_status" text CHECK ("last_status" is null or "last_status" in ('ok', 'failed')),
	"last_error" text,
	"last_added" integer DEFAULT 0 NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	PRIMARY KEY ("body_id", "portal")
);--> statement-breakpoint
CREATE INDEX "portal_monitors_enabled_idx" ON "portal_monitors" ("portal") WHERE "enabled";--> statement-breakpoint
INSERT INTO "portal_monitors" ("body_id", "portal", "portal_body_id", "enabled", "seen", "last_run_at", "last_status", "last_error", "last_added", "updated_by", "updated_at")
SELECT "body_id", 'legalacts', "government_id", "enabled", "seen", "last_run_at", "last_status", "last_error", "last_added", "updated_by", "updated_at" FROM "legalacts_monitors";--> statement-breakpoint
INSERT INTO "portal_monitors" ("body_id", "portal", "portal_body_id", "enabled", "seen", "last_run_at", "last_status", "last_error", "last_added", "updated_by", "updated_at")
SELECT "body_id", 'budget', "gov_agency_id", "enabled", "seen", "last_run_at", "last_status", "last_error", "last_added", "updated_by", "updated_at" FROM "budget_monitors";--> statement-breakpoint
DROP TABLE "legalacts_monitors";--> statement-breakpoint
DROP TABLE "budget_monitors";
