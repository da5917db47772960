/**
 * What Pikir itself recorded for §20.1–§20.2, per body and period, in one pass over the items.
 * C and G count remarks/proposals and comments of the two portals only (§2.8, the rule of
 * src/domain/evaluation/counts-in-f.ts; other channels are §14 material and are not in F). B counts acceptances that carry a §20.1 reference — the rule of
 * src/domain/evaluation/counts-in-b.ts; the others are reported as accepted without reference.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../context.ts";
import type { SubmissionFigures } from "../../domain/reports/build-submission-model.ts";
import { PORTAL_CHANNELS } from "../../domain/evaluation/counts-in-f.ts";

/** §2.8 as SQL: the same list the domain states, so the recount cannot drift from the rule. */
const portalChannels = sql.join(
  PORTAL_CHANNELS.map((c) => sql`${c}`),
  sql`, `,
);

/** The §20 figures, as Pikir's own record gives them for one body. */
export interface RecordedFigures extends SubmissionFigures {
  bodyId: string;
}

export interface RecordedOpenAccess {
  bodyId: string;
  drafts: boolean | null;
  budgetReports: boolean | null;
  results: boolean | null;
}

/**
 * From the incremental per-day table (migration 0006): a period's figures are a sum over at most
 * 366 rows per body, however many items lie behind them. Bounds are Kazakhstan midnights.
 */
export async function sumRecordedFigures(
  db: Executor,
  from: Date,
  before: Date,
  bodyIds?: string[],
): Promise<RecordedFigures[]> {
  const bodyFilter = bodyIds
    ? sql`and body_id in (${sql.join(
        bodyIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    select body_id as "bodyId",
      sum(remarks)::int as "remarksReceived",
      sum(accepted_with_reference)::int as "acceptedWithReference",
      sum(accepted_without_reference)::int as "acceptedWithoutReference",
      sum(rejected)::int as "rejected",
      sum(comments)::int as "commentsReceived",
      sum(answered)::int as "commentsAnswered"
    from indicator_daily
    where day >= pikir_kz_day(${from.toISOString()}::timestamptz) and day < pikir_kz_day(${before.toISOString()}::timestamptz) ${bodyFilter}
    group by body_id
    having sum(remarks) + sum(comments) > 0`);
  return (result as unknown as { rows: RecordedFigures[] }).rows;
}

/**
 * The same figures straight from the items (a full scan): the reference the incremental table is
 * checked against in tests and benchmarks.
 */
export async function sumRecordedFiguresFromItems(
  db: Executor,
  from: Date,
  before: Date,
  bodyIds?: string[],
): Promise<RecordedFigures[]> {
  const bodyFilter = bodyIds
    ? sql`and f.body_id in (${sql.join(
        bodyIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute(sql`
    select f.body_id as "bodyId",
      count(*) filter (where f.kind in ('remark','proposal'))::int as "remarksReceived",
      count(*) filter (where f.kind in ('remark','proposal') and d.outcome = 'accepted'
        and coalesce(btrim(d.reference_text), '') <> '')::int as "acceptedWithReference",
      count(*) filter (where f.kind in ('remark','proposal') and d.outcome = 'accepted'
        and coalesce(btrim(d.reference_text), '') = '')::int as "acceptedWithoutReference",
      count(*) filter (where f.kind in ('remark','proposal') and d.outcome = 'rejected')::int as "rejected",
      count(*) filter (where f.kind = 'comment')::int as "commentsReceived",
      count(*) filter (where f.kind = 'comment' and a.id is not null)::int as "commentsAnswered"
    from feedback_items f
    left join decisions d on d.item_id = f.id and d.superseded_at is null
    left join answers a on a.item_id = f.id and a.superseded_at is null
    where f.received_at >= ${from.toISOString()}::timestamptz and f.received_at < ${before.toISOString()}::timestamptz
      and f.kind in ('remark','proposal','comment') and f.channel::text in (${portalChannels}) ${bodyFilter}
    group by f.body_id`);
  return (result as unknown as { rows: RecordedFigures[] }).rows;
}

/**
 * §23 inputs from the record: false if any checked draft/report/result of the period was not in
 * open access, true if all checked ones were, null if none was checked.
 */
export async function summariseOpenAccess(
  db: Executor,
  fromDate: string,
  toDate: string,
): Promise<RecordedOpenAccess[]> {
  const result = await db.execute(sql`
    with checks as (
      select body_id, case when kind in ('draft_legal_act','draft_budget_program') then 'drafts' else 'budgetReports' end as what, open_access
      from initiatives
      where kind in ('draft_legal_act','draft_budget_program','budget_report') and open_access is not null
        and coalesce(discussion_starts_on, created_at::date) <= ${toDate}::date
        and coalesce(discussion_ends_on, discussion_starts_on, created_at::date) >= ${fromDate}::date
      union all
      select body_id, 'results', open_access from result_publications
      where open_access is not null and withdrawn_at is null and published_on between ${fromDate}::date and ${toDate}::date
    )
    select body_id as "bodyId",
      bool_and(open_access) filter (where what = 'drafts') as "drafts",
      bool_and(open_access) filter (where what = 'budgetReports') as "budgetReports",
      bool_and(open_access) filter (where what = 'results') as "results"
    from checks group by body_id`);
  return (result as unknown as { rows: RecordedOpenAccess[] }).rows;
}

export interface ParticipationFigures {
  bodyId: string;
  items: number;
  participants: number;
  events: number;
}

/** §21.1: everything received in the period (all channels), distinct authors, dialogue events. */
export async function sumParticipation(
  db: Executor,
  from: Date,
  before: Date,
  fromDate: string,
  toDate: string,
): Promise<ParticipationFigures[]> {
  const result = await db.execute(sql`
    with items as (
      select body_id, count(*)::int as items, count(distinct author_ref)::int as participants
      from feedback_items
      where received_at >= ${from.toISOString()}::timestamptz and received_at < ${before.toISOString()}::timestamptz
      group by body_id
    ), events as (
      select body_id, count(*)::int as events from dialogue_events
      where withdrawn_at is null and starts_on between ${fromDate}::date and ${toDate}::date group by body_id
    )
    select coalesce(i.body_id, e.body_id) as "bodyId", coalesce(i.items, 0) as "items",
      coalesce(i.participants, 0) as "participants", coalesce(e.events, 0) as "events"
    from items i full join events e on e.body_id = i.body_id`);
  return (result as unknown as { rows: ParticipationFigures[] }).rows;
}

export interface PublicationFactRow {
  bodyId: string;
  kind: "interim" | "final";
  periodYear: number;
  periodQuarter: number | null;
  openAccess: boolean | null;
}

export async function listPublicationFacts(
  db: Executor,
  fromYear: number,
  toYear: number,
): Promise<PublicationFactRow[]> {
  const result = await db.execute(sql`
    select body_id as "bodyId", kind, period_year as "periodYear", period_quarter as "periodQuarter", open_access as "openAccess"
    from result_publications where withdrawn_at is null and period_year between ${fromYear} and ${toYear}`);
  return (result as unknown as { rows: PublicationFactRow[] }).rows;
}
