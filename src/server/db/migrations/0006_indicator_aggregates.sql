-- Incremental §20 figures per body and Kazakhstan calendar day, kept exact by statement-level
-- triggers, so evaluating every body over any period sums a few thousand rows instead of scanning
-- millions of items. Inserts (the bulk path: imports) add deltas computed set-wise from the
-- statement's transition table; rarer changes (reclassification, superseding a decision, deletes)
-- recompute the touched (body, day) pairs from the base tables.
CREATE TABLE "indicator_daily" (
	"body_id" uuid NOT NULL,
	"day" date NOT NULL,
	"remarks" integer DEFAULT 0 NOT NULL,
	"accepted_with_reference" integer DEFAULT 0 NOT NULL,
	"accepted_without_reference" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"comments" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_daily_pk" PRIMARY KEY ("body_id", "day")
);
--> statement-breakpoint
-- The Kazakhstan calendar day (UTC+5 since 01.03.2024) of an instant.
CREATE FUNCTION pikir_kz_day(ts timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT ((ts AT TIME ZONE 'UTC') + interval '5 hours')::date $$;
--> statement-breakpoint
CREATE FUNCTION pikir_recompute_indicator_days(p_bodies uuid[], p_days date[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM indicator_daily d USING unnest(p_bodies, p_days) AS k(body_id, day)
    WHERE d.body_id = k.body_id AND d.day = k.day;
  INSERT INTO indicator_daily (body_id, day, remarks, accepted_with_reference, accepted_without_reference, rejected, comments, answered)
  SELECT f.body_id, k.day,
    count(*) FILTER (WHERE f.kind IN ('remark', 'proposal')),
    count(*) FILTER (WHERE f.kind IN ('remark', 'proposal') AND d.outcome = 'accepted' AND coalesce(btrim(d.reference_text), '') <> ''),
    count(*) FILTER (WHERE f.kind IN ('remark', 'proposal') AND d.outcome = 'accepted' AND coalesce(btrim(d.reference_text), '') = ''),
    count(*) FILTER (WHERE f.kind IN ('remark', 'proposal') AND d.outcome = 'rejected'),
    count(*) FILTER (WHERE f.kind = 'comment'),
    count(*) FILTER (WHERE f.kind = 'comment' AND a.id IS NOT NULL)
  FROM (SELECT DISTINCT body_id, day FROM unnest(p_bodies, p_days) AS u(body_id, day)) k
  JOIN feedback_items f ON f.body_id = k.body_id
    AND f.received_at >= (k.day::timestamp - interval '5 hours') AT TIME ZONE 'UTC'
    AND f.received_at < ((k.day + 1)::timestamp - interval '5 hours') AT TIME ZONE 'UTC'
    AND f.kind IN ('remark', 'proposal', 'comment')
  LEFT JOIN decisions d ON d.item_id = f.id AND d.superseded_at IS NULL
  LEFT JOIN answers a ON a.item_id = f.id AND a.superseded_at IS NULL
  GROUP BY f.body_id, k.day;
END $$;
--> statement-breakpoint
CREATE FUNCTION pikir_indicator_items_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_daily AS t (body_id, day, remarks, accepted_with_reference, accepted_without_reference, rejected, comments, answered)
  SELECT n.body_id, pikir_kz_day(n.received_at),
    count(*) FILTER (WHERE n.kind IN ('remark', 'proposal')),
    count(*) FILTER (WHERE n.kind IN ('remark', 'proposal') AND d.outcome = 'accepted' AND coalesce(btrim(d.reference_text), '') <> ''),
    count(*) FILTER (WHERE n.kind IN ('remark', 'proposal') AND d.outcome = 'accepted' AND coalesce(btrim(d.reference_text), '') = ''),
    count(*) FILTER (WHERE n.kind IN ('remark', 'proposal') AND d.outcome = 'rejected'),
    count(*) FILTER (WHERE n.kind = 'comment'),
    count(*) FILTER (WHERE n.kind = 'comment' AND a.id IS NOT NULL)
  FROM new_rows n
  LEFT JOIN decisions d ON d.item_id = n.id AND d.superseded_at IS NULL
  LEFT JOIN answers a ON a.item_id = n.id AND a.superseded_at IS NULL
  WHERE n.kind IN ('remark', 'proposal', 'comment')
  GROUP BY 1, 2
  ON CONFLICT (body_id, day) DO UPDATE SET
    remarks = t.remarks + excluded.remarks,
    accepted_with_reference = t.accepted_with_reference + excluded.accepted_with_reference,
    accepted_without_reference = t.accepted_without_reference + excluded.accepted_without_reference,
    rejected = t.rejected + excluded.rejected,
    comments = t.comments + excluded.comments,
    answered = t.answered + excluded.answered;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION pikir_indicator_items_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bodies uuid[]; days date[];
BEGIN
  SELECT array_agg(k.body_id), array_agg(k.day) INTO bodies, days FROM (
    SELECT o.body_id, pikir_kz_day(o.received_at) AS day FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.body_id, o.received_at, o.kind) IS DISTINCT FROM (n.body_id, n.received_at, n.kind)
    UNION
    SELECT n.body_id, pikir_kz_day(n.received_at) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.body_id, o.received_at, o.kind) IS DISTINCT FROM (n.body_id, n.received_at, n.kind)
  ) k;
  IF bodies IS NOT NULL THEN PERFORM pikir_recompute_indicator_days(bodies, days); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION pikir_indicator_items_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bodies uuid[]; days date[];
BEGIN
  SELECT array_agg(k.body_id), array_agg(k.day) INTO bodies, days
    FROM (SELECT DISTINCT body_id, pikir_kz_day(received_at) AS day FROM old_rows) k;
  IF bodies IS NOT NULL THEN PERFORM pikir_recompute_indicator_days(bodies, days); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Decisions and answers: a new current one adds its delta; any other change recomputes its day.
CREATE FUNCTION pikir_indicator_decisions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_daily AS t (body_id, day, accepted_with_reference, accepted_without_reference, rejected)
  SELECT f.body_id, pikir_kz_day(f.received_at),
    count(*) FILTER (WHERE n.outcome = 'accepted' AND coalesce(btrim(n.reference_text), '') <> ''),
    count(*) FILTER (WHERE n.outcome = 'accepted' AND coalesce(btrim(n.reference_text), '') = ''),
    count(*) FILTER (WHERE n.outcome = 'rejected')
  FROM new_rows n JOIN feedback_items f ON f.id = n.item_id
  WHERE n.superseded_at IS NULL AND f.kind IN ('remark', 'proposal')
  GROUP BY 1, 2
  ON CONFLICT (body_id, day) DO UPDATE SET
    accepted_with_reference = t.accepted_with_reference + excluded.accepted_with_reference,
    accepted_without_reference = t.accepted_without_reference + excluded.accepted_without_reference,
    rejected = t.rejected + excluded.rejected;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION pikir_indicator_answers_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_daily AS t (body_id, day, answered)
  SELECT f.body_id, pikir_kz_day(f.received_at), count(*)
  FROM new_rows n JOIN feedback_items f ON f.id = n.item_id
  WHERE n.superseded_at IS NULL AND f.kind = 'comment'
  GROUP BY 1, 2
  ON CONFLICT (body_id, day) DO UPDATE SET answered = t.answered + excluded.answered;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION pikir_indicator_item_children_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bodies uuid[]; days date[];
BEGIN
  SELECT array_agg(k.body_id), array_agg(k.day) INTO bodies, days FROM (
    SELECT DISTINCT f.body_id, pikir_kz_day(f.received_at) AS day
    FROM old_rows o JOIN feedback_items f ON f.id = o.item_id
  ) k;
  IF bodies IS NOT NULL THEN PERFORM pikir_recompute_indicator_days(bodies, days); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER indicator_items_inserted AFTER INSERT ON feedback_items REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_items_inserted();
--> statement-breakpoint
CREATE TRIGGER indicator_items_updated AFTER UPDATE ON feedback_items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_items_updated();
--> statement-breakpoint
CREATE TRIGGER indicator_items_deleted AFTER DELETE ON feedback_items REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_items_deleted();
--> statement-breakpoint
CREATE TRIGGER indicator_decisions_inserted AFTER INSERT ON decisions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_decisions_inserted();
--> statement-breakpoint
CREATE TRIGGER indicator_decisions_updated AFTER UPDATE ON decisions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_item_children_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_decisions_deleted AFTER DELETE ON decisions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_item_children_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_answers_inserted AFTER INSERT ON answers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_answers_inserted();
--> statement-breakpoint
CREATE TRIGGER indicator_answers_updated AFTER UPDATE ON answers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_item_children_changed();
--> statement-breakpoint
CREATE TRIGGER indicator_answers_deleted AFTER DELETE ON answers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pikir_indicator_item_children_changed();
--> statement-breakpoint
-- Items that exist before this migration: every (body, day) that has any, through the same recount.
SELECT pikir_recompute_indicator_days(array_agg(body_id), array_agg(day))
FROM (SELECT DISTINCT body_id, pikir_kz_day(received_at) AS day FROM feedback_items) k
HAVING count(*) > 0;
