-- Issue 16: the body's own topics kept from quarter to quarter, and the §14 drafts saved on the server.
-- analysis_topics: a topic of a quarter's clusters (services/analysis/quarter-topics.ts) that the officer
-- named, or merged into another; "stems" are the topic's top stems when it was saved, by which later
-- quarters' clusters find it again (domain/analysis/topic-catalog.ts). See schema-analysis.ts.
CREATE TABLE "analysis_topics" (
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"key" text NOT NULL,
	"name_kk" text,
	"name_ru" text,
	"name_en" text,
	"stems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"merged_into" text,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_topics_pk" PRIMARY KEY ("body_id", "key"),
	CONSTRAINT "analysis_topics_not_self" CHECK ("merged_into" IS NULL OR "merged_into" <> "key")
);
--> statement-breakpoint
-- analysis_drafts: the officer's edit of the quarter's §17 topics and §14 recommendations, per document
-- language; what the §15 submission form starts from.
CREATE TABLE "analysis_drafts" (
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"quarter" text NOT NULL,
	"lang" text NOT NULL,
	"topics" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recommendations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid REFERENCES "users"("id"),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_drafts_pk" PRIMARY KEY ("body_id", "quarter", "lang"),
	CONSTRAINT "analysis_drafts_lang" CHECK ("lang" in ('kk','ru','en'))
);
