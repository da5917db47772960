-- Security hardening (issue 11, review 2026-12-security). Hand-written.
--
-- W1/W25: a row that names an initiative must belong to the initiative's own body. The services
-- check this too (services/initiatives/assert-initiative-of-body.ts); the composite keys make it
-- hold for every writer, the importers and the seed included. Rows written before the check that
-- point across bodies are detached first (they were never the other body's record).
UPDATE "feedback_items" f SET "initiative_id" = NULL
  FROM "initiatives" i WHERE i."id" = f."initiative_id" AND i."body_id" <> f."body_id";
--> statement-breakpoint
UPDATE "result_publications" r SET "initiative_id" = NULL
  FROM "initiatives" i WHERE i."id" = r."initiative_id" AND i."body_id" <> r."body_id";
--> statement-breakpoint
UPDATE "media_work" m SET "initiative_id" = NULL
  FROM "initiatives" i WHERE i."id" = m."initiative_id" AND i."body_id" <> m."body_id";
--> statement-breakpoint
CREATE UNIQUE INDEX "initiatives_id_body_idx" ON "initiatives" USING btree ("id", "body_id");
--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_initiative_same_body_fk"
  FOREIGN KEY ("initiative_id", "body_id") REFERENCES "initiatives"("id", "body_id");
--> statement-breakpoint
ALTER TABLE "result_publications" ADD CONSTRAINT "result_publications_initiative_same_body_fk"
  FOREIGN KEY ("initiative_id", "body_id") REFERENCES "initiatives"("id", "body_id");
--> statement-breakpoint
ALTER TABLE "media_work" ADD CONSTRAINT "media_work_initiative_same_body_fk"
  FOREIGN KEY ("initiative_id", "body_id") REFERENCES "initiatives"("id", "body_id");
--> statement-breakpoint
-- W24: deactivating an account or changing its password ends its sessions, whoever makes the
-- change (a service, the CLI, SQL), so reactivation never revives an old cookie.
CREATE FUNCTION "pikir_end_user_sessions"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "sessions" WHERE "user_id" = NEW."id";
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_end_sessions" AFTER UPDATE OF "active", "password_hash" ON "users"
  FOR EACH ROW WHEN ((OLD."active" AND NOT NEW."active") OR OLD."password_hash" IS DISTINCT FROM NEW."password_hash")
  EXECUTE FUNCTION "pikir_end_user_sessions"();
--> statement-breakpoint
-- A deactivated account's existing sessions end now.
DELETE FROM "sessions" s USING "users" u WHERE u."id" = s."user_id" AND NOT u."active";
