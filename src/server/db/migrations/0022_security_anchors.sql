-- Issue 11, the security review's weaknesses still open after 0014.
--
-- W6: signed checkpoints of the audit chain's head (id, hash, number of entries), kept apart from the
-- chain. Both tables are append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role,
-- the owner included, so rewriting them takes a deliberate ALTER TABLE … DISABLE TRIGGER (logged by
-- PostgreSQL's DDL logging) and still cannot forge a checkpoint's HMAC without PIKIR_AUDIT_KEY.
CREATE TABLE "audit_checkpoints" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
	"at" timestamp with time zone NOT NULL,
	"last_id" bigint NOT NULL,
	"last_hash" text NOT NULL,
	"entries" bigint NOT NULL,
	"prev_signature" text NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "audit_checkpoints_signature_unique" UNIQUE("signature")
);--> statement-breakpoint
CREATE INDEX "audit_checkpoints_last_id_idx" ON "audit_checkpoints" USING btree ("last_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION "refuse_append_only_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER "audit_checkpoints_append_only" BEFORE UPDATE OR DELETE ON "audit_checkpoints"
	FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();--> statement-breakpoint
CREATE TRIGGER "audit_checkpoints_no_truncate" BEFORE TRUNCATE ON "audit_checkpoints"
	FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();--> statement-breakpoint
CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
	FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
	FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();--> statement-breakpoint
-- W19: sign-in throttling per account, per (account, source) pair and per source, keyed by hashes of
-- the e-mail and the address, so an e-mail without an account is throttled exactly like a real one.
CREATE TABLE "sign_in_throttle" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"blocks" integer DEFAULT 0 NOT NULL,
	"blocked_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_in_throttle_pk" PRIMARY KEY("scope","key"),
	CONSTRAINT "sign_in_throttle_scope" CHECK ("scope" in ('account', 'pair', 'source'))
);--> statement-breakpoint
-- Addresses (hashed) a user has signed in from: they are not slowed down by attempts from elsewhere.
CREATE TABLE "sign_in_known_sources" (
	"user_id" uuid NOT NULL REFERENCES "users"("id") ON DELETE cascade,
	"source" text NOT NULL,
	"last_success_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_known_sources_pk" PRIMARY KEY("user_id","source")
);
