-- Issue 10: an indicator the ministry can defend.
-- (1) Every evaluation result states what it is (src/domain/evaluation/result-status.ts):
--     evaluated, nothing_received (C = G = 0, the §22 default) or not_submitted (no §20 information).
ALTER TABLE "evaluation_results" ADD COLUMN "status" text DEFAULT 'evaluated' NOT NULL;
--> statement-breakpoint
ALTER TABLE "evaluation_results" ADD CONSTRAINT "evaluation_results_status_check"
  CHECK ("status" IN ('evaluated', 'nothing_received', 'not_submitted'));
--> statement-breakpoint
UPDATE evaluation_results r SET status = CASE
  WHEN r.source = 'recorded' AND NOT EXISTS (SELECT 1 FROM evaluation_results s
    WHERE s.round_id = r.round_id AND s.body_id = r.body_id AND s.source = 'submission') THEN 'not_submitted'
  WHEN r.c = 0 AND r.g = 0 THEN 'nothing_received'
  ELSE 'evaluated' END;
--> statement-breakpoint
-- (2) §2.8: C and G (and B, E) count only items of the two portals, the rule of
--     src/domain/evaluation/counts-in-f.ts. The functions of 0006 are redefined with the channel
--     filter, the update trigger also reacts to a changed channel, and indicator_daily is rebuilt.
CREATE OR REPLACE FUNCTION pikir_recompute_indicator_days(p_bodies uuid[], p_days date[]) RETURNS void LANGUAGE plpgsql AS $$
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
    AND f.channel IN ('legal_acts_portal', 'budget_portal')
  LEFT JOIN decisions d ON d.item_id = f.id AND d.superseded_at IS NULL
  LEFT JOIN answers a ON a.item_id = f.id AND a.superseded_at IS NULL
  GROUP BY f.body_id, k.day;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pikir_indicator_items_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
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
  WHERE n.kind IN ('remark', 'proposal', 'comment') AND n.channel IN ('legal_acts_portal', 'budget_portal')
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
CREATE OR REPLACE FUNCTION pikir_indicator_items_updated() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE bodies uuid[]; days date[];
BEGIN
  SELECT array_agg(k.body_id), array_agg(k.day) INTO bodies, days FROM (
    SELECT o.body_id, pikir_kz_day(o.received_at) AS day FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.body_id, o.received_at, o.kind, o.channel) IS DISTINCT FROM (n.body_id, n.received_at, n.kind, n.channel)
    UNION
    SELECT n.body_id, pikir_kz_day(n.received_at) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.body_id, o.received_at, o.kind, o.channel) IS DISTINCT FROM (n.body_id, n.received_at, n.kind, n.channel)
  ) k;
  IF bodies IS NOT NULL THEN PERFORM pikir_recompute_indicator_days(bodies, days); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pikir_indicator_decisions_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_daily AS t (body_id, day, accepted_with_reference, accepted_without_reference, rejected)
  SELECT f.body_id, pikir_kz_day(f.received_at),
    count(*) FILTER (WHERE n.outcome = 'accepted' AND coalesce(btrim(n.reference_text), '') <> ''),
    count(*) FILTER (WHERE n.outcome = 'accepted' AND coalesce(btrim(n.reference_text), '') = ''),
    count(*) FILTER (WHERE n.outcome = 'rejected')
  FROM new_rows n JOIN feedback_items f ON f.id = n.item_id
  WHERE n.superseded_at IS NULL AND f.kind IN ('remark', 'proposal') AND f.channel IN ('legal_acts_portal', 'budget_portal')
  GROUP BY 1, 2
  ON CONFLICT (body_id, day) DO UPDATE SET
    accepted_with_reference = t.accepted_with_reference + excluded.accepted_with_reference,
    accepted_without_reference = t.accepted_without_reference + excluded.accepted_without_reference,
    rejected = t.rejected + excluded.rejected;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pikir_indicator_answers_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO indicator_daily AS t (body_id, day, answered)
  SELECT f.body_id, pikir_kz_day(f.received_at), count(*)
  FROM new_rows n JOIN feedback_items f ON f.id = n.item_id
  WHERE n.superseded_at IS NULL AND f.kind = 'comment' AND f.channel IN ('legal_acts_portal', 'budget_portal')
  GROUP BY 1, 2
  ON CONFLICT (body_id, day) DO UPDATE SET answered = t.answered + excluded.answered;
  RETURN NULL;
END $$;
--> statement-breakpoint
DELETE FROM indicator_daily;
--> statement-breakpoint
SELECT pikir_recompute_indicator_days(array_agg(body_id), array_agg(day))
FROM (SELECT DISTINCT body_id, pikir_kz_day(received_at) AS day FROM feedback_items) k
HAVING count(*) > 0;
