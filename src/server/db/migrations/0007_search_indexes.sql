-- Inbox search at national scale: substring search (ILIKE '%…%', any language, any word form)
-- served by a trigram index instead of a scan of every item of the body.
CREATE INDEX IF NOT EXISTS "feedback_items_text_trgm_idx" ON "feedback_items" USING gin ("text" gin_trgm_ops);
--> statement-breakpoint
-- The inbox's own order (newest first) within a body and kind: the status filters walk it.
CREATE INDEX IF NOT EXISTS "feedback_items_body_kind_received_idx" ON "feedback_items" USING btree ("body_id", "kind", "received_at");
