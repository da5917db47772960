-- Intake (issue 3): import runs, their rejected rows, the history of items an import changed,
-- personal data kept apart from analysis columns, and survey option counts. See schema-intake.ts.
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"importer" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_bytes" bigint DEFAULT 0 NOT NULL,
	"encoding" text,
	"status" text DEFAULT 'running' NOT NULL,
	"started_by" uuid REFERENCES "users"("id"),
	"actor_label" text NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"checkpoint" integer DEFAULT 0 NOT NULL,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "import_runs_status" CHECK ("status" in ('running','done','failed'))
);
--> statement-breakpoint
CREATE INDEX "import_runs_body_idx" ON "import_runs" USING btree ("body_id","started_at");
--> statement-breakpoint
CREATE INDEX "import_runs_resume_idx" ON "import_runs" USING btree ("body_id","importer","file_sha256") WHERE "status" <> 'done';
--> statement-breakpoint
CREATE TABLE "import_rejects" (
	"run_id" uuid NOT NULL REFERENCES "import_runs"("id") ON DELETE cascade,
	"line" integer NOT NULL,
	"code" text NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"raw" text,
	CONSTRAINT "import_rejects_pk" PRIMARY KEY ("run_id","line")
);
--> statement-breakpoint
CREATE TABLE "feedback_item_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY NOT NULL,
	"item_id" bigint NOT NULL REFERENCES "feedback_items"("id") ON DELETE cascade,
	"run_id" uuid REFERENCES "import_runs"("id") ON DELETE set null,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "feedback_item_history_item_idx" ON "feedback_item_history" USING btree ("item_id");
--> statement-breakpoint
CREATE TABLE "feedback_personal_data" (
	"item_id" bigint PRIMARY KEY NOT NULL REFERENCES "feedback_items"("id") ON DELETE cascade,
	"full_name" text,
	"iin" text,
	"phone" text,
	"email" text,
	"address" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_survey_options" (
	"event_id" uuid NOT NULL REFERENCES "dialogue_events"("id") ON DELETE cascade,
	"question" text NOT NULL,
	"option" text NOT NULL,
	"votes" integer NOT NULL,
	CONSTRAINT "dialogue_survey_options_pk" PRIMARY KEY ("event_id","question","option")
);
