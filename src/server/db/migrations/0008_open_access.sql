-- Open access, checked (issue 6): §23 zeroes F where drafts, budget-program reports or results were
-- not in open access. Every check of a recorded address is kept as evidence (append-only); the
-- entity's own open_access flag follows the latest check. See schema-open-access.ts.
CREATE TABLE IF NOT EXISTS "open_access_checks" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "open_access_checks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1) NOT NULL,
	"body_id" uuid NOT NULL REFERENCES "state_bodies"("id"),
	"entity_kind" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"url" text NOT NULL,
	"final_url" text,
	"checked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"http_status" integer,
	"ok" boolean NOT NULL,
	"reason" text,
	"content_type" text,
	"content_sha256" text,
	"content_length" integer,
	"truncated" boolean DEFAULT false NOT NULL,
	"response_ms" integer,
	"requested_by" uuid REFERENCES "users"("id"),
	CONSTRAINT "open_access_checks_entity_kind" CHECK ("entity_kind" in ('initiative','result_publication')),
	CONSTRAINT "open_access_checks_reason" CHECK ("reason" is null or "reason" in ('invalid_url','private_address','dns','network','tls','timeout','http_status','login_required','empty')),
	-- An ok check has no reason; a failed one always says why.
	CONSTRAINT "open_access_checks_ok_reason" CHECK ("ok" = ("reason" is null)),
	CONSTRAINT "open_access_checks_sha256" CHECK ("content_sha256" is null or "content_sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
-- "The latest check of this entity": an index-only walk, newest first.
CREATE INDEX IF NOT EXISTS "open_access_checks_entity_idx" ON "open_access_checks" USING btree ("entity_kind","entity_id","checked_at" DESC, "id" DESC);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "open_access_checks_body_idx" ON "open_access_checks" USING btree ("body_id","checked_at" DESC);
