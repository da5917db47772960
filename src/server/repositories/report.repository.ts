/**
 * Aggregates the documents need that no other repository gives: volumes of items by channel,
 * type and language (§14), what is still unhandled, and feedback per initiative (§12, §16, §17).
 */
import { sql } from "drizzle-orm";
import type { Executor } from "../context.ts";

export interface VolumeRow {
  channel: string;
  kind: string;
  lang: string;
  n: number;
}

export async function countVolumes(db: Executor, bodyId: string, from: Date, before: Date): Promise<VolumeRow[]> {
  const result = await db.execute(sql`
    select channel::text as channel, kind::text as kind, lang::text as lang, count(*)::int as n
    from feedback_items
    where body_id = ${bodyId}::uuid and received_at >= ${from.toISOString()}::timestamptz and received_at < ${before.toISOString()}::timestamptz
    group by channel, kind, lang order by channel, kind, lang`);
  return (result as unknown as { rows: VolumeRow[] }).rows;
}

export interface HandlingRow {
  unansweredComments: number;
  undecidedRemarks: number;
}

/** Received in the period and, as of now, still without an answer (§20.2) or a decision (§20.1). */
export async function countUnhandled(db: Executor, bodyId: string, from: Date, before: Date): Promise<HandlingRow> {
  const result = await db.execute(sql`
    select
      count(*) filter (where f.kind = 'comment' and not exists (
        select 1 from answers a where a.item_id = f.id and a.superseded_at is null))::int as "unansweredComments",
      count(*) filter (where f.kind in ('remark','proposal') and not exists (
        select 1 from decisions d where d.item_id = f.id and d.superseded_at is null))::int as "undecidedRemarks"
    from feedback_items f
    where f.body_id = ${bodyId}::uuid and f.received_at >= ${from.toISOString()}::timestamptz and f.received_at < ${before.toISOString()}::timestamptz`);
  return (result as unknown as { rows: HandlingRow[] }).rows[0] ?? { unansweredComments: 0, undecidedRemarks: 0 };
}

export interface InitiativeFeedbackRow {
  initiativeId: string;
  items: number;
  accepted: number;
}

export async function countFeedbackByInitiative(
  db: Executor,
  bodyId: string,
  from: Date,
  before: Date,
): Promise<InitiativeFeedbackRow[]> {
  const result = await db.execute(sql`
    select f.initiative_id as "initiativeId", count(*)::int as items, count(d.id) filter (where d.outcome = 'accepted')::int as accepted
    from feedback_items f
    left join decisions d on d.item_id = f.id and d.superseded_at is null
    where f.body_id = ${bodyId}::uuid and f.initiative_id is not null
      and f.received_at >= ${from.toISOString()}::timestamptz and f.received_at < ${before.toISOString()}::timestamptz
    group by f.initiative_id`);
  return (result as unknown as { rows: InitiativeFeedbackRow[] }).rows;
}
