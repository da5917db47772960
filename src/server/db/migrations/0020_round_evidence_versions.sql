-- Issue 10 (part A): §23 zeroing by evidence, resolving disputed submissions, versioned results.
-- 1) An analyst's exemption of a required §16 publication slot ("2025-Q3", "2025-final") for one
--    body in one round: without it a missing slot zeroes F (§16, §23). Audited; one per slot.
CREATE TABLE "evaluation_exemptions" (
  "round_id" uuid NOT NULL REFERENCES "evaluation_rounds"("id") ON DELETE CASCADE,
  "body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
  "slot" text NOT NULL,
  "reason" text NOT NULL,
  "recorded_by" uuid REFERENCES "users"("id"),
  "recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "evaluation_exemptions_pk" PRIMARY KEY ("round_id", "body_id", "slot")
);--> statement-breakpoint
-- 2) How the analyst resolved one difference between a §20 submission and Pikir's record: accept
--    the submitted or the recorded value, with a note. Tied to the submission and to the two values
--    seen, so a resubmission or a changed record makes the difference open again; a later
--    resolution supersedes (both kept).
CREATE TABLE "evaluation_resolutions" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "round_id" uuid NOT NULL REFERENCES "evaluation_rounds"("id") ON DELETE CASCADE,
  "body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
  "submission_id" uuid NOT NULL REFERENCES "evaluation_submissions"("id") ON DELETE CASCADE,
  "field" text NOT NULL,
  "choice" text NOT NULL,
  "submitted_value" text NOT NULL,
  "recorded_value" text NOT NULL,
  "note" text NOT NULL,
  "resolved_by" uuid REFERENCES "users"("id"),
  "resolved_at" timestamp with time zone DEFAULT now() NOT NULL,
  "superseded_at" timestamp with time zone,
  CONSTRAINT "evaluation_resolutions_choice" CHECK ("choice" in ('submitted', 'recorded'))
);--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_resolutions_current_idx" ON "evaluation_resolutions" ("submission_id", "field") WHERE "superseded_at" IS NULL;--> statement-breakpoint
-- 3) Every compute of a round is a version of its results, kept whole (the rows as computed), with
--    its cause and, after publication, the reason. evaluation_results holds the latest version.
CREATE TABLE "evaluation_result_versions" (
  "round_id" uuid NOT NULL REFERENCES "evaluation_rounds"("id") ON DELETE CASCADE,
  "version" integer NOT NULL,
  "cause" text NOT NULL,
  "reason" text,
  "created_by" uuid REFERENCES "users"("id"),
  "created_label" text NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "published_at" timestamp with time zone,
  "results" jsonb NOT NULL,
  CONSTRAINT "evaluation_result_versions_pk" PRIMARY KEY ("round_id", "version")
);--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;
