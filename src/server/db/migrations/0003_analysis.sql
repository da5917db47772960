-- Text analytics of feedback (issue 4): automatic labels per item, people's corrections (never
-- overwritten by a re-run) and campaign groups per body and quarter. See schema-analysis.ts.
CREATE TABLE "analysis_labels" (
	"item_id" bigint PRIMARY KEY NOT NULL,
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
	"terms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duplicate_of" bigint,
	"duplicate_similarity" real DEFAULT 0 NOT NULL,
	"min_confidence" real NOT NULL,
	"model_version" text NOT NULL,
	"labelled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lang_reviewed" text,
	"kind_reviewed" text,
	"appeal_type_reviewed" text,
	"sentiment_reviewed" text,
	"topic_reviewed" text,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "analysis_corrections" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "analysis_corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"body_id" uuid NOT NULL,
	"field" text NOT NULL,
	"old_value" text,
	"new_value" text NOT NULL,
	"reason" text,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_corrections_field" CHECK ("analysis_corrections"."field" in ('kind', 'sentiment', 'topic', 'appealType', 'lang'))
);
--> statement-breakpoint
CREATE TABLE "analysis_campaigns" (
	"body_id" uuid NOT NULL,
	"quarter" text NOT NULL,
	"root_item_id" bigint NOT NULL,
	"size" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analysis_campaigns_pk" PRIMARY KEY("body_id","quarter","root_item_id"),
	CONSTRAINT "analysis_campaigns_size" CHECK ("analysis_campaigns"."size" >= 2)
);
--> statement-breakpoint
ALTER TABLE "analysis_labels" ADD CONSTRAINT "analysis_labels_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_labels" ADD CONSTRAINT "analysis_labels_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_corrections" ADD CONSTRAINT "analysis_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_campaigns" ADD CONSTRAINT "analysis_campaigns_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "analysis_campaigns" ADD CONSTRAINT "analysis_campaigns_root_item_id_feedback_items_id_fk" FOREIGN KEY ("root_item_id") REFERENCES "public"."feedback_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "analysis_labels_body_received_idx" ON "analysis_labels" USING btree ("body_id","received_at");
--> statement-breakpoint
CREATE INDEX "analysis_labels_review_idx" ON "analysis_labels" USING btree ("body_id","min_confidence") WHERE "analysis_labels"."reviewed_at" is null;
--> statement-breakpoint
CREATE INDEX "analysis_labels_duplicate_idx" ON "analysis_labels" USING btree ("duplicate_of") WHERE "analysis_labels"."duplicate_of" is not null;
--> statement-breakpoint
CREATE INDEX "analysis_corrections_item_idx" ON "analysis_corrections" USING btree ("item_id","id");
