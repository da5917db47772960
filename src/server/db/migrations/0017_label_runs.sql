-- Labelling runs (issue 12): the analysis.label job works in bounded chunks and records here how far
-- it got, so the analysis page can show progress of a long run and a run killed midway is visible.
-- One row per run of a body's period; see schema-analysis.ts (analysisLabelRuns).
CREATE TABLE "analysis_label_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"items_total" integer DEFAULT 0 NOT NULL,
	"items_done" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"analysis_mode" text,
	-- Set when the run labels an import in the same pass: a resumed import marks it interrupted.
	"import_run_id" uuid REFERENCES "import_runs"("id") ON DELETE set null,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "analysis_label_runs_status" CHECK ("status" in ('running','done','failed'))
);
--> statement-breakpoint
CREATE INDEX "analysis_label_runs_body_idx" ON "analysis_label_runs" USING btree ("body_id", "started_at");
--> statement-breakpoint
-- Where a labelling run COPYs a chunk of labels before one set-based merge into analysis_labels
-- (one COPY and one INSERT … SELECT instead of a statement with thousands of parameters). Rows are
-- tagged with their run and deleted after the merge; unlogged, since a crash only loses a chunk
-- that the next run writes again.
CREATE UNLOGGED TABLE "analysis_labels_stage" (
	"run_id" uuid NOT NULL,
	"item_id" bigint NOT NULL,
	"body_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"lang" text NOT NULL,
	"lang_confidence" real NOT NULL,
	"kind" text NOT NULL,
	"kind_confidence" real NOT NULL,
	"appeal_type" text NOT NULL,
	"appeal_type_confidence" real NOT NULL,
	"sentiment" text NOT NULL,
	"sentiment_confidence" real NOT NULL,
	"topic" text NOT NULL,
	"topic_confidence" real NOT NULL,
	"terms" jsonb NOT NULL,
	"duplicate_of" bigint,
	"duplicate_similarity" real NOT NULL,
	"min_confidence" real NOT NULL,
	"model_version" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "analysis_labels_stage_run_idx" ON "analysis_labels_stage" USING btree ("run_id");
