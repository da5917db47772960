/** Facts for the compliance calendar (src/domain/compliance/compute-due-duties.ts), per body. */
import { sql } from "drizzle-orm";
import type { Executor } from "../context.ts";

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;

export interface DiscussionFact {
  id: string;
  title: string;
  kind: string;
  endsOn: string;
  startsOn: string | null;
  /** §5, §10: whether the informational message announcing the period is recorded. */
  infoMessagePublished: boolean;
  undecided: number;
  councilHeldOn: string | null;
}

/** Discussions whose window touches [from − 60 days, to], with remarks and proposals still undecided. */
export async function listDiscussionFacts(
  db: Executor,
  bodyId: string,
  from: string,
  to: string,
): Promise<DiscussionFact[]> {
  return rows<DiscussionFact>(
    await db.execute(sql`
    select i.id, coalesce(i.title_kk, i.title_ru, i.title_en) as title, i.kind::text as kind, i.discussion_ends_on::text as "endsOn",
      i.discussion_starts_on::text as "startsOn", (coalesce(btrim(i.info_message), '') <> '') as "infoMessagePublished",
      (select count(*) from feedback_items f
        where f.initiative_id = i.id and f.body_id = i.body_id and f.kind in ('remark','proposal')
          and not exists (select 1 from decisions d where d.item_id = f.id and d.superseded_at is null))::int as undecided,
      (select min(c.held_on)::text from council_sessions c where c.initiative_id = i.id and c.withdrawn_at is null) as "councilHeldOn"
    from initiatives i
    where i.body_id = ${bodyId}::uuid and i.status <> 'withdrawn' and i.discussion_ends_on is not null
      and i.discussion_ends_on >= ${from}::date - 60 and coalesce(i.discussion_starts_on, i.discussion_ends_on) <= ${to}::date
      and i.kind in ('draft_legal_act','draft_budget_program','budget_report')
    order by i.discussion_ends_on`),
  );
}

export async function findUnansweredComments(
  db: Executor,
  bodyId: string,
): Promise<{ count: number; oldestReceivedOn: string } | null> {
  const [row] = rows<{ count: number; oldestReceivedOn: string | null }>(
    await db.execute(sql`
    select count(*)::int as count, pikir_kz_day(min(f.received_at))::text as "oldestReceivedOn"
    from feedback_items f
    where f.body_id = ${bodyId}::uuid and f.kind = 'comment'
      and not exists (select 1 from answers a where a.item_id = f.id and a.superseded_at is null)`),
  );
  return row && row.count > 0 && row.oldestReceivedOn
    ? { count: row.count, oldestReceivedOn: row.oldestReceivedOn }
    : null;
}

export interface RequestFact {
  roundId: string;
  title: string;
  dueOn: string | null;
  requestedOn: string;
  submitted: boolean;
}

export async function listRequestFacts(db: Executor, bodyId: string): Promise<RequestFact[]> {
  return rows<RequestFact>(
    await db.execute(sql`
    select r.round_id as "roundId", rd.title, rd.due_on::text as "dueOn", pikir_kz_day(r.requested_at)::text as "requestedOn",
      (r.status = 'submitted') as submitted
    from evaluation_requests r join evaluation_rounds rd on rd.id = r.round_id
    where r.body_id = ${bodyId}::uuid and rd.status <> 'cancelled' order by r.requested_at`),
  );
}

/** §14: quarters ("2025-Q1") whose analysis is with the head or approved; a returned one is back with the officers. */
export async function listSubmittedAnalyses(db: Executor, bodyId: string): Promise<string[]> {
  return rows<{ quarter: string }>(
    await db.execute(sql`
    select period_year || '-Q' || period_quarter as quarter from quarterly_reviews
    where body_id = ${bodyId}::uuid and status <> 'returned' order by period_year, period_quarter`),
  ).map((r) => r.quarter);
}
