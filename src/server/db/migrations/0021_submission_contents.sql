-- Issue 10 (part B): §20 submission contents, §20.1 status words, follow-through (§8, §13, §19), §17 topics.
-- (1) §20.1 item by item and as a document; §20.4 materials stay in media_materials (kind, url, title).
ALTER TABLE "evaluation_submissions" ADD COLUMN "accepted_items" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD COLUMN "accepted_items_document" jsonb;
--> statement-breakpoint
-- (2) Acceptances imported before 0013 carry the portal's status word as their §20.1 reference.
--     They become "accepted, reference missing": reference cleared, the word kept as the decision's
--     text (its reason) when it had none. The word list is src/domain/evaluation/portal-status-words.ts.
--     Only current decisions: superseded ones are history. The decisions trigger of 0006 rebuilds
--     indicator_daily for the days touched, so B drops at once.
CREATE OR REPLACE FUNCTION pikir_clear_status_word_references() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE n integer;
BEGIN
  UPDATE decisions SET
    reason = coalesce(nullif(btrim(reason), ''), btrim(reference_text)),
    reference_kind = NULL,
    reference_text = NULL,
    reference_url = NULL
  WHERE outcome = 'accepted' AND superseded_at IS NULL AND reference_text IS NOT NULL
    AND btrim(regexp_replace(replace(lower(reference_text), 'ё', 'е'), '\s+', ' ', 'g'), ' .!«»"') IN (
      'принято', 'принят', 'принята', 'приняты', 'учтено', 'учтен', 'учтена', 'учтены',
      'қабылданды', 'ескерілді', 'есепке алынды', 'accepted');
  GET DIAGNOSTICS n = ROW_COUNT;
  RETURN n;
END $$;
--> statement-breakpoint
SELECT pikir_clear_status_word_references();
--> statement-breakpoint
-- (3) Follow-through: where an accepted proposal went (§8 rule-making plan or the Government's
--     legislative plan, §13 budget-program correction or the 3-year budget) and where a conference's
--     result was used (§19), with the document's date, title, number and address.
CREATE TABLE "follow_throughs" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
  "item_id" bigint NOT NULL REFERENCES "feedback_keys"("id") ON DELETE CASCADE,
  "kind" text NOT NULL,
  "document_date" date NOT NULL,
  "document_title" text NOT NULL,
  "document_number" text,
  "document_url" text,
  "note" text,
  "created_by" uuid REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "removed_at" timestamp with time zone,
  "removed_by" uuid REFERENCES "users"("id"),
  CONSTRAINT "follow_throughs_kind" CHECK ("kind" IN ('rule_making_plan', 'legislative_plan',
    'budget_program_correction', 'three_year_budget', 'conference_rule_making',
    'conference_law_enforcement_review', 'conference_state_planning', 'conference_budget_program'))
);
--> statement-breakpoint
CREATE INDEX "follow_throughs_item_idx" ON "follow_throughs" ("item_id") WHERE "removed_at" IS NULL;
--> statement-breakpoint
CREATE INDEX "follow_throughs_body_idx" ON "follow_throughs" ("body_id", "document_date");
--> statement-breakpoint
-- (4) §17: the body's list of topics for a quarter, built from the problems of that quarter's appeals
--     and social comments (analysis topics) and kept as the body's list (added, renamed, removed by
--     hand); each topic linked to the §18 conferences and surveys held on it. A removed topic keeps
--     its row, so rebuilding the list does not bring it back.
CREATE TABLE "conference_topics" (
  "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  "body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
  "quarter" text NOT NULL,
  "topic_key" text,
  "title_kk" text,
  "title_ru" text,
  "title_en" text,
  "items" integer DEFAULT 0 NOT NULL,
  "negative_share" real DEFAULT 0 NOT NULL,
  "origin" text NOT NULL,
  "created_by" uuid REFERENCES "users"("id"),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "removed_at" timestamp with time zone,
  CONSTRAINT "conference_topics_origin" CHECK ("origin" IN ('analysis', 'body')),
  CONSTRAINT "conference_topics_title" CHECK (coalesce("title_kk", "title_ru", "title_en") IS NOT NULL),
  CONSTRAINT "conference_topics_quarter" CHECK ("quarter" ~ '^[0-9]{4}-Q[1-4]$')
);
--> statement-breakpoint
CREATE UNIQUE INDEX "conference_topics_key_idx" ON "conference_topics" ("body_id", "quarter", "topic_key")
  WHERE "topic_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "conference_topics_body_idx" ON "conference_topics" ("body_id", "quarter");
--> statement-breakpoint
CREATE TABLE "conference_topic_events" (
  "topic_id" uuid NOT NULL REFERENCES "conference_topics"("id") ON DELETE CASCADE,
  "event_id" uuid NOT NULL REFERENCES "dialogue_events"("id") ON DELETE CASCADE,
  CONSTRAINT "conference_topic_events_pk" PRIMARY KEY ("topic_id", "event_id")
);
