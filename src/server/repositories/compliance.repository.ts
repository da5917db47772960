/**
 * Facts for the compliance calendar (src/domain/compliance/compute-due-duties.ts), for many bodies
 * at once: the ministry's overdue list and the daily digest read every in-scope body (hundreds with
 * the district akimats), and one query per fact keeps that to six round trips instead of six per body.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../context.ts";

const rows = <T>(result: unknown) => (result as { rows: T[] }).rows;
/** `(id1, id2, …)` for `in`; an empty list matches nothing. */
const idList = (ids: string[]): SQL =>
  ids.length
    ? sql`(${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`(null::uuid)`;

/** A row of one of the bodies asked for. */
export type OfBody<T> = T & { bodyId: string };

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
  bodyIds: string[],
  from: string,
  to: string,
): Promise<OfBody<DiscussionFact>[]> {
  return rows<OfBody<DiscussionFact>>(
    await db.execute(sql`
    select i.body_id as "bodyId", i.id, coalesce(i.title_kk, i.title_ru, i.title_en) as title, i.kind::text as kind, i.discussion_ends_on::text as "endsOn",
      i.discussion_starts_on::text as "startsOn", (coalesce(btrim(i.info_message), '') <> '') as "infoMessagePublished",
      (select count(*) from feedback_items f
        where f.initiative_id = i.id and f.body_id = i.body_id and f.kind in ('remark','proposal')
          and not exists (select 1 from decisions d where d.item_id = f.id and d.superseded_at is null))::int as undecided,
      (select min(c.held_on)::text from council_sessions c where c.initiative_id = i.id and c.withdrawn_at is null) as "councilHeldOn"
    from initiatives i
    where i.body_id in ${idList(bodyIds)} and i.status <> 'withdrawn' and i.discussion_ends_on is not null
      and i.discussion_ends_on >= ${from}::date - 60 and coalesce(i.discussion_starts_on, i.discussion_ends_on) <= ${to}::date
      and i.kind in ('draft_legal_act','draft_budget_program','budget_report')
    order by i.discussion_ends_on`),
  );
}

export interface UnansweredComments {
  count: number;
  oldestReceivedOn: string;
}

/** Per body with any: how many comments wait for an answer, and since when. */
export async function findUnansweredComments(
  db: Executor,
  bodyIds: string[],
): Promise<Map<string, UnansweredComments>> {
  const found = rows<OfBody<UnansweredComments>>(
    await db.execute(sql`
    select f.body_id as "bodyId", count(*)::int as count, pikir_kz_day(min(f.received_at))::text as "oldestReceivedOn"
    from feedback_items f
    where f.body_id in ${idList(bodyIds)} and f.kind = 'comment'
      and not exists (select 1 from answers a where a.item_id = f.id and a.superseded_at is null)
    group by f.body_id`),
  );
  return new Map(found.map(({ bodyId, ...facts }) => [bodyId, facts]));
}

export interface RequestFact {
  roundId: string;
  title: string;
  dueOn: string | null;
  requestedOn: string;
  submitted: boolean;
}

export async function listRequestFacts(db: Executor, bodyIds: string[]): Promise<OfBody<RequestFact>[]> {
  return rows<OfBody<RequestFact>>(
    await db.execute(sql`
    select r.body_id as "bodyId", r.round_id as "roundId", rd.title, rd.due_on::text as "dueOn", pikir_kz_day(r.requested_at)::text as "requestedOn",
      (r.status = 'submitted') as submitted
    from evaluation_requests r join evaluation_rounds rd on rd.id = r.round_id
    where r.body_id in ${idList(bodyIds)} and rd.status <> 'cancelled' order by r.requested_at`),
  );
}

/** §14: quarters ("2025-Q1") whose analysis is with the head or approved; a returned one is back with the officers. */
export async function listSubmittedAnalyses(db: Executor, bodyIds: string[]): Promise<OfBody<{ quarter: string }>[]> {
  return rows<OfBody<{ quarter: string }>>(
    await db.execute(sql`
    select body_id as "bodyId", period_year || '-Q' || period_quarter as quarter from quarterly_reviews
    where body_id in ${idList(bodyIds)} and status <> 'returned' order by period_year, period_quarter`),
  );
}

/** §16 publications and §18 events as the calendar reads them (withdrawn ones prove nothing). */
export async function listCalendarEvidence(
  db: Executor,
  bodyIds: string[],
): Promise<{
  publications: OfBody<{
    kind: "interim" | "final";
    periodYear: number;
    periodQuarter: number | null;
    openAccess: boolean | null;
  }>[];
  events: OfBody<{ startsOn: string; url: string }>[];
}> {
  const [publications, events] = await Promise.all([
    db.execute(sql`
      select body_id as "bodyId", kind::text as kind, period_year as "periodYear", period_quarter as "periodQuarter",
        open_access as "openAccess"
      from result_publications where body_id in ${idList(bodyIds)} and withdrawn_at is null order by published_on desc`),
    db.execute(sql`
      select body_id as "bodyId", starts_on::text as "startsOn", url
      from dialogue_events where body_id in ${idList(bodyIds)} and withdrawn_at is null order by starts_on desc`),
  ]);
  return { publications: rows(publications), events: rows(events) };
}
