CREATE TYPE "public"."body_kind" AS ENUM('central', 'local', 'presidential');--> statement-breakpoint
CREATE TYPE "public"."channel" AS ENUM('legal_acts_portal', 'budget_portal', 'dialogue_portal', 'appeal', 'social_media', 'own_form');--> statement-breakpoint
CREATE TYPE "public"."decision_outcome" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."dialogue_event_kind" AS ENUM('internet_conference', 'survey');--> statement-breakpoint
CREATE TYPE "public"."exclusion_reason" AS ENUM('national_security', 'prosecutor', 'court_administration', 'national_bank');--> statement-breakpoint
CREATE TYPE "public"."initiative_kind" AS ENUM('draft_legal_act', 'draft_budget_program', 'budget_report', 'project', 'initiative');--> statement-breakpoint
CREATE TYPE "public"."initiative_status" AS ENUM('draft', 'in_discussion', 'discussion_closed', 'adopted', 'implemented', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."item_kind" AS ENUM('comment', 'remark', 'proposal', 'appeal', 'social_comment');--> statement-breakpoint
CREATE TYPE "public"."item_lang" AS ENUM('kk', 'ru', 'en', 'mixed', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."media_work_kind" AS ENUM('briefing', 'publication', 'live_broadcast');--> statement-breakpoint
CREATE TYPE "public"."reference_kind" AS ENUM('act_clause', 'budget_program', 'document');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('requested', 'submitted');--> statement-breakpoint
CREATE TYPE "public"."result_publication_kind" AS ENUM('interim', 'final');--> statement-breakpoint
CREATE TYPE "public"."result_source" AS ENUM('submission', 'recorded');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('body_officer', 'body_head', 'ministry_analyst', 'administrator');--> statement-breakpoint
CREATE TYPE "public"."round_status" AS ENUM('open', 'computed', 'published');--> statement-breakpoint
CREATE TYPE "public"."social_platform" AS ENUM('telegram', 'facebook', 'instagram', 'vk', 'youtube', 'x', 'other');--> statement-breakpoint
CREATE TABLE "answers" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"text" text NOT NULL,
	"url" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"item_id" bigint NOT NULL,
	"outcome" "decision_outcome" NOT NULL,
	"reason" text,
	"reference_kind" "reference_kind",
	"reference_text" text,
	"reference_url" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "feedback_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"body_id" uuid NOT NULL,
	"initiative_id" uuid,
	"channel" "channel" NOT NULL,
	"kind" "item_kind" NOT NULL,
	"kind_origin" text DEFAULT 'source' NOT NULL,
	"text" text NOT NULL,
	"lang" "item_lang" DEFAULT 'unknown' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"source_ref" text NOT NULL,
	"author_ref" text,
	"social_account_id" uuid,
	"clause_ref" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" "initiative_kind" NOT NULL,
	"status" "initiative_status" DEFAULT 'draft' NOT NULL,
	"title_kk" text,
	"title_ru" text,
	"title_en" text,
	"summary" text,
	"discussion_starts_on" date,
	"discussion_ends_on" date,
	"info_message" text,
	"info_message_published_at" timestamp with time zone,
	"portal_url" text,
	"source" text,
	"source_ref" text,
	"open_access" boolean,
	"open_access_checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_title" CHECK (coalesce("initiatives"."title_kk", "initiatives"."title_ru", "initiatives"."title_en") is not null),
	CONSTRAINT "initiatives_window" CHECK ("initiatives"."discussion_ends_on" is null or "initiatives"."discussion_starts_on" is null or "initiatives"."discussion_ends_on" >= "initiatives"."discussion_starts_on")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"platform" "social_platform" NOT NULL,
	"handle" text NOT NULL,
	"url" text,
	"official" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "state_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" "body_kind" NOT NULL,
	"region_code" text,
	"parent_id" uuid,
	"in_scope" boolean DEFAULT true NOT NULL,
	"exclusion_reason" "exclusion_reason",
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "state_bodies_code_unique" UNIQUE("code"),
	CONSTRAINT "state_bodies_scope_reason" CHECK ("state_bodies"."in_scope" = ("state_bodies"."exclusion_reason" is null))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "role" NOT NULL,
	"body_id" uuid,
	"password_hash" text,
	"locale" text DEFAULT 'kk' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_body_roles" CHECK ("users"."role" not in ('body_officer','body_head') or "users"."body_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"body_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "dialogue_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"kind" "dialogue_event_kind" NOT NULL,
	"topic" text NOT NULL,
	"url" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"participants" integer,
	"questions" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_requests" (
	"round_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"status" "request_status" DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "evaluation_requests_round_id_body_id_pk" PRIMARY KEY("round_id","body_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"source" "result_source" NOT NULL,
	"f_value" numeric(4, 1) NOT NULL,
	"band" text NOT NULL,
	"zeroed" boolean NOT NULL,
	"b" integer NOT NULL,
	"c" integer NOT NULL,
	"e" integer NOT NULL,
	"g" integer NOT NULL,
	"explanation" jsonb NOT NULL,
	"criteria21" jsonb,
	"rules_version" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"status" "round_status" DEFAULT 'open' NOT NULL,
	"rules_version" text NOT NULL,
	"due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	CONSTRAINT "evaluation_rounds_period" CHECK ("evaluation_rounds"."period_to" >= "evaluation_rounds"."period_from")
);
--> statement-breakpoint
CREATE TABLE "evaluation_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"remarks_received" integer NOT NULL,
	"remarks_accepted" integer NOT NULL,
	"remarks_rejected" integer NOT NULL,
	"comments_received" integer NOT NULL,
	"comments_answered" integer NOT NULL,
	"conference_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"media_materials" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"open_access" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "evaluation_submissions_counts" CHECK ("evaluation_submissions"."remarks_accepted" >= 0 and "evaluation_submissions"."remarks_rejected" >= 0 and "evaluation_submissions"."remarks_accepted" + "evaluation_submissions"."remarks_rejected" <= "evaluation_submissions"."remarks_received" and "evaluation_submissions"."comments_answered" >= 0 and "evaluation_submissions"."comments_answered" <= "evaluation_submissions"."comments_received")
);
--> statement-breakpoint
CREATE TABLE "media_work" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"initiative_id" uuid,
	"kind" "media_work_kind" NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"proof_url" text,
	"announced_on" date,
	"happened_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"initiative_id" uuid,
	"kind" "result_publication_kind" NOT NULL,
	"period_year" integer NOT NULL,
	"period_quarter" integer,
	"title" text NOT NULL,
	"url" text NOT NULL,
	"published_on" date NOT NULL,
	"open_access" boolean,
	"checked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "result_publications_period" CHECK (("result_publications"."kind" = 'interim' and "result_publications"."period_quarter" between 1 and 4) or ("result_publications"."kind" = 'final' and "result_publications"."period_quarter" is null))
);
--> statement-breakpoint
CREATE TABLE "satisfaction_scores" (
	"round_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"score_percent" numeric(5, 2) NOT NULL,
	"respondents" integer,
	"source" text,
	CONSTRAINT "satisfaction_scores_round_id_body_id_pk" PRIMARY KEY("round_id","body_id")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_item_id_feedback_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."feedback_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_social_account_id_social_accounts_id_fk" FOREIGN KEY ("social_account_id") REFERENCES "public"."social_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_accounts" ADD CONSTRAINT "social_accounts_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "state_bodies" ADD CONSTRAINT "state_bodies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_events" ADD CONSTRAINT "dialogue_events_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_requests" ADD CONSTRAINT "evaluation_requests_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_requests" ADD CONSTRAINT "evaluation_requests_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_rounds" ADD CONSTRAINT "evaluation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_submissions" ADD CONSTRAINT "evaluation_submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_work" ADD CONSTRAINT "media_work_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_work" ADD CONSTRAINT "media_work_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_scores" ADD CONSTRAINT "satisfaction_scores_round_id_evaluation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."evaluation_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_scores" ADD CONSTRAINT "satisfaction_scores_body_id_state_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."state_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answers_current_idx" ON "answers" USING btree ("item_id") WHERE "answers"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_current_idx" ON "decisions" USING btree ("item_id") WHERE "decisions"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_items_source_ref_idx" ON "feedback_items" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "feedback_items_body_received_idx" ON "feedback_items" USING btree ("body_id","received_at");--> statement-breakpoint
CREATE INDEX "feedback_items_initiative_idx" ON "feedback_items" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_source_ref_idx" ON "initiatives" USING btree ("source","source_ref");--> statement-breakpoint
CREATE INDEX "initiatives_body_idx" ON "initiatives" USING btree ("body_id","kind");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "social_accounts_handle_idx" ON "social_accounts" USING btree ("platform","handle");--> statement-breakpoint
CREATE INDEX "state_bodies_parent_idx" ON "state_bodies" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "dialogue_events_body_idx" ON "dialogue_events" USING btree ("body_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_results_unique_idx" ON "evaluation_results" USING btree ("round_id","body_id","source");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_submissions_current_idx" ON "evaluation_submissions" USING btree ("round_id","body_id") WHERE "evaluation_submissions"."superseded_at" is null;--> statement-breakpoint
CREATE INDEX "media_work_body_idx" ON "media_work" USING btree ("body_id","happened_on");--> statement-breakpoint
CREATE INDEX "result_publications_body_idx" ON "result_publications" USING btree ("body_id","period_year");