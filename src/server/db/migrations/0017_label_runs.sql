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
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "analysis_label_runs_status" CHECK ("status" in ('running','done','failed'))
);
--> statement-breakpoint
CREATE INDEX "analysis_label_runs_body_idx" ON "analysis_label_runs" USING btree ("body_id", "started_at");
