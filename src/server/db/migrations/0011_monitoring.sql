-- Scheduled monitoring of a body's official accounts (issue 3): which registered accounts the
-- hourly job "intake.monitor" fetches, the platform's id of each, the NAME of the environment
-- variable that holds its token (the secret itself never enters the database), and the outcome of
-- the last run. See schema-monitoring.ts.
CREATE TABLE "account_monitors" (
	"account_id" uuid PRIMARY KEY NOT NULL REFERENCES "social_accounts"("id") ON DELETE cascade,
	"enabled" boolean DEFAULT true NOT NULL,
	"external_id" text NOT NULL,
	"token_env" text NOT NULL,
	"run_started_at" timestamp with time zone,
	"last_run_at" timestamp with time zone,
	"last_status" text,
	"last_error_code" text,
	"last_error" text,
	"last_added" integer DEFAULT 0 NOT NULL,
	"last_updated" integer DEFAULT 0 NOT NULL,
	"last_run_id" uuid REFERENCES "import_runs"("id") ON DELETE set null,
	"updated_by" uuid REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_monitors_status" CHECK ("last_status" is null or "last_status" in ('ok','failed')),
	CONSTRAINT "account_monitors_token_env" CHECK ("token_env" ~ '^PIKIR_MONITOR_[A-Z0-9_]{1,64}$'),
	CONSTRAINT "account_monitors_external_id" CHECK (length("external_id") between 1 and 100)
);
--> statement-breakpoint
CREATE INDEX "account_monitors_enabled_idx" ON "account_monitors" USING btree ("account_id") WHERE "enabled";
